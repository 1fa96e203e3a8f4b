package tui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/tui/theme"
)

// verdict is a session's response, said three ways: a symbol and a word
// that read without colour, and a style that adds it.
type verdict struct {
	sym, word string
	style     lipgloss.Style
}

// sessionVerdict reads a session by its most telling answer (see
// app.SessionResponse) and adds the colour.
func sessionVerdict(s *theme.Styles, r app.SessionRow) verdict {
	sym, word := app.SessionResponse(r)
	style := map[string]lipgloss.Style{"↑": s.Good, "○": s.Good, "+": s.Good, "−": s.Caution, "↓": s.Stop, "!": s.Stop}[sym]
	if sym == "=" || sym == "·" {
		style = s.Muted
	}
	return verdict{sym, word, style}
}

// ResponseWords says how a session went, as a symbol and a word that read
// without colour (app.ResponseWords).
func ResponseWords(base, last *routines.CheckIn) (symbol, word string) {
	return app.ResponseWords(base, last)
}

// statusMark says how a session ended: a symbol, a word and a style.
func statusMark(s *theme.Styles, st routines.SessionStatus, reason string) verdict {
	sym, word := app.StatusWords(st, reason)
	style := s.Muted
	switch st {
	case routines.StatusCompleted:
		if reason == "" {
			style = s.Good
		}
	case routines.StatusCutShort:
		style = s.Caution
	case routines.StatusStopped:
		style = s.Stop
	case routines.StatusInProgress:
	}
	return verdict{sym, word, style}
}

// ShortReach names a point of the reach scale in one word
// (app.ShortReach).
func ShortReach(r routines.Reach) string { return app.ShortReach(r) }

// painNumbers is painChange in numbers: "5→4 6→5".
func painNumbers(base, last *routines.CheckIn) string {
	switch {
	case base == nil && last == nil:
		return "—"
	case base == nil:
		return fmt.Sprintf("%d %d", last.Reach, last.LegPain)
	case last == nil:
		return fmt.Sprintf("%d %d", base.Reach, base.LegPain)
	}
	return fmt.Sprintf("%d→%d %d→%d", base.Reach, last.Reach, base.LegPain, last.LegPain)
}

// fit pads or cuts s to exactly w cells.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if lipgloss.Width(s) > w {
		return ansi.Truncate(s, w, "…")
	}
	return s + strings.Repeat(" ", w-lipgloss.Width(s))
}

// fitLeft pads s on the left to w cells.
func fitLeft(s string, w int) string {
	if n := w - lipgloss.Width(s); n > 0 {
		return strings.Repeat(" ", n) + s
	}
	return s
}

// listColumns are the widths of the list's columns for a content width;
// narrow says the compact form: a shorter date, the pain in numbers and
// the response as a symbol (the legend names them).
type listColumns struct {
	when, routine, sets, pain, resp int
	narrow                          bool
}

func columnsFor(width int) listColumns {
	// pain: "below knee→thigh 6→5", the commonest step up, in full.
	c := listColumns{when: 16, sets: 7, pain: 20, resp: 14}
	if width < 76 {
		c = listColumns{when: 12, sets: 7, pain: 9, resp: 1, narrow: true}
	}
	// mark 2, when, 2, routine, 1, sets-2, 1, status 1, 1, pain, 1, resp
	c.routine = max(width-c.when-c.sets-c.pain-c.resp-9, 4)
	return c
}

