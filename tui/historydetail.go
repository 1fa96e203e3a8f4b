package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
)

// detailState is one session shown set by set.
type detailState struct {
	id     int64
	d      SessionDetail
	loaded bool
	err    error
	offset int // first line shown
}

// detailMsg brings a session's detail.
type detailMsg struct {
	id  int64
	d   SessionDetail
	err error
}

func (detailMsg) historyMsg() {}

// openDetail shows a session, loading it.
func (m *Model) openDetail(id int64) tea.Cmd {
	h, r := m.history(), m.deps.History
	h.view, h.detail = viewDetail, detailState{id: id}
	return func() tea.Msg {
		ctx, cancel := readCtx()
		defer cancel()
		d, err := r.Session(ctx, id)
		return detailMsg{id: id, d: d, err: err}
	}
}

func (m *Model) detailKey(msg tea.KeyPressMsg) tea.Cmd {
	h := m.history()
	d, l := &h.detail, &h.list
	room := m.detailRoom()
	last := max(len(m.detailLines(m.width-2))-room, 0)
	switch {
	case key.Matches(msg, m.keys.Esc):
		h.view = viewSessions
	case key.Matches(msg, m.keys.Down):
		d.offset = min(d.offset+1, last)
	case key.Matches(msg, m.keys.Up):
		d.offset = max(d.offset-1, 0)
	case key.Matches(msg, h.keys.PageDown):
		d.offset = min(d.offset+room, last)
	case key.Matches(msg, h.keys.PageUp):
		d.offset = max(d.offset-room, 0)
	case key.Matches(msg, h.keys.Older, h.keys.Newer):
		step := 1
		if key.Matches(msg, h.keys.Newer) {
			step = -1
		}
		if r, ok := l.row(l.cursor + step); ok {
			l.cursor += step
			l.top = visibleTop(l.top, l.cursor, m.listRows(), l.start())
			return tea.Batch(m.openDetail(r.ID), m.prefetchList())
		}
	}
	return nil
}

// detailRoom is how many lines of the timeline fit on screen.
func (m *Model) detailRoom() int { return max(m.height-6, 3) }

func (m *Model) detailView() string {
	s, d := m.styles, &m.history().detail
	width := m.width - 2
	var b strings.Builder
	b.WriteString(m.tabs() + "\n\n")
	switch {
	case !d.loaded:
		b.WriteString(s.Muted.Render("Loading…") + "\n")
	case d.err != nil:
		b.WriteString(s.Caution.Render("Could not read this session: "+humanError(d.err)) + "\n")
	default:
		lines := m.detailLines(width)
		room := m.detailRoom()
		off := min(d.offset, max(len(lines)-room, 0))
		end := min(off+room, len(lines))
		b.WriteString(strings.Join(lines[off:end], "\n") + "\n")
		if end < len(lines) {
			b.WriteString(s.Muted.Render(fmt.Sprintf("  ↓ %d more lines", len(lines)-end)) + "\n")
		}
	}
	b.WriteString("\n" + m.shortHelp(withHelp(m.keys.Up, "↑/↓", "scroll"), m.history().keys.Older,
		withHelp(m.keys.Esc, "esc", "back to the list"), m.keys.Help))
	return b.String()
}

// detailLines draws the session: a heading, then every set, check-in and
// coaching decision in time order.
func (m *Model) detailLines(width int) []string {
	s, d := m.styles, m.history().detail.d
	if !m.history().detail.loaded || m.history().detail.err != nil {
		return nil
	}
	st, v := m.statusMark(d.Status), m.sessionVerdict(d.Baseline, d.Last)
	when := d.StartedAt.Format("Mon 2 Jan 2006 15:04")
	if !d.EndedAt.IsZero() {
		when += "–" + d.EndedAt.Format("15:04")
	}
	status := st.word
	if d.Reason != "" && d.Status != routines.StatusCompleted {
		status += " (" + d.Reason + ")"
	}
	sets := fmt.Sprintf("%d sets done", d.SetsDone)
	if d.SetsPlanned > 0 {
		sets = fmt.Sprintf("%d of %d sets done", d.SetsDone, d.SetsPlanned)
	}
	var out []string
	add := func(style func(...string) string, text string, indent int) {
		for i, l := range wrap(text, width-indent-2) {
			pad := strings.Repeat(" ", indent)
			if i > 0 {
				pad += "  "
			}
			out = append(out, pad+style(l))
		}
	}
	add(s.Bold.Render, d.RoutineName+" · "+when, 0)
	out = append(out, st.style.Render(st.sym+" "+status)+s.Muted.Render(" · ")+s.Text.Render(sets)+
		s.Muted.Render(" · ")+v.style.Render(v.sym+" "+v.word))
	out = append(out, "")
	evs := app.Timeline(d, m.exerciseName)
	for _, e := range evs {
		style, indent := s.Text.Render, 4
		switch e.Kind {
		case app.EventSet:
			style, indent = s.Bold.Render, 0
		case app.EventDecision:
			style = s.Accent.Render
		case app.EventCheckIn:
		}
		add(style, e.At.Format("15:04")+"  "+e.Text, indent)
	}
	if len(evs) == 0 {
		out = append(out, s.Muted.Render("Nothing was recorded in this session."))
	}
	return out
}

// exerciseName is an exercise's name, or its id when the catalog does not
// know it (a routine file since removed).
func (m *Model) exerciseName(id string) string {
	if e, ok := m.deps.Catalog.Exercise(id); ok {
		return e.Name
	}
	return id
}
