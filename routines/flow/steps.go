package flow

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// Baseline takes the check-in before the first set and starts the first
// timer, unless the coach stops at once (a red flag, a plan on hold).
func (f *Flow) Baseline(c routines.CheckIn) error {
	if f.need != NeedBaseline {
		return ErrNotWaiting
	}
	c.Kind, c.Moved = routines.CheckInBaseline, ""
	if c.At.IsZero() {
		c.At = f.clock.Now()
	}
	var d coach.Decision
	var err error
	if f.kind == KindTest {
		f.test, d, err = coach.NewDirectionTest(f.cat, f.plan, c, f.opts.Coach)
	} else {
		f.sess, d, err = coach.NewSessionFor(f.cat, f.plan, f.routine, c, f.opts.Coach)
	}
	if err != nil {
		return err
	}
	f.baseline, f.last = c, c
	f.checkIns++
	f.emit(CheckIn{CheckIn: c})
	f.decide(d, c.At)
	if d.Action.Stops() {
		f.stop(d)
		return nil
	}
	if f.kind == KindTest {
		// The opening names the first direction and why: read it first.
		f.show(d, "", f.nextTestStep)
		return nil
	}
	f.said = &d
	run := f.routine
	changed := ""
	if d.Action.ChangesRoutine() {
		// A recent red limits this session from the start: read why first.
		run = &routines.Routine{ID: f.routine.ID, Name: f.routine.Name, Purpose: f.routine.Purpose,
			Direction: f.routine.Direction, Stage: f.routine.Stage, Blocks: f.sess.Reshape(f.routine.Blocks, d)}
		changed = "Today: " + names(run.Blocks) + "."
	}
	f.runner = routines.NewRunner(run, f.clock, f.opts.Runner)
	f.need = NeedTimer
	f.events(f.runner.Start())
	if changed != "" {
		f.show(d, changed, nil)
	}
	return nil
}

// show waits for the person to read a decision, then runs then.
func (f *Flow) show(d coach.Decision, changed string, then func()) {
	f.shown, f.changed, f.afterAck, f.need = &d, changed, then, NeedAck
	if f.runner != nil {
		f.runner.Pause()
	}
}

// Ack goes on after a decision was read.
func (f *Flow) Ack() {
	if f.need != NeedAck {
		return
	}
	then := f.afterAck
	f.shown, f.changed, f.afterAck = nil, "", nil
	f.need = NeedNothing
	if then != nil {
		then()
	}
	if f.need == NeedNothing && !f.Ended() {
		f.need = NeedTimer
		if f.runner != nil {
			f.runner.Resume()
		}
	}
}

// Advance moves the timer on; it returns the events for sound cues.
func (f *Flow) Advance() []routines.Event {
	if f.need != NeedTimer || f.runner == nil {
		return nil
	}
	evs := f.runner.Advance()
	f.events(evs)
	return evs
}

// Skip, Back and TogglePause act on the running timer. The rest before a
// recheck can be neither skipped nor gone back on.
func (f *Flow) Skip() []routines.Event {
	if f.Rechecking() {
		return nil
	}
	return f.act((*routines.Runner).Skip)
}

// Back restarts the set or goes to the one before.
func (f *Flow) Back() []routines.Event {
	if f.Rechecking() {
		return nil
	}
	return f.act((*routines.Runner).Back)
}

// TogglePause pauses or resumes the timer.
func (f *Flow) TogglePause() {
	if f.need == NeedTimer && f.runner != nil {
		f.runner.TogglePause()
	}
}

func (f *Flow) act(do func(*routines.Runner) []routines.Event) []routines.Event {
	if f.need != NeedTimer || f.runner == nil {
		return nil
	}
	evs := do(f.runner)
	f.events(evs)
	return evs
}

// events records ended sets and moves the flow to what each phase needs.
func (f *Flow) events(evs []routines.Event) {
	for _, ev := range evs {
		if ev.Set != nil && !f.Rechecking() {
			f.setRef++
			if ev.Set.Completed {
				f.setsDone++
			}
			f.emit(Set{Ref: f.setRef, Result: *ev.Set})
		}
		switch ev.Phase.Kind {
		case routines.PhaseCheckIn:
			f.need = NeedCheckIn
			if f.Rechecking() {
				f.need = NeedRecheck
			}
		case routines.PhaseDone:
			if f.kind == KindRoutine && !f.Rechecking() {
				f.finish(routines.StatusCompleted, "")
			}
		}
	}
}

