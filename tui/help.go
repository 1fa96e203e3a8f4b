package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"github.com/centra-app/centra/tui/theme"
)

func lipglossWidth(s string) int { return lipgloss.Width(s) }

func lipglossHeight(s string) int { return lipgloss.Height(s) }

// screenKeys lists the keys that work on the current screen, and only
// those: each screen's handler and its list are kept side by side, and
// TestHelpListsOnlyKeysThatWork presses every key listed on every screen.
// A screen that lists no quit key of its own gets ctrl+c, which quits
// from every screen (keeping what was done): a person who opens help must
// find the way out there.
func (m *Model) screenKeys() []key.Binding {
	ks := flat(m.active)
	for _, b := range ks {
		h := b.Help()
		if !b.Enabled() || h.Key == "" {
			continue
		}
		for _, k := range strings.Split(h.Key, "/") {
			if k == "q" || k == "ctrl+c" {
				return ks
			}
		}
	}
	return append(ks, key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit centra")))
}

func withHelp(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}

// helpView lists keys, the enabled ones that have help, with their words.
func helpView(s *theme.Styles, keys []key.Binding) string {
	var b strings.Builder
	b.WriteString(s.Title.Render("Keys on this screen") + "\n\n")
	for _, kb := range keys {
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
