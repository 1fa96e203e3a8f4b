package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/flow"
)

// summary is the screen after a session, a component: what was done and
// kept. Enter goes home, or closes centra when the session was started
// from the command line (exitAfter).
type summary struct {
	*env
	routine   string
	status    routines.SessionStatus
	sets      int
	checkIns  int
	first     routines.CheckIn
	final     routines.CheckIn
	exitAfter bool
	keys      summaryKeys
}

// summaryKeys are the keys of the summary.
type summaryKeys struct {
	Close, Quit, Help key.Binding
}

func newSummary(e *env, f *flow.Flow, exitAfter bool) *summary {
	sets, checkIns := f.Counts()
	status, _ := f.Status()
	back := "back to the start"
	if exitAfter {
		back = "close centra"
	}
	return &summary{env: e, routine: f.Routine().Name, status: status, sets: sets,
		checkIns: checkIns, first: f.BaselineCheckIn(), final: f.Last(), exitAfter: exitAfter,
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
	title := "Session complete"
	switch sm.status {
	case routines.StatusCutShort:
		title = "Session ended early"
	case routines.StatusStopped:
		title = "Session stopped"
	}
	b.WriteString(s.Title.Render(title) + s.Muted.Render("  ·  "+sm.routine) + "\n\n")
	b.WriteString(s.Text.Render("Sets done: "+itoa(sm.sets)+" · check-ins: "+itoa(sm.checkIns)) + "\n")
	if sm.checkIns > 0 {
		b.WriteString(s.Text.Render("Pain reached: "+sm.first.Reach.String()+" → "+sm.final.Reach.String()+
			" · leg pain "+itoa(sm.first.LegPain)+" → "+itoa(sm.final.LegPain)) + "\n")
		switch {
		case sm.final.Reach < sm.first.Reach:
			b.WriteString(s.Good.Render("↑ The pain moved up toward your back: that is the direction you want.") + "\n")
		case sm.final.Reach > sm.first.Reach:
			b.WriteString(s.Caution.Render("↓ The pain reaches further down than when you started. Rest in a comfortable position; if it stays, see a professional.") + "\n")
		}
	}
	if sm.journal.idle() {
		b.WriteString("\n" + s.Muted.Render("Everything you did is saved.") + "\n")
	} else {
		b.WriteString("\n" + s.Muted.Render("Saving…") + "\n")
	}
	next := "enter: back to the start · q: quit"
	if sm.exitAfter {
		next = "enter or q: close centra"
	}
	b.WriteString("\n" + s.Muted.Render(next))
	return b.String()
}