// CheckIn takes the answer after a set, or after the recheck rest.
func (f *Flow) CheckIn(c routines.CheckIn) error {
	if f.need != NeedCheckIn && f.need != NeedRecheck {
		return ErrNotWaiting
	}
	if c.At.IsZero() {
		c.At = f.clock.Now()
	}
	c.Kind = routines.CheckInAfterSet
	if f.need == NeedRecheck {
		c.Kind = routines.CheckInRecheck
	}
	if err := c.Validate(); err != nil {
		return err
	}
	f.checkIns++
	f.emit(CheckIn{SetRef: f.setRef, CheckIn: c})
	f.last = c
	if f.kind == KindTest {
		f.testAnswer(c)
		return nil
	}
	f.routineAnswer(c)
	return nil
}

func (f *Flow) routineAnswer(c routines.CheckIn) {
	var d coach.Decision
	if c.Kind == routines.CheckInRecheck {
		f.runner, f.main, f.resting = f.main, nil, false
		d = f.sess.AfterRecheck(c)
	} else {
		d = f.sess.AfterSet(f.runner.Status().Exercise, c)
	}
	f.decide(d, c.At)
	switch {
	case d.Action.Stops():
		f.stop(d)
	case d.Action == coach.ActionRecheck:
		f.startRecheck(d)
	case d.Action.ChangesRoutine():
		f.said = &d
		changed := f.reshape(d)
		f.events(f.runner.CheckedIn())
		if changed == "" && d.Action == coach.ActionHoldStep {
			// Nothing stronger was coming: the amber reads under the timer.
			f.need = NeedTimer
			return
		}
		f.show(d, changed, nil)
	default:
		f.said = &d
		f.need = NeedTimer
		f.events(f.runner.CheckedIn())
	}
}

// startRecheck pauses the movement and runs a timed rest in a neutral
// position; the check-in after it is the recheck.
func (f *Flow) startRecheck(d coach.Decision) {
	rest := restRoutine(f.cat, d.Next, f.opts.Coach)
	f.said = &d
	f.show(d, "", func() {
		f.main, f.resting = f.runner, true
		f.runner = routines.NewRunner(rest, f.clock, routines.RunnerOptions{GetReady: 3 * time.Second})
		f.need = NeedTimer
		f.events(f.runner.Start())
	})
}

// restRoutine is a one-set routine of the recheck rest.
func restRoutine(cat *routines.Catalog, s *coach.Step, opt coach.Options) *routines.Routine {
	d := opt.RecheckRest
	if d <= 0 {
		d = coach.DefaultRecheckRest
	}
	var ex *routines.Exercise
	if s != nil {
		ex = s.Exercise
		if s.Duration > 0 {
			d = s.Duration
		}
	}
	if ex == nil {
		ex = &routines.Exercise{ID: "rest", Name: "Rest in a comfortable position", Family: routines.FamilyPosition,
			Steps: []string{"Lie or sit in the position that eases your pain most.", "Breathe slowly and let your back relax."}}
	}
	dose := routines.Dose{Kind: routines.DoseTimed, Sets: 1, Duration: d}
	return &routines.Routine{ID: "recheck", Name: "Recheck rest", Blocks: []routines.Block{{Exercise: ex, Dose: dose}}}
}

// reshape applies a decision to the rest of the session and says what
// changed.
func (f *Flow) reshape(d coach.Decision) string {
	blocks := f.runner.Blocks()
	st := f.runner.Status()
	bi := st.Block - 1
	var remaining []routines.Block
	if left := st.Sets - st.Set; left > 0 {
		b := blocks[bi]
		b.Dose.Sets = left
		remaining = append(remaining, b)
	}
	remaining = append(remaining, blocks[bi+1:]...)
	before := names(remaining)
	next := f.sess.Reshape(remaining, d)
	f.runner.EndBlock()
	f.runner.ReplaceRemaining(next)
	after := names(next)
	switch {
	case before == after:
		return ""
	case after == "":
		return "Nothing more in this session."
	}
	return "Coming up now: " + after + "."
}

func names(bs []routines.Block) string {
	var out []string
	for _, b := range bs {
		if b.Exercise == nil {
			continue
		}
		n := b.Exercise.Name
		if b.Dose.Sets > 1 {
			n = fmt.Sprintf("%s (%d sets)", n, b.Dose.Sets)
		}
		out = append(out, n)
	}
	return strings.Join(out, ", ")
}

// nextTestStep runs the direction test's next set, or its recheck rest.
func (f *Flow) nextTestStep() {
	if f.test.Done() {
		return
	}
	step := f.test.Next()
	f.step = step
	var r *routines.Routine
	f.resting = f.test.Pending()
	if f.resting {
		r = restRoutine(f.cat, &step, f.opts.Coach)
	} else {
		dose := step.Dose
		dose.Sets = 1
		r = &routines.Routine{ID: f.routine.ID, Name: f.routine.Name, Blocks: []routines.Block{{Exercise: step.Exercise, Dose: dose}}}
	}
	f.runner = routines.NewRunner(r, f.clock, f.opts.Runner)
	f.need = NeedTimer
	f.events(f.runner.Start())
}

