package tui

import (
	"context"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
)

// The history screens: the sessions list, a session's detail, the trends
// (the centralization chart, adherence and triggers) and the direction
// tests. Everything they show comes from the HistoryReader in commands that
// answer with a historyMsg; View only draws what has arrived.

// historyMsg is implemented by every message of the history screens, so
// that the root routes them all to the history, wherever it is.
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

// area is a component's size, shared with the parts it draws.
type area struct{ width, height int }

// history is the history screens, a component kept while centra runs so
// that going back to the history finds it where it was left. Each of its
// views is a type of its own; history switches between them.
type history struct {
	*env
	*area
	keys   historyKeyMap
	view   histView
	list   *sessionList
	detail *sessionDetail
	trends *trendsView
	tests  *testsView
	// walks says the walks of the last 7 days (loadWeekWalks), once read.
	walks string
}

// historyKeyMap holds the keys of the history screens.
type historyKeyMap struct {
	Up, Down, Esc              key.Binding
	Next, Prev                 key.Binding
	PageUp, PageDown, Top      key.Binding
	Enter, Range, Routine, Clr key.Binding
	Shorter, Longer            key.Binding
	Older, Newer               key.Binding
}

func defaultHistoryKeys() historyKeyMap {
	return historyKeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", "move")),
		Down:     key.NewBinding(key.WithKeys("down", "j")),
		Esc:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back home")),
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

// newHistory is the history screens before they are first opened. It is
// made with the model, so that View, which reads it, never has to.
func newHistory(e *env) *history {
	h := &history{env: e, area: &area{}, keys: defaultHistoryKeys()}
	h.list = &sessionList{env: e, area: h.area, keys: &h.keys, window: window{loading: -1}}
	h.detail = &sessionDetail{env: e, area: h.area, keys: &h.keys, list: h.list}
	h.trends = &trendsView{env: e, area: h.area, keys: &h.keys, period: 30}
	h.tests = &testsView{env: e, area: h.area}
	return h
}

// reopen is the history opened again: back to the view left (the
// sessions list when that was a session's detail), from the newest
// session, everything read afresh (a session may have been done since the
// last look): the trends and the tests when they are next shown.
func (h *history) reopen() tea.Cmd {
	if h.view == viewDetail {
		h.view = viewSessions
	}
	if h.deps.History == nil {
		return nil
	}
	h.tests.started, h.trends.started = false, false
	return tea.Batch(h.list.reload(), h.loadRoutines(), h.enterView(), h.loadWeekWalks())
}

// SetSize implements component.
func (h *history) SetSize(width, height int) { h.width, h.height = width, height }

// Update implements component: its keys, and the answers of its reads,
// which the root routes here even while the history is not on view.
func (h *history) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return h.key(msg)
	case pageMsg:
		return h.list.page(msg)
	case countMsg:
		h.list.counted(msg)
	case routinesMsg:
		if msg.err == nil {
			h.list.filter.Routines = msg.routines
		}
	case detailMsg:
		h.detail.loaded(msg)
	case trendsMsg:
		h.trends.loaded(msg)
	case testsMsg:
		h.tests.loaded(msg)
	case weekWalksMsg:
		h.walks = msg.line
	}
	return nil
}

// key handles a key on the history screens.
func (h *history) key(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, h.env.keys.Quit):
		return h.nav.quit()
	case h.deps.History == nil:
		// Nothing to read: esc goes home, and no other key reads.
		if key.Matches(msg, h.keys.Esc) {
			return h.nav.goHome()
		}
		return nil
	}
	if h.view == viewDetail {
		if key.Matches(msg, h.keys.Esc) {
			h.view = viewSessions
			return nil
		}
		return h.detail.key(msg)
	}
	switch {
	case key.Matches(msg, h.keys.Esc):
		return h.nav.goHome()
	case key.Matches(msg, h.keys.Next):
		h.view = []histView{viewSessions: viewTrends, viewTrends: viewTests, viewTests: viewSessions}[h.view]
		return h.enterView()
	case key.Matches(msg, h.keys.Prev):
		h.view = []histView{viewSessions: viewTests, viewTrends: viewSessions, viewTests: viewTrends}[h.view]
		return h.enterView()
	}
	switch h.view {
	case viewSessions:
		id, cmd := h.list.key(msg)
		if id != 0 {
			h.view = viewDetail
			return h.detail.open(id)
		}
		return cmd
	case viewTrends:
		return h.trends.key(msg)
	}
	return nil
}

