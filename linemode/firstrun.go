package linemode

import (
	"fmt"
	"strconv"

	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
	"github.com/centra-app/centra/save"
)

// firstRun says what centra is and is not, asks the red-flag questions
// (any yes stops at once), then the pattern questions, and makes the plan.
func (a *app) firstRun() error {
	a.blank()
	a.say("Welcome to centra",
		"centra coaches you through home exercises for sciatica. After every set it asks whether the pain in your leg moved up toward your back, further down your leg, or stayed the same, and it adjusts what you do next.",
		"It is a coach, not a diagnosis. It cannot examine you, and it does not replace a doctor or a physiotherapist.",
		"First, a few questions to make sure exercise is safe for you now. Please answer them honestly; some are personal, and they matter.")
	if err := a.enter("Press Enter to begin."); err != nil {
		return err
	}
	var ans coach.Answers
	rf := coach.RedFlagQuestions()
	for i, q := range rf {
		a.blank()
		a.say(fmt.Sprintf("Safety question %d of %d", i+1, len(rf)))
		yes, err := a.yesNo(q.Text)
		if err != nil {
			return err
		}
		_ = ans.Set(q.ID, yes)
		// Any yes stops at once, without the questions after it.
		if d := coach.ScreenRedFlags(ans); d != nil {
			a.keepFirstRun(ans)
			a.blank()
			a.say(d.Title(), d.Reason, "centra will not offer exercises until a clinician has seen you.")
			return nil
		}
	}
	pq := coach.PatternQuestions()
	for i, q := range pq {
		a.blank()
		a.say(fmt.Sprintf("About your pain · %d of %d", i+1, len(pq)))
		if len(q.Choices) > 0 {
			band, err := a.pick(q.Text, q.Choices)
			if err != nil {
				return err
			}
			ans.AgeBand = band
			continue
		}
		yes, err := a.yesNo(q.Text)
		if err != nil {
			return err
		}
		_ = ans.Set(q.ID, yes)
	}
	a.keepFirstRun(ans)
	a.blank()
	first := "extension (bending backward)"
	if a.plan.FlexionFirst {
		first = "flexion (bending forward), because standing and walking bring on your pain and sitting eases it"
	}
	a.say("Thank you. Your answers are saved on this computer only.",
		"The direction test finds which movement helps your leg pain. It usually takes 10 to 20 minutes and starts with "+first+".",
		"New to sciatica? The guide's page \"What sciatica is\" says what it is, and why centra tests movement instead of guessing the cause: type g at the start, or run centra guide sciatica.")
	if a.d.Start != "" {
		return nil // the flow asked for on the command line comes next
	}
	yes, err := a.yesNo("Start the direction test now?")
	if err != nil || !yes {
		return err
	}
	return a.runTest()
}

// keepFirstRun makes the plan from the answers and saves both.
func (a *app) keepFirstRun(ans coach.Answers) {
	a.plan, a.hasPlan = coach.DefaultPlan(ans, a.clock.Now()), true
	p := a.plan
	a.save(save.Answers{Answers: ans}, flow.Plan{Plan: p})
}

// pick asks for one of numbered choices.
func (a *app) pick(text string, choices []string) (string, error) {
	a.say(text)
	for i, c := range choices {
		a.say(fmt.Sprintf("  %d %s", i+1, c))
	}
	var got string
	err := a.ask(question{text: fmt.Sprintf("Type a number from 1 to %d, then Enter.", len(choices)), parse: func(in string) string {
		n, err := strconv.Atoi(in)
		if err != nil || n < 1 || n > len(choices) {
			return fmt.Sprintf("Please type a number from 1 to %d.", len(choices))
		}
		got = choices[n-1]
		return ""
	}})
	return got, err
}
