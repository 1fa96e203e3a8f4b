package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
)

func lipglossWidth(s string) int { return lipgloss.Width(s) }

// screenKeys lists the keys that work on the current screen, and only
// those: each screen's handler and its list are kept side by side, and
// TestHelpListsOnlyKeysThatWork presses every key listed on every screen.
func (m *Model) screenKeys() []key.Binding {
	k := m.keys
	if m.first != nil {
		return m.firstRunKeys()
	}
	if m.active != nil {
		return flat(m.active)
	}
	switch m.screen {
	case screenSettings:
		return m.settingsKeys()
	}
	if m.plan.Held() {
		return m.heldKeys()
	}
	ks := []key.Binding{k.Start, k.Test, k.Settings, m.hist.keys.Open, m.hist.keys.Trigger}
	if m.deps.Walks != nil {
		ks = append(ks, k.Walk)
	}
	return append(ks,
		key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "what you can do: the weekly check (x skips it this week)")), k.Library, k.Guide,
		withHelp(k.Up, "↑/↓", "choose"), withHelp(k.Up, "1-9", "pick by number"), k.Recover, k.Quit, k.Help)
}

func withHelp(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}

func (m *Model) helpView() string {
	s := m.styles
	var b strings.Builder
	b.WriteString(s.Title.Render("Keys on this screen") + "\n\n")
	for _, kb := range m.screenKeys() {
		h := kb.Help()
		if h.Key == "" || !kb.Enabled() {
			continue
		}
		b.WriteString("  " + s.Key.Render(padRight(h.Key, 10)) + s.Text.Render(h.Desc) + "\n")
	}
	b.WriteString("\n" + s.Muted.Render("Quitting keeps everything you have done so far.") + "\n")
	b.WriteString(s.Muted.Render("Press ? or esc to close."))
	return b.String()
}

func padRight(s string, n int) string {
	if w := lipgloss.Width(s); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s + " "
}
