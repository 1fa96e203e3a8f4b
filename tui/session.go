package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/cue"
	"github.com/centra-app/centra/routines/flow"
)

// session is a guided session on screen: the flow (which owns the timers
// and the coach), the check-in being asked, and a confirmation to leave.
type session struct {
	flow *flow.Flow
	// gen stamps ticks; every reschedule bumps it so stale ticks are dropped.
	gen  int
	form *checkInForm
	// leaving asks to confirm leaving the session (esc).
	leaving bool
	// answered is the need the open form answers.
	answered flow.Need
	// intro shows what the direction test does before its baseline.
	intro bool
	// cues remembers the last moment cued, so that each is played once.
	cues cue.Follower
}

// tickMsg wakes the session when the screen would next change.
type tickMsg struct{ gen int }

func (m *Model) startSession(r *routines.Routine) tea.Cmd {
	f := flow.NewRoutine(m.deps.Catalog, r, m.plan, m.clock, m.flowOptions())
	return m.begin(f, "Before you start: how is the pain right now?")
}

func (m *Model) startTest() tea.Cmd {
	f := flow.NewTest(m.deps.Catalog, m.plan, m.clock, m.flowOptions())
	return m.begin(f, "Direction test · first, how is the pain right now?")
}

func (m *Model) flowOptions() flow.Options {
	return flow.Options{Runner: m.runnerOptions(), Coach: coach.Options{RecheckRest: m.deps.RecheckRest}}
}

func (m *Model) begin(f *flow.Flow, title string) tea.Cmd {
	prev := routines.CheckIn{Leg: m.defaultLeg()}
	if m.last != nil {
		prev = *m.last
	}
	m.sess = &session{flow: f, answered: flow.NeedBaseline, intro: f.Kind() == flow.KindTest,
		form: newCheckInForm(routines.CheckInBaseline, prev, title)}
	m.screen, m.help = screenSession, false
	return m.sync()
}

// sync saves what the flow produced and brings the screen in line with
// what the flow needs now.
func (m *Model) sync() tea.Cmd {
	s := m.sess
	f := s.flow
	cmds := []tea.Cmd{m.persist(f.Drain())}
	if c := f.Last(); c.Kind != "" {
		m.last = &c // the next session's baseline starts from here
	}
	switch f.Need() {
	case flow.NeedCheckIn, flow.NeedRecheck:
		if s.form == nil || s.answered != f.Need() {
			s.form = newCheckInForm(kindFor(f.Need()), f.Last(), m.checkInTitle())
			s.answered = f.Need()
		}
	case flow.NeedNothing:
		if f.Ended() {
			m.summary = newSummary(f)
			m.screen = screenSummary
		}
	}
	cmds = append(cmds, m.cueSession(), m.schedule())
	return tea.Batch(cmds...)
}

func kindFor(n flow.Need) routines.CheckInKind {
	if n == flow.NeedRecheck {
		return routines.CheckInRecheck
	}
	return routines.CheckInAfterSet
}

func (m *Model) checkInTitle() string {
	f := m.sess.flow
	if f.Need() == flow.NeedRecheck {
		return "After the rest · compared with before that set"
	}
	st := f.Runner().Status()
	if st.Exercise == nil {
		return "After that set"
	}
	return "After set " + itoa(st.Set) + " of " + itoa(st.Sets) + " · " + st.Exercise.Name
}

// schedule asks for a tick when the screen would next change, and only
// then: a paused timer or an open question costs nothing.
func (m *Model) schedule() tea.Cmd {
	s := m.sess
	s.gen++
	r := s.flow.Runner()
	if r == nil || s.flow.Need() != flow.NeedTimer {
		return nil
	}
	next := r.NextChange(m.barWidth())
	if next.IsZero() {
		return nil
	}
	d := routines.WallDuration(m.clock, next.Sub(m.clock.Now()))
	return m.after(max(d, 0), tickMsg{gen: s.gen})
}

func (m *Model) sessionTick() tea.Cmd {
	return m.afterEvents(m.sess.flow.Advance())
}

// afterEvents syncs after the runner moved on; sync plays the new
// moment's cue.
func (m *Model) afterEvents([]routines.Event) tea.Cmd {
	return m.sync()
}

func (m *Model) sessionKey(msg tea.KeyPressMsg) tea.Cmd {
	s := m.sess
	f := s.flow
	switch {
	case s.intro:
		switch {
		case key.Matches(msg, m.keys.Enter):
			s.intro = false
		case key.Matches(msg, m.keys.Quit, m.keys.Esc):
			f.Quit("left")
			return m.sync()
		}
		return nil
	case s.leaving:
		return m.leavingKey(msg)
	case f.Need() == flow.NeedAck:
		return m.ackKey(msg)
	case s.asking():
		return m.formKey(msg)
	}
	switch {
	case key.Matches(msg, m.keys.Pause):
		f.TogglePause()
		if r := f.Runner(); r != nil && r.Paused() {
			m.silence()
		}
		return m.schedule()
	case key.Matches(msg, m.keys.Skip):
		return m.afterEvents(f.Skip())
	case key.Matches(msg, m.keys.Back):
		return m.afterEvents(f.Back())
	case key.Matches(msg, m.keys.Bell):
		m.muted = !m.muted
		if m.muted {
			m.silence()
		}
	case key.Matches(msg, m.keys.Quit):
		f.Quit("quit")
		return m.sync()
	case key.Matches(msg, m.keys.Esc):
		if r := f.Runner(); r != nil {
			r.Pause()
		}
		m.silence()
		s.leaving = true
		return m.schedule()
	}
	return nil
}

