package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/config"
)

// settingsScreen is the settings screen, a component: a copy of the
// settings being edited (app.SettingsForm), the row in focus and the last
// save's outcome. The styles preview the theme being edited; enter saves
// and goes home, esc leaves without saving.
type settingsScreen struct {
	*env
	keys          settingsKeys
	width, height int
	form          *app.SettingsForm
	cursor        int
	saving        bool
	err           string
}

// settingsKeys are the settings screen's keys.
type settingsKeys struct {
	Up, Down, Change, Right, Save, Leave, Help key.Binding
}

// settingsSavedMsg reports the outcome of writing the settings file.
type settingsSavedMsg struct {
	cfg     config.Config
	changed []string
	err     error
}

func newSettings(e *env) *settingsScreen {
	s := &settingsScreen{env: e, form: e.prefs.settings().Edit(), keys: settingsKeys{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", "choose")),
		Down:   key.NewBinding(key.WithKeys("down", "j")),
		Change: key.NewBinding(key.WithKeys("left", "-"), key.WithHelp("←/→", "change")),
		Right:  key.NewBinding(key.WithKeys("right", "+", "space")),
		Save:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save")),
		Leave:  key.NewBinding(key.WithKeys("esc", "q"), key.WithHelp("esc", "back without saving")),
		Help:   e.keys.Help,
	}}
	e.prefs.preview = &s.form.Config
	e.restyle()
	return s
}

// SetSize implements component.
func (e *settingsScreen) SetSize(width, height int) { e.width, e.height = width, height }

// Update implements component.
func (e *settingsScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return e.key(msg)
	case settingsSavedMsg:
		return e.saved(msg)
	}
	return nil
}

func (e *settingsScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	if e.saving {
		return nil
	}
	k := e.keys
	switch {
	case key.Matches(msg, k.Up):
		e.cursor = max(e.cursor-1, 0)
	case key.Matches(msg, k.Down):
		e.cursor = min(e.cursor+1, len(config.Fields)-1)
	case key.Matches(msg, k.Change, k.Right):
		by := 1
		if key.Matches(msg, k.Change) {
			by = -1
		}
		e.form.Step(config.Fields[e.cursor], by)
		e.err = ""
		e.restyle()
	case key.Matches(msg, k.Save):
		return e.save()
	case key.Matches(msg, k.Leave):
		return e.close()
	}
	return nil
}

// close leaves the settings, the styles back to the settings in force.
func (e *settingsScreen) close(notices ...string) tea.Cmd {
	e.prefs.preview = nil
	e.restyle()
	return e.nav.goHome(notices...)
}

// save writes the settings in a command; the screen stays until the file
// is written.
func (e *settingsScreen) save() tea.Cmd {
	cfg, changed := e.form.Config, e.form.Changed()
	if len(changed) == 0 {
		return e.close()
	}
	if e.prefs.save == nil {
		return func() tea.Msg { return settingsSavedMsg{cfg: cfg, changed: changed} }
	}
	e.saving = true
	save := e.prefs.save
	return func() tea.Msg { return settingsSavedMsg{cfg: cfg, changed: changed, err: save(cfg, changed)} }
}

// saved applies saved settings and goes home; a failed save stays on the
// screen with the reason.
func (e *settingsScreen) saved(msg settingsSavedMsg) tea.Cmd {
	if msg.err != nil {
		e.saving, e.err = false, "Could not save: "+humanError(msg.err)
		return nil
	}
	e.prefs.cfg = msg.cfg
	if app.CuesChanged(msg.changed) {
		e.muted = false
	}
	e.plan = app.PlanWithSettings(e.plan, msg.cfg)
	return e.close(e.prefs.settings().SavedNote())
}

// ShortHelp implements help.KeyMap.
func (e *settingsScreen) ShortHelp() []key.Binding {
	k := e.keys
	return []key.Binding{k.Up, k.Change, k.Save, k.Leave, k.Help}
}

// FullHelp implements help.KeyMap.
func (e *settingsScreen) FullHelp() [][]key.Binding { return [][]key.Binding{e.ShortHelp()} }

// View implements component.
func (e *settingsScreen) View() string {
	s := e.styles
	width := e.width - 4
	var b strings.Builder
	b.WriteString(s.Title.Render("Settings"))
	if e.prefs.path != "" {
		b.WriteString(s.Muted.Render("  ·  " + shortPath(e.prefs.path, width-12)))
	}
	b.WriteString("\n\n")
	note := app.NoVoiceNote(e.form.Config.Cues, e.deps.Voice != nil, e.deps.NoVoice)
	foot := e.foot(width, note)
	from, to := settingsWindow(len(config.Fields), e.cursor, e.height-3-strings.Count(foot, "\n")-1)
	for i, f := range config.Fields {
		if i < from || i >= to {
			continue
		}
		mark, line := "  ", padRight(f.Label, 28)+f.Show(e.form.Config)
		if f.Key == "cues" && note != "" {
			line += " (no speech engine: the bell)"
		}
		if e.form.Differs(f) {
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

// foot is what follows the list of settings: the help of the one in
// focus (with note, why there is no voice, under the cues), the saving
// state, and the keys.
func (e *settingsScreen) foot(width int, note string) string {
	s := e.styles
	var b strings.Builder
	b.WriteString("\n")
	for _, l := range wrap(config.Fields[e.cursor].Help, width) {
		b.WriteString(s.Muted.Render(l) + "\n")
	}
	if config.Fields[e.cursor].Key == "cues" {
		for _, l := range wrap(note, width) {
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
	b.WriteString(e.shortHelp(e.ShortHelp()...))
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
