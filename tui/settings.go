package tui

import (
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/tui/theme"
)

// Settings are the person's settings as the UI is given them
// (app.Settings).
type Settings = app.Settings

// prefs are the settings in force and what the terminal told us about
// itself; the styles are rebuilt from them.
type prefs struct {
	cfg  config.Config
	path string
	save func(config.Config, []string) error
	// isDark is the terminal's background (dark until it answers).
	isDark bool
	// ansi16 is set when the terminal shows only the 16 ANSI colours.
	ansi16 bool
	// preview is the settings being edited while the settings screen is
	// open: the styles follow its theme.
	preview *config.Config
}

func newPrefs(d Deps) prefs {
	p := prefs{cfg: config.Default(), isDark: true}
	if s := d.Settings; s != nil {
		p.cfg, p.path, p.save = s.Config, s.Path, s.Save
	}
	return p
}

// settings are the settings in force and where they are kept.
func (p prefs) settings() app.Settings {
	return app.Settings{Config: p.cfg, Path: p.path, Save: p.save}
}

// restyle rebuilds the styles from the theme setting (the one being edited,
// as a preview, while the settings screen is open) and the terminal.
func (e *env) restyle() {
	cfg := e.prefs.cfg
	if p := e.prefs.preview; p != nil {
		cfg = *p
	}
	e.styles = theme.For(string(cfg.Theme), e.prefs.isDark, e.prefs.ansi16)
}

// terminalColors takes what the terminal reported about its colours.
func (e *env) terminalColors(msg tea.Msg) {
	switch msg := msg.(type) {
	case tea.BackgroundColorMsg:
		e.prefs.isDark = msg.IsDark()
	case tea.ColorProfileMsg:
		e.prefs.ansi16 = msg.Profile == colorprofile.ANSI
	}
	e.restyle()
}

// runnerOptions are the timer settings for a session's runners.
func (e *env) runnerOptions() routines.RunnerOptions { return e.prefs.cfg.RunnerOptions() }

// defaultLeg is the leg the very first check-in starts with.
func (e *env) defaultLeg() routines.Leg {
	if l := e.prefs.cfg.Leg; l != "" {
		return l
	}
	return routines.LegNone
}