// asking reports whether the session's check-in form is the screen.
func (s *session) asking() bool {
	n := s.flow.Need()
	return s.form != nil && (n == flow.NeedBaseline || n == flow.NeedCheckIn || n == flow.NeedRecheck)
}

// sessionKeys lists the keys of the session screen in view; sessionKey
// handles exactly these.
func (m *Model) sessionKeys() []key.Binding {
	k, s := m.keys, m.sess
	f := s.flow
	switch {
	case s.intro:
		return []key.Binding{withHelp(k.Enter, "enter", "begin"), withHelp(k.Quit, "q/esc", "leave the test"), k.Help}
	case s.leaving:
		return []key.Binding{withHelp(k.Enter, "enter", "leave the session"), withHelp(k.Esc, "esc", "carry on"), k.Help}
	case f.Need() == flow.NeedAck:
		d, _ := f.Shown()
		var why []key.Binding
		if d != nil {
			if t := m.guidePageTitle(d.GuidePage()); t != "" {
				why = []key.Binding{withHelp(k.Why, "r", "read why: "+t)}
			}
		}
		switch {
		case d != nil && d.Action.Stops():
			return append(append([]key.Binding{withHelp(k.Enter, "enter", "close")}, why...), withHelp(k.Quit, "q", "quit centra"), k.Help)
		case f.Ended():
			return append(append([]key.Binding{withHelp(k.Enter, "enter", "finish")}, why...), withHelp(k.Quit, "q", "quit centra"), k.Help)
		}
		return append(append([]key.Binding{withHelp(k.Enter, "enter", "go on")}, why...),
			withHelp(k.Quit, "q", "quit the session (what is done is kept)"), k.Help)
	case s.asking():
		return s.form.keys(k)
	}
	return m.playerKeys(true)
}

// playerKeys lists the keys of the player: all of them for help, or the
// few for its key line. The rest before a recheck cannot be skipped or
// gone back on.
func (m *Model) playerKeys(all bool) []key.Binding {
	k := m.keys
	ks := []key.Binding{k.Pause}
	if !m.sess.flow.Rechecking() {
		ks = append(ks, k.Skip, k.Back)
	}
	ks = append(ks, k.Quit)
	if all {
		ks = append(ks, k.Bell, withHelp(k.Esc, "esc", "leave the session (asks first)"))
	}
	return append(ks, k.Help)
}

func (m *Model) formKey(msg tea.KeyPressMsg) tea.Cmd {
	s := m.sess
	f := s.flow
	c, res := s.form.key(msg, m.keys)
	switch res {
	case formDone:
		c.At = m.clock.Now()
		var err error
		if f.Need() == flow.NeedBaseline {
			err = f.Baseline(c)
		} else {
			err = f.CheckIn(c)
		}
		if err != nil {
			s.form.Err = humanError(err)
			return nil
		}
		s.form = nil
		return m.sync()
	case formUrgent:
		c.At = m.clock.Now()
		if f.Need() == flow.NeedBaseline {
			c.Kind = routines.CheckInBaseline
		}
		if err := f.Urgent(c); err != nil {
			s.form.Err = humanError(err)
			return nil
		}
		s.form = nil
		return m.sync()
	case formQuit:
		f.Quit("quit")
		s.form = nil
		return m.sync()
	}
	return nil
}

func (m *Model) ackKey(msg tea.KeyPressMsg) tea.Cmd {
	f := m.sess.flow
	switch {
	case key.Matches(msg, m.keys.Enter):
		f.Ack()
		return m.sync()
	case key.Matches(msg, m.keys.Why):
		if d, _ := f.Shown(); d != nil {
			m.openGuidePage(d.GuidePage(), screenSession)
		}
	case key.Matches(msg, m.keys.Quit):
		if f.Ended() {
			m.quitting = true
			return m.quitIfDone()
		}
		f.Quit("quit")
		return m.sync()
	}
	return nil
}

func (m *Model) leavingKey(msg tea.KeyPressMsg) tea.Cmd {
	s := m.sess
	switch {
	case key.Matches(msg, m.keys.Enter):
		s.leaving = false
		s.flow.Quit("left")
		return m.sync()
	case key.Matches(msg, m.keys.Esc):
		s.leaving = false
		if r := s.flow.Runner(); r != nil {
			r.Resume()
		}
		return m.schedule()
	}
	return nil
}

// interruptSession keeps a running session as cut short.
func (m *Model) interruptSession() tea.Cmd {
	if m.sess == nil || m.sess.flow.Ended() {
		return nil
	}
	m.sess.flow.Quit("interrupted")
	return m.persist(m.sess.flow.Drain())
}
