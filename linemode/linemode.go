// Package linemode is centra's accessible mode: every flow (first run,
// home, a routine with its check-ins and the coach's decisions, the
// direction test, the history set by set and its trends, the trigger log,
// the settings, the Library and the Guide) as plain
// lines on standard input and output. There is no alternate screen, no
// cursor movement and no colour; each question sits on its own line with
// its choices, answers are typed and confirmed with Enter, and an answer
// that is not understood is asked again with a hint.
//
// It is the second renderer of routines/flow: the flow owns the timers,
// the check-ins and the coach, exactly as in the full-screen interface,
// and what the flow records is saved through package persist, the same
// mapping the full-screen interface uses.
//
// Timers announce milestones (the start, half-way, the last 10 seconds,
// 3-2-1, the end) and sleep in between, on the injected clock. Input may
// come from a file: at the end of the input centra stops cleanly, and a
// session in progress is kept as cut short.
package linemode

import (
	"context"
	"fmt"
	"io"
	"time"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/cue"
	"github.com/centra-app/centra/routines/flow"
	"github.com/centra-app/centra/save"
)

// Deps are what the line mode works with.
type Deps struct {
	In  io.Reader
	Out io.Writer
	// Interactive says that a person types at a terminal. During a timer
	// their lines are then commands: Enter says where the timer is, p
	// pauses, n skips, q stops. Input from a file is read only at
	// questions, and echoed so that the transcript reads well.
	Interactive bool

	Catalog *routines.Catalog
	Store   persist.Store
	// Clock drives every timer; nil means the system clock.
	Clock routines.Clock
	// After fires once a wall-clock delay has passed; nil means
	// time.After. Tests pass one that moves a fake clock instead.
	After func(time.Duration) <-chan time.Time
	// Voice, when set, speaks each moment of a set (the exercise, get
	// ready, every rep's count and beat, switch sides, the rests, set
	// done) when the settings' cues say "voice"; nil when the system has
	// no speech engine, and NoVoice then says why. Bell says the output
	// can ring (a terminal): the bell then rings at each rep, hold, switch
	// of sides and set end when the cues say "bell" (or "voice" without an
	// engine).
	Voice   Voice
	NoVoice string
	Bell    bool
	// Runner and RecheckRest tune the timers and the coach's recheck.
	Runner      routines.RunnerOptions
	RecheckRest time.Duration

	// Plan is the person's plan; nil before the first run.
	Plan *coach.Plan
	// LastCheckIn fills in the answers of the first check-in.
	LastCheckIn *routines.CheckIn
	// Notices are said once on the home screen.
	Notices []string
	// Reader reads the history: the sessions, each set by set, the days
	// for the trends and the glance on home. Nil leaves them out.
	Reader core.HistoryReader
	// Function is where the weekly function check is kept and read; nil
	// leaves it out.
	Function core.FunctionLog
	// Triggers is where the trigger log writes; nil leaves it out.
	Triggers core.TriggerLog
	// Walks is where the walk log writes and today's walks are read from;
	// nil leaves walks out.
	Walks core.WalkLog
	// Settings are the settings in force and the way to save them; nil
	// leaves the settings out.
	Settings *core.Settings
	// Recovery are recovery files of results an earlier run could not
	// save: centra offers to save them first.
	Recovery []string

	// Start goes straight to a flow: "plan" (the suggested routine), a
	// routine id, "test" (the direction test) or "function" (the weekly
	// check of what the person can do). Empty opens the home
	// menu. centra ends when a flow started this way ends.
	Start string
}

// app is one run of the line mode.
type app struct {
	d         Deps
	ctx       context.Context
	out       io.Writer
	lines     <-chan string
	clock     routines.Clock
	plan      coach.Plan
	hasPlan   bool
	last      routines.CheckIn
	justBlank bool

	// q is the saving side, the same queue the screens use: writes are
	// made in order, and one that fails stays queued with everything
	// after it. cur is the flow running, whose records are saved before
	// anything is said (see say); saving guards against saying while
	// saving.
	q       *save.Queue
	cur     *flow.Flow
	saving  bool
	saveErr error
	// routine names the session saved last, for the recovery file.
	routine string
	// phase is the timer phase announced last, and said the milestones
	// announced in it.
	phase phaseKey
	said  map[time.Duration]bool
	// told is the coach's last word said while a timer runs.
	told *coach.Decision
	// cues remembers the last moment cued (cues.go).
	cues cue.Follower
	// reminder rings at the home menu when a set falls due (reminders.go).
	reminder homeReminder
}

