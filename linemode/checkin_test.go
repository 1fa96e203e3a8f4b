package linemode

import (
	"io"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

func TestFurtherDownAfterGoneIsPreFilledOneFurtherDownAndNeverNone(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Start = "extension"
	out, err := h.run(lines("4", "l", "5", "2", "n") +
		after("g", "", "", "", "0", "") + // prone lying: gone, back pain too
		lines("d", "0", "") + lines("", "", "", "")) // further down: 0 is refused, Enter keeps 1
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(flat(out), "How far down does the pain reach now? Enter keeps 1 (centre of the low back).") {
		t.Errorf("further down after gone not pre-filled with 1:\n%s", tail(out))
	}
	if !strings.Contains(flat(out), "You said the pain moved further down your leg") {
		t.Errorf("further down with no reach was not refused:\n%s", tail(out))
	}
	cs := sessions(t, h)[0].CheckIns
	if len(cs) < 3 {
		t.Fatalf("want 3 check-ins, got %d:\n%s", len(cs), tail(out))
	}
	if c := cs[2]; c.Moved != routines.MovedDown || c.Reach != routines.ReachCentral {
		t.Errorf("further down saved as moved %q reach %d, want down at 1", c.Moved, c.Reach)
	}
}

func TestTinglingSwitchedOnIsPreFilledWhereThePainReaches(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Start = "extension"
	out, err := h.run(lines("5", "l", "5", "2", "y", ""))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(flat(out), "How far down does the tingling or numbness reach? Enter keeps 5 (below the knee).") {
		t.Errorf("tingling not pre-filled where the pain reaches:\n%s", tail(out))
	}
	if c := sessions(t, h)[0].CheckIns[0]; !c.Tingling || c.TinglingReach != routines.ReachBelowKnee {
		t.Errorf("tingling saved as %v at %d, want yes at 5", c.Tingling, c.TinglingReach)
	}
}

// flat joins the wrapped lines of a transcript, to find a sentence.
func flat(out string) string { return strings.Join(strings.Fields(out), " ") }

// lineByLine hands out one line per Read, and moves the clock on before
// handing out the line at index at: the answer to a check-in's last
// question comes an hour after its first.
type lineByLine struct {
	lines []string
	n     int
	at    int
	clock *routines.FakeClock
}

func (r *lineByLine) Read(p []byte) (int, error) {
	if r.n >= len(r.lines) {
		return 0, io.EOF
	}
	if r.n == r.at {
		r.clock.Advance(time.Hour)
	}
	l := r.lines[r.n] + "\n"
	r.n++
	return copy(p, l), nil
}

func TestACheckInIsStampedWhenItIsAnswered(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Start = "extension"
	// The baseline's five answers; the last one is read an hour later.
	in := &lineByLine{lines: []string{"4", "l", "5", "2", "n"}, at: 4, clock: h.clock}
	d := h.deps
	var out strings.Builder
	d.In, d.Out = in, &out
	if err := Run(t.Context(), d); err != nil {
		t.Fatal(err)
	}
	c := sessions(t, h)[0].CheckIns[0]
	if want := start.Add(time.Hour); !c.At.Equal(want) {
		t.Errorf("baseline stamped %v, want %v: when it was answered, not when it was asked", c.At, want)
	}
}

// In the line mode a rating that contradicts the reach is said in one
// sentence and the reach question is asked again.
func TestLegPainWithNoReachAsksTheReachAgain(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Start = "extension"
	out, err := h.run(lines("0", "l", "3") + lines("4", "", "", "", "n"))
	if err != nil {
		t.Fatal(err)
	}
	f := flat(out)
	hint := "You rated leg pain 3/10 but chose 0 (no pain) for where it reaches: how far down does it reach?"
	i := strings.Index(f, hint)
	if i < 0 {
		t.Fatalf("no hint:\n%s", tail(out))
	}
	if !strings.HasPrefix(strings.TrimSpace(f[i+len(hint):]), "How far down does the pain reach now? Enter keeps 0 (no pain).") {
		t.Errorf("the reach was not asked again after the hint:\n%s", tail(out))
	}
	cs := sessions(t, h)[0].CheckIns
	if len(cs) < 1 || cs[0].Reach != routines.ReachThigh || cs[0].LegPain != 3 {
		t.Fatalf("baseline saved as %+v", cs)
	}
}
