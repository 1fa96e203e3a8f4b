package tui

import (
	"context"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// The history screens: the sessions list, a session's detail, the trends
// (the centralization chart, adherence and triggers) and the direction
// tests. Everything they show comes from the HistoryReader in commands that
// answer with a historyMsg; View only draws what has arrived.

// historyMsg is implemented by every message of the history screens, so
// that the root routes them all in one case.
type historyMsg interface{ historyMsg() }

// histView is the part of the history on screen.
type histView int

const (
	viewSessions histView = iota
	viewDetail
	viewTrends
	viewTests
)

// readTimeout bounds every read of the history screens.
const readTimeout = 10 * time.Second

// historyState is the history screens' state, kept while centra runs so
// that going back to the history finds it where it was left.
type historyState struct {
	keys    historyKeyMap
	view    histView
	list    sessionList
	detail  detailState
	trends  trendsState
	tests   testsState
	trigger *triggerForm
	// walks says the walks of the last 7 days (walklog.go), once read.
	walks string

	// Filter choices: a date range preset and a routine (0: all, else
	// routines[i-1]).
	rangeIdx, routineIdx int
	routines             []RoutineRef
}

// historyKeyMap holds the keys of the history screens.
type historyKeyMap struct {
	Open, Trigger              key.Binding // on the home screen
	Next, Prev                 key.Binding
	PageUp, PageDown, Top      key.Binding
	Enter, Range, Routine, Clr key.Binding
	Shorter, Longer            key.Binding
	Older, Newer               key.Binding
}

func defaultHistoryKeys() historyKeyMap {
	return historyKeyMap{
		Open:     key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "history and trends")),
		Trigger:  key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "log what made it worse")),
		Next:     key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab/shift+tab", "sessions · trends · tests")),
		Prev:     key.NewBinding(key.WithKeys("shift+tab")),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup/pgdn", "page up / down")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "space")),
		Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "newest")),
		Enter:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Range:    key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "dates")),
		Routine:  key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "routine")),
		Clr:      key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "clear filters")),
		Shorter:  key.NewBinding(key.WithKeys("left"), key.WithHelp("←/→", "7 · 30 · 90 days")),
		Longer:   key.NewBinding(key.WithKeys("right")),
		Older:    key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("←/→", "newer / older session")),
		Newer:    key.NewBinding(key.WithKeys("left", "h")),
	}
}

// openHistory shows the sessions list from the newest session, reading
// it afresh (a session may have been done since the last look). The
// trends and the tests are read when first shown.
func (m *Model) openHistory() tea.Cmd {
	h := m.history()
	m.screen, m.help = screenHistory, false
	if h.view == viewDetail {
		h.view = viewSessions
	}
	if m.deps.History == nil {
		return nil
	}
	h.tests.started, h.trends.started = false, false
	return tea.Batch(m.reloadList(), m.loadRoutines(), m.enterView(), m.loadWeekWalks())
}

// history returns the history screens' state.
func (m *Model) history() *historyState { return m.hist }

// newHistoryState is the history screens before they are first opened.
// It is made with the model, so that View, which reads it, never has to.
func newHistoryState() *historyState {
	return &historyState{keys: defaultHistoryKeys(), trends: trendsState{period: 30}}
}

// historyKey handles a key on the history screens.
func (m *Model) historyKey(msg tea.KeyPressMsg) tea.Cmd {
	h := m.history()
	if key.Matches(msg, m.keys.Quit) {
		m.quitting = true
		return m.quitIfDone()
	}
	if h.view == viewDetail {
		return m.detailKey(msg)
	}
	switch {
	case key.Matches(msg, m.keys.Esc):
		m.screen = screenHome
		return nil
	case key.Matches(msg, h.keys.Next):
		h.view = []histView{viewSessions: viewTrends, viewTrends: viewTests, viewTests: viewSessions}[h.view]
		return m.enterView()
	case key.Matches(msg, h.keys.Prev):
		h.view = []histView{viewSessions: viewTests, viewTrends: viewSessions, viewTests: viewTrends}[h.view]
		return m.enterView()
	}
	switch h.view {
	case viewSessions:
		return m.listKey(msg)
	case viewTrends:
		return m.trendsKey(msg)
	}
	return nil
}

