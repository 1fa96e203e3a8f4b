package linemode

import (
	"bytes"
	"context"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/routines"
)

// syncBuffer is an output the test reads while the line mode writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestTheHomeMenuRingsWhenASetFallsDueAndOnceMore(t *testing.T) {
	h := newHarness(t).withPlan()
	ctx := context.Background()
	id, err := h.store.Journal().StartSession(ctx, routines.SessionRoutine, "extension", "Extension", start.Add(-40*time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	end := start.Add(-30 * time.Minute) // the next set is due at 10:30
	if _, err := h.store.Journal().AddSet(ctx, id, routines.SetResult{ExerciseID: "prone-lying", StartedAt: end.Add(-2 * time.Minute), EndedAt: end,
		Unit: routines.UnitSeconds, Planned: 120, Done: 120, Completed: true}); err != nil {
		t.Fatal(err)
	}
	if err := h.store.Journal().FinishSession(ctx, id, routines.StatusCompleted, "", end); err != nil {
		t.Fatal(err)
	}
	d := h.deps
	d.Reader, d.Interactive, d.Bell = h.store.Reader(), true, true
	d.Settings = &core.Settings{Config: config.Default()}
	in, typed := io.Pipe()
	out := &syncBuffer{}
	d.In, d.Out = in, out
	done := make(chan error, 1)
	go func() { done <- Run(ctx, d) }()

	// The fake clock moves to each ring as soon as the menu waits: the
	// due time, then 15 minutes more; then the menu waits for the person.
	deadline := time.Now().Add(10 * time.Second)
	for strings.Count(out.String(), "A set is due now.") < 2 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond) // polling the output, not waiting out a timer
	}
	if _, err := typed.Write([]byte("q\n")); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	text := out.String()
	if n := strings.Count(text, "A set is due now. Press Enter to start the suggested routine."); n != 2 {
		t.Errorf("the home menu said a set is due %d times, want twice:\n%s", n, text)
	}
	if n := strings.Count(text, "\a"); n != 2 {
		t.Errorf("the bell rang %d times, want twice", n)
	}
	if got := h.clock.Now(); !got.Equal(start.Add(105 * time.Minute)) {
		t.Errorf("the rings came at %v, want the due time 10:30 and 10:45", got)
	}
}
