// Package flow is a guided session as one state machine: a routine (or the
// direction test) run set by set, the check-in after every set, the
// coach's decision, the recheck after a worse answer, and swaps to the rest
// of the session. It is written once and rendered twice: by the full-screen
// interface and by the accessible line mode. It does no IO: what must be
// saved comes out of Drain, in order.
package flow

import (
	"errors"

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

// Flow is one guided session, as both interfaces drive it. It is a thin
// facade: the state and the bookkeeping every step shares live in run
// (run.go), and what is run, a routine or the direction test, in its
// steps (routine.go, test.go).
type Flow struct {
	r *run
}

// NewRoutine prepares a routine. It starts with the baseline check-in.
func NewRoutine(cat *routines.Catalog, r *routines.Routine, plan coach.Plan, clock routines.Clock, opts Options) *Flow {
	x := newRun(KindRoutine, cat, r, plan, clock, opts)
	x.steps = &routineSteps{r: x}
	x.planned = plannedSets(r.Blocks)
	x.emit(Start{Kind: routines.SessionRoutine, RoutineID: r.ID, RoutineName: r.Name, At: clock.Now(), Planned: x.planned})
	return &Flow{r: x}
}

// NewTest prepares the guided direction test. It starts with the baseline.
func NewTest(cat *routines.Catalog, plan coach.Plan, clock routines.Clock, opts Options) *Flow {
	r := &routines.Routine{ID: "direction-test", Name: "Direction test"}
	x := newRun(KindTest, cat, r, plan, clock, opts)
	x.steps = &testSteps{r: x}
	x.emit(Start{Kind: routines.SessionTest, RoutineID: r.ID, RoutineName: r.Name, At: clock.Now()})
	return &Flow{r: x}
}

func plannedSets(bs []routines.Block) int {
	n := 0
	for _, b := range bs {
		n += b.Dose.Sets
	}
	return n
}

// Kind says what the flow runs.
func (f *Flow) Kind() Kind { return f.r.kind }

// Routine is the routine being run (for the test, a stand-in with its name).
func (f *Flow) Routine() *routines.Routine { return f.r.routine }

// Need says what the flow waits for now.
func (f *Flow) Need() Need { return f.r.need }

// Runner is the runner of what is timed now, for the screen; nil before
// the baseline.
func (f *Flow) Runner() *routines.Runner { return f.r.runner }

// Rechecking reports whether the timer running is the rest before a
// recheck. It cannot be skipped: the recheck means something only after it.
func (f *Flow) Rechecking() bool { return f.r.resting }

// Shown is the decision waiting for acknowledgement (NeedAck), with what
// changed in the session, in words.
func (f *Flow) Shown() (*coach.Decision, string) { return f.r.shown, f.r.changed }

// Said is the coach's last word, shown under the timer.
func (f *Flow) Said() *coach.Decision { return f.r.said }

// Last is the last check-in, to pre-fill the next one.
func (f *Flow) Last() routines.CheckIn { return f.r.last }

// Compared is what answers are compared with: the baseline, taken before
// the first set, and the check-in before the last set, which a recheck
// compares with (R5, R6: is the pain still worse than before that set, or
// back to how it was?).
func (f *Flow) Compared() (baseline, beforeSet routines.CheckIn) {
	return f.r.baseline, f.r.beforeSet
}

// Counts reports the sets completed and check-ins answered.
func (f *Flow) Counts() (sets, checkIns int) { return f.r.setsDone, f.r.checkIns }

// Empty reports whether nothing was recorded: no set, done or not, and
// no answer. The history keeps no such session (persist.IDs).
func (f *Flow) Empty() bool { return f.r.setRef == 0 && f.r.checkIns == 0 }

// Status says how the flow ended (in progress until it does).
func (f *Flow) Status() (routines.SessionStatus, string) { return f.r.status, f.r.reason }

// Plan is the plan as the coach left it, with the flow's safety notes.
func (f *Flow) Plan() coach.Plan { return f.r.planNow() }

// Result is the direction test's result once it has one.
func (f *Flow) Result() *coach.TestResult { return f.r.result }

// Ended reports whether the flow has ended.
func (f *Flow) Ended() bool { return f.r.ended() }

// Drain returns what must be saved since the last call, in order.
func (f *Flow) Drain() []Record {
	out := f.r.out
	f.r.out = nil
	return out
}

// ErrNotWaiting is returned when an answer comes that the flow is not
// waiting for.
var ErrNotWaiting = errors.New("not waiting for that answer")
