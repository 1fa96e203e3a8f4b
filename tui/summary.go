package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines/flow"
)

// summary is the screen after a session, a component: what was done and
// kept. Enter goes home, or closes centra when the session was started
// from the command line (exitAfter).
type summary struct {
	*env
	app.Summary
	exitAfter bool
	keys      summaryKeys
}

// summaryKeys are the keys of the summary.
type summaryKeys struct {
	Close, Quit, Help key.Binding
}

func newSummary(e *env, f *flow.Flow, exitAfter bool) *summary {
	back := "back to the start"
	if exitAfter {
		back = "close centra"
	}
	return &summary{env: e, Summary: app.SummaryOf(f), exitAfter: exitAfter,
		keys: summaryKeys{
			Close: key.NewBinding(key.WithKeys("enter", "esc"), key.WithHelp("enter/esc", back)),
			Quit:  e.keys.Quit,
			Help:  e.keys.Help,
		}}
}

// SetSize implements component: the summary fits any window.
func (*summary) SetSize(int, int) {}

// Update implements component.
func (sm *summary) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	switch {
	case !ok:
	case key.Matches(k, sm.keys.Quit), sm.exitAfter && key.Matches(k, sm.keys.Close):
		return sm.nav.quit()
	case key.Matches(k, sm.keys.Close):
		return sm.nav.goHome()
	}
	return nil
}

// ShortHelp implements help.KeyMap.
func (sm *summary) ShortHelp() []key.Binding {
	return []key.Binding{sm.keys.Close, sm.keys.Quit, sm.keys.Help}
}

// FullHelp implements help.KeyMap.
func (sm *summary) FullHelp() [][]key.Binding { return [][]key.Binding{sm.ShortHelp()} }

// View implements component.
func (sm *summary) View() string {
	s := sm.styles
	var b strings.Builder
	b.WriteString(s.Title.Render(sm.Title()) + s.Muted.Render("  ·  "+sm.Routine) + "\n\n")
	b.WriteString(s.Text.Render(sm.Counts()) + "\n")
	if sm.Compared() {
		b.WriteString(s.Text.Render("Pain reached: "+sm.First.Reach.String()+" → "+sm.Last.Reach.String()+
			" · leg pain "+itoa(sm.First.LegPain)+" → "+itoa(sm.Last.LegPain)) + "\n")
		if w := sm.TinglingWords(); w != "" {
			b.WriteString(s.Text.Render(w) + "\n")
		}
		switch sm.Moved() {
		case -1:
			b.WriteString(s.Good.Render("↑ "+sm.MovedWords()) + "\n")
		case 1:
			b.WriteString(s.Caution.Render("↓ "+sm.MovedWords()) + "\n")
		}
	}
	switch {
	case sm.NotKept() != "" && sm.journal.idle():
		b.WriteString("\n" + s.Muted.Render(sm.NotKept()) + "\n")
	case sm.journal.idle():
		b.WriteString("\n" + s.Muted.Render("Everything you did is saved.") + "\n")
	default:
		b.WriteString("\n" + s.Muted.Render("Saving…") + "\n")
	}
	next := "enter: back to the start · q: quit"
	if sm.exitAfter {
		next = "enter or q: close centra"
	}
	b.WriteString("\n" + s.Muted.Render(next))
	return b.String()
}
