package linemode

import (
	"fmt"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines/function"
	"github.com/centra-app/centra/save"
)

// weeklyCheck is the weekly check of what the person can do: offered
// once a week on home, asked, and kept.
type weeklyCheck struct {
	env   *env
	io    *term
	saver *saver
}

// state reads whether the weekly check is due; ok is false when
// there is no function log or it cannot be read (the check is then not
// offered: `centra function` still works and says why).
func (w *weeklyCheck) state() (core.FunctionState, bool) {
	if w.env.d.Function == nil {
		return core.FunctionState{}, false
	}
	skipped, err := persist.LoadFunctionSkip(w.env.ctx, w.env.d.Store)
	if err != nil {
		return core.FunctionState{}, false
	}
	st, err := core.ReadFunctionState(w.env.ctx, w.env.d.Function, w.env.plan.Started(), skipped, w.env.clock.Now())
	return st, err == nil
}

// offer asks, once a week, for the function check: now, later
// (asked again next time), or not this week.
func (w *weeklyCheck) offer() error {
	st, ok := w.state()
	if !ok || !st.Due {
		return nil
	}
	w.io.blank()
	w.io.say(core.FunctionPrompt)
	k, err := w.io.choose("Do it now?", "y yes · l later · n not this week", "later",
		map[string][]string{"yes": {"y", "yes"}, "later": {"l", "later"}, "skip": {"n", "no", "skip"}},
		"Please type y, l or n (Enter alone is later).")
	switch {
	case err != nil || k == "later":
		return err
	case k == "skip":
		w.saver.add(save.FunctionSkip{At: w.env.clock.Now()})
		w.io.say("Skipped for this week. `centra function` or f on home takes it any time.")
		return nil
	}
	if err := w.check(st.Activities); err != errQuit {
		return err
	}
	return nil // q during the check stops the check, not centra
}

// check asks the weekly questions and keeps the answers.
func (w *weeklyCheck) check(activities []string) error {
	if w.env.d.Function == nil {
		w.io.say("The weekly check is not available here: the history is not open.")
		return nil
	}
	f := function.NewForm(activities, w.env.clock.Now())
	w.io.blank()
	w.io.say(f.Intro(), "Type q to stop without keeping anything.")
	for !f.Done() {
		q, hint := f.Prompt()
		err := w.io.ask(question{text: q + " (" + hint + ")", parse: func(in string) string {
			if err := f.Answer(in); err != nil {
				return sentence(err)
			}
			return ""
		}})
		if err != nil {
			return err
		}
	}
	m := f.Measure()
	m.At = w.env.clock.Now()
	w.saver.add(save.Function{Measure: m, Log: w.env.d.Function})
	if w.saver.saved() {
		w.io.say(fmt.Sprintf("Kept: %s. History and your physiotherapist's report show it beside your pain.", function.Summary(m)))
	}
	return nil
}
