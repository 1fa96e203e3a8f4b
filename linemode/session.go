package linemode

import (
	"fmt"
	"strings"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/content/guide"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
)

// session is the session runner: it drives a flow (a routine or the
// direction test) from the baseline check-in to the summary, asking the
// check-ins, saying the coach's word, and handing the timers to timer.
type session struct {
	env     *env
	io      *term
	saver   *saver
	cues    *cuer
	checks  *checkIns
	timer   *timer
	reading *reading
	// told is the coach's last word said while the flow runs.
	told *coach.Decision
}

func (s *session) options() flow.Options {
	return core.FlowOptions(s.env.d.Runner, s.env.d.RecheckRest)
}

// runRoutine runs a routine from the baseline to the summary.
func (s *session) runRoutine(r *routines.Routine) error {
	s.io.blank()
	s.io.say(fmt.Sprintf("%s · about %s", r.Name, routines.FormatDuration(r.Length().Round(60e9))))
	if r.Purpose != "" {
		s.io.say(r.Purpose)
	}
	f := flow.NewRoutine(s.env.d.Catalog, r, s.env.plan, s.env.clock, s.options())
	return s.runFlow(f, core.BaselineTitle)
}

// runTest explains the direction test and runs it.
func (s *session) runTest() error {
	s.io.blank()
	s.io.say("Direction test")
	s.io.say(core.TestIntro...)
	s.io.say(core.TestTakes + " Type q at any question to stop; what you did is kept.")
	if err := s.io.enter("Press Enter to begin."); err != nil {
		return err
	}
	f := flow.NewTest(s.env.d.Catalog, s.env.plan, s.env.clock, s.options())
	return s.runFlow(f, core.TestBaselineTitle)
}

// runFlow drives a flow to its end, saving what it records as it goes.
// At the end of the input or on ctrl+c, the session is kept as cut short.
func (s *session) runFlow(f *flow.Flow, title string) error {
	s.told = nil
	s.timer.reset()
	s.saver.watch(f)
	defer func() { s.saver.flush(); s.saver.watch(nil) }()
	s.cues.reset()
	defer s.cues.hush()
	s.saver.records(f.Drain())
	for !f.Ended() || f.Need() == flow.NeedAck {
		err := s.step(f, title)
		s.saver.records(f.Drain())
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
		s.saver.records(f.Drain())
		if err != nil {
			s.summary(f)
			if err == errQuit {
				return nil
			}
			return err
		}
	}
	s.summary(f)
	return nil
}

// step does what the flow needs now.
func (s *session) step(f *flow.Flow, title string) error {
	switch f.Need() {
	case flow.NeedBaseline:
		c, err := s.checks.ask(routines.CheckInBaseline, s.env.last, title)
		return s.answer(f, c, err)
	case flow.NeedCheckIn, flow.NeedRecheck:
		s.cues.cue(f)
		t := s.afterSetTitle(f)
		if f.Need() == flow.NeedRecheck {
			t = core.RecheckTitle
		}
		c, err := s.checks.askForm(core.NewCheckInFormFor(f, t))
		return s.answer(f, c, err)
	case flow.NeedAck:
		return s.ack(f)
	case flow.NeedTimer:
		return s.timer.run(f)
	}
	return nil
}

func (s *session) afterSetTitle(f *flow.Flow) string {
	st := f.Runner().Status()
	if st.Exercise == nil {
		return "after that set"
	}
	return "after " + st.Exercise.Name + setOf(st)
}

// answer gives a check-in to the flow: as a baseline, an answer after a
// set, or an urgent report.
func (s *session) answer(f *flow.Flow, c routines.CheckIn, err error) error {
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
		s.io.say("That answer was not taken: " + err.Error() + ".")
		return nil
	}
	s.env.last = f.Last()
	s.tell(f)
	return nil
}

// tell says the coach's word after a check-in when it needs no answer.
func (s *session) tell(f *flow.Flow) {
	if f.Need() == flow.NeedAck {
		return
	}
	if d := f.Said(); d != nil && d != s.told {
		s.told = d
		s.io.say(coachLine(d))
	}
}

// ack shows a decision that changes things and waits for Enter.
func (s *session) ack(f *flow.Flow) error {
	d, changed := f.Shown()
	s.io.blank()
	s.io.say(d.Title() + lightSuffix(d.Light))
	s.io.say(d.Reason)
	if changed != "" {
		s.io.say(changed)
	}
	s.told = d
	page, _ := guide.Lookup(d.GuidePage())
	if page.ID != "" {
		s.io.say(fmt.Sprintf("The guide explains this: %q (centra guide %s).", page.Title, page.ID))
	}
	if f.Ended() {
		err := s.enterOrRead("Press Enter to close", page.ID)
		f.Ack()
		return err
	}
	if err := s.enterOrRead("Press Enter to go on", page.ID); err != nil {
		return err
	}
	f.Ack()
	return nil
}

// enterOrRead waits for Enter, as enter does; when page names a page of
// the Guide, r reads it first and asks again.
func (s *session) enterOrRead(prompt, page string) error {
	if page == "" {
		return s.io.enter(prompt + ".")
	}
	return s.io.await(prompt+", or type r and Enter to read why.", "Press Enter to go on, type r to read why, or q to stop.",
		func() error { return s.reading.page(page) })
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
func (s *session) summary(f *flow.Flow) {
	sm := core.SummaryOf(f)
	s.io.blank()
	s.io.say(sm.Title() + " · " + sm.Routine)
	s.io.say(sm.Counts())
	if sm.Compared() {
		s.io.say(fmt.Sprintf("The pain reached %s at the start and %s at the end; leg pain %d, then %d.",
			placeName(sm.First.Reach), placeName(sm.Last.Reach), sm.First.LegPain, sm.Last.LegPain))
		if w := sm.TinglingWords(); w != "" {
			s.io.say(w)
		}
		if w := sm.MovedWords(); w != "" {
			s.io.say(w)
		}
	}
	if len(sm.Evidence) > 0 {
		s.io.say("What the test found: " + strings.Join(sm.Evidence, " "))
	}
	switch s.saver.flush(); {
	case s.saver.saved() && sm.NotKept() != "":
		s.io.say(sm.NotKept())
	case s.saver.saved():
		s.io.say("Everything you did is saved.")
	}
}

// placeName names a point of the reach scale inside a sentence.
func placeName(r routines.Reach) string { return r.Place() }
