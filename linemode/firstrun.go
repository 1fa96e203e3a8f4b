package linemode

import (
	"fmt"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines/flow"
	"github.com/centra-app/centra/save"
)

// firstRun is the first run: what centra is and is not, the red-flag
// questions, the pattern questions, the plan they make, and the offer of
// the direction test. The questions, their order and the stop are
// core.FirstRun's, as on the screens.
type firstRun struct {
	env     *env
	io      *term
	saver   *saver
	session *session
}

// run says what centra is and is not, asks the red-flag questions
// (any yes stops at once), then the pattern questions, and makes the plan.
func (f *firstRun) run() error {
	f.io.blank()
	f.io.say("Welcome to centra")
	f.io.say(core.FirstRunIntro...)
	if err := f.io.enter("Press Enter to begin."); err != nil {
		return err
	}
	return f.finish(core.NewFirstRun())
}

// resume goes on with a first run a red flag stopped, once a clinician
// has cleared the hold: the questions not answered yet, then the plan.
func (f *firstRun) resume() error {
	f.io.blank()
	f.io.say("Your first questions")
	f.io.say(core.FirstRunResumeIntro...)
	if err := f.io.enter("Press Enter to go on."); err != nil {
		return err
	}
	return f.finish(core.ResumeFirstRun(f.env.answers, f.env.plan))
}

// finish asks the form's questions, keeps the answers and the plan, and
// says what comes next.
func (f *firstRun) finish(form *core.FirstRun) error {
	if err := f.ask(form); err != nil {
		return err
	}
	f.keep(form)
	f.io.blank()
	if form.Stop != nil {
		f.io.say(form.Stop.Title(), form.Stop.Reason, core.FirstRunStopNote)
		return nil
	}
	if form.PlanUnderWay() {
		f.io.say(core.FirstRunThanks, core.FirstRunPlanGoesOn)
		return nil
	}
	f.io.say(core.FirstRunThanks,
		"The direction test finds which movement helps your leg pain. It usually takes 10 to 20 minutes and starts with "+core.FirstDirection(f.env.plan)+".",
		"New to sciatica? The guide's page \"What sciatica is\" says what it is, and why centra tests movement instead of guessing the cause: type g at the start, or run centra guide sciatica.")
	if f.env.d.Start != "" {
		return nil // the flow asked for on the command line comes next
	}
	yes, err := f.io.yesNo("Start the direction test now?")
	if err != nil || !yes {
		return err
	}
	return f.session.runTest()
}

// ask asks the form's questions until it is done.
func (f *firstRun) ask(form *core.FirstRun) error {
	for !form.Done() {
		if form.AtBaseline() {
			if err := f.baseline(form); err != nil {
				return err
			}
			continue
		}
		q, _ := form.Question()
		f.io.blank()
		safety, n, total := form.Position()
		if safety {
			f.io.say(fmt.Sprintf("Safety question %d of %d", n, total))
		} else {
			f.io.say(fmt.Sprintf("About your pain · %d of %d", n, total))
		}
		if len(q.Choices) > 0 {
			c, err := f.io.pick(q.Text, q.Choices)
			if err != nil {
				return err
			}
			if err := form.Choose(c); err != nil {
				return err
			}
			continue
		}
		yes, err := f.io.yesNo(q.Text)
		if err != nil {
			return err
		}
		if err := form.Answer(yes); err != nil {
			return err
		}
	}
	return nil
}

// baseline offers the baseline check-in and asks it on a yes, as every
// check-in is asked (! reports an urgent symptom).
func (f *firstRun) baseline(form *core.FirstRun) error {
	f.io.blank()
	yes, err := f.io.yesNo(core.FirstRunBaselineOffer)
	if err != nil {
		return err
	}
	if !yes {
		form.SkipBaseline()
		return nil
	}
	form.OpenBaseline()
	c, err := f.session.checks.askForm(form.Baseline())
	switch err {
	case nil, errUrgent:
		form.KeepBaseline(c)
		if c := form.Answers.Baseline; c != nil && form.Stop == nil {
			f.env.last = *c // the first session's baseline starts from here
		}
		return nil
	}
	return err
}

// keep makes the plan from the answers and saves both.
func (f *firstRun) keep(form *core.FirstRun) {
	f.env.plan, f.env.hasPlan = form.Plan(f.env.clock.Now()), true
	f.env.answers = form.Answers
	f.saver.add(save.Answers{Answers: form.Answers}, flow.Plan{Plan: f.env.plan})
}
