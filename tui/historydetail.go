package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
)

// sessionDetail is one session shown set by set; ←/→ step to the newer or
// older session of the list.
type sessionDetail struct {
	*env
	*area
	keys   *historyKeyMap
	list   *sessionList
	id     int64
	d      SessionDetail
	done   bool // the session has been read (or could not be)
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

// open shows a session, loading it.
func (v *sessionDetail) open(id int64) tea.Cmd {
	r := v.deps.History
	v.id, v.d, v.done, v.err, v.offset = id, SessionDetail{}, false, nil, 0
	return func() tea.Msg {
		ctx, cancel := readCtx()
		defer cancel()
		d, err := r.Session(ctx, id)
		return detailMsg{id: id, d: d, err: err}
	}
}

// loaded takes the session read, if it is still the one on view.
func (v *sessionDetail) loaded(msg detailMsg) {
	if msg.id == v.id {
		v.d, v.err, v.done = msg.d, msg.err, true
	}
}

func (v *sessionDetail) key(msg tea.KeyPressMsg) tea.Cmd {
	k, l := v.keys, v.list
	room := v.room()
	last := max(len(v.lines(v.width-2))-room, 0)
	switch {
	case key.Matches(msg, k.Down):
		v.offset = min(v.offset+1, last)
	case key.Matches(msg, k.Up):
		v.offset = max(v.offset-1, 0)
	case key.Matches(msg, k.PageDown):
		v.offset = min(v.offset+room, last)
	case key.Matches(msg, k.PageUp):
		v.offset = max(v.offset-room, 0)
	case key.Matches(msg, k.Older, k.Newer):
		step := 1
		if key.Matches(msg, k.Newer) {
			step = -1
		}
		if r, ok := l.row(l.cursor + step); ok {
			l.step(step)
			return tea.Batch(v.open(r.ID), l.prefetch())
		}
	}
	return nil
}

// room is how many lines of the timeline fit on screen.
func (v *sessionDetail) room() int { return max(v.height-6, 3) }

func (v *sessionDetail) view() string {
	s := v.styles
	var b strings.Builder
	b.WriteString("\n")
	switch {
	case !v.done:
		b.WriteString(s.Muted.Render("Loading…") + "\n")
	case v.err != nil:
		b.WriteString(s.Caution.Render("Could not read this session: "+humanError(v.err)) + "\n")
	default:
		lines := v.lines(v.width - 2)
		room := v.room()
		off := min(v.offset, max(len(lines)-room, 0))
		end := min(off+room, len(lines))
		b.WriteString(strings.Join(lines[off:end], "\n") + "\n")
		if end < len(lines) {
			b.WriteString(s.Muted.Render(fmt.Sprintf("  ↓ %d more lines", len(lines)-end)) + "\n")
		}
	}
	return b.String() + "\n"
}

// lines draws the session: a heading, then every set, check-in and
// coaching decision in time order.
func (v *sessionDetail) lines(width int) []string {
	s, d := v.styles, v.d
	if !v.done || v.err != nil {
		return nil
	}
	st, vd := statusMark(s, d.Status, d.Reason), sessionVerdict(s, d.SessionRow)
	when := d.StartedAt.Format("Mon 2 Jan 2006 15:04")
	if !d.EndedAt.IsZero() {
		when += "–" + d.EndedAt.Format("15:04")
	}
	status := st.word
	if d.Reason != "" && d.Status != routines.StatusCompleted {
		status += " (" + d.Reason + ")"
	}
	sets := app.SetsWords(d.SessionRow)
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
		s.Muted.Render(" · ")+vd.style.Render(vd.sym+" "+vd.word))
	out = append(out, "")
	evs := app.Timeline(d, func(id string) string { return app.ExerciseName(v.deps.Catalog, id) })
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
