package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines"
)

// decision is the coach's response to a check-in as the player uses it.
type decision struct {
	record routines.DecisionRecord
	// changed means the routine changed; the player shows title and reason
	// and waits for Enter.
	changed bool
	title   string
}

// decide responds to an after-set check-in. A movement that sends the pain
// further down the leg is never loaded again in this session (CLINICAL.md
// rule 5).
func (m *Model) decide(c routines.CheckIn) decision {
	s := m.sess
	st := s.runner.Status()
	name := "that exercise"
	if st.Exercise != nil {
		name = st.Exercise.Name
	}
	down := c.Moved == routines.MovedDown || c.Reach > s.last.Reach
	if down {
		s.runner.EndBlock()
		return decision{changed: true, title: "Stopping " + name,
			record: routines.DecisionRecord{RuleID: "R5", Action: "stop-exercise",
				Reason: "Your pain moved further down the leg after " + name + " (now: " + c.Reach.String() +
					"). That is a sign to stop this movement, so its remaining sets are skipped. Rest a moment before the next exercise."}}
	}
	var reason string
	switch {
	case c.Moved == routines.MovedGone || (c.Reach == routines.ReachNone && s.last.Reach > 0):
		reason = "The pain went away after " + name + ": a very good sign. Keep going."
	case c.Reach < s.last.Reach || c.Moved == routines.MovedUp:
		reason = "Your pain moved up toward the back after " + name + ": that is centralization, a good sign even if it feels sharper. Keep going."
	default:
		reason = "No change after " + name + ". Keep going at the same pace."
	}
	return decision{record: routines.DecisionRecord{RuleID: "R4", Action: "continue", Reason: reason}}
}

// urgentStop ends the session when an urgent symptom is reported and says
// plainly to seek care now (CLINICAL.md rule 1).
func (m *Model) urgentStop(c routines.CheckIn) tea.Cmd {
	s := m.sess
	c.At = m.clock.Now()
	s.form = nil
	rec := routines.DecisionRecord{At: c.At, RuleID: "R1", Action: "emergency-stop", Reason: urgentAdvice}
	cmds := []tea.Cmd{m.journal.checkIn(s.setRef, c), m.journal.decision(rec)}
	s.notice = &notice{title: "Stop exercising now", body: urgentAdvice, urgent: true, leave: true}
	cmds = append(cmds, m.endSession(routines.StatusStopped, "urgent symptom reported"))
	return tea.Batch(cmds...)
}

// urgentAdvice is what centra says when a red-flag symptom is reported.
const urgentAdvice = "These symptoms can mean a nerve problem that needs a doctor today. " +
	"Stop the exercises. Go to an emergency department now, or call your emergency number " +
	"(999 in the UK, 112 in Europe, 911 in North America). Do not wait to see if it passes."

// urgentSymptoms are the symptoms the check-in asks about when ! is pressed.
var urgentSymptoms = []string{
	"numbness or tingling between your legs, around your genitals or back passage (saddle area)",
	"new trouble starting, stopping or controlling urine, or leaking",
	"new trouble controlling your bowels",
	"new weakness in one or both legs, or a foot that drags or slaps",
	"pain, numbness or tingling now in both legs",
}
