package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines"
)

// session is a routine being run: the runner, the check-in being asked, and
// what the coach said last.
type session struct {
	routine *routines.Routine
	runner  *routines.Runner
	// gen stamps ticks; every reschedule bumps it so stale ticks are dropped.
	gen int

	form   *checkInForm
	notice *notice

	baseline routines.CheckIn
	last     routines.CheckIn
	// setRef is the local reference of the last set that ended.
	setRef  int
	lastSet *routines.SetResult

	// said is the coach's last word, shown under the timer.
	said   string
	saidOK bool

	setsDone int
	checkIns int
	ended    bool
	status   routines.SessionStatus
	reason   string
}

// notice is a message that waits for Enter before the session goes on,
// such as a change to the routine and its reason, or an urgent stop.
type notice struct {
	title  string
	body   string
	urgent bool
	// leave is set when Enter leaves the session (a stop or a confirmed
	// exit) rather than carrying on.
	leave bool
}

// tickMsg wakes the session when the screen would next change.
type tickMsg struct{ gen int }

func (m *Model) startSession(r *routines.Routine) tea.Cmd {
	now := m.clock.Now()
	s := &session{
		routine: r,
		runner:  routines.NewRunner(r, m.clock, routines.RunnerOptions{}),
	}
	prev := routines.CheckIn{Leg: routines.LegNone}
	if m.deps.LastCheckIn != nil {
		prev = *m.deps.LastCheckIn
	}
	s.last = prev
	s.form = newCheckInForm(routines.CheckInBaseline, prev, "Before you start: how is the pain right now?")
	m.sess, m.screen, m.help = s, screenSession, false
	return m.journal.startSession(routines.SessionRoutine, r, now)
}

// schedule asks for a tick when the screen would next change, and only
// then: a paused timer or an open question costs nothing.
func (m *Model) schedule() tea.Cmd {
	s := m.sess
	s.gen++
	next := s.runner.NextChange(m.barWidth())
	if next.IsZero() {
		return nil
	}
	d := routines.WallDuration(m.clock, next.Sub(m.clock.Now()))
	return m.after(max(d, 0), tickMsg{gen: s.gen})
}

func (m *Model) sessionTick() tea.Cmd {
	cmd := m.handleEvents(m.sess.runner.Advance())
	return tea.Batch(cmd, m.schedule())
}

// handleEvents saves sets that ended, opens check-ins, rings the bell at
// phase changes and ends the session at the end of the routine.
func (m *Model) handleEvents(evs []routines.Event) tea.Cmd {
	s := m.sess
	var cmds []tea.Cmd
	for _, ev := range evs {
		if ev.Set != nil {
			s.setRef++
			res := *ev.Set
			s.lastSet = &res
			if res.Completed {
				s.setsDone++
			}
			cmds = append(cmds, m.journal.set(s.setRef, res))
		}
		switch ev.Phase.Kind {
		case routines.PhaseCheckIn:
			s.form = newCheckInForm(routines.CheckInAfterSet, s.last, m.afterSetTitle())
		case routines.PhaseDone:
			cmds = append(cmds, m.endSession(routines.StatusCompleted, ""))
		}
	}
	if len(evs) > 0 && m.bell {
		cmds = append(cmds, tea.Raw("\a"))
	}
	return tea.Batch(cmds...)
}

func (m *Model) afterSetTitle() string {
	st := m.sess.runner.Status()
	if st.Exercise == nil {
		return "After that set"
	}
	return "After set " + itoa(st.Set) + " of " + itoa(st.Sets) + " · " + st.Exercise.Name
}

func (m *Model) sessionKey(msg tea.KeyPressMsg) tea.Cmd {
	s := m.sess
	switch {
	case s.notice != nil:
		return m.noticeKey(msg)
	case s.form != nil:
		c, res := s.form.key(msg, m.keys)
		switch res {
		case formDone:
			return m.submitCheckIn(c)
		case formUrgent:
			return m.urgentStop(c)
		case formQuit:
			return m.endSession(routines.StatusCutShort, "quit")
		}
		return nil
	}
	r := s.runner
	switch {
	case key.Matches(msg, m.keys.Pause):
		r.TogglePause()
		return m.schedule()
	case key.Matches(msg, m.keys.Skip):
		return tea.Batch(m.handleEvents(r.Skip()), m.schedule())
	case key.Matches(msg, m.keys.Back):
		return tea.Batch(m.handleEvents(r.Back()), m.schedule())
	case key.Matches(msg, m.keys.Bell):
		m.bell = !m.bell
	case key.Matches(msg, m.keys.Quit):
		return m.endSession(routines.StatusCutShort, "quit")
	case key.Matches(msg, m.keys.Esc):
		r.Pause()
		s.notice = &notice{title: "Leave this session?", leave: true,
			body: "What you have done so far is saved. Press enter to leave, or esc to carry on."}
		return m.schedule()
	}
	return nil
}

func (m *Model) noticeKey(msg tea.KeyPressMsg) tea.Cmd {
	s := m.sess
	n := s.notice
	switch {
	case key.Matches(msg, m.keys.Enter):
		s.notice = nil
		if n.leave {
			if n.urgent {
				m.screen = screenSummary
				return nil
			}
			return m.endSession(routines.StatusCutShort, "left")
		}
		s.runner.Resume()
		return m.schedule()
	case key.Matches(msg, m.keys.Esc) && n.leave && !n.urgent:
		s.notice = nil
		s.runner.Resume()
		return m.schedule()
	case key.Matches(msg, m.keys.Quit):
		if n.urgent {
			m.quitting = true
			return m.quitIfDone()
		}
		s.notice = nil
		return m.endSession(routines.StatusCutShort, "quit")
	}
	return nil
}

// submitCheckIn saves an answered check-in and lets the coach respond.
func (m *Model) submitCheckIn(c routines.CheckIn) tea.Cmd {
	s := m.sess
	c.At = m.clock.Now()
	s.form = nil
	s.checkIns++
	if c.Kind == routines.CheckInBaseline {
		s.baseline, s.last = c, c
		save := m.journal.checkIn(0, c)
		return tea.Batch(save, m.handleEvents(s.runner.Start()), m.schedule())
	}
	cmds := []tea.Cmd{m.journal.checkIn(s.setRef, c)}
	d := m.decide(c)
	s.last = c
	if d.record.Action != "" {
		d.record.At = c.At
		cmds = append(cmds, m.journal.decision(d.record))
	}
	s.said, s.saidOK = d.record.Reason, !d.changed
	cmds = append(cmds, m.handleEvents(s.runner.CheckedIn()))
	if d.changed && !s.ended {
		s.runner.Pause()
		s.notice = &notice{title: d.title, body: d.record.Reason}
	}
	cmds = append(cmds, m.schedule())
	return tea.Batch(cmds...)
}

// endSession stops the runner and saves how the session ended.
func (m *Model) endSession(status routines.SessionStatus, reason string) tea.Cmd {
	s := m.sess
	if s == nil || s.ended {
		return nil
	}
	s.ended, s.status, s.reason = true, status, reason
	s.runner.Quit()
	s.gen++
	s.form = nil
	m.summary = newSummary(s)
	if s.notice == nil || !s.notice.urgent {
		m.screen = screenSummary
	}
	return m.journal.finish(status, reason, m.clock.Now())
}