// Run runs the line mode until the person quits, the input ends or ctx
// ends (then it returns ErrInterrupted). What was done is saved before it
// returns; an error says what could not be.
func Run(ctx context.Context, d Deps) error {
	if d.Clock == nil {
		d.Clock = routines.SystemClock{}
	}
	if d.After == nil {
		d.After = time.After
	}
	done := make(chan struct{})
	defer close(done)
	a := &app{d: d, ctx: ctx, out: d.Out, lines: readLines(d.In, done), clock: d.Clock,
		last: routines.CheckIn{Leg: routines.LegNone}, q: save.NewQueue(d.Store)}
	if d.Plan != nil {
		a.plan, a.hasPlan = *d.Plan, true
	}
	if d.LastCheckIn != nil {
		a.last = *d.LastCheckIn
	}
	err := a.main()
	if err == errEnd || err == errQuit {
		err = nil
	}
	if ferr := a.finishSaving(); ferr != nil {
		ferr.(*UnsavedError).Err = err
		return ferr
	}
	return err
}

func (a *app) main() error {
	a.say("centra · accessible mode. Type an answer and press Enter; q stops.")
	if err := a.offerRecovery(); err != nil {
		return err
	}
	if !a.hasPlan {
		if err := a.firstRun(); err != nil {
			return err
		}
		if a.plan.Held() {
			return nil
		}
	}
	if a.d.Start != "" {
		a.reviewPlan()
		return a.startDirect(a.d.Start)
	}
	return a.home()
}

// startDirect runs the flow the command line asked for, then ends.
func (a *app) startDirect(id string) error {
	if a.plan.Held() {
		a.blank()
		a.say("Exercises are paused.", a.plan.Hold.Reason,
			"Open centra without a routine to tell it a clinician has cleared you.")
		return nil
	}
	if id == "test" {
		return a.runTest()
	}
	if id == "function" {
		st, _ := a.functionState()
		if err := a.functionCheck(st.Activities); err != errQuit {
			return err
		}
		return nil
	}
	r := a.routineByID(id)
	if r == nil {
		return fmt.Errorf("there is no routine %q", id)
	}
	return a.runRoutine(r)
}

// save queues entries and tries everything queued.
func (a *app) save(es ...save.Entry) {
	for _, e := range es {
		if p, ok := e.(flow.Plan); ok {
			a.plan, a.hasPlan = p.Plan, true
		}
	}
	a.q.Add(es...)
	a.trySaving()
}

// saveRecords queues the flow's records, in order.
func (a *app) saveRecords(recs []flow.Record) {
	for _, r := range recs {
		a.save(r)
	}
}

// saveFirst saves what the running flow has recorded, and anything still
// queued, before a line is said: what the person hears as done is on disk
// (or they hear that it is not saved yet).
func (a *app) saveFirst() {
	if a.saving {
		return
	}
	if a.cur != nil {
		// Through save, not straight to the queue: a plan among the
		// records is also the plan this run goes on with.
		a.saveRecords(a.cur.Drain())
	}
	if a.q.Len() > 0 {
		a.trySaving()
	}
}

// trySaving writes what is queued, in order, until one fails. The first
// failure is said once; success after it is said too.
func (a *app) trySaving() bool {
	a.saving = true
	defer func() { a.saving = false }()
	// Not a.ctx: what was done is saved even after ctrl+c.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	err := a.q.Flush(ctx)
	cancel()
	if err != nil {
		if a.saveErr == nil {
			a.say(fmt.Sprintf("Not saved yet: %v. Your results are kept and centra tries again.", err))
		}
		a.saveErr = err
		return false
	}
	if a.saveErr != nil {
		a.say("Saved now.")
		a.saveErr = nil
	}
	return true
}

// finishSaving tries a few more times before centra ends; what still
// cannot be saved is returned as an *UnsavedError, for the recovery file.
func (a *app) finishSaving() error {
	a.saveFirst()
	for i := 0; i < 3 && a.q.Len() > 0; i++ {
		if i > 0 {
			<-a.d.After(200 * time.Millisecond)
		}
		if a.trySaving() {
			return nil
		}
	}
	if u := a.q.Unsaved(a.routine, false, "centra stopped before it could save these"); u != nil {
		return &UnsavedError{Unsaved: u}
	}
	return nil
}

// UnsavedError is returned by Run when some results could not be saved:
// the command line keeps them in a recovery file, as for the screens.
type UnsavedError struct {
	Unsaved *save.Unsaved
	// Err is how the run ended otherwise (nil, ErrInterrupted, ...).
	Err error
}

func (e *UnsavedError) Error() string {
	return fmt.Sprintf("%d result(s) could not be saved to your history (%s)", len(e.Unsaved.Records), e.Unsaved.Error)
}

// Unwrap gives the way the run ended.
func (e *UnsavedError) Unwrap() error { return e.Err }
