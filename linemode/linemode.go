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
// and what the flow records is saved through package save, the same
// ordered queue (and recovery file at exit) the full-screen interface uses.
//
// Timers announce milestones (the start, half-way, the last 10 seconds,
// 3-2-1, the end) and sleep in between, on the injected clock. Input may
// come from a file: at the end of the input centra stops cleanly, and a
// session in progress is kept as cut short.
//
// A run is made of small parts, each with its own job and file, that
// share one env (the deps, the context, the clock, the plan) by pointer:
// term asks and says (io.go), saver saves in order (saver.go, recover.go),
// home shows the menu (home.go), session and timer run a flow (session.go,
// timer.go, checkin.go, cues.go), historyBrowser reads the history
// (past.go), settingsScreen, reading, triggerLog, walkLog, weeklyCheck and
// firstRun do what their names say, and reminder rings at home when a set
// falls due. app is the router: it takes the person from one part to the
// next. Only cmd/centra is meant to import this package.
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
	// Answers are the first-run answers; nil before the first run. When
	// a red flag stopped the first run and a clinician has cleared the
	// hold, the first run goes on with the questions not asked yet.
	Answers *coach.Answers
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

// env is what the parts of one run share, by pointer: the deps, the
// context, the clock, and the plan and last check-in the run goes on with.
type env struct {
	d       Deps
	ctx     context.Context
	clock   routines.Clock
	plan    coach.Plan
	hasPlan bool
	// answers are the first-run answers (zero before the first run).
	answers coach.Answers
	last    routines.CheckIn
}

// firstRunUnfinished reports whether a red flag stopped the first run
// before its last question and the hold it made is lifted: the rest of
// the first run is asked before anything else.
func (e *env) firstRunUnfinished() bool {
	return e.hasPlan && !e.plan.Held() && e.answers.Unfinished()
}

// app is one run of the line mode: the router. It owns the parts, each
// with its own job, and takes the person from one to the next.
type app struct {
	env      *env
	io       *term
	saver    *saver
	home     *home
	session  *session
	firstRun *firstRun
	history  *historyBrowser
	settings *settingsScreen
	reading  *reading
	triggers *triggerLog
	walks    *walkLog
	weekly   *weeklyCheck
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
	a := newApp(ctx, d, readLines(d.In, done))
	err := a.main()
	if err == errEnd || err == errQuit {
		err = nil
	}
	if ferr := a.saver.finish(); ferr != nil {
		ferr.(*UnsavedError).Err = err
		return ferr
	}
	return err
}

// newApp wires the parts of a run together.
func newApp(ctx context.Context, d Deps, lines <-chan string) *app {
	e := &env{d: d, ctx: ctx, clock: d.Clock, last: routines.CheckIn{Leg: routines.LegNone}}
	if d.Plan != nil {
		e.plan, e.hasPlan = *d.Plan, true
	}
	if d.LastCheckIn != nil {
		e.last = *d.LastCheckIn
	}
	if d.Answers != nil {
		e.answers = *d.Answers
	}
	tm := &term{out: d.Out, lines: lines, ctx: ctx, interactive: d.Interactive}
	sv := &saver{env: e, io: tm, q: save.NewQueue(d.Store)}
	rem := &reminder{env: e, io: tm}
	tm.flush, tm.remind = sv.flush, rem
	cues := &cuer{env: e, out: d.Out}
	checks := &checkIns{io: tm, clock: e.clock}
	rd := &reading{io: tm, env: e}
	walks := &walkLog{env: e, io: tm, saver: sv}
	ses := &session{env: e, io: tm, saver: sv, cues: cues, checks: checks, reading: rd,
		timer: &timer{env: e, io: tm, cues: cues, checks: checks}}
	return &app{
		env: e, io: tm, saver: sv, session: ses, reading: rd, walks: walks,
		home:     &home{env: e, io: tm, saver: sv, walks: walks, remind: rem},
		firstRun: &firstRun{env: e, io: tm, saver: sv, session: ses},
		history:  &historyBrowser{env: e, io: tm, walks: walks},
		settings: &settingsScreen{env: e, io: tm, cues: cues},
		triggers: &triggerLog{env: e, io: tm, saver: sv},
		weekly:   &weeklyCheck{env: e, io: tm, saver: sv},
	}
}

