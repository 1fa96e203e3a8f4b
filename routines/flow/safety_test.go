package flow_test

import (
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
)

// planOf returns the last plan the flow asked to save.
func planOf(t *testing.T, recs []flow.Record) coach.Plan {
	t.Helper()
	var p *coach.Plan
	for _, r := range recs {
		if v, ok := r.(flow.Plan); ok {
			p = &v.Plan
		}
	}
	if p == nil {
		t.Fatal("no plan was saved")
	}
	return *p
}

func TestUrgentSymptomDuringATimerHoldsThePlan(t *testing.T) {
	for _, kind := range []string{"routine", "test"} {
		t.Run(kind, func(t *testing.T) {
			r := newRoutine(t, "extension")
			if kind == "test" {
				r = newTest(t)
			}
			r.f.Baseline(pain("", routines.ReachThigh, 5))
			if r.f.Need() == flow.NeedAck {
				r.f.Ack()
			}
			r.clock.Advance(20 * time.Second)
			r.f.Advance()
			if r.f.Need() != flow.NeedTimer {
				t.Fatalf("expected a running timer, need = %v", r.f.Need())
			}
			c := pain(routines.MovedSame, routines.ReachThigh, 5)
			c.Urgent = []string{coach.FlagBladder}
			if err := r.f.Urgent(c); err != nil {
				t.Fatal(err)
			}
			if st, _ := r.f.Status(); st != routines.StatusStopped {
				t.Fatalf("status = %s, want stopped", st)
			}
			if p := planOf(t, r.f.Drain()); !p.Held() {
				t.Fatal("an urgent symptom reported during a timer must put the plan on hold")
			}
		})
	}
}

// toRecheckRest runs the extension routine to a "further down" answer at
// press-ups and starts the rest before the recheck.
func toRecheckRest(t *testing.T) *rig {
	r := newRoutine(t, "extension")
	r.f.Baseline(pain("", routines.ReachThigh, 5))
	r.runToCheckIn()
	r.answer(pain(routines.MovedSame, routines.ReachThigh, 5))
	r.runToCheckIn()
	r.answer(pain(routines.MovedSame, routines.ReachThigh, 5))
	r.runToCheckIn()
	r.answer(pain(routines.MovedDown, routines.ReachBelowKnee, 5))
	r.f.Ack()
	if !r.f.Rechecking() {
		t.Fatal("the recheck rest should be running")
	}
	return r
}

func TestTheRecheckRestCannotBeSkipped(t *testing.T) {
	r := toRecheckRest(t)
	r.clock.Advance(10 * time.Second)
	r.f.Advance()
	before := r.f.Runner().Status().Remaining
	r.f.Skip()
	r.f.Back()
	if r.f.Need() != flow.NeedTimer || r.f.Runner().Status().Remaining != before {
		t.Fatalf("skip or back changed the recheck rest: need %v, %v left (was %v)", r.f.Need(), r.f.Runner().Status().Remaining, before)
	}
}

func TestQuittingBeforeTheRecheckCountsAsAFlare(t *testing.T) {
	r := toRecheckRest(t)
	r.recs = append(r.recs, r.f.Drain()...)
	r.f.Quit("quit")
	recs := r.f.Drain()
	p := planOf(t, recs)
	if red, ok := p.Reds[routines.DirectionExtension]; p.LastRed.IsZero() || !ok || red.Level != 3 {
		t.Fatalf("leaving before the recheck must note a red at press-ups (level 3) in the plan: %+v", p.Reds)
	}
	// The next extension session keeps below press-ups, and says why.
	cat := catalog(t)
	ext, _ := cat.Routine("extension")
	next := flow.NewRoutine(cat, ext, p, r.clock, flow.Options{})
	next.Baseline(pain("", routines.ReachThigh, 5))
	d, _ := next.Shown()
	if d == nil || d.RuleID != "R5" {
		t.Fatalf("the next session should open with the red's limit (R5): %+v", d)
	}
	for _, b := range next.Runner().Blocks() {
		if b.Exercise.Family == routines.FamilyExtension && b.Exercise.Level >= 3 {
			t.Fatalf("the next session still loads %s (level %d)", b.Exercise.ID, b.Exercise.Level)
		}
	}
	var quitDecision *routines.DecisionRecord
	for _, rec := range recs {
		if d, ok := rec.(flow.Decision); ok {
			quitDecision = &d.Record
		}
	}
	if quitDecision == nil || quitDecision.RuleID != "R5" || quitDecision.Action != "stop-exercise" {
		t.Fatalf("leaving before the recheck should be recorded as R5 stop-exercise: %+v", quitDecision)
	}
}