// view draws the sessions list under the tabs, with the line on the
// week's walks.
func (l *sessionList) view(walks string) string {
	s := l.styles
	width := l.width - 2
	var b strings.Builder
	info := l.filter.Name()
	if l.totalKnown {
		info += fmt.Sprintf(" · %s", plural(l.total, "session"))
		if l.total > 0 && len(l.rows) > 0 {
			info += " · " + thousands(l.cursor+1) + " of " + thousands(l.total)
		}
	}
	b.WriteString(s.Muted.Render(fit(info, width)) + "\n")
	if walks != "" {
		b.WriteString(s.Muted.Render(fit(walks, width)) + "\n")
	}
	b.WriteString("\n")
	switch {
	case l.err != nil && len(l.rows) == 0:
		b.WriteString(s.Caution.Render("Could not read the history: "+humanError(l.err)) + "\n")
	case !l.loaded:
		b.WriteString(s.Muted.Render("Loading…") + "\n")
	case len(l.rows) == 0 && !l.filter.Filtered():
		b.WriteString(s.Text.Render("No sessions yet. Start a routine from the home screen: it shows up here.") + "\n")
	case len(l.rows) == 0:
		b.WriteString(s.Text.Render("No sessions match these filters. Press x to clear them.") + "\n")
	default:
		b.WriteString(l.rowsView(width))
	}
	legend := "✓ complete · ✗ cut short · ■ stopped · ↑ pain moved up (good) · ↓ further down"
	if columnsFor(width).narrow {
		legend = "✓ done ✗ cut short ■ stopped ↑ centralized ○ gone + better = same − worse ↓ further down ! urgent symptom"
	}
	for _, line := range wrap(legend, width) {
		b.WriteString("\n" + s.Muted.Render(line))
	}
	return b.String() + "\n"
}

// rowsView draws the header and the rows on screen.
func (l *sessionList) rowsView(width int) string {
	s := l.styles
	c := columnsFor(width)
	rows := l.shown()
	top := visibleTop(l.top, l.cursor, rows, l.start())
	var b strings.Builder
	painHead, respHead, when := "Pain · leg", "Response", "Mon 2 Jan 15:04"
	if c.narrow {
		painHead, respHead, when = "Reach·leg", "", "2 Jan 15:04"
	}
	b.WriteString(s.Header.Render("  "+fit("When", c.when)+"  "+fit("Routine", c.routine)+" "+fitLeft("Sets", c.sets-2)+"  "+
		fit(painHead, c.pain)+" "+fit(respHead, c.resp)) + "\n")
	for i := top; i < top+rows; i++ {
		r, ok := l.row(i)
		if !ok {
			if i == l.stop() && !l.end {
				b.WriteString(s.Muted.Render("  Loading more…") + "\n")
			}
			break
		}
		st, v := statusMark(s, r.Status, r.Reason), sessionVerdict(s, r)
		sets := app.SetsShort(r)
		resp, pain := v.sym+" "+v.word, app.PainChange(r.Baseline, r.Last)
		switch {
		case c.narrow:
			resp, pain = v.sym, painNumbers(r.Baseline, r.Last)
		case v.sym == "!" && len([]rune(resp)) > c.resp:
			// "! urgent symptom" is wider than the column: beside the
			// stop mark, "urgent" says it; the session itself says all.
			resp = "! urgent"
		}
		mark, name := "  ", s.Text.Render(fit(r.RoutineName, c.routine))
		if i == l.cursor {
			mark, name = s.Selected.Render("▸ "), s.Selected.Render(fit(r.RoutineName, c.routine))
		}
		b.WriteString(mark + s.Text.Render(fit(r.StartedAt.Format(when), c.when)) + "  " + name + " " +
			s.Text.Render(fitLeft(sets, c.sets-2)) + " " + st.style.Render(st.sym) + " " +
			s.Text.Render(fit(pain, c.pain)) + " " + v.style.Render(fit(resp, c.resp)) + "\n")
	}
	if l.err != nil {
		b.WriteString(s.Caution.Render("Could not read more: "+humanError(l.err)) + "\n")
	}
	return b.String()
}

// visibleTop is the first row to show so that the cursor is on screen,
// moving as little as possible from top, and never above the window.
func visibleTop(top, cursor, rows, start int) int {
	if cursor < top {
		top = cursor
	}
	if cursor >= top+rows {
		top = cursor - rows + 1
	}
	return max(top, start)
}

// plural writes "1 session", "2 sessions", with thousands separated.
func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return thousands(n) + " " + what + "s"
}

// thousands writes n with commas: 30,000.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
