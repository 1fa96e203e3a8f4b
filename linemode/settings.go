package linemode

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/centra-app/centra/config"
)

// settings lists the settings in force and changes one at a time, checked
// as the settings file is; the changes are saved when the person is done.
func (a *app) settings() error {
	s := a.d.Settings
	if s == nil {
		a.say("The settings are not available in this run.")
		return nil
	}
	cfg := s.Config
	var changed []string
	for {
		a.blank()
		where := "for this session"
		if s.Save != nil {
			where = "kept in " + s.Path
		}
		a.say("Settings, " + where)
		for i, f := range config.Fields {
			a.say(fmt.Sprintf("  %d %s: %s", i+1, f.Label, f.Show(cfg)))
		}
		n := 0
		err := a.ask(question{text: "Type a number to change it, then Enter. Enter alone saves and goes back.", parse: func(in string) string {
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
			return a.saveSettings(cfg, changed)
		}
		f := config.Fields[n-1]
		before := f.Literal(cfg)
		if err := a.changeSetting(f, &cfg); err != nil {
			return err
		}
		if f.Literal(cfg) != before && !slices.Contains(changed, f.Key) {
			changed = append(changed, f.Key)
		}
	}
}

// changeSetting asks for one new value; Enter alone keeps the value.
func (a *app) changeSetting(f config.Field, cfg *config.Config) error {
	a.say(f.Label+": "+f.Show(*cfg)+".", f.Help)
	return a.ask(question{text: "Type the new value, then Enter. Enter alone keeps it.", parse: func(in string) string {
		if in == "" {
			return ""
		}
		c := *cfg
		if err := f.SetText(&c, in); err != nil {
			return "That value does not fit: " + err.Error() + "."
		}
		*cfg = c
		return ""
	}})
}

// saveSettings writes the changed settings and applies them to this run.
func (a *app) saveSettings(cfg config.Config, changed []string) error {
	if len(changed) == 0 {
		return nil
	}
	s := a.d.Settings
	if s.Save != nil {
		if err := s.Save(cfg, changed); err != nil {
			a.say("Could not save the settings: " + err.Error() + ". Nothing was changed.")
			return nil
		}
	}
	s.Config = cfg
	a.d.Runner = cfg.RunnerOptions()
	if a.plan.Every > 0 {
		a.plan = cfg.ApplyPlan(a.plan)
	}
	a.say(s.SavedNote())
	if n := a.noVoiceNote(cfg.Cues); n != "" && slices.Contains(changed, "cues") {
		a.say(n)
	}
	return nil
}
