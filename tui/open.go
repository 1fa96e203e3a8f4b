package tui

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/tui/theme"
)

// Loaded is what opening the history gives the interface.
type Loaded struct {
	Store    Store
	History  HistoryReader
	Triggers TriggerLog
	Function FunctionLog
	Walks    app.WalkLog
	Plan     *coach.Plan
	// Answers are the first-run answers; nil before the first run.
	Answers     *coach.Answers
	LastCheckIn *routines.CheckIn
	Notices     []string
	// Recovery are recovery files of results an earlier run could not
	// save; the home screen offers to save them.
	Recovery []string
}

// loadedMsg carries the opened history, or why it could not be opened.
type loadedMsg struct {
	l   Loaded
	err error
}

// openTimeout bounds opening the history: a health check of years of
// history takes a fraction of a second; a locked or stuck disk should not
// leave the person in front of a blank screen.
const openTimeout = 30 * time.Second

// openStore opens the history with open in a command, so that the first
// frame does not wait for it.
func openStore(open func(ctx context.Context) (Loaded, error)) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), openTimeout)
		defer cancel()
		l, err := open(ctx)
		return loadedMsg{l: l, err: err}
	}
}

// apply takes in what the history holds: the store, the plan (or the first
// run when there is none yet), the last check-in and what to tell the
// person.
func (m *Model) apply(l Loaded) {
	m.deps.Store, m.deps.History, m.deps.Triggers, m.deps.Function, m.deps.Walks = l.Store, l.History, l.Triggers, l.Function, l.Walks
	m.deps.Plan, m.deps.Answers, m.deps.LastCheckIn, m.deps.Notices = l.Plan, l.Answers, l.LastCheckIn, l.Notices
	m.journal.q.SetStore(l.Store)
	if l.LastCheckIn != nil {
		c := *l.LastCheckIn
		m.last = &c
	}
	if l.Answers != nil {
		m.answers = *l.Answers
	}
	m.home.notices = l.Notices
	m.home.offerRecovery(l.Recovery)
	if l.Plan == nil {
		m.open(screenFirstRun, newFirstRun(m.env))
		m.home.focusSuggested()
		return
	}
	m.plan = *l.Plan
	m.home.focusSuggested()
	m.resumeFirstRun()
}

// resumeFirstRun opens the rest of a first run a red flag stopped, once
// a clinician has cleared the hold (R25, CLINICAL.md section 7): the
// questions not answered yet come before any exercise. It reports whether
// it did.
func (e *env) resumeFirstRun() bool {
	if e.plan.Held() || !e.answers.Unfinished() {
		return false
	}
	e.nav.open(screenFirstRun, resumedFirstRun(e))
	return true
}

// loaded handles the opened history: on success the screens come to life
// and a routine named on the command line starts; on failure centra quits
// and the command line says why.
func (m *Model) loaded(msg loadedMsg) tea.Cmd {
	m.loading = false
	if msg.err != nil {
		m.loadErr = msg.err
		return tea.Quit
	}
	m.apply(msg.l)
	if m.quitting {
		return m.quitIfDone()
	}
	return tea.Batch(m.home.loadGlance(), m.autostart())
}

// autostart starts the routine or test named on the command line.
func (m *Model) autostart() tea.Cmd {
	id := m.deps.StartRoutine
	if id == "" || m.screen == screenFirstRun || m.plan.Held() {
		return nil
	}
	m.exitAfter = true
	if id == "test" {
		return m.startTest()
	}
	if id == "function" {
		return m.home.openFunction()
	}
	if r := m.home.routine(id); r != nil {
		return m.startSession(r)
	}
	m.exitAfter = false
	return nil
}

// LoadErr is why the history could not be opened, if it could not.
func (m *Model) LoadErr() error { return m.loadErr }

func loadingView(s *theme.Styles) string {
	return s.Title.Render("centra") + s.Muted.Render("  ·  your sciatica exercise coach") + "\n\n" +
		s.Muted.Render("Opening your history…")
}
