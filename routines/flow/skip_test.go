package flow_test

import (
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/flow"
)

// toWork lets the get-ready countdown pass, then lets the set run for d.
func (r *rig) toWork(d time.Duration) {
	r.t.Helper()
	for i := 0; i < 100 && r.f.Runner().Phase().Kind != routines.PhaseWork; i++ {
		r.clock.Advance(time.Second)
		r.f.Advance()
	}
	r.clock.Advance(d)
	r.f.Advance()
}

// A set of the direction test skipped with n reads as skipped everywhere:
// the flow keeps it as a set not finished, the check-in after it still
// counts for safety, and the coach does not count it as one of the test's
// sets (before, it said "1 of 2 sets" and went on toward more force).
func TestASkippedTestSetIsNotCountedAsDone(t *testing.T) {
	for _, ran := range []time.Duration{0, 8 * time.Second} {
		r := newTest(t)
		r.f.Baseline(pain("", routines.ReachBelowKnee, 6))
		r.f.Ack()
		r.toWork(ran)
		first := r.f.Runner().Status().Exercise.ID
		r.f.Skip()
		if r.f.Need() != flow.NeedCheckIn {
			t.Fatalf("skipped after %v: the flow needs %v, want the check-in", ran, r.f.Need())
		}
		r.answer(pain(routines.MovedSame, routines.ReachBelowKnee, 6))
		var set *routines.SetResult
		for _, rec := range r.recs {
			if s, ok := rec.(flow.Set); ok {
				set = &s.Result
			}
		}
		if set == nil || set.Completed || set.ExerciseID != first {
			t.Errorf("skipped after %v: set kept as %+v, want %s not finished", ran, set, first)
		}
		if sets, _ := r.f.Counts(); sets != 0 {
			t.Errorf("skipped after %v: %d sets done, want 0", ran, sets)
		}
		ds := r.decisions()
		last := ds[len(ds)-1]
		if strings.Contains(last.Reason, "1 of 2 sets") || !strings.Contains(last.Reason, "skipped") {
			t.Errorf("skipped after %v: the coach said %q; want the set not counted, and why", ran, last.Reason)
		}
		if r.f.Need() == flow.NeedAck {
			r.f.Ack()
		}
		if next := r.f.Runner().Status().Exercise.ID; next != first {
			t.Errorf("skipped after %v: next is %s, want %s again", ran, next, first)
		}
	}
}

// Skipped sets never make up the sets of no change that step the force up
// (R8): two skipped sets and one done are one set of no change.
func TestSkippedTestSetsDoNotStepTheForceUp(t *testing.T) {
	r := newTest(t)
	r.f.Baseline(pain("", routines.ReachBelowKnee, 6))
	r.f.Ack()
	first := ""
	for i := range 3 {
		r.toWork(5 * time.Second)
		if first == "" {
			first = r.f.Runner().Status().Exercise.ID
		}
		if i < 2 {
			r.f.Skip()
		} else {
			r.runToCheckIn()
		}
		r.answer(pain(routines.MovedSame, routines.ReachBelowKnee, 6))
		if r.f.Need() == flow.NeedAck {
			r.f.Ack()
		}
	}
	if next := r.f.Runner().Status().Exercise.ID; next != first {
		t.Errorf("after two skipped sets and one done, the test moved on to %s; want %s again", next, first)
	}
}

// In a routine too, a set skipped with n is not a set done: the history
// keeps it as not finished, so the plan's day neither counts it toward the
// day's sets (R24) nor toward the sets without change that step the force
// up (R19); the check-in after it still counts for safety.
func TestASkippedRoutineSetIsNotCountedAsDone(t *testing.T) {
	r := newRoutine(t, "extension")
	r.f.Baseline(pain("", routines.ReachBelowKnee, 6))
	if r.f.Need() == flow.NeedAck {
		r.f.Ack()
	}
	r.toWork(5 * time.Second)
	r.f.Skip()
	if r.f.Need() != flow.NeedCheckIn {
		t.Fatalf("after a skip the flow needs %v, want the check-in", r.f.Need())
	}
	r.answer(pain(routines.MovedSame, routines.ReachBelowKnee, 6))
	p := r.f.Plan()
	if day := p.Day(t0); day.Relief != 0 || day.Sessions != 0 || day.CheckIns != 2 {
		t.Errorf("after a skipped set the day counts %+v; want no set done, both check-ins", day)
	}
	if u := p.Unchanged[routines.FamilyExtension]; u.Sets != 0 {
		t.Errorf("a skipped set counted toward stepping the force up: %+v", u)
	}
	if sets, _ := r.f.Counts(); sets != 0 {
		t.Errorf("%d sets done, want 0", sets)
	}
	ds := r.decisions()
	if last := ds[len(ds)-1]; !strings.Contains(last.Reason, "skipped") {
		t.Errorf("the coach said %q; want why the set does not count", last.Reason)
	}
	if r.f.Need() == flow.NeedAck {
		r.f.Ack()
	}
	r.runToCheckIn()
	r.answer(pain(routines.MovedSame, routines.ReachBelowKnee, 6))
	if day := r.f.Plan().Day(t0); day.Relief != 1 || day.Sessions != 1 {
		t.Errorf("after a set done the day counts %+v; want one relief set", day)
	}
}

