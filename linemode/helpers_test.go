package linemode

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/content"
	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

func TestMain(m *testing.M) {
	// Dates in the transcripts are shown in local time: pin it.
	time.Local = time.UTC
	m.Run()
}

// start is when every scripted session begins.
var start = time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)

// harness runs the line mode on a script, with a fake clock that moves
// only when the line mode sleeps, and a real history store.
type harness struct {
	t     *testing.T
	clock *routines.FakeClock
	store *history.Store
	deps  Deps
	// slept is the clock time the line mode slept, in total.
	slept time.Duration
	// wakes counts the sleeps: one per milestone.
	wakes int
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	cat, err := content.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	st, err := history.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	h := &harness{t: t, clock: routines.NewFakeClock(start), store: st}
	h.deps = Deps{Catalog: cat, Store: st.Journal(), Clock: h.clock, After: h.after, Reader: st.Reader(), Triggers: st.Reader()}
	return h
}

// withPlan skips the first run with the plan a first run with no yes
// answers makes.
func (h *harness) withPlan() *harness {
	p := coach.DefaultPlan(coach.Answers{AgeBand: coach.Age20to49}, start)
	h.deps.Plan = &p
	return h
}

func (h *harness) after(d time.Duration) <-chan time.Time {
	if d < 0 {
		h.t.Fatalf("asked to sleep %v", d)
	}
	h.clock.Advance(d)
	h.slept += d
	h.wakes++
	ch := make(chan time.Time, 1)
	ch <- h.clock.Now()
	return ch
}

// run runs the script and returns the transcript.
func (h *harness) run(script string) (string, error) {
	h.t.Helper()
	var out bytes.Buffer
	d := h.deps
	d.In, d.Out = strings.NewReader(script), &out
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := Run(ctx, d)
	return out.String(), err
}

// lines joins script lines with newlines.
func lines(ls ...string) string { return strings.Join(ls, "\n") + "\n" }
