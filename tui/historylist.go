package tui

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// The sessions list holds a window of at most maxPages pages of pageSize
// sessions around the cursor, loaded by keyset as the person scrolls and
// dropped at the far end, so that ten years of sessions never sit in
// memory at once. anchors[p] is the BeforeID that loads page p, which lets
// a dropped page be loaded again when scrolling back.
const (
	pageSize = 50
	maxPages = 6
	// prefetch is how close to the end of the window the cursor may come
	// before the next page is asked for.
	prefetch = 15
)

// sessionList is the state of the sessions list.
type sessionList struct {
	started bool
	// gen stamps loads; a change of filter bumps it, dropping late pages.
	gen     int
	query   SessionQuery
	rows    []SessionRow
	first   int     // page of rows[0]
	anchors []int64 // anchors[p]: the BeforeID of page p
	end     bool    // the last page of the window is the last there is
	loading int     // page being loaded, -1 for none
	loaded  bool    // the first page has arrived
	err     error
	cursor  int // absolute index of the selected session
	top     int // absolute index of the first row shown

	total      int
	totalKnown bool
}

// pageMsg brings one page of sessions.
type pageMsg struct {
	gen, page int
	rows      []SessionRow
	err       error
}

// countMsg brings the number of sessions the filter selects.
type countMsg struct {
	gen, n int
	err    error
}

// routinesMsg brings the routines found in the history.
type routinesMsg struct {
	routines []RoutineRef
	err      error
}

func (pageMsg) historyMsg()     {}
func (countMsg) historyMsg()    {}
func (routinesMsg) historyMsg() {}

// start is the absolute index of the window's first row, and end one past
// its last.
func (l *sessionList) start() int { return l.first * pageSize }
func (l *sessionList) stop() int  { return l.start() + len(l.rows) }

// row returns the session at absolute index i, if it is in the window.
func (l *sessionList) row(i int) (SessionRow, bool) {
	if i < l.start() || i >= l.stop() {
		return SessionRow{}, false
	}
	return l.rows[i-l.start()], true
}

// reloadList starts the list again from the newest session with the
// current filter.
func (m *Model) reloadList() tea.Cmd {
	h := m.history()
	l := &h.list
	q := m.currentQuery()
	*l = sessionList{started: true, gen: l.gen + 1, query: q, anchors: []int64{0}, loading: -1}
	return tea.Batch(m.loadPage(0), m.countSessions())
}

// loadPage asks for page p of the list (its anchor must be known).
func (m *Model) loadPage(p int) tea.Cmd {
	l, r := &m.history().list, m.deps.History
	if r == nil || l.loading >= 0 || p >= len(l.anchors) {
		return nil
	}
	l.loading = p
	q, gen := l.query, l.gen
	q.Limit, q.BeforeID = pageSize, l.anchors[p]
	return func() tea.Msg {
		ctx, cancel := readCtx()
		defer cancel()
		rows, err := r.Sessions(ctx, q)
		return pageMsg{gen: gen, page: p, rows: rows, err: err}
	}
}

func (m *Model) countSessions() tea.Cmd {
	l, r := &m.history().list, m.deps.History
	q, gen := l.query, l.gen
	return func() tea.Msg {
		ctx, cancel := readCtx()
		defer cancel()
		n, err := r.CountSessions(ctx, q)
		return countMsg{gen: gen, n: n, err: err}
	}
}

func (m *Model) loadRoutines() tea.Cmd {
	r := m.deps.History
	return func() tea.Msg {
		ctx, cancel := readCtx()
		defer cancel()
		rs, err := r.Routines(ctx)
		return routinesMsg{routines: rs, err: err}
	}
}