// enterView loads what a view needs the first time it is shown.
func (h *history) enterView() tea.Cmd {
	switch {
	case h.view == viewTests && !h.tests.started:
		return h.tests.load()
	case h.view == viewTrends && !h.trends.started:
		return h.trends.load()
	}
	return nil
}

// View implements component: the view on screen.
func (h *history) View() string {
	if h.deps.History == nil {
		return h.styles.Title.Render("History") + "\n\n" +
			h.styles.Muted.Render("The history is not available here.") + "\n\n" + h.shortHelp(withHelp(h.keys.Esc, "esc", "back out"))
	}
	var body string
	switch h.view {
	case viewDetail:
		body = h.detail.view()
	case viewTrends:
		body = h.trends.view()
	case viewTests:
		body = h.tests.view()
	default:
		body = h.list.view(h.walks)
	}
	return h.tabs() + body + h.shortHelp(h.ShortHelp()...)
}

// ShortHelp implements help.KeyMap: the key line of the view on screen.
func (h *history) ShortHelp() []key.Binding {
	k, help := h.keys, h.env.keys.Help
	if h.deps.History == nil {
		return []key.Binding{k.Esc}
	}
	switch h.view {
	case viewDetail:
		return []key.Binding{withHelp(k.Up, "↑/↓", "scroll"), k.Older, withHelp(k.Esc, "esc", "back to the list"), help}
	case viewTrends:
		return []key.Binding{k.Shorter, withHelp(k.Next, "tab", "tests"), withHelp(k.Esc, "esc", "back"), help}
	case viewTests:
		return []key.Binding{withHelp(k.Next, "tab", "sessions"), withHelp(k.Esc, "esc", "back"), help}
	}
	return []key.Binding{k.Up, k.Enter, k.Range, k.Routine, withHelp(k.Next, "tab", "trends"), withHelp(k.Esc, "esc", "back"), help}
}

// FullHelp implements help.KeyMap: every key of the view on screen.
func (h *history) FullHelp() [][]key.Binding {
	k, quit, help := h.keys, h.env.keys.Quit, h.env.keys.Help
	if h.deps.History == nil {
		return [][]key.Binding{{k.Esc, quit, help}}
	}
	switch h.view {
	case viewDetail:
		return [][]key.Binding{{withHelp(k.Up, "↑/↓", "scroll"), k.PageUp, k.Older, withHelp(k.Esc, "esc", "back to the list"), quit, help}}
	case viewTrends:
		return [][]key.Binding{{k.Shorter, k.Next, k.Esc, quit, help}}
	case viewTests:
		return [][]key.Binding{{k.Next, k.Esc, quit, help}}
	}
	return [][]key.Binding{{k.Up, k.PageUp, k.Top, k.Enter, k.Range, k.Routine, k.Clr, k.Next, k.Esc, quit, help}}
}

// tabs draws the line that names the history's views, the current one
// marked in words and brackets as well as in colour.
func (h *history) tabs() string {
	s := h.styles
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
	return out + "\n"
}

// weekWalksMsg carries the line on the last 7 days of walks.
type weekWalksMsg struct{ line string }

func (weekWalksMsg) historyMsg() {}

// loadWeekWalks reads the walks of the last 7 days, logged with the walk
// log (walklog.go), for the line under the sessions.
func (h *history) loadWeekWalks() tea.Cmd {
	log, now := h.deps.Walks, h.clock.Now()
	if log == nil {
		return nil
	}
	return func() tea.Msg {
		ctx, cancel := readCtx()
		defer cancel()
		ws, err := log.Walks(ctx, app.StartOfDay(now).AddDate(0, 0, -6), now.Add(time.Minute))
		if err != nil {
			return weekWalksMsg{line: "The walks could not be read: " + humanError(err)}
		}
		return weekWalksMsg{line: app.WeekWalksLine(ws)}
	}
}

// readCtx is the context of one read.
func readCtx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), readTimeout)
}
