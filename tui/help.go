package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"github.com/centra-app/centra/tui/theme"
)

func lipglossWidth(s string) int { return lipgloss.Width(s) }

// screenKeys lists the keys that work on the current screen, and only
// those: each screen's handler and its list are kept side by side, and
// TestHelpListsOnlyKeysThatWork presses every key listed on every screen.
func (m *Model) screenKeys() []key.Binding {
	return flat(m.active)
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