// listPage takes a page into the window and drops the page at the other
// end when the window is full.
func (m *Model) listPage(msg pageMsg) tea.Cmd {
	l := &m.history().list
	if msg.gen != l.gen || msg.page != l.loading {
		return nil // a page of an older filter
	}
	l.loading = -1
	if msg.err != nil {
		l.err = msg.err
		return nil
	}
	l.err = nil
	pages := (len(l.rows) + pageSize - 1) / pageSize
	switch {
	case !l.loaded || msg.page == l.first+pages: // the first page, or the next one
		if !l.loaded {
			l.first, l.rows, l.loaded = msg.page, nil, true
		}
		l.rows = append(l.rows, msg.rows...)
		l.end = len(msg.rows) < pageSize
		if !l.end && msg.page+1 == len(l.anchors) {
			l.anchors = append(l.anchors, msg.rows[len(msg.rows)-1].ID)
		}
		if len(l.rows) > maxPages*pageSize {
			l.rows = l.rows[pageSize:]
			l.first++
		}
	case msg.page == l.first-1: // the page before the window
		l.rows = append(append([]SessionRow{}, msg.rows...), l.rows...)
		l.first--
		if len(l.rows) > maxPages*pageSize {
			l.rows = l.rows[:maxPages*pageSize]
			l.end = false
		}
	}
	l.cursor = min(max(l.cursor, l.start()), max(l.stop()-1, 0))
	return m.prefetchList()
}

// prefetchList asks for the page the cursor is heading to, if any.
func (m *Model) prefetchList() tea.Cmd {
	l := &m.history().list
	switch {
	case !l.loaded || l.loading >= 0:
		return nil
	case !l.end && l.cursor >= l.stop()-prefetch:
		return m.loadPage(l.first + (len(l.rows)+pageSize-1)/pageSize)
	case l.first > 0 && l.cursor < l.start()+prefetch:
		return m.loadPage(l.first - 1)
	}
	return nil
}

// listRows is how many sessions fit on screen.
func (m *Model) listRows() int {
	if columnsFor(m.width - 2).narrow {
		return max(m.height-10, 3) // the legend and the keys take two lines each
	}
	return max(m.height-8, 3)
}

func (m *Model) listKey(msg tea.KeyPressMsg) tea.Cmd {
	h := m.history()
	l := &h.list
	k := h.keys
	move := func(n int) {
		if len(l.rows) == 0 {
			return
		}
		l.cursor = min(max(l.cursor+n, l.start()), l.stop()-1)
	}
	switch {
	case key.Matches(msg, m.keys.Down):
		move(1)
	case key.Matches(msg, m.keys.Up):
		move(-1)
	case key.Matches(msg, k.PageDown):
		move(m.listRows())
	case key.Matches(msg, k.PageUp):
		move(-m.listRows())
	case key.Matches(msg, k.Top):
		if l.first == 0 {
			l.cursor = 0
		} else {
			return m.reloadList()
		}
	case key.Matches(msg, k.Enter):
		if r, ok := l.row(l.cursor); ok {
			return m.openDetail(r.ID)
		}
	case key.Matches(msg, k.Range):
		h.rangeIdx = (h.rangeIdx + 1) % len(datePresets)
		return m.reloadList()
	case key.Matches(msg, k.Routine):
		h.routineIdx = (h.routineIdx + 1) % (len(h.routines) + 1)
		return m.reloadList()
	case key.Matches(msg, k.Clr):
		h.rangeIdx, h.routineIdx = 0, 0
		return m.reloadList()
	}
	l.top = visibleTop(l.top, l.cursor, m.listRows(), l.start())
	return m.prefetchList()
}

// datePresets are the date ranges f cycles through: days back from today,
// 0 for all dates.
var datePresets = []struct {
	days int
	name string
}{{0, "all dates"}, {1, "today"}, {7, "last 7 days"}, {30, "last 30 days"}, {90, "last 90 days"}, {365, "last 365 days"}}

// currentQuery is the filter the list's choices make.
func (m *Model) currentQuery() SessionQuery {
	h := m.history()
	var q SessionQuery
	if d := datePresets[h.rangeIdx].days; d > 0 {
		q.Since = startOfDay(m.clock.Now()).AddDate(0, 0, 1-d)
	}
	if h.routineIdx > 0 && h.routineIdx <= len(h.routines) {
		q.RoutineID = h.routines[h.routineIdx-1].ID
	}
	return q
}

// filterName says the list's filter in words.
func (m *Model) filterName() string {
	h := m.history()
	s := datePresets[h.rangeIdx].name + " · "
	if h.routineIdx > 0 && h.routineIdx <= len(h.routines) {
		return s + h.routines[h.routineIdx-1].Name
	}
	return s + "all routines"
}

// startOfDay is local midnight of t's day.
func startOfDay(t time.Time) time.Time {
	y, mo, d := t.Date()
	return time.Date(y, mo, d, 0, 0, 0, 0, t.Location())
}
