package tui

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
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

// event is one line of a session's timeline.
type event struct {
	at    time.Time
	order int // sets before their check-ins before decisions, at one time
	text  string
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
	var evs []event
	setNo := map[int64]int{}
	for i, r := range d.Sets {
		id := int64(i)
		if i < len(d.SetIDs) {
			id = d.SetIDs[i]
		}
		setNo[id] = i + 1
		evs = append(evs, event{r.StartedAt, 0, m.setLine(i+1, r)})
	}
	for i, c := range d.CheckIns {
		var setID int64
		if i < len(d.CheckInSets) {
			setID = d.CheckInSets[i]
		}
		evs = append(evs, event{c.At, 1, checkInLine(c, setNo[setID])})
	}
	for _, dec := range d.Decisions {
		evs = append(evs, event{dec.At, 2, "coach: " + dec.Reason + " (" + dec.RuleID + ", " + dec.Action + ")"})
	}
	sort.SliceStable(evs, func(i, j int) bool {
		if !evs[i].at.Equal(evs[j].at) {
			return evs[i].at.Before(evs[j].at)
		}
		return evs[i].order < evs[j].order
	})
	for _, e := range evs {
		style, indent := s.Text.Render, 4
		switch e.order {
		case 0:
			style, indent = s.Bold.Render, 0
		case 2:
			style = s.Accent.Render
		}
		add(style, e.at.Format("15:04")+"  "+e.text, indent)
	}
	if len(evs) == 0 {
		out = append(out, s.Muted.Render("Nothing was recorded in this session."))
	}
	return out
}

// setLine says what one set was: "Set 2 · Press-up · 10 of 10 reps ✓".
func (m *Model) setLine(n int, r routines.SetResult) string {
	name := r.ExerciseID
	if e, ok := m.deps.Catalog.Exercise(r.ExerciseID); ok {
		name = e.Name
	}
	done := "✓ done"
	if !r.Completed {
		done = "✗ not finished"
	}
	return fmt.Sprintf("Set %d · %s · %d of %d %s %s", n, name, r.Done, r.Planned, r.Unit, done)
}

// checkInLine says one check-in in words, with the answer as a symbol and
// a phrase: "after set 2: ↑ moved up toward the back · thigh (4) · leg 5 ·
// back 3".
func checkInLine(c routines.CheckIn, setNo int) string {
	var head string
	switch c.Kind {
	case routines.CheckInBaseline:
		head = "before: "
	case routines.CheckInRecheck:
		head = "recheck after a rest: "
	default:
		head = "after the set: "
		if setNo > 0 {
			head = fmt.Sprintf("after set %d: ", setNo)
		}
	}
	if c.Moved != "" {
		sym := map[routines.Moved]string{routines.MovedUp: "↑ ", routines.MovedDown: "↓ ", routines.MovedSame: "= ", routines.MovedGone: "○ "}[c.Moved]
		head += sym + c.Moved.Describe() + " · "
	}
	s := fmt.Sprintf("%sreaches %s (%d)", head, c.Reach, c.Reach)
	if c.Leg != "" && c.Leg != routines.LegNone {
		s += " · " + string(c.Leg) + " leg"
	}
	s += fmt.Sprintf(" · leg pain %d · back pain %d", c.LegPain, c.BackPain)
	if c.Tingling {
		s += " · tingling reaches " + c.TinglingReach.String()
	}
	if len(c.Urgent) > 0 {
		s += " · URGENT: " + coach.SymptomWords(c.Urgent)
	}
	return s
}