// A set skipped with n and answered u (the pain moved up) is not read as
// centralization: the coach says why it does not count, the day's log
// keeps no centralization from it (the referral reads that), and the
// count toward a step up is not touched. In the direction test, skipped
// sets answered u never name a direction.
func TestASkippedSetAnsweredUpIsNotCentralization(t *testing.T) {
	r := newRoutine(t, "extension")
	r.f.Baseline(pain("", routines.ReachBelowKnee, 6))
	if r.f.Need() == flow.NeedAck {
		r.f.Ack()
	}
	r.toWork(5 * time.Second)
	r.f.Skip()
	r.answer(pain(routines.MovedUp, routines.ReachThigh, 5))
	ds := r.decisions()
	last := ds[len(ds)-1]
	if strings.Contains(last.Reason, "centralization, a good sign") || !strings.Contains(last.Reason, "does not count it as centralization") {
		t.Errorf("after a skipped set answered u the coach said %q (%s)", last.Reason, last.RuleID)
	}
	p := r.f.Plan()
	if day := p.Day(t0); day.Centralized || day.Relief != 0 {
		t.Errorf("the day's log after a skipped set answered u: %+v; want no centralization, no set done", day)
	}
	if u := p.Unchanged[routines.FamilyExtension]; u.Sets != 0 {
		t.Errorf("a skipped set counted toward stepping the force up: %+v", u)
	}

	tr := newTest(t)
	tr.f.Baseline(pain("", routines.ReachBelowKnee, 6))
	tr.f.Ack()
	reach := routines.ReachBelowKnee
	for range 3 {
		tr.toWork(3 * time.Second)
		tr.f.Skip()
		reach--
		tr.answer(pain(routines.MovedUp, reach, 5))
		if tr.f.Need() == flow.NeedAck {
			tr.f.Ack()
		}
	}
	for _, d := range tr.decisions() {
		if d.Action == "direction-found" || d.RuleID == "R11" {
			t.Errorf("skipped test sets answered u named a direction: %s", d.Reason)
		}
	}
}

// A routine whose last set is skipped with n ends with every set reached
// but the last not done: it is kept as completed with the reason "last
// set skipped", and the sets done leave the skipped one out, whether the
// set was skipped as it began (nothing kept of it) or part way.
func TestARoutineEndingOnASkippedSetSaysSo(t *testing.T) {
	for _, skipAt := range []time.Duration{-1, 0, 8 * time.Second} {
		r := newRoutine(t, "side-glide")
		if err := r.f.Baseline(pain("", routines.ReachThigh, 4)); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 10000 && !r.f.Ended(); i++ {
			switch r.f.Need() {
			case flow.NeedAck:
				r.f.Ack()
			case flow.NeedCheckIn:
				r.answer(pain(routines.MovedSame, routines.ReachThigh, 4))
			case flow.NeedTimer:
				st := r.f.Runner().Status()
				if skipAt >= 0 && st.Phase.Kind == routines.PhaseWork && st.Block == st.Blocks && st.Set == st.Sets && st.Elapsed >= skipAt {
					r.f.Skip()
					continue
				}
				r.clock.Advance(time.Second)
				r.f.Advance()
			default:
				t.Fatalf("the flow needs %v", r.f.Need())
			}
		}
		status, reason := r.f.Status()
		sets, _ := r.f.Counts()
		planned := 0
		for _, b := range r.f.Routine().Blocks {
			planned += b.Dose.Sets
		}
		switch {
		case skipAt < 0 && (status != routines.StatusCompleted || reason != "" || sets != planned):
			t.Errorf("every set done: ended %s (%q) with %d of %d sets; want completed, no reason", status, reason, sets, planned)
		case skipAt >= 0 && (status != routines.StatusCompleted || reason != routines.ReasonLastSetSkipped || sets != planned-1):
			t.Errorf("last set skipped after %v: ended %s (%q) with %d of %d sets; want completed (last set skipped), the skipped set not done",
				skipAt, status, reason, sets, planned)
		}
	}
}
