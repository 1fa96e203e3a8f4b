package linemode

import (
	"fmt"
	"strings"

	"github.com/centra-app/centra/content/guide"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
)

func (a *app) flowOptions() flow.Options {
	return flow.Options{Runner: a.d.Runner, Coach: coach.Options{RecheckRest: a.d.RecheckRest}}
}

// runRoutine runs a routine from the baseline to the summary.
func (a *app) runRoutine(r *routines.Routine) error {
	a.blank()
	a.say(fmt.Sprintf("%s · about %s", r.Name, routines.FormatDuration(r.Length().Round(60e9))))
	if r.Purpose != "" {
		a.say(r.Purpose)
	}
	f := flow.NewRoutine(a.d.Catalog, r, a.plan, a.clock, a.flowOptions())
	return a.runFlow(f, "Before you start: how is the pain right now?")
}

// runTest explains the direction test and runs it.
func (a *app) runTest() error {
	a.blank()
	a.say("Direction test",
		"This test looks for the direction of movement that helps your leg pain: the one that draws it up toward your back.",
		"First you say how the pain is now. Then you do short sets of one movement, gentlest first, and after each set you say where the pain went. If it spreads further down your leg, you rest and check again; if it stays worse, centra stops that movement and tries another.",
		"It usually takes 10 to 20 minutes. Type q at any question to stop; what you did is kept.")
	if err := a.enter("Press Enter to begin."); err != nil {
		return err
	}
	f := flow.NewTest(a.d.Catalog, a.plan, a.clock, a.flowOptions())
	return a.runFlow(f, "Direction test · first, how is the pain right now?")
}

// runFlow drives a flow to its end, saving what it records as it goes.
// At the end of the input or on ctrl+c, the session is kept as cut short.
func (a *app) runFlow(f *flow.Flow, title string) error {
	a.told, a.phase = nil, phaseKey{}
	a.cur, a.routine = f, f.Routine().Name
	defer func() { a.saveFirst(); a.cur = nil }()
	a.cues.Reset()
	defer a.hush()
	a.saveRecords(f.Drain())
	for !f.Ended() || f.Need() == flow.NeedAck {
		err := a.step(f, title)
		a.saveRecords(f.Drain())
		switch err {
		case nil:
		case errQuit:
			f.Quit("quit")
		case errEnd:
			f.Quit("end of input")
		case ErrInterrupted:
			f.Quit("interrupted")
		default:
			return err
		}
		a.saveRecords(f.Drain())
		if err != nil {
			a.summary(f)
			if err == errQuit {
				return nil
			}
			return err
		}
	}
	a.summary(f)
	return nil
}

// step does what the flow needs now.
func (a *app) step(f *flow.Flow, title string) error {
	switch f.Need() {
	case flow.NeedBaseline:
		c, err := a.checkIn(routines.CheckInBaseline, a.last, title)
		return a.answer(f, c, err)
	case flow.NeedCheckIn, flow.NeedRecheck:
		a.cue(f)
		kind, t := routines.CheckInAfterSet, a.afterSetTitle(f)
		if f.Need() == flow.NeedRecheck {
			kind, t = routines.CheckInRecheck, "after the rest, compared with before that set"
		}
		c, err := a.checkIn(kind, f.Last(), t)
		return a.answer(f, c, err)
	case flow.NeedAck:
		return a.ack(f)
	case flow.NeedTimer:
		return a.timer(f)
	}
	return nil
}

func (a *app) afterSetTitle(f *flow.Flow) string {
	st := f.Runner().Status()
	if st.Exercise == nil {
		return "after that set"
	}
	return "after " + st.Exercise.Name + setOf(st)
}

// answer gives a check-in to the flow: as a baseline, an answer after a
// set, or an urgent report.
func (a *app) answer(f *flow.Flow, c routines.CheckIn, err error) error {
	switch err {
	case nil:
		if f.Need() == flow.NeedBaseline {
			err = f.Baseline(c)
		} else {
			err = f.CheckIn(c)
		}
	case errUrgent:
		err = f.Urgent(c)
	default:
		return err
	}
	if err != nil {
		// The flow refused the answer (a value out of range): say why and
		// ask again.
		a.say("That answer was not taken: " + err.Error() + ".")
		return nil
	}
	a.last = f.Last()
	a.tell(f)
	return nil
}

