package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/flow"
)

// session is a guided session (or the direction test) on screen, a
// component: the flow, which owns the timers and the coach, and what the
// screen shows of it, in turn: the direction test's intro, the check-in
// form (checkin.go), the player (player.go), the coach's decision
// (decision.go) and a confirmation to leave. When the flow ends it opens
// the summary (summary.go).
type session struct {
	*env
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
	// cues plays the cues of the session (cues.go).
	cues cuer
	// exitAfter closes centra when the session ends (centra start).
	exitAfter bool
	player    player
	keys      sessionKeys
}

// tickMsg wakes the session when the screen would next change.
type tickMsg struct{ gen int }

// startSession opens a session of the routine.
func (e *env) startSession(r *routines.Routine) tea.Cmd {
	opts := app.FlowOptions(e.runnerOptions(), e.deps.RecheckRest)
	return openSession(e, flow.NewRoutine(e.deps.Catalog, r, e.plan, e.clock, opts), app.BaselineTitle)
}

// startTest opens the direction test.
func (e *env) startTest() tea.Cmd {
	opts := app.FlowOptions(e.runnerOptions(), e.deps.RecheckRest)
	return openSession(e, flow.NewTest(e.deps.Catalog, e.plan, e.clock, opts), app.TestBaselineTitle)
}

// openSession opens the session screen on a new flow, its baseline
// pre-filled from the last check-in, or with the leg set in the settings
// the very first time. The root keeps the session while it runs (see
// open), also while a Guide page is read over it.
func openSession(e *env, f *flow.Flow, title string) tea.Cmd {
	prev := routines.CheckIn{Leg: e.defaultLeg()}
	if e.last != nil {
		prev = *e.last
	}
	s := &session{env: e, flow: f, answered: flow.NeedBaseline, intro: f.Kind() == flow.KindTest,
		form: newCheckInForm(routines.CheckInBaseline, prev, title), exitAfter: e.exitAfter, keys: newSessionKeys(e.keys),
		player: player{env: e, flow: f}, cues: cuer{env: e}}
	e.nav.open(screenSession, s)
	return s.sync()
}

// SetSize implements component.
func (s *session) SetSize(width, height int) {
	s.player.width, s.player.height = width, height
}

// Update implements component.
func (s *session) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return s.key(msg)
	case tickMsg:
		if msg.gen != s.gen {
			return nil // a stale tick from before a pause, skip or swap
		}
		s.flow.Advance()
		return s.sync()
	}
	return nil
}

// sync saves what the flow produced and brings the screen in line with
// what the flow needs now; it plays the new moment's cue.
func (s *session) sync() tea.Cmd {
	f := s.flow
	cmds := []tea.Cmd{s.save(f.Drain())}
	if c := f.Last(); c.Kind != "" {
		s.last = &c // the next session's baseline starts from here
	}
	switch f.Need() {
	case flow.NeedCheckIn, flow.NeedRecheck:
		if s.form == nil || s.answered != f.Need() {
			s.form = newCheckInFormOf(app.NewCheckInFormFor(f, s.checkInTitle()))
			s.answered = f.Need()
		}
	case flow.NeedNothing:
		if f.Ended() {
			s.nav.open(screenSummary, newSummary(s.env, f, s.exitAfter))
		}
	}
	cmds = append(cmds, s.cues.play(f), s.schedule())
	return tea.Batch(cmds...)
}

// save queues the flow's records on the journal, the one save path, in
// order, and keeps the plan the session changed.
func (s *session) save(recs []flow.Record) tea.Cmd {
	for _, r := range recs {
		if p, ok := r.(flow.Plan); ok {
			s.plan = p.Plan
		}
		s.journal.q.Add(r)
	}
	return s.journal.next()
}

func (s *session) checkInTitle() string {
	f := s.flow
	if f.Need() == flow.NeedRecheck {
		return app.RecheckTitle
	}
	st := f.Runner().Status()
	if st.Exercise == nil {
		return "After that set"
	}
	return "After set " + itoa(st.Set) + " of " + itoa(st.Sets) + " · " + st.Exercise.Name
}

