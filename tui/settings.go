package tui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
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
	// edit is the settings screen while it is open.
	edit *settingsEdit
}

// settingsEdit is the settings screen: a copy of the settings being
// edited, the row in focus, the keys changed and the last save's outcome.
type settingsEdit struct {
	cfg     config.Config
	cursor  int
	changed []string
	saving  bool
	err     string
}

// settingsSavedMsg reports the outcome of writing the settings file.
type settingsSavedMsg struct {
	cfg     config.Config
	changed []string
	err     error
}

func newPrefs(d Deps) prefs {
	p := prefs{cfg: config.Default(), isDark: true}
	if s := d.Settings; s != nil {
		p.cfg, p.path, p.save = s.Config, s.Path, s.Save
	}
	return p
}

// restyle rebuilds the styles from the theme setting (the one being edited,
// as a preview, while the settings screen is open) and the terminal.
func (m *Model) restyle() {
	cfg := m.prefs.cfg
	if e := m.prefs.edit; e != nil {
		cfg = e.cfg
	}
	m.styles = theme.For(string(cfg.Theme), m.prefs.isDark, m.prefs.ansi16)
}

// terminalColors takes what the terminal reported about its colours.
func (m *Model) terminalColors(msg tea.Msg) {
	switch msg := msg.(type) {
	case tea.BackgroundColorMsg:
		m.prefs.isDark = msg.IsDark()
	case tea.ColorProfileMsg:
		m.prefs.ansi16 = msg.Profile == colorprofile.ANSI
	}
	m.restyle()
}

// runnerOptions are the timer settings for a session's runners.
func (m *Model) runnerOptions() routines.RunnerOptions { return m.prefs.cfg.RunnerOptions() }

// defaultLeg is the leg the very first check-in starts with.
func (m *Model) defaultLeg() routines.Leg {
	if l := m.prefs.cfg.Leg; l != "" {
		return l
	}
	return routines.LegNone
}

func (m *Model) openSettings() {
	m.prefs.edit = &settingsEdit{cfg: m.prefs.cfg}
	m.screen, m.help = screenSettings, false
}

func (m *Model) closeSettings() {
	m.prefs.edit = nil
	m.screen = screenHome
	m.restyle()
}

func (m *Model) settingsKey(msg tea.KeyPressMsg) tea.Cmd {
	e := m.prefs.edit
	if e == nil || e.saving {
		return nil
	}
	k := m.keys
	switch {
	case key.Matches(msg, k.Up):
		e.cursor = max(e.cursor-1, 0)
	case key.Matches(msg, k.Down):
		e.cursor = min(e.cursor+1, len(config.Fields)-1)
	case key.Matches(msg, k.Left), key.Matches(msg, k.Right), msg.String() == "space":
		by := 1
		if key.Matches(msg, k.Left) {
			by = -1
		}
		f := config.Fields[e.cursor]
		f.Step(&e.cfg, by)
		if !slices.Contains(e.changed, f.Key) {
			e.changed = append(e.changed, f.Key)
		}
		e.err = ""
		m.restyle()
	case key.Matches(msg, k.Enter):
		return m.saveSettings()
	case key.Matches(msg, k.Esc, k.Quit):
		m.closeSettings()
	}
	return nil
}

// saveSettings writes the settings in a command; the screen stays until
// the file is written.
func (m *Model) saveSettings() tea.Cmd {
	e := m.prefs.edit
	if len(e.changed) == 0 {
		m.closeSettings()
		return nil
	}
	cfg, changed := e.cfg, slices.Clone(e.changed)
	if m.prefs.save == nil {
		return func() tea.Msg { return settingsSavedMsg{cfg: cfg, changed: changed} }
	}
	e.saving = true
	save := m.prefs.save
	return func() tea.Msg { return settingsSavedMsg{cfg: cfg, changed: changed, err: save(cfg, changed)} }
}

