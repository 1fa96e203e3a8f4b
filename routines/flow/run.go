package flow

import (
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// run is a flow's state and the bookkeeping every step shares: what it
// waits for, the timer running now, the tallies, how it ended, and the
// records to save. What is run, a routine or the direction test, is its
// steps.
type run struct {
	kind  Kind
	cat   *routines.Catalog
	clock routines.Clock
	opts  Options

	routine *routines.Routine
	plan    coach.Plan
	steps   steps

	// runner runs what is timed now: the routine, a test set or a recheck
	// rest. main is the routine's runner, kept while a recheck rest runs.
	runner *routines.Runner
	main   *routines.Runner
	// resting is true while the rest before a recheck runs, in a routine
	// or in the direction test.
	resting bool
	// hold and flare are safety notes the flow adds to the coach's plan:
	// an urgent symptom the coach did not stop for, and a worse answer
	// whose recheck never came.
	hold    *coach.Hold
	flare   time.Time
	flareOn *routines.Exercise

	need     Need
	afterAck func()
	shown    *coach.Decision
	said     *coach.Decision
	changed  string
	baseline routines.CheckIn
	last     routines.CheckIn
	setRef   int
	setsDone int
	// planned is the sets the session plans as it stands (Start, then
	// Replan).
	planned int
	// skipped is true when the set the next check-in follows was cut
	// short with skip.
	skipped bool
	// lastSkipped is true when the last set that ended was cut short, and
	// skipWork while a set is skipped (n) before anything of it was done,
	// which ends it with no set kept: a routine that ends on either says
	// so (routines.ReasonLastSetSkipped).
	lastSkipped, skipWork bool
	// beforeSet is the check-in before the last set's, which a recheck
	// compares with.
	beforeSet routines.CheckIn
	checkIns  int
	status    routines.SessionStatus
	reason    string
	result    *coach.TestResult
	out       []Record
}

// steps is what a flow runs: a routine (routineSteps) or the direction
// test (testSteps).
type steps interface {
	// begin hands the baseline to the coach and returns its first word.
	begin(c routines.CheckIn) (coach.Decision, error)
	// afterBaseline goes on after a baseline the coach did not stop at.
	afterBaseline(d coach.Decision)
	// answer takes the check-in after a set or after the recheck rest.
	answer(c routines.CheckIn)
	// urgent is the coach's word on an urgent symptom reported while a
	// timer runs; the zero Decision before the coach has started.
	urgent(c routines.CheckIn) coach.Decision
	// plan is the coach's plan; ok is false before the baseline.
	plan() (p coach.Plan, ok bool)
	// pending reports whether a worse answer waits for its recheck.
	pending() bool
}

func newRun(kind Kind, cat *routines.Catalog, r *routines.Routine, plan coach.Plan, clock routines.Clock, opts Options) *run {
	return &run{kind: kind, cat: cat, clock: clock, opts: opts, routine: r, plan: plan.Clone(), status: routines.StatusInProgress}
}

func (r *run) ended() bool { return r.status != routines.StatusInProgress }

func (r *run) emit(rec Record) { r.out = append(r.out, rec) }

// now is the session's clock, which everything kept is stamped with: at
// --speed it runs faster, timers and stored times alike, so that what home
// and the history read (today's sets, the last session, a red today) is on
// the same clock as what was saved.
func (r *run) now() time.Time { return r.clock.Now() }

func (r *run) decide(d coach.Decision, at time.Time) {
	r.emit(Decision{Record: d.Record(at)})
}

// planNow is the plan as the coach left it, with the flow's safety notes.
func (r *run) planNow() coach.Plan {
	p, ok := r.steps.plan()
	if !ok {
		p = r.plan.Clone()
	}
	if r.hold != nil && !p.Held() {
		h := *r.hold
		p.Hold = &h
	}
	if !r.flare.IsZero() {
		fam, level := routines.Family(""), 0
		if r.flareOn != nil {
			fam, level = r.flareOn.Family, r.flareOn.Level
		}
		p.MarkRed(r.flare, fam, level)
	}
	return p
}

// time starts timing rt and waits for the timer.
func (r *run) time(rt *routines.Routine, opts routines.RunnerOptions) {
	r.runner = routines.NewRunner(rt, r.clock, opts)
	r.need = NeedTimer
	r.events(r.runner.Start())
}

// show waits for the person to read a decision, then runs then.
func (r *run) show(d coach.Decision, changed string, then func()) {
	r.shown, r.changed, r.afterAck, r.need = &d, changed, then, NeedAck
	if r.runner != nil {
		r.runner.Pause()
	}
}

// act does something to the running timer and follows its events.
func (r *run) act(do func(*routines.Runner) []routines.Event) []routines.Event {
	if r.need != NeedTimer || r.runner == nil {
		return nil
	}
	evs := do(r.runner)
	r.events(evs)
	return evs
}

// events records ended sets and moves the flow to what each phase needs.
func (r *run) events(evs []routines.Event) {
	for _, ev := range evs {
		if ev.Set != nil && !r.resting {
			r.setRef++
			if ev.Set.Completed {
				r.setsDone++
			}
			r.skipped = !ev.Set.Completed
			r.lastSkipped = r.skipped
			r.emit(Set{Ref: r.setRef, Result: *ev.Set})
		}
		switch ev.Phase.Kind {
		case routines.PhaseCheckIn:
			r.need = NeedCheckIn
			if r.resting {
				r.need = NeedRecheck
			}
		case routines.PhaseDone:
			switch t, test := r.steps.(*testSteps); {
			case r.kind == KindRoutine && !r.resting:
				reason := ""
				if r.lastSkipped || r.skipWork {
					reason = routines.ReasonLastSetSkipped
				}
				r.finish(routines.StatusCompleted, reason)
			case test && !r.resting && r.need == NeedTimer:
				// A test set skipped before anything was done ends
				// with no check-in phase.
				t.skippedUnstarted()
			}
		}
	}
}

// stop ends the flow on a safety decision; the decision stays shown.
func (r *run) stop(d coach.Decision) {
	r.finish(routines.StatusStopped, string(d.Action))
	r.shown, r.need = &d, NeedAck
}

// finish closes the session once, and keeps the plan.
func (r *run) finish(status routines.SessionStatus, reason string) {
	if r.ended() {
		return
	}
	r.status, r.reason = status, reason
	if r.runner != nil {
		r.runner.Quit()
	}
	if r.need != NeedAck {
		r.need = NeedNothing
	}
	if _, ok := r.steps.plan(); ok {
		r.emit(Plan{Plan: r.planNow()})
	}
	r.emit(Finish{Status: status, Reason: reason, At: r.now()})
}

// exercise is the exercise of the routine's current set, also while a
// recheck rest runs.
func (r *run) exercise() *routines.Exercise {
	rn := r.runner
	if r.main != nil {
		rn = r.main
	}
	if rn == nil {
		return nil
	}
	return rn.Status().Exercise
}