func TestDirectionTestRecheckRestIsNotASet(t *testing.T) {
	r := newTest(t)
	r.f.Baseline(pain("", routines.ReachBelowKnee, 6))
	r.f.Ack()
	r.runToCheckIn()
	r.answer(pain(routines.MovedDown, routines.ReachFoot, 6))
	if r.f.Need() == flow.NeedAck {
		r.f.Ack()
	}
	if !r.f.Rechecking() {
		t.Fatal("a worse answer in the test should start the recheck rest")
	}
	r.runToCheckIn()
	if r.f.Need() != flow.NeedRecheck {
		t.Fatalf("need = %v, want the recheck", r.f.Need())
	}
	sets := 0
	for _, rec := range append(r.recs, r.f.Drain()...) {
		if _, ok := rec.(flow.Set); ok {
			sets++
		}
	}
	if sets != 1 {
		t.Fatalf("saved %d sets, want 1: the rest before a recheck is not a set", sets)
	}
}

func TestARoutineChangeBecomesTheWordUnderTheTimer(t *testing.T) {
	r := toRecheckRest(t)
	r.runToCheckIn()
	r.answer(pain(routines.MovedDown, routines.ReachBelowKnee, 5))
	shown, _ := r.f.Shown()
	if shown == nil || !shown.Action.ChangesRoutine() {
		t.Fatalf("expected a routine change, got %+v", shown)
	}
	r.f.Ack()
	if said := r.f.Said(); said == nil || said.Reason != shown.Reason {
		t.Fatalf("under the timer: %+v, want the change's reason", said)
	}
}

// storedCheckIns returns the check-ins the flow asked to store.
func storedCheckIns(recs []flow.Record) []routines.CheckIn {
	var out []routines.CheckIn
	for _, rec := range recs {
		if c, ok := rec.(flow.CheckIn); ok {
			out = append(out, c.CheckIn)
		}
	}
	return out
}

// Symptoms in both legs stop the session (R1) though nothing was ticked:
// the stored check-in says so, or the history (and the clinician's report
// read from it) would hold a stop with no reason for it.
func TestBothLegsIsStoredAsTheUrgentSymptomThatStopped(t *testing.T) {
	both := func(moved routines.Moved) routines.CheckIn {
		c := pain(moved, routines.ReachThigh, 5)
		c.Leg = routines.LegBoth
		return c
	}
	t.Run("at the baseline", func(t *testing.T) {
		r := newRoutine(t, "extension")
		if err := r.f.Baseline(both("")); err != nil {
			t.Fatal(err)
		}
		cs := storedCheckIns(r.f.Drain())
		if len(cs) != 1 || len(cs[0].Urgent) != 1 || cs[0].Urgent[0] != coach.FlagBothLegs {
			t.Fatalf("stored check-ins %+v, want the baseline with urgent [%s]", cs, coach.FlagBothLegs)
		}
	})
	t.Run("after a set", func(t *testing.T) {
		r := newRoutine(t, "extension")
		r.f.Baseline(pain("", routines.ReachThigh, 5))
		r.runToCheckIn()
		r.answer(both(routines.MovedDown))
		cs := storedCheckIns(r.recs)
		last := cs[len(cs)-1]
		if len(last.Urgent) != 1 || last.Urgent[0] != coach.FlagBothLegs {
			t.Fatalf("the check-in after the set was stored with urgent %v, want [%s]", last.Urgent, coach.FlagBothLegs)
		}
		if st, _ := r.f.Status(); st != routines.StatusStopped {
			t.Fatalf("status %s, want stopped", st)
		}
	})
	t.Run("not new since the baseline", func(t *testing.T) {
		r := newRoutine(t, "extension")
		// Both legs at screening, then cleared by a clinician: both legs at the
		// baseline is known, and no longer stops.
		plan := coach.DefaultPlan(coach.Answers{RedFlags: map[string]bool{coach.FlagBothLegs: true}}, t0).Resume(t0)
		cat := catalog(t)
		rt, _ := cat.Routine("extension")
		r.f = flow.NewRoutine(cat, rt, plan, r.clock, flow.Options{})
		r.f.Baseline(both(""))
		if r.f.Need() == flow.NeedAck {
			r.f.Ack()
		}
		for _, c := range storedCheckIns(r.f.Drain()) {
			if len(c.Urgent) != 0 {
				t.Fatalf("a check-in was stored with urgent %v, though nothing stopped", c.Urgent)
			}
		}
	})
}
