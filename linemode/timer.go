package linemode

import (
	"fmt"
	"strings"
	"time"

	"github.com/centra-app/centra/content/guide"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/flow"
)

// phaseKey names a timer phase, so that each is announced once.
type phaseKey struct {
	runner     *routines.Runner
	block, set int
	kind       routines.PhaseKind
	side, hold int
}

func keyOf(r *routines.Runner, st routines.Status) phaseKey {
	return phaseKey{runner: r, block: st.Block, set: st.Set, kind: st.Phase.Kind, side: st.Phase.Side, hold: st.Phase.Hold}
}

// milestones are the points of a phase that are announced, as the time
// left: half-way (phases of 30 s or more), 10 s left (20 s or more), and
// 3, 2, 1 (5 s or more). The start and the end are announced too.
func milestones(length time.Duration) []time.Duration {
	var ms []time.Duration
	if length >= 30*time.Second {
		ms = append(ms, length/2)
	}
	if length >= 20*time.Second {
		ms = append(ms, 10*time.Second)
	}
	if length >= 5*time.Second {
		ms = append(ms, 3*time.Second, 2*time.Second, time.Second)
	}
	return ms
}

// timer runs a flow's timers: it announces each phase and its
// milestones, sleeps in between on the injected clock, and at a terminal
// takes the commands typed while it runs.
type timer struct {
	env    *env
	io     *term
	cues   *cuer
	checks *checkIns
	// phase is the timer phase announced last, and said the milestones
	// announced in it.
	phase phaseKey
	said  map[time.Duration]bool
}

// reset forgets the phase announced last, as a flow starts.
func (t *timer) reset() { t.phase = phaseKey{} }

// run announces the phase that runs, sleeps until its next milestone
// (or, at a terminal, until the person types), and moves the flow on.
func (t *timer) run(f *flow.Flow) error {
	r := f.Runner()
	st := r.Status()
	if k := keyOf(r, st); k != t.phase {
		t.phase, t.said = k, map[time.Duration]bool{}
		t.announce(f, st)
	}
	t.cues.cue(f)
	if r.Paused() {
		return t.paused(f)
	}
	next := time.Duration(0)
	for _, m := range milestones(st.Phase.Length) {
		if m < st.Remaining && !t.said[m] {
			next = m
			break
		}
	}
	wake := t.env.d.After(routines.WallDuration(t.env.clock, t.cues.wake(r, st.Remaining-next)))
	select {
	case <-wake:
	case <-t.env.ctx.Done():
		return ErrInterrupted
	case in, ok := <-t.io.commands():
		if !ok {
			return errEnd
		}
		return t.command(f, in)
	}
	return t.advance(f, st)
}

// advance moves the flow on and says what happened: a milestone passed,
// or a set ended.
func (t *timer) advance(f *flow.Flow, before routines.Status) error {
	evs := f.Advance()
	for _, ev := range evs {
		if ev.Set != nil && before.Exercise != nil {
			t.io.say("Done: " + before.Exercise.Name + setOf(before) + ".")
		}
	}
	if len(evs) > 0 {
		return nil
	}
	st := f.Runner().Status()
	var passed time.Duration = -1
	for _, m := range milestones(st.Phase.Length) {
		if m >= st.Remaining && !t.said[m] {
			t.said[m] = true
			passed = m
		}
	}
	if passed >= 0 {
		t.io.say(milestoneText(passed, st))
	}
	return nil
}

func milestoneText(m time.Duration, st routines.Status) string {
	switch {
	case m <= 3*time.Second:
		return fmt.Sprint(int(m / time.Second))
	case m == 10*time.Second:
		return "10 seconds left."
	case st.Phase.Kind == routines.PhaseWork && st.Reps > 0 && st.Dose.RepLength() > 0:
		// Said from the milestone, not the clock, which may have moved on.
		rep := min(int((st.Phase.Length-m)/st.Dose.RepLength())+1, st.Reps)
		return fmt.Sprintf("Half-way: rep %d of %d.", rep, st.Reps)
	}
	return "Half-way: " + routines.FormatDuration(m.Round(time.Second)) + " to go."
}

