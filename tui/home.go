package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines"
)

// home is the start screen: the routines, with the suggested one first in
// focus so that Enter starts it.
type home struct {
	routines  []*routines.Routine
	cursor    int
	suggested string
	notices   []string
}

func newHome(d Deps) home {
	h := home{routines: d.Catalog.Routines(), suggested: d.Suggested, notices: d.Notices}
	if h.suggested == "" {
		h.suggested = "extension"
	}
	for i, r := range h.routines {
		if r.ID == h.suggested {
			h.cursor = i
		}
	}
	return h
}

func (m *Model) homeKey(msg tea.KeyPressMsg) tea.Cmd {
	h := &m.home
	switch {
	case key.Matches(msg, m.keys.Up):
		if h.cursor > 0 {
			h.cursor--
		}
	case key.Matches(msg, m.keys.Down):
		if h.cursor < len(h.routines)-1 {
			h.cursor++
		}
	case key.Matches(msg, m.keys.Start):
		if len(h.routines) > 0 {
			h.notices = nil
			return m.startSession(h.routines[h.cursor])
		}
	case key.Matches(msg, m.keys.Quit, m.keys.Esc):
		m.quitting = true
		return m.quitIfDone()
	case msg.String() >= "1" && msg.String() <= "9":
		if i := int(msg.String()[0] - '1'); i < len(h.routines) {
			h.cursor = i
		}
	}
	return nil
}

func (m *Model) homeView() string {
	s, h := m.styles, m.home
	var b strings.Builder
	b.WriteString(s.Title.Render("centra") + s.Muted.Render("  ·  your sciatica exercise coach") + "\n\n")
	for _, n := range h.notices {
		for _, l := range wrap(n, m.width-4) {
			b.WriteString(s.Caution.Render(l) + "\n")
		}
		b.WriteString("\n")
	}
	b.WriteString(s.Bold.Render("Choose a routine") + "\n")
	width := m.width - 4
	for i, r := range h.routines {
		mark, name := "  ", r.Name
		line := fmt.Sprintf("%d %s", i+1, name)
		meta := fmt.Sprintf("about %d min", max(1, int(r.Length().Minutes()+0.5)))
		if r.ID == h.suggested {
			meta += " · suggested"
		}
		if i == h.cursor {
			mark = "▸ "
			line = s.Selected.Render(line)
		} else {
			line = s.Text.Render(line)
		}
		pad := width - 2 - lipglossWidth(line) - len([]rune(meta))
		b.WriteString(mark + line + strings.Repeat(" ", max(1, pad)) + s.Muted.Render(meta) + "\n")
	}
	if len(h.routines) > 0 {
		r := h.routines[h.cursor]
		b.WriteString("\n")
		for _, l := range wrap(r.Purpose, width) {
			b.WriteString(s.Muted.Render(l) + "\n")
		}
	}
	b.WriteString("\n" + s.Muted.Render("centra is a coach, not a diagnosis. If something feels wrong, see a professional.") + "\n")
	b.WriteString("\n" + m.shortHelp(m.keys.Start, m.keys.Up, m.keys.Down, m.keys.Quit, m.keys.Help))
	return b.String()
}