// tell says the coach's word after a check-in when it needs no answer.
func (a *app) tell(f *flow.Flow) {
	if f.Need() == flow.NeedAck {
		return
	}
	if d := f.Said(); d != nil && d != a.told {
		a.told = d
		a.say(coachLine(d))
	}
}

// ack shows a decision that changes things and waits for Enter.
func (a *app) ack(f *flow.Flow) error {
	d, changed := f.Shown()
	a.blank()
	a.say(d.Title() + lightSuffix(d.Light))
	a.say(d.Reason)
	if changed != "" {
		a.say(changed)
	}
	a.told = d
	page, _ := guide.Lookup(d.GuidePage())
	if page.ID != "" {
		a.say(fmt.Sprintf("The guide explains this: %q (centra guide %s).", page.Title, page.ID))
	}
	if f.Ended() {
		err := a.enterOrRead("Press Enter to close", page.ID)
		f.Ack()
		return err
	}
	if err := a.enterOrRead("Press Enter to go on", page.ID); err != nil {
		return err
	}
	f.Ack()
	return nil
}

// enterOrRead waits for Enter, as enter does; when page names a page of
// the Guide, r reads it first and asks again.
func (a *app) enterOrRead(prompt, page string) error {
	if page == "" {
		return a.enter(prompt + ".")
	}
	for {
		a.say(prompt + ", or type r and Enter to read why.")
		in, err := a.read()
		if err != nil {
			return err
		}
		switch strings.ToLower(in) {
		case "", "ok", "y", "yes", "go", "next":
			return nil
		case "q", "quit", "stop":
			return errQuit
		case "r", "read", "why":
			if err := a.readPage(page); err != nil {
				return err
			}
			continue
		}
		a.say("Press Enter to go on, type r to read why, or q to stop.")
	}
}

func coachLine(d *coach.Decision) string {
	return "Coach" + lightSuffix(d.Light) + ": " + d.Reason
}

// lightSuffix names the traffic light in words.
func lightSuffix(l coach.Light) string {
	switch l {
	case coach.LightGreen, coach.LightAmber, coach.LightRed:
		return " (" + string(l) + ")"
	}
	return ""
}

// summary says what was done and kept.
func (a *app) summary(f *flow.Flow) {
	sets, checkIns := f.Counts()
	status, _ := f.Status()
	title := "Session complete"
	switch status {
	case routines.StatusCutShort:
		title = "Session ended early"
	case routines.StatusStopped:
		title = "Session stopped"
	}
	a.blank()
	a.say(title + " · " + f.Routine().Name)
	a.say(fmt.Sprintf("Sets done: %d · check-ins: %d", sets, checkIns))
	if checkIns > 1 {
		first, last := f.BaselineCheckIn(), f.Last()
		a.say(fmt.Sprintf("The pain reached %s at the start and %s at the end; leg pain %d, then %d.",
			placeName(first.Reach), placeName(last.Reach), first.LegPain, last.LegPain))
		switch {
		case last.Reach < first.Reach:
			a.say("It moved up toward your back: that is the direction you want.")
		case last.Reach > first.Reach:
			a.say("It reaches further down than when you started. Rest in a comfortable position; if it stays, see a professional.")
		}
	}
	if r := f.Result(); r != nil && len(r.Evidence) > 0 {
		a.say("What the test found: " + strings.Join(r.Evidence, " "))
	}
	if a.saveFirst(); a.q.Len() == 0 {
		a.say("Everything you did is saved.")
	}
}

// placeName names a point of the reach scale inside a sentence.
func placeName(r routines.Reach) string {
	switch r {
	case routines.ReachNone:
		return "nowhere"
	case routines.ReachOneSide:
		return "one side of the back"
	case routines.ReachBelowKnee:
		return "below the knee"
	}
	return "the " + r.String()
}