func (a *app) main() error {
	a.io.say("centra · accessible mode. Type an answer and press Enter; q stops.")
	if err := a.saver.offerRecovery(); err != nil {
		return err
	}
	if !a.env.hasPlan {
		if err := a.firstRun.run(); err != nil {
			return err
		}
		if a.env.plan.Held() {
			return nil
		}
	}
	if done, err := a.resumeFirstRun(); done || err != nil {
		return err
	}
	if a.env.d.Start != "" {
		a.home.reviewPlan()
		return a.startDirect(a.env.d.Start)
	}
	return a.homeLoop()
}

// resumeFirstRun asks the rest of a first run a red flag stopped, once a
// clinician has cleared the hold (R25, CLINICAL.md section 7). done says
// centra ends here: a new red flag held exercise again.
func (a *app) resumeFirstRun() (done bool, err error) {
	if !a.env.firstRunUnfinished() {
		return false, nil
	}
	if err := a.firstRun.resume(); err != nil {
		return true, err
	}
	return a.env.plan.Held(), nil
}

// startDirect runs the flow the command line asked for, then ends.
func (a *app) startDirect(id string) error {
	if a.env.plan.Held() {
		a.io.blank()
		a.io.say("Exercises are paused.", a.env.plan.Hold.Reason,
			"Open centra without a routine to tell it a clinician has cleared you.")
		return nil
	}
	if id == "test" {
		return a.session.runTest()
	}
	if id == "function" {
		st, _ := a.weekly.state()
		if err := a.weekly.check(st.Activities); err != errQuit {
			return err
		}
		return nil
	}
	r := a.home.routineByID(id)
	if r == nil {
		return fmt.Errorf("there is no routine %q", id)
	}
	return a.session.runRoutine(r)
}

// homeLoop shows home (or, while exercises are paused, the pause) and
// opens what the person picks there, until they quit.
func (a *app) homeLoop() error {
	notices := a.env.d.Notices
	if !a.env.plan.Held() {
		// q at the offer is q at any question outside a session: it
		// stops centra (q during the check itself goes on to home).
		if err := a.weekly.offer(); err != nil {
			return err
		}
	}
	for {
		var key string
		var r *routines.Routine
		var err error
		if a.env.plan.Held() {
			key, err = a.home.held()
			if err == nil && key == "" {
				// Just cleared: the rest of a first run that stopped.
				if done, rerr := a.resumeFirstRun(); done || rerr != nil {
					return rerr
				}
			}
		} else {
			key, r, err = a.home.menu(notices)
			notices = nil
		}
		if err != nil {
			return err
		}
		if key == "q" {
			return nil
		}
		if err := a.open(key, r); err == errQuit {
			// q while reading quits centra, as in the full screen; in a
			// session it stops the session.
			return nil
		} else if err != nil {
			return err
		}
	}
}

// open runs what home picked: a routine, the direction test, the weekly
// check, a walk, or one of the pages home browses to. errQuit from it
// means centra quits.
func (a *app) open(key string, r *routines.Routine) error {
	var err error
	switch key {
	case "":
		return nil // the pause screen did what was asked
	case "d":
		err = a.session.runTest()
	case "f":
		if st, ok := a.weekly.state(); ok || a.env.d.Function == nil {
			err = a.weekly.check(st.Activities)
		} else {
			a.io.say("Your earlier answers could not be read, so the check is not offered now.")
		}
	case "w":
		err = a.walks.log()
	case "run":
		err = a.session.runRoutine(r)
	default:
		return a.browse(key)
	}
	if err == errQuit {
		err = nil // q in a session or a form goes back home
	}
	return err
}

// browse opens the history (h), the trigger log (t), the settings (s),
// the library (l) or the guide (g).
func (a *app) browse(what string) error {
	switch what {
	case "h":
		return a.history.open()
	case "t":
		return a.triggers.log()
	case "s":
		return a.settings.open()
	case "l":
		return a.reading.library()
	case "g":
		return a.reading.guide()
	}
	return nil
}
