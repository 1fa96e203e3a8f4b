package app

import (
	"slices"

	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/routines/coach"
)

// SettingsForm is the settings being edited, in both interfaces: a copy
// of the settings in force, changed one field at a time (stepped on the
// screens, typed in the line mode, checked as the settings file is), and
// kept together. It saves nothing itself.
type SettingsForm struct {
	// Config is the settings as edited so far.
	Config config.Config
	was    config.Config
}

// Edit starts editing the settings in force.
func (s Settings) Edit() *SettingsForm { return &SettingsForm{Config: s.Config, was: s.Config} }

// Step moves field f by one value, forward (by > 0) or back.
func (f *SettingsForm) Step(field config.Field, by int) { field.Step(&f.Config, by) }

// SetText sets field to a typed value; a value that does not fit leaves
// the settings as they were and says why.
func (f *SettingsForm) SetText(field config.Field, text string) error {
	c := f.Config
	if err := field.SetText(&c, text); err != nil {
		return err
	}
	f.Config = c
	return nil
}

// Differs reports whether field differs from the settings in force.
func (f *SettingsForm) Differs(field config.Field) bool {
	return field.Literal(f.Config) != field.Literal(f.was)
}

// Changed names the keys of the fields that differ from the settings in
// force, in the settings' order: what keeping the form writes.
func (f *SettingsForm) Changed() []string {
	var out []string
	for _, field := range config.Fields {
		if f.Differs(field) {
			out = append(out, field.Key)
		}
	}
	return out
}

// CuesChanged reports whether the cues setting is among the changes: a
// run's mute then lifts, and the line mode says what the cues will be.
func CuesChanged(changed []string) bool { return slices.Contains(changed, "cues") }

// PlanWithSettings is the plan p once the settings c are in force: a plan
// that sets a cadence takes the settings' reminder interval, waking hours
// and the defaults of the plan over days.
func PlanWithSettings(p coach.Plan, c config.Config) coach.Plan {
	if p.Every > 0 {
		return c.ApplyPlan(p)
	}
	return p
}