// settingsSaved applies saved settings and goes home; a failed save stays
// on the screen with the reason.
func (m *Model) settingsSaved(msg settingsSavedMsg) {
	e := m.prefs.edit
	if msg.err != nil {
		if e != nil {
			e.saving, e.err = false, "Could not save: "+humanError(msg.err)
		}
		return
	}
	m.prefs.cfg = msg.cfg
	if slices.Contains(msg.changed, "cues") {
		m.muted = false
	}
	if m.plan.Every > 0 {
		m.plan = msg.cfg.ApplyPlan(m.plan)
	}
	note := app.Settings{Path: m.prefs.path, Save: m.prefs.save}.SavedNote()
	m.home.notices = append(m.home.notices[:0:0], note)
	if e != nil {
		m.closeSettings()
	}
}

// settingsKeys are the keys that work on the settings screen.
func (m *Model) settingsKeys() []key.Binding {
	k := m.keys
	return []key.Binding{withHelp(k.Up, "↑/↓", "choose"), withHelp(k.Left, "←/→", "change"),
		withHelp(k.Enter, "enter", "save"), withHelp(k.Esc, "esc", "back without saving"), k.Help}
}

func (m *Model) settingsView() string {
	s, e := m.styles, m.prefs.edit
	if e == nil {
		return ""
	}
	width := m.width - 4
	var b strings.Builder
	b.WriteString(s.Title.Render("Settings"))
	if m.prefs.path != "" {
		b.WriteString(s.Muted.Render("  ·  " + shortPath(m.prefs.path, width-12)))
	}
	b.WriteString("\n\n")
	foot := m.settingsFoot(e, width)
	from, to := settingsWindow(len(config.Fields), e.cursor, m.height-3-strings.Count(foot, "\n")-1)
	for i, f := range config.Fields {
		if i < from || i >= to {
			continue
		}
		mark, line := "  ", padRight(f.Label, 28)+f.Show(e.cfg)
		if f.Key == "cues" && m.cuesNote(e.cfg.Cues) != "" {
			line += " (no speech engine: the bell)"
		}
		if slices.Contains(e.changed, f.Key) && f.Show(e.cfg) != f.Show(m.prefs.cfg) {
			line += "  (changed)"
		}
		if i == e.cursor {
			b.WriteString("▸ " + s.Selected.Render(line) + "\n")
			continue
		}
		b.WriteString(mark + s.Text.Render(line) + "\n")
	}
	b.WriteString(foot)
	return b.String()
}

// settingsFoot is what follows the list of settings: the help of the one
// in focus, the saving state, and the keys.
func (m *Model) settingsFoot(e *settingsEdit, width int) string {
	s := m.styles
	var b strings.Builder
	b.WriteString("\n")
	for _, l := range wrap(config.Fields[e.cursor].Help, width) {
		b.WriteString(s.Muted.Render(l) + "\n")
	}
	if config.Fields[e.cursor].Key == "cues" {
		for _, l := range wrap(m.cuesNote(e.cfg.Cues), width) {
			b.WriteString(s.Caution.Render(l) + "\n")
		}
	}
	switch {
	case e.saving:
		b.WriteString("\n" + s.Muted.Render("Saving…") + "\n")
	case e.err != "":
		b.WriteString("\n")
		for _, l := range wrap("! "+e.err+" Press enter to try again, esc to leave without saving.", width) {
			b.WriteString(s.Caution.Render(l) + "\n")
		}
	default:
		b.WriteString("\n")
	}
	b.WriteString(m.shortHelp(m.settingsKeys()...))
	return b.String()
}

// settingsWindow is the part of a list of n settings that fits in rows,
// keeping the cursor in view: all of them when they fit.
func settingsWindow(n, cursor, rows int) (from, to int) {
	if rows <= 0 || n <= rows {
		return 0, n
	}
	from = min(max(cursor-rows/2, 0), n-rows)
	return from, from + rows
}

// shortPath fits a path in n cells, keeping its end.
func shortPath(p string, n int) string {
	r := []rune(p)
	if len(r) <= n || n < 4 {
		return p
	}
	return "…" + string(r[len(r)-n+1:])
}
