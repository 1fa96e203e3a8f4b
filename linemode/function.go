package linemode

import (
	"fmt"
	"strings"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines/function"
	"github.com/centra-app/centra/save"
)

// functionState reads whether the weekly check is due; ok is false when
// there is no function log or it cannot be read (the check is then not
// offered: `centra function` still works and says why).
func (a *app) functionState() (core.FunctionState, bool) {
	if a.d.Function == nil {
		return core.FunctionState{}, false
	}
	skipped, err := persist.LoadFunctionSkip(a.ctx, a.d.Store)
	if err != nil {
		return core.FunctionState{}, false
	}
	st, err := core.ReadFunctionState(a.ctx, a.d.Function, skipped, a.clock.Now())
	return st, err == nil
}

// offerFunction asks, once a week, for the function check: now, later
// (asked again next time), or not this week.
func (a *app) offerFunction() error {
	st, ok := a.functionState()
	if !ok || !st.Due {
		return nil
	}
	a.blank()
	a.say(core.FunctionPrompt)
	k, err := a.choose("Do it now?", "y yes · l later · n not this week", "later",
		map[string][]string{"yes": {"y", "yes"}, "later": {"l", "later"}, "skip": {"n", "no", "skip"}},
		"Please type y, l or n (Enter alone is later).")
	switch {
	case err != nil || k == "later":
		return err
	case k == "skip":
		a.save(save.FunctionSkip{At: a.clock.Now()})
		a.say("Skipped for this week. `centra function` or f on home takes it any time.")
		return nil
	}
	return a.functionCheck(st.Activities)
}

// functionCheck asks the weekly questions and keeps the answers.
func (a *app) functionCheck(activities []string) error {
	if a.d.Function == nil {
		a.say("The weekly check is not available here: the history is not open.")
		return nil
	}
	f := function.NewForm(activities, a.clock.Now())
	a.blank()
	a.say(f.Intro(), "Type q to stop without keeping anything.")
	for !f.Done() {
		q, hint := f.Prompt()
		err := a.ask(question{text: q + " (" + hint + ")", parse: func(in string) string {
			if err := f.Answer(in); err != nil {
				return upperFirst(err.Error()) + "."
			}
			return ""
		}})
		if err != nil {
			return err
		}
	}
	m := f.Measure()
	m.At = a.clock.Now()
	a.save(save.Function{Measure: m, Log: a.d.Function})
	if a.q.Len() == 0 {
		a.say(fmt.Sprintf("Kept: %s. History and your physiotherapist's report show it beside your pain.", function.Summary(m)))
	}
	return nil
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
