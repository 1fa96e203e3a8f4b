package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/flow"
)

// summary is the screen after a session: what was done and kept.
type summary struct {
	routine  string
	status   routines.SessionStatus
	sets     int
	checkIns int
	first    routines.CheckIn
	last     routines.CheckIn
}

func newSummary(f *flow.Flow) summary {
	sets, checkIns := f.Counts()
	status, _ := f.Status()
	return summary{routine: f.Routine().Name, status: status, sets: sets,
		checkIns: checkIns, first: f.BaselineCheckIn(), last: f.Last()}
}

func (m *Model) summaryKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Quit), m.exitAfter && key.Matches(msg, m.keys.Enter, m.keys.Esc):
		m.quitting = true
		return m.quitIfDone()
	case key.Matches(msg, m.keys.Enter, m.keys.Esc):
		m.sess, m.screen = nil, screenHome
		m.focusSuggested()
		return m.loadGlance()
	}
	return nil
}

func (m *Model) summaryView() string {
	s, sm := m.styles, m.summary
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
		b.WriteString(s.Text.Render("Pain reached: "+sm.first.Reach.String()+" → "+sm.last.Reach.String()+
			" · leg pain "+itoa(sm.first.LegPain)+" → "+itoa(sm.last.LegPain)) + "\n")
		switch {
		case sm.last.Reach < sm.first.Reach:
			b.WriteString(s.Good.Render("↑ The pain moved up toward your back: that is the direction you want.") + "\n")
		case sm.last.Reach > sm.first.Reach:
			b.WriteString(s.Caution.Render("↓ The pain reaches further down than when you started. Rest in a comfortable position; if it stays, see a professional.") + "\n")
		}
	}
	if m.journal.idle() {
		b.WriteString("\n" + s.Muted.Render("Everything you did is saved.") + "\n")
	} else {
		b.WriteString("\n" + s.Muted.Render("Saving…") + "\n")
	}
	next := "enter: back to the start · q: quit"
	if m.exitAfter {
		next = "enter or q: close centra"
	}
	b.WriteString("\n" + s.Muted.Render(next))
	return b.String()
}