// enterView loads what a view needs the first time it is shown.
func (m *Model) enterView() tea.Cmd {
	h := m.history()
	switch {
	case h.view == viewTests && !h.tests.started:
		return m.loadTests()
	case h.view == viewTrends && !h.trends.started:
		return m.loadTrends()
	}
	return nil
}

// historyUpdate takes the answer of a history command.
func (m *Model) historyUpdate(msg historyMsg) tea.Cmd {
	h := m.history()
	switch msg := msg.(type) {
	case pageMsg:
		return m.listPage(msg)
	case countMsg:
		if msg.gen == h.list.gen {
			h.list.total, h.list.totalKnown = msg.n, msg.err == nil
		}
	case routinesMsg:
		if msg.err == nil {
			h.routines = msg.routines
		}
	case detailMsg:
		if msg.id == h.detail.id {
			h.detail.d, h.detail.err, h.detail.loaded = msg.d, msg.err, true
		}
	case trendsMsg:
		if msg.gen == h.trends.gen {
			h.trends.data, h.trends.err, h.trends.loaded = msg.data, msg.err, true
		}
	case testsMsg:
		h.tests.records, h.tests.err, h.tests.loaded = msg.records, msg.err, true
	case triggerSavedMsg:
		return m.triggerSaved(msg)
	case weekWalksMsg:
		h.walks = msg.line
	}
	return nil
}

// historyView draws the history screen in view.
func (m *Model) historyView() string {
	h := m.history()
	if m.deps.History == nil {
		return m.styles.Title.Render("History") + "\n\n" +
			m.styles.Muted.Render("The history is not available here.") + "\n\n" + m.shortHelp(m.keys.Esc)
	}
	switch h.view {
	case viewDetail:
		return m.detailView()
	case viewTrends:
		return m.trendsView()
	case viewTests:
		return m.testsView()
	}
	return m.listView()
}

// historyKeys lists the keys that work on the history screen in view.
func (m *Model) historyKeys() []key.Binding {
	h, k := m.history(), m.keys
	if m.screen == screenTrigger {
		return m.triggerKeys()
	}
	if m.deps.History == nil {
		return []key.Binding{withHelp(k.Esc, "esc", "back home"), k.Quit, k.Help}
	}
	switch h.view {
	case viewDetail:
		return []key.Binding{withHelp(k.Up, "↑/↓", "scroll"), h.keys.PageUp, h.keys.Older, withHelp(k.Esc, "esc", "back to the list"), k.Quit, k.Help}
	case viewTrends:
		return []key.Binding{h.keys.Shorter, h.keys.Next, withHelp(k.Esc, "esc", "back home"), k.Quit, k.Help}
	case viewTests:
		return []key.Binding{h.keys.Next, withHelp(k.Esc, "esc", "back home"), k.Quit, k.Help}
	}
	return []key.Binding{withHelp(k.Up, "↑/↓", "move"), h.keys.PageUp, h.keys.Top, h.keys.Enter, h.keys.Range,
		h.keys.Routine, h.keys.Clr, h.keys.Next, withHelp(k.Esc, "esc", "back home"), k.Quit, k.Help}
}

// tabs draws the line that names the history's views, the current one
// marked in words and brackets as well as in colour.
func (m *Model) tabs() string {
	s, h := m.styles, m.history()
	names := []struct {
		v    histView
		name string
	}{{viewSessions, "Sessions"}, {viewTrends, "Trends"}, {viewTests, "Direction tests"}}
	out := s.Title.Render("History") + "  "
	for i, n := range names {
		if i > 0 {
			out += s.Muted.Render(" · ")
		}
		cur := h.view == n.v || (h.view == viewDetail && n.v == viewSessions)
		if cur {
			out += s.Selected.Render("[" + n.name + "]")
		} else {
			out += s.Muted.Render(n.name)
		}
	}
	return out
}

// readCtx is the context of one read.
func readCtx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), readTimeout)
}
