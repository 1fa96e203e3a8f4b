package app

import (
	"testing"
	"time"

	"github.com/centra-app/centra/content"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
)

// A session stopped after its baseline says so, with what it counted.
func TestTheSummaryOfASessionCutShortSaysSo(t *testing.T) {
	cat, err := content.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	r, ok := cat.Routine("extension")
	if !ok {
		t.Fatal("no extension routine")
	}
	start := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	plan := coach.DefaultPlan(coach.Answers{AgeBand: coach.Age20to49}, start)
	f := flow.NewRoutine(cat, r, plan, routines.NewFakeClock(start), flow.Options{})
	if err := f.Baseline(routines.CheckIn{Kind: routines.CheckInBaseline, At: start, Reach: routines.ReachThigh, Leg: routines.LegLeft, LegPain: 5}); err != nil {
		t.Fatal(err)
	}
	f.Quit("quit")
	s := SummaryOf(f)
	if s.Title() != "Session ended early" || s.Routine != r.Name {
		t.Errorf("summary %q of %q, want the session ended early of %q", s.Title(), s.Routine, r.Name)
	}
	if got := s.Counts(); got != "Sets done: 0 · check-ins: 1" {
		t.Errorf("counts %q", got)
	}
	if s.Moved() != 0 {
		t.Errorf("with one check-in the pain cannot have moved, got %d", s.Moved())
	}
}

// Where the pain went is read from the first check-in to the last: up
// toward the back is the direction wanted.
func TestTheSummarySaysWhereThePainWent(t *testing.T) {
	for _, c := range []struct {
		first, last routines.Reach
		want        int
		title       string
		status      routines.SessionStatus
	}{
		{routines.ReachBelowKnee, routines.ReachThigh, -1, "Session complete", routines.StatusCompleted},
		{routines.ReachThigh, routines.ReachBelowKnee, 1, "Session stopped", routines.StatusStopped},
		{routines.ReachThigh, routines.ReachThigh, 0, "Session ended early", routines.StatusCutShort},
	} {
		s := Summary{Status: c.status, First: routines.CheckIn{Reach: c.first}, Last: routines.CheckIn{Reach: c.last}}
		if s.Moved() != c.want || s.Title() != c.title {
			t.Errorf("%v to %v, %s: moved %d (%q), want %d (%q)", c.first, c.last, c.status, s.Moved(), s.Title(), c.want, c.title)
		}
	}
}

// A direction test a red flag stopped never reads as one that found
// nothing.
func TestADirectionTestStoppedByARedFlagSaysSo(t *testing.T) {
	stop := coach.TestResult{Stopped: true, Decision: coach.Decision{Reason: "New numbness in the saddle area needs a doctor today."}}
	if sym, w := TestOutcome(stop); sym != "■" || w != "stopped: New numbness in the saddle area needs a doctor today." {
		t.Errorf("stopped test says %s %q", sym, w)
	}
	found := coach.TestResult{Found: true, Direction: routines.DirectionExtension}
	if _, w := TestOutcome(found); w != routines.DirectionWords(routines.DirectionExtension)+" helps" {
		t.Errorf("found test says %q", w)
	}
	if sym, w := TestOutcome(coach.TestResult{}); sym != "=" || w != "no clear direction" {
		t.Errorf("no direction says %s %q", sym, w)
	}
}

// Where the pain went is said only when a check-in after the baseline can
// be compared with it, in the same sentence in both interfaces.
func TestTheSummarySaysWhereThePainWentOnlyWithSomethingToCompare(t *testing.T) {
	up := Summary{CheckIns: 2, First: routines.CheckIn{Reach: routines.ReachBelowKnee}, Last: routines.CheckIn{Reach: routines.ReachThigh}}
	if !up.Compared() || up.MovedWords() != "The pain moved up toward your back: that is the direction you want." {
		t.Errorf("up: compared %v, %q", up.Compared(), up.MovedWords())
	}
	down := Summary{CheckIns: 3, First: routines.CheckIn{Reach: routines.ReachThigh}, Last: routines.CheckIn{Reach: routines.ReachFoot}}
	if w := down.MovedWords(); w == "" || w[:39] != "The pain reaches further down than when" {
		t.Errorf("down: %q", w)
	}
	same := Summary{CheckIns: 2, First: routines.CheckIn{Reach: routines.ReachThigh}, Last: routines.CheckIn{Reach: routines.ReachThigh}}
	if same.MovedWords() != "" {
		t.Errorf("same: %q", same.MovedWords())
	}
	if (Summary{CheckIns: 1}).Compared() {
		t.Error("the baseline alone has nothing to be compared with")
	}
}

// A routine kept as completed with its last set skipped says so wherever
// it is named: the summary's title, and the history's word for how it
// ended; a routine done to the end is complete.
func TestARoutineEndedOnASkippedSetIsNotCalledComplete(t *testing.T) {
	s := Summary{Status: routines.StatusCompleted, Reason: routines.ReasonLastSetSkipped}
	if got := s.Title(); got != "Session ended, last set skipped" {
		t.Errorf("title = %q", got)
	}
	if _, word := StatusWords(routines.StatusCompleted, routines.ReasonLastSetSkipped); word != "ended, last set skipped" {
		t.Errorf("history word = %q", word)
	}
	if got := (Summary{Status: routines.StatusCompleted}).Title(); got != "Session complete" {
		t.Errorf("every set done: title = %q", got)
	}
	if _, word := StatusWords(routines.StatusCompleted, ""); word != "complete" {
		t.Errorf("every set done: history word = %q", word)
	}
}
