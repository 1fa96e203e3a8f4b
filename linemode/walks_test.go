package linemode

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

// TestAWalkLoggedFromHomeShowsInTodaysSummaryAndTheHistory: w asks the
// minutes and how the leg felt, keeps the walk, and today's summary and
// the history say it, apart from the sets.
func TestAWalkLoggedFromHomeShowsInTodaysSummaryAndTheHistory(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Reader, h.deps.Walks = h.store.Reader(), h.store.Reader()
	out, err := h.run(lines("w", "0", "12", "maybe", "e", "w", "", "w", "h", "", "q"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Walks today: 0 of 3 short walks. Your next walk: about 10 min at an easy pace, short strides.",
		"w log a walk",
		"Please type the minutes you walked, from 1 to 180.",
		"e easier: better, or the pain moved up · s the same w worse: the pain spread further down or grew",
		"Please type e (easier), s (the same) or w (worse).",
		"Walk logged: 12 min, the leg felt easier.",
		"Walks today: 1 of 3 short walks (12 min so far).",
		"Walk logged: 10 min, the leg felt worse. Make the next walk shorter",
		"make the next one shorter, about 5 min",
		"Walks, last 7 days: 2 (22 min); the last Mon 09:00: 10 min, leg worse.",
		"Mon 3 Mar 09:00 · 12 min · the leg felt easier",
	} {
		if !strings.Contains(strings.Join(strings.Fields(out), " "), want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	walks, err := h.store.Walks().List(context.Background(), time.Time{}, time.Time{})
	if err != nil || len(walks) != 2 {
		t.Fatalf("stored walks %+v, %v", walks, err)
	}
	if sets, _, _ := h.store.Days().LastSetDone(context.Background()); !sets.IsZero() {
		t.Error("a walk counted as a set")
	}
}

// Home says "Next:" once, on the plan's own line; the walk line says
// "Your next walk", so the two are not read as one.
func TestHomeSaysNextOnlyOnThePlanLine(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Plan.Direction, h.deps.Plan.Stage = routines.DirectionExtension, routines.StageMobility
	h.deps.Reader, h.deps.Walks = h.store.Reader(), h.store.Reader()
	out, err := h.run(lines("q"))
	if err != nil {
		t.Fatal(err)
	}
	f := flat(out)
	if !strings.Contains(f, "Your next walk: about") {
		t.Fatalf("no walk line in:\n%s", out)
	}
	if n := strings.Count(f, "Next:"); n != 1 {
		t.Errorf("home says \"Next:\" %d times, want once (the plan's line):\n%s", n, out)
	}
}