// announce says what a phase is as it starts.
func (t *timer) announce(f *flow.Flow, st routines.Status) {
	p, e := st.Phase, st.Exercise
	if e == nil {
		return
	}
	side := ""
	switch p.Side {
	case 1:
		side = ", first side"
	case 2:
		side = ", second side"
	}
	length := routines.FormatDuration(p.Length)
	switch p.Kind {
	case routines.PhaseGetReady:
		t.io.blank()
		// The recheck rest, in a routine or in the direction test, runs
		// as the flow's one-block "recheck" routine.
		if f.Rechecking() || f.Runner().Routine().ID == "recheck" {
			t.io.say(fmt.Sprintf("Recheck: %s for %s, then I ask again.", e.Name, routines.FormatDuration(st.Dose.Duration)))
		} else {
			t.io.say(e.Name + setOf(st) + " · " + guide.DoseLine(st.Dose))
		}
		if st.Set == 1 {
			for i, s := range e.Steps {
				t.io.say(fmt.Sprintf("  %d. %s", i+1, s))
			}
		}
		t.io.say("Get ready: starting in " + length + ".")
	case routines.PhaseRest:
		t.io.blank()
		t.io.say("Rest " + length + " before " + e.Name + setOf(st) + ".")
	case routines.PhaseWork:
		switch st.Dose.Kind {
		case routines.DoseReps:
			t.io.say(fmt.Sprintf("Go: %d reps%s, about %s. %s", st.Reps, side, length, cadence(st.Dose)))
		case routines.DoseHolds:
			t.io.say(fmt.Sprintf("Hold %d of %d%s: %s.", p.Hold, st.Holds, side, length))
		default:
			t.io.say(fmt.Sprintf("Go: %s%s.", length, side))
		}
		if len(e.Cues) > 0 && p.Hold <= 1 && p.Side <= 1 {
			t.io.say(strings.Join(e.Cues, " "))
		}
	case routines.PhaseRelax:
		t.io.say("Relax, " + length + ".")
	case routines.PhaseSwitch:
		t.io.say("Switch sides: " + length + ".")
	}
}

// setOf names the set within its exercise (", set 2 of 3"), when there
// is more than one.
func setOf(st routines.Status) string {
	if st.Sets <= 1 {
		return ""
	}
	return fmt.Sprintf(", set %d of %d", st.Set, st.Sets)
}

// cadence says the rhythm of one rep: "Each rep: press up 2 s, lower
// slowly 2 s."
func cadence(d routines.Dose) string {
	var beats []string
	for _, b := range d.Cadence {
		beats = append(beats, strings.ToLower(b.Cue)+" "+routines.FormatDuration(b.Length))
	}
	if len(beats) == 0 {
		return ""
	}
	return "Each rep: " + strings.Join(beats, ", ") + "."
}

// command handles a line typed during a timer.
func (t *timer) command(f *flow.Flow, in string) error {
	switch strings.ToLower(in) {
	case "":
		t.io.say(t.where(f))
	case "p", "pause":
		f.TogglePause()
		t.cues.hush()
		t.io.say("Paused. Type p and Enter to go on.")
	case "n", "next", "skip":
		before := f.Runner().Status()
		evs := f.Skip()
		for _, ev := range evs {
			if ev.Set != nil && before.Exercise != nil {
				t.io.say("Ended early: " + before.Exercise.Name + setOf(before) + ".")
			}
		}
	case "q", "quit", "stop":
		return errQuit
	case "!":
		picked, err := t.checks.urgent()
		if err != nil || len(picked) == 0 {
			return err
		}
		c := f.Last()
		c.Urgent, c.At = picked, t.env.clock.Now()
		return f.Urgent(c)
	default:
		t.io.say("While the timer runs: Enter says where you are, p pauses, n skips, q stops, ! reports an urgent symptom.")
	}
	return nil
}

// paused waits for the person to resume.
func (t *timer) paused(f *flow.Flow) error {
	select {
	case in, ok := <-t.io.lines:
		if !ok {
			return errEnd
		}
		switch strings.ToLower(in) {
		case "p", "pause", "", "go", "resume":
			f.TogglePause()
			t.io.say("Going on: " + t.where(f))
		case "q", "quit", "stop":
			return errQuit
		default:
			t.io.say("Paused. Type p and Enter to go on, or q to stop.")
		}
		return nil
	case <-t.env.ctx.Done():
		return ErrInterrupted
	}
}

// where says where the timer is, for Enter during a timer.
func (t *timer) where(f *flow.Flow) string {
	st := f.Runner().Status()
	if st.Exercise == nil {
		return ""
	}
	s := st.Exercise.Name + setOf(st)
	if st.Phase.Kind == routines.PhaseWork && st.Reps > 0 {
		s += fmt.Sprintf(", rep %d of %d", st.Rep, st.Reps)
	}
	left := routines.FormatDuration(st.Remaining.Round(time.Second))
	switch st.Phase.Kind {
	case routines.PhaseGetReady:
		return s + ": " + left + " to get ready."
	case routines.PhaseRest:
		return s + ": " + left + " of rest left."
	case routines.PhaseRelax:
		return s + ": " + left + " to relax."
	case routines.PhaseSwitch:
		return s + ": " + left + " to switch sides."
	}
	return s + ": " + left + " to go in this set."
}
