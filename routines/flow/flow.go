// Package flow is a guided session as one state machine: a routine (or the
// direction test) run set by set, the check-in after every set, the
// coach's decision, the recheck after a worse answer, and swaps to the rest
// of the session. It is written once and rendered twice: by the full-screen
// interface and by the accessible line mode. It does no IO: what must be
// saved comes out of Drain, in order.
package flow

import (
	"errors"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// Need says what the flow is waiting for.
type Need int

// What a flow can wait for.
const (
	// NeedBaseline: the check-in before the first set.
	NeedBaseline Need = iota
	// NeedTimer: a timer is running; nothing is needed but time.
	NeedTimer
	// NeedCheckIn: the check-in after a set.
	NeedCheckIn
	// NeedRecheck: the check-in after the recheck rest.
	NeedRecheck
	// NeedAck: a decision that changes things waits to be read.
	NeedAck
	// NeedNothing: the flow has ended.
	NeedNothing
)

// Kind is what the flow runs.
type Kind int

// The kinds of flow.
const (
	KindRoutine Kind = iota
	KindTest
)

// Options tune a flow.
type Options struct {
	Runner routines.RunnerOptions
	Coach  coach.Options
}

// Flow is one guided session.
type Flow struct {
	kind  Kind
	cat   *routines.Catalog
	clock routines.Clock
	opts  Options

	routine *routines.Routine
	plan    coach.Plan
	sess    *coach.Session
	test    *coach.DirectionTest

	// runner runs what is timed now: the routine, a test set or a recheck
	// rest. main is the routine's runner, kept while a recheck rest runs.
	runner *routines.Runner
	main   *routines.Runner
	// step is the direction test's current step.
	step coach.Step
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
	checkIns int
	status   routines.SessionStatus
	reason   string
	result   *coach.TestResult
	out      []Record
}

// NewRoutine prepares a routine. It starts with the baseline check-in.
func NewRoutine(cat *routines.Catalog, r *routines.Routine, plan coach.Plan, clock routines.Clock, opts Options) *Flow {
	f := &Flow{kind: KindRoutine, cat: cat, clock: clock, opts: opts, routine: r, plan: plan.Clone(), status: routines.StatusInProgress}
	f.emit(Start{Kind: routines.SessionRoutine, RoutineID: r.ID, RoutineName: r.Name, At: clock.Now(), Planned: plannedSets(r.Blocks)})
	return f
}

// NewTest prepares the guided direction test. It starts with the baseline.
func NewTest(cat *routines.Catalog, plan coach.Plan, clock routines.Clock, opts Options) *Flow {
	r := &routines.Routine{ID: "direction-test", Name: "Direction test"}
	f := &Flow{kind: KindTest, cat: cat, clock: clock, opts: opts, routine: r, plan: plan.Clone(), status: routines.StatusInProgress}
	f.emit(Start{Kind: routines.SessionTest, RoutineID: r.ID, RoutineName: r.Name, At: clock.Now()})
	return f
}

func plannedSets(bs []routines.Block) int {
	n := 0
	for _, b := range bs {
		n += b.Dose.Sets
	}
	return n
}

// Kind says what the flow runs.
func (f *Flow) Kind() Kind { return f.kind }

// Routine is the routine being run (for the test, a stand-in with its name).
func (f *Flow) Routine() *routines.Routine { return f.routine }

// Need says what the flow waits for now.
func (f *Flow) Need() Need { return f.need }

// Runner is the runner of what is timed now, for the screen; nil before
// the baseline.
func (f *Flow) Runner() *routines.Runner { return f.runner }

// Rechecking reports whether the timer running is the rest before a
// recheck. It cannot be skipped: the recheck means something only after it.
func (f *Flow) Rechecking() bool { return f.resting }

// Shown is the decision waiting for acknowledgement (NeedAck), with what
// changed in the session, in words.
func (f *Flow) Shown() (*coach.Decision, string) { return f.shown, f.changed }

// Said is the coach's last word, shown under the timer.
func (f *Flow) Said() *coach.Decision { return f.said }

// Last is the last check-in, to pre-fill the next one.
func (f *Flow) Last() routines.CheckIn { return f.last }

// Baseline is the check-in taken before the first set.
func (f *Flow) BaselineCheckIn() routines.CheckIn { return f.baseline }

// Counts reports the sets completed and check-ins answered.
func (f *Flow) Counts() (sets, checkIns int) { return f.setsDone, f.checkIns }

// Status says how the flow ended (in progress until it does).
func (f *Flow) Status() (routines.SessionStatus, string) { return f.status, f.reason }

// Plan is the plan as the coach left it, with the flow's safety notes.
func (f *Flow) Plan() coach.Plan {
	p := f.plan.Clone()
	switch {
	case f.sess != nil:
		p = f.sess.Plan()
	case f.test != nil:
		p = f.test.Plan()
	}
	if f.hold != nil && !p.Held() {
		h := *f.hold
		p.Hold = &h
	}
	if !f.flare.IsZero() {
		fam, level := routines.Family(""), 0
		if f.flareOn != nil {
			fam, level = f.flareOn.Family, f.flareOn.Level
		}
		p.MarkRed(f.flare, fam, level)
	}
	return p
}

// Result is the direction test's result once it has one.
func (f *Flow) Result() *coach.TestResult { return f.result }

// Ended reports whether the flow has ended.
func (f *Flow) Ended() bool { return f.status != routines.StatusInProgress }

// Drain returns what must be saved since the last call, in order.
func (f *Flow) Drain() []Record {
	out := f.out
	f.out = nil
	return out
}

func (f *Flow) emit(r Record) { f.out = append(f.out, r) }

func (f *Flow) decide(d coach.Decision, at time.Time) {
	f.emit(Decision{Record: d.Record(at)})
}

// ErrNotWaiting is returned when an answer comes that the flow is not
// waiting for.
var ErrNotWaiting = errors.New("not waiting for that answer")
