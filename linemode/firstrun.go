package linemode

import (
	"fmt"

	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
	"github.com/centra-app/centra/save"
)

// firstRun is the first run: what centra is and is not, the red-flag
// questions, the pattern questions, the plan they make, and the offer of
// the direction test.
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
	f.io.say("Welcome to centra",
		"centra coaches you through home exercises for sciatica. After every set it asks whether the pain in your leg moved up toward your back, further down your leg, or stayed the same, and it adjusts what you do next.",
		"It is a coach, not a diagnosis. It cannot examine you, and it does not replace a doctor or a physiotherapist.",
		"First, a few questions to make sure exercise is safe for you now. Please answer them honestly; some are personal, and they matter.")
	if err := f.io.enter("Press Enter to begin."); err != nil {
		return err
	}
	var ans coach.Answers
	rf := coach.RedFlagQuestions()
	for i, q := range rf {
		f.io.blank()
		f.io.say(fmt.Sprintf("Safety question %d of %d", i+1, len(rf)))
		yes, err := f.io.yesNo(q.Text)
		if err != nil {
			return err
		}
		_ = ans.Set(q.ID, yes)
		// Any yes stops at once, without the questions after it.
		if d := coach.ScreenRedFlags(ans); d != nil {
			f.keep(ans)
			f.io.blank()
			f.io.say(d.Title(), d.Reason, "centra will not offer exercises until a clinician has seen you.")
			return nil
		}
	}
	pq := coach.PatternQuestions()
	for i, q := range pq {
		f.io.blank()
		f.io.say(fmt.Sprintf("About your pain · %d of %d", i+1, len(pq)))
		if len(q.Choices) > 0 {
			band, err := f.io.pick(q.Text, q.Choices)
			if err != nil {
				return err
			}
			ans.AgeBand = band
			continue
		}
		yes, err := f.io.yesNo(q.Text)
		if err != nil {
			return err
		}
		_ = ans.Set(q.ID, yes)
	}
	f.keep(ans)
	f.io.blank()
	first := "extension (bending backward)"
	if f.env.plan.FlexionFirst {
		first = "flexion (bending forward), because standing and walking bring on your pain and sitting eases it"
	}
	f.io.say("Thank you. Your answers are saved on this computer only.",
		"The direction test finds which movement helps your leg pain. It usually takes 10 to 20 minutes and starts with "+first+".",
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

// keep makes the plan from the answers and saves both.
func (f *firstRun) keep(ans coach.Answers) {
	f.env.plan, f.env.hasPlan = coach.DefaultPlan(ans, f.env.clock.Now()), true
	p := f.env.plan
	f.saver.add(save.Answers{Answers: ans}, flow.Plan{Plan: p})
}
