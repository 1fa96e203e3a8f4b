package linemode

import (
	"fmt"
	"strconv"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/config"
)

// settingsScreen lists the settings in force and changes them one at a
// time, as the settings file checks them.
type settingsScreen struct {
	env  *env
	io   *term
	cues *cuer
}

// open lists the settings in force and changes one at a time, checked
// as the settings file is; the changes are saved when the person is done.
func (sc *settingsScreen) open() error {
	s := sc.env.d.Settings
	if s == nil {
		sc.io.say("The settings are not available in this run.")
		return nil
	}
	form := s.Edit()
	for {
		sc.io.blank()
		where := "for this session"
		if s.Save != nil {
			where = "kept in " + s.Path
		}
		sc.io.say("Settings, " + where)
		for i, f := range config.Fields {
			sc.io.say(fmt.Sprintf("  %d %s: %s", i+1, f.Label, f.Show(form.Config)))
		}
		n := 0
		err := sc.io.ask(question{text: "Type a number to change it, then Enter. Enter alone saves and goes back.", parse: func(in string) string {
			if in == "" {
				return ""
			}
			v, err := strconv.Atoi(in)
			if err != nil || v < 1 || v > len(config.Fields) {
				return fmt.Sprintf("Please type a number from 1 to %d, or Enter alone.", len(config.Fields))
			}
			n = v
			return ""
		}})
		if err != nil {
			return err
		}
		if n == 0 {
			return sc.keep(form.Config, form.Changed())
		}
		if err := sc.change(config.Fields[n-1], form); err != nil {
			return err
		}
	}
}

// change asks for one new value; Enter alone keeps the value.
func (sc *settingsScreen) change(f config.Field, form *core.SettingsForm) error {
	sc.io.say(f.Label+": "+f.Show(form.Config)+".", f.Help)
	return sc.io.ask(question{text: "Type the new value, then Enter. Enter alone keeps it.", parse: func(in string) string {
		if in == "" {
			return ""
		}
		if err := form.SetText(f, in); err != nil {
			return "That value does not fit: " + err.Error() + "."
		}
		return ""
	}})
}

// keep writes the changed settings and applies them to this run.
func (sc *settingsScreen) keep(cfg config.Config, changed []string) error {
	if len(changed) == 0 {
		return nil
	}
	s := sc.env.d.Settings
	if s.Save != nil {
		if err := s.Save(cfg, changed); err != nil {
			sc.io.say("Could not save the settings: " + err.Error() + ". Nothing was changed.")
			return nil
		}
	}
	s.Config = cfg
	sc.env.d.Runner = cfg.RunnerOptions()
	sc.env.plan = core.PlanWithSettings(sc.env.plan, cfg)
	sc.io.say(s.SavedNote())
	if n := sc.cues.noVoiceNote(cfg.Cues); n != "" && core.CuesChanged(changed) {
		sc.io.say(n)
	}
	return nil
}
