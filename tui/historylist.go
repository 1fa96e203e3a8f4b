package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
)

// The sessions list holds a window of at most maxPages pages of pageSize
// sessions around the cursor, loaded by keyset as the person scrolls and
// dropped at the far end, so that ten years of sessions never sit in
// memory at once. The pages (app.Pages, shared with the line mode) know
// where each page seen starts, which lets a dropped page be loaded again
// when scrolling back.
const (
	pageSize = 50
	maxPages = 6
	// prefetch is how close to the end of the window the cursor may come
	// before the next page is asked for.
	prefetch = 15
)

// sessionList is the sessions list of the history: its filter, and the
// window of sessions loaded around its cursor.
type sessionList struct {
	*env
	*area
	keys   *historyKeyMap
	filter app.SessionFilter
	window
}

// window is the sessions loaded for one filter, around the cursor.
type window struct {
	// gen stamps loads; a change of filter bumps it, dropping late pages.
	gen     int
	query   SessionQuery
	rows    []SessionRow
	first   int // page of rows[0]
	pages   app.Pages
	end     bool // the last page of the window is the last there is
	loading int  // page being loaded, -1 for none
	loaded  bool // the first page has arrived
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

// reload starts the list again from the newest session with the current
// filter.
func (l *sessionList) reload() tea.Cmd {
	l.window = window{gen: l.gen + 1, query: l.filter.Query(l.clock.Now()), pages: app.NewPages(pageSize), loading: -1}
	return tea.Batch(l.loadPage(0), l.count())
}

// loadPage asks for page p of the list (its anchor must be known).
func (l *sessionList) loadPage(p int) tea.Cmd {
	r := l.deps.History
	q, known := l.pages.Query(l.query, p)
	if r == nil || l.loading >= 0 || !known {
		return nil
	}
	l.loading = p
	gen := l.gen
	return func() tea.Msg {
		ctx, cancel := readCtx()
		defer cancel()
		rows, err := r.Sessions(ctx, q)
		return pageMsg{gen: gen, page: p, rows: rows, err: err}
	}
}

func (l *sessionList) count() tea.Cmd {
	r, q, gen := l.deps.History, l.query, l.gen
	return func() tea.Msg {
		ctx, cancel := readCtx()
		defer cancel()
		n, err := r.CountSessions(ctx, q)
		return countMsg{gen: gen, n: n, err: err}
	}
}

func (l *sessionList) counted(msg countMsg) {
	if msg.gen == l.gen {
		l.total, l.totalKnown = msg.n, msg.err == nil
	}
}

func (h *history) loadRoutines() tea.Cmd {
	r := h.deps.History
	return func() tea.Msg {
		ctx, cancel := readCtx()
		defer cancel()
		rs, err := r.Routines(ctx)
		return routinesMsg{routines: rs, err: err}
	}
}

// page takes a page into the window and drops the page at the other end
// when the window is full.
func (l *sessionList) page(msg pageMsg) tea.Cmd {
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
		l.end = l.pages.Learn(msg.page, msg.rows)
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
	return l.prefetch()
}

// prefetch asks for the page the cursor is heading to, if any.
func (l *sessionList) prefetch() tea.Cmd {
	switch {
	case !l.loaded || l.loading >= 0:
		return nil
	case !l.end && l.cursor >= l.stop()-prefetch:
		return l.loadPage(l.first + (len(l.rows)+pageSize-1)/pageSize)
	case l.first > 0 && l.cursor < l.start()+prefetch:
		return l.loadPage(l.first - 1)
	}
	return nil
}

// shown is how many sessions fit on screen.
func (l *sessionList) shown() int {
	if columnsFor(l.width - 2).narrow {
		return max(l.height-10, 3) // the legend and the keys take two lines each
	}
	return max(l.height-8, 3)
}

// step moves the cursor by n sessions within the window and brings it on
// screen.
func (l *sessionList) step(n int) {
	if len(l.rows) > 0 {
		l.cursor = min(max(l.cursor+n, l.start()), l.stop()-1)
	}
	l.top = visibleTop(l.top, l.cursor, l.shown(), l.start())
}

// key handles a key on the list; open is the session enter opens, if any.
func (l *sessionList) key(msg tea.KeyPressMsg) (open int64, cmd tea.Cmd) {
	k := l.keys
	switch {
	case key.Matches(msg, k.Down):
		l.step(1)
	case key.Matches(msg, k.Up):
		l.step(-1)
	case key.Matches(msg, k.PageDown):
		l.step(l.shown())
	case key.Matches(msg, k.PageUp):
		l.step(-l.shown())
	case key.Matches(msg, k.Top):
		if l.first != 0 {
			return 0, l.reload()
		}
		l.cursor = 0
		l.step(0)
	case key.Matches(msg, k.Enter):
		if r, ok := l.row(l.cursor); ok {
			return r.ID, nil
		}
	case key.Matches(msg, k.Range):
		l.filter.NextRange()
		return 0, l.reload()
	case key.Matches(msg, k.Routine):
		l.filter.NextRoutine()
		return 0, l.reload()
	case key.Matches(msg, k.Clr):
		l.filter.Clear()
		return 0, l.reload()
	}
	return 0, l.prefetch()
}