// schedule asks for a tick when the screen would next change, and only
// then: a paused timer or an open question costs nothing.
func (s *session) schedule() tea.Cmd {
	s.gen++
	r := s.flow.Runner()
	if r == nil || s.flow.Need() != flow.NeedTimer {
		return nil
	}
	next := r.NextChange(s.player.barWidth())
	if next.IsZero() {
		return nil
	}
	d := routines.WallDuration(s.clock, next.Sub(s.clock.Now()))
	return s.after(max(d, 0), tickMsg{gen: s.gen})
}

func (s *session) key(msg tea.KeyPressMsg) tea.Cmd {
	f := s.flow
	switch {
	case s.intro:
		return s.introKey(msg)
	case s.leaving:
		return s.leavingKey(msg)
	case f.Need() == flow.NeedAck:
		return s.ackKey(msg)
	case s.asking():
		return s.formKey(msg)
	}
	return s.playerKey(msg)
}

func (s *session) playerKey(msg tea.KeyPressMsg) tea.Cmd {
	f, k := s.flow, s.keys
	switch {
	case key.Matches(msg, k.Pause):
		f.TogglePause()
		if r := f.Runner(); r != nil && r.Paused() {
			s.cues.silence()
		}
		return s.schedule()
	case key.Matches(msg, k.Skip):
		f.Skip()
		return s.sync()
	case key.Matches(msg, k.Back):
		f.Back()
		return s.sync()
	case key.Matches(msg, k.Bell):
		s.muted = !s.muted
		if s.muted {
			s.cues.silence()
		}
	case key.Matches(msg, k.Quit):
		f.Quit("quit")
		return s.sync()
	case key.Matches(msg, k.Esc):
		if r := f.Runner(); r != nil {
			r.Pause()
		}
		s.cues.silence()
		s.leaving = true
		return s.schedule()
	}
	return nil
}

func (s *session) introKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, s.keys.Enter):
		s.intro = false
	case key.Matches(msg, s.keys.Quit, s.keys.Esc):
		s.flow.Quit("left")
		return s.sync()
	}
	return nil
}

// asking reports whether the session's check-in form is the screen.
func (s *session) asking() bool {
	n := s.flow.Need()
	return s.form != nil && (n == flow.NeedBaseline || n == flow.NeedCheckIn || n == flow.NeedRecheck)
}

// formKey passes a key to the check-in form and gives the flow its
// answers once the form is done.
func (s *session) formKey(msg tea.KeyPressMsg) tea.Cmd {
	f := s.flow
	c, res := s.form.key(msg)
	var err error
	switch res {
	case formOpen:
		return nil
	case formDone:
		c.At = s.clock.Now()
		if f.Need() == flow.NeedBaseline {
			err = f.Baseline(c)
		} else {
			err = f.CheckIn(c)
		}
	case formUrgent:
		c.At = s.clock.Now()
		if f.Need() == flow.NeedBaseline {
			c.Kind = routines.CheckInBaseline
		}
		err = f.Urgent(c)
	case formQuit:
		f.Quit("quit")
	}
	if err != nil {
		s.form.Err = humanError(err)
		return nil
	}
	s.form = nil
	return s.sync()
}

func (s *session) ackKey(msg tea.KeyPressMsg) tea.Cmd {
	f := s.flow
	switch {
	case key.Matches(msg, s.keys.Enter):
		f.Ack()
		return s.sync()
	case key.Matches(msg, s.keys.Why):
		if d, _ := f.Shown(); d != nil {
			s.nav.showGuidePage(d.GuidePage())
		}
	case key.Matches(msg, s.keys.Quit):
		if f.Ended() {
			return s.nav.quit()
		}
		f.Quit("quit")
		return s.sync()
	}
	return nil
}

func (s *session) leavingKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, s.keys.Enter):
		s.leaving = false
		s.flow.Quit("left")
		return s.sync()
	case key.Matches(msg, s.keys.Esc):
		s.leaving = false
		if r := s.flow.Runner(); r != nil {
			r.Resume()
		}
		return s.schedule()
	}
	return nil
}

// interrupt keeps a running session as cut short (ctrl+c, a signal); it
// does nothing when there is no session (s is nil) or it has ended.
func (s *session) interrupt() tea.Cmd {
	if s == nil || s.flow.Ended() {
		return nil
	}
	s.flow.Quit("interrupted")
	return s.save(s.flow.Drain())
}

// timing reports whether the session's timer is running now.
func (s *session) timing() bool {
	r := s.flow.Runner()
	return !s.flow.Ended() && r != nil && !r.Paused() && r.Phase().Kind.Timed()
}
