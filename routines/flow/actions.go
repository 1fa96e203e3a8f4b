package flow

import (
	"errors"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// Baseline takes the check-in before the first set and starts the first
// timer, unless the coach stops at once (a red flag, a plan on hold).
func (f *Flow) Baseline(c routines.CheckIn) error {
	r := f.r
	if r.need != NeedBaseline {
		return ErrNotWaiting
	}
	c.Kind, c.Moved = routines.CheckInBaseline, ""
	if c.At.IsZero() {
		c.At = r.now()
	}
	c.Urgent = r.symptoms(c, c)
	d, err := r.steps.begin(c)
	if err != nil {
		return err
	}
	r.baseline, r.last = c, c
	r.checkIns++
	r.emit(CheckIn{CheckIn: c})
	r.decide(d, c.At)
	if d.Action.Stops() {
		r.stop(d)
		return nil
	}
	r.steps.afterBaseline(d)
	return nil
}

// Ack goes on after a decision was read.
func (f *Flow) Ack() {
	r := f.r
	if r.need != NeedAck {
		return
	}
	then := r.afterAck
	r.shown, r.changed, r.afterAck = nil, "", nil
	r.need = NeedNothing
	if then != nil {
		then()
	}
	if r.need == NeedNothing && !r.ended() {
		r.need = NeedTimer
		if r.runner != nil {
			r.runner.Resume()
		}
	}
}

// Advance moves the timer on; it returns the events for sound cues.
func (f *Flow) Advance() []routines.Event {
	return f.r.act((*routines.Runner).Advance)
}

// Skip, Back and TogglePause act on the running timer. The rest before a
// recheck can be neither skipped nor gone back on.
func (f *Flow) Skip() []routines.Event {
	if f.r.resting {
		return nil
	}
	r := f.r
	r.skipWork = r.runner != nil && r.runner.Phase().Kind == routines.PhaseWork
	defer func() { r.skipWork = false }()
	return r.act((*routines.Runner).Skip)
}

// Back restarts the set or goes to the one before.
func (f *Flow) Back() []routines.Event {
	if f.r.resting {
		return nil
	}
	return f.r.act((*routines.Runner).Back)
}

// TogglePause pauses or resumes the timer.
func (f *Flow) TogglePause() {
	if f.r.need == NeedTimer && f.r.runner != nil {
		f.r.runner.TogglePause()
	}
}

// CheckIn takes the answer after a set, or after the recheck rest.
func (f *Flow) CheckIn(c routines.CheckIn) error {
	r := f.r
	if r.need != NeedCheckIn && r.need != NeedRecheck {
		return ErrNotWaiting
	}
	if c.At.IsZero() {
		c.At = r.now()
	}
	c.Kind = routines.CheckInAfterSet
	if r.need == NeedRecheck {
		c.Kind = routines.CheckInRecheck
	}
	if err := c.Validate(); err != nil {
		return err
	}
	c.Urgent = r.symptoms(r.baseline, c)
	r.checkIns++
	r.emit(CheckIn{SetRef: r.setRef, CheckIn: c})
	if r.need == NeedCheckIn {
		r.beforeSet = r.last
	}
	r.last = c
	r.steps.answer(c)
	return nil
}

// Quit ends the flow early; everything done so far is kept. Quitting while
// a recheck waits counts the worse answer as red, to be safe: the plan
// notes a red, so the next session starts gentler and adds nothing new.
func (f *Flow) Quit(reason string) {
	r := f.r
	if !r.ended() && r.steps.pending() {
		now := r.now()
		r.flare, r.flareOn = now, r.exercise()
		r.decide(coach.Decision{Action: coach.ActionStopExercise, RuleID: "R5",
			Reason: "You stopped before the recheck after the pain spread. To be safe, centra counts it as red: " +
				"the next session starts one step gentler."}, now)
	}
	r.finish(routines.StatusCutShort, reason)
	r.need = NeedNothing
}

// Urgent ends the flow at once when an urgent symptom is reported (the
// symptoms' ids in c.Urgent). The check-in goes through the coach, whose
// rules (R1, R2) stop the session and put the plan on hold; if the coach
// did not stop, the flow stops and holds the plan itself.
func (f *Flow) Urgent(c routines.CheckIn) error {
	if len(c.Urgent) == 0 {
		return errors.New("no urgent symptom given")
	}
	r := f.r
	switch r.need {
	case NeedBaseline:
		return f.Baseline(c)
	case NeedCheckIn, NeedRecheck:
		return f.CheckIn(c)
	}
	// Outside a question, while a timer runs.
	if c.At.IsZero() {
		c.At = r.now()
	}
	c.Kind = routines.CheckInAfterSet
	c.Urgent = r.symptoms(r.baseline, c)
	r.checkIns++
	r.emit(CheckIn{SetRef: r.setRef, CheckIn: c})
	d := r.steps.urgent(c)
	if !d.Action.Stops() {
		if sd := coach.ScreenCheckIn(r.baseline, c, false); sd != nil {
			d = *sd
		} else {
			d = coach.Decision{Action: coach.ActionEmergencyStop, RuleID: "R1", Light: coach.LightRed,
				Reason: "You reported an urgent symptom. Stop the exercises and get medical help now."}
		}
		r.hold = &coach.Hold{At: c.At, RuleID: d.RuleID, Reason: d.Reason}
	}
	r.decide(d, c.At)
	r.stop(d)
	return nil
}

// symptoms are the urgent symptoms c reports, as the coach reads them
// (coach.CheckInSymptoms): the ones ticked, and symptoms in both legs when
// they are new (R1). The check-in is stored with them, so that the history
// and the clinician's report say what stopped the session. While the plan
// is on hold the session stops for the hold, not for this check-in, and
// only what was ticked is kept.
func (r *run) symptoms(baseline, c routines.CheckIn) []string {
	if r.plan.Held() {
		return c.Urgent
	}
	return coach.CheckInSymptoms(baseline, c, r.plan.ClearedBothLegs)
}
