package flow

import (
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// testSteps run the guided direction test: one set at a time as the
// coach's test asks, with its recheck rests, until it has a result.
type testSteps struct {
	r    *run
	test *coach.DirectionTest
	// set is the test set timed now, while it runs.
	set coach.Step
}

func (t *testSteps) begin(c routines.CheckIn) (coach.Decision, error) {
	var d coach.Decision
	var err error
	t.test, d, err = coach.NewDirectionTest(t.r.cat, t.r.plan, c, t.r.opts.Coach)
	return d, err
}

// afterBaseline shows the opening, which names the first direction and
// why: it is read first.
func (t *testSteps) afterBaseline(d coach.Decision) { t.r.show(d, "", t.next) }

// next runs the direction test's next set, or its recheck rest.
func (t *testSteps) next() {
	if t.test.Done() {
		return
	}
	r := t.r
	step := t.test.Next()
	var rt *routines.Routine
	r.resting = t.test.Pending()
	if r.resting {
		rt = restRoutine(r.cat, &step, r.opts.Coach)
	} else {
		t.set = step
		dose := step.Dose
		dose.Sets = 1
		rt = &routines.Routine{ID: r.routine.ID, Name: r.routine.Name, Blocks: []routines.Block{{Exercise: step.Exercise, Dose: dose}}}
	}
	r.time(rt, r.opts.Runner)
}

func (t *testSteps) answer(c routines.CheckIn) {
	r := t.r
	var d coach.Decision
	r.resting = false
	switch {
	case c.Kind == routines.CheckInRecheck:
		d = t.test.AfterRecheck(c)
	case r.skipped:
		d = t.test.AfterSkippedSet(c)
	default:
		d = t.test.AfterSet(c)
	}
	r.skipped = false
	r.decide(d, c.At)
	if t.test.Done() {
		res, _ := t.test.Result()
		r.result = &res
		r.emit(TestResult{At: c.At, Result: res})
		if res.Stopped {
			r.stop(d)
			return
		}
		r.finish(routines.StatusCompleted, "")
		r.show(d, "", nil)
		return
	}
	if d.Action == coach.ActionContinue {
		r.said = &d
		t.next()
		return
	}
	r.show(d, "", t.next)
}

// skippedUnstarted keeps a test set skipped before anything was done (its
// timer ends with no check-in) as a set not finished, and asks how the
// pain is, as after any skipped set.
func (t *testSteps) skippedUnstarted() {
	r, now := t.r, t.r.now()
	ex := t.set.Exercise
	r.setRef++
	r.skipped = true
	r.emit(Set{Ref: r.setRef, Result: routines.SetResult{ExerciseID: ex.ID, Family: ex.Family, Level: ex.Level,
		StartedAt: now, EndedAt: now, Unit: routines.UnitOf(t.set.Dose.Kind), Planned: t.set.Dose.PlannedUnits(0)}})
	r.need = NeedCheckIn
}

func (t *testSteps) urgent(c routines.CheckIn) coach.Decision {
	if t.test == nil {
		return coach.Decision{}
	}
	return t.test.AfterSet(c)
}

func (t *testSteps) plan() (coach.Plan, bool) {
	if t.test == nil {
		return coach.Plan{}, false
	}
	return t.test.Plan(), true
}

func (t *testSteps) pending() bool { return t.test != nil && t.test.Pending() }