func (f *Flow) testAnswer(c routines.CheckIn) {
	var d coach.Decision
	f.resting = false
	if c.Kind == routines.CheckInRecheck {
		d = f.test.AfterRecheck(c)
	} else {
		d = f.test.AfterSet(c)
	}
	f.decide(d, c.At)
	if f.test.Done() {
		res, _ := f.test.Result()
		f.result = &res
		f.emit(TestResult{At: c.At, Result: res})
		if res.Stopped {
			f.stop(d)
			return
		}
		f.finish(routines.StatusCompleted, "")
		f.show(d, "", nil)
		f.need = NeedAck
		return
	}
	if d.Action == coach.ActionContinue {
		f.said = &d
		f.nextTestStep()
		return
	}
	f.show(d, "", f.nextTestStep)
}

// stop ends the flow on a safety decision; the decision stays shown.
func (f *Flow) stop(d coach.Decision) {
	f.finish(routines.StatusStopped, string(d.Action))
	f.shown, f.need = &d, NeedAck
}

// finish closes the session once, and keeps the plan.
func (f *Flow) finish(status routines.SessionStatus, reason string) {
	if f.Ended() {
		return
	}
	f.status, f.reason = status, reason
	if f.runner != nil {
		f.runner.Quit()
	}
	if f.need != NeedAck {
		f.need = NeedNothing
	}
	if f.sess != nil || f.test != nil {
		f.emit(Plan{Plan: f.Plan()})
	}
	f.emit(Finish{Status: status, Reason: reason, At: f.clock.Now()})
}

// Quit ends the flow early; everything done so far is kept. Quitting while
// a recheck waits counts the worse answer as a flare, to be safe: the plan
// notes a red, so the next session starts gentler and adds nothing new.
func (f *Flow) Quit(reason string) {
	if !f.Ended() && f.pendingRecheck() {
		now := f.clock.Now()
		f.flare, f.flareOn = now, f.exercise()
		f.decide(coach.Decision{Action: coach.ActionStopExercise, RuleID: "R5",
			Reason: "You stopped before the recheck after the pain spread. To be safe, centra counts it as a flare: " +
				"the next session starts one step gentler."}, now)
	}
	f.finish(routines.StatusCutShort, reason)
	f.need = NeedNothing
}

// pendingRecheck reports whether a worse answer waits for its recheck.
func (f *Flow) pendingRecheck() bool {
	return (f.sess != nil && f.sess.Pending()) || (f.test != nil && f.test.Pending())
}

// Urgent ends the flow at once when an urgent symptom is reported (the
// symptoms' ids in c.Urgent). The check-in goes through the coach, whose
// rules (R1, R2) stop the session and put the plan on hold; if the coach
// did not stop, the flow stops and holds the plan itself.
func (f *Flow) Urgent(c routines.CheckIn) error {
	if len(c.Urgent) == 0 {
		return errors.New("no urgent symptom given")
	}
	switch f.need {
	case NeedBaseline:
		return f.Baseline(c)
	case NeedCheckIn, NeedRecheck:
		return f.CheckIn(c)
	}
	// Outside a question, while a timer runs.
	if c.At.IsZero() {
		c.At = f.clock.Now()
	}
	c.Kind = routines.CheckInAfterSet
	f.checkIns++
	f.emit(CheckIn{SetRef: f.setRef, CheckIn: c})
	var d coach.Decision
	switch {
	case f.sess != nil:
		d = f.sess.AfterSet(f.exercise(), c)
	case f.test != nil:
		d = f.test.AfterSet(c)
	}
	if !d.Action.Stops() {
		if sd := coach.ScreenCheckIn(f.baseline, c, false); sd != nil {
			d = *sd
		} else {
			d = coach.Decision{Action: coach.ActionEmergencyStop, RuleID: "R1", Light: coach.LightRed,
				Reason: "You reported an urgent symptom. Stop the exercises and get medical help now."}
		}
		f.hold = &coach.Hold{At: c.At, RuleID: d.RuleID, Reason: d.Reason}
	}
	f.decide(d, c.At)
	f.stop(d)
	return nil
}

// exercise is the exercise of the routine's current set, also while a
// recheck rest runs.
func (f *Flow) exercise() *routines.Exercise {
	r := f.runner
	if f.main != nil {
		r = f.main
	}
	if r == nil {
		return nil
	}
	return r.Status().Exercise
}
