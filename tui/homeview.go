package tui

import (
	"fmt"
	"strings"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
)

// View implements component. It lays out the home screen within the
// window's height: the plan and the routines always show, with the key
// lines last; the optional parts give way from the least needed when
// space is short: the reminder that centra is a coach, the routine's
// purpose, today's walks, the weekly check's offer, the last session,
// today's sets (first shortened to a line). What would move the plan on
// (Next) and why it last changed (Why) are the plan's own words and go
// last, with the notices and a suggestion to see a professional.
func (hm *home) View() string {
	h := homePage{home: hm, offer: hm.offer()}
	s := h.styles
	width := h.width - 4
	title := s.Title.Render("centra") + s.Muted.Render("  ·  your sciatica exercise coach")
	if h.plan.Held() {
		return h.heldView(title, width)
	}
	list, suggested := h.offer.Menu()
	cursor := min(h.cursor, len(list)-1)
	var purpose []string
	if cursor >= 0 {
		purpose = limitLines(wrap(list[cursor].Purpose, width), 2)
	}
	sections := []homeSection{
		{lines: []string{title, ""}},
		{lines: styled(s.Caution.Render, h.notices, width), prio: 9, gap: true},
		{lines: h.planLine(width)},
		{lines: h.todayLines(width, 2), short: h.todayLines(width, 1), prio: 6},
		{lines: h.walkLines(width), prio: 3},
		{lines: h.lastLines(width), prio: 5},
		{lines: h.outlookLines(width), prio: 8},
		{lines: h.fn.lines(s, h.deps.Function != nil, width), prio: 4},
		{lines: h.whyLines(width), prio: 7},
		{lines: h.referralLines(width), prio: 9},
		{lines: append([]string{""}, h.routineLines(list, suggested, cursor, width)...)},
		{lines: styled(s.Muted.Render, purpose, width), prio: 2},
		{lines: []string{"", s.Muted.Render(fit("A coach, not a diagnosis: if something feels wrong, see a professional.", width))}, prio: 1},
		{lines: append([]string{""}, h.keyLines(width)...)},
	}
	return layoutSections(sections, h.height)
}

// heldView is home while exercises are held, or the question that lifts
// the hold.
func (h homePage) heldView(title string, width int) string {
	s := h.styles
	var b strings.Builder
	b.WriteString(title + "\n\n")
	if h.clearing {
		b.WriteString(s.Box.Render(s.Bold.Render(strings.Join(wrap(app.ClearedQuestion, min(width-4, 72)), "\n")) +
			"\n\n" + s.Text.Render(strings.Join(wrap(app.ClearedOnlyIf, min(width-4, 72)), "\n"))))
		b.WriteString("\n\n" + h.shortHelp(h.ShortHelp()...))
		return b.String()
	}
	b.WriteString(s.StopBox.Render(s.Stop.Render(app.HeldTitle) + "\n\n" +
		s.Text.Render(strings.Join(wrap(h.plan.Hold.Reason, min(width-4, 72)), "\n"))))
	b.WriteString("\n\n" + strings.Join(h.keyLines(width), "\n"))
	return b.String()
}

// homePage lays out home for one frame: what it offers now, read once.
type homePage struct {
	*home
	offer app.Home
}

// homeSection is a part of the home screen; prio 0 always shows, and the
// lowest other priority gives way first: to short, when it has a shorter
// form, then altogether. gap adds a blank line after it.
type homeSection struct {
	lines, short []string
	prio         int
	gap          bool
}

func layoutSections(secs []homeSection, height int) string {
	size := func(x homeSection) int {
		if len(x.lines) == 0 {
			return 0
		}
		if x.gap {
			return len(x.lines) + 1
		}
		return len(x.lines)
	}
	total := 0
	for _, x := range secs {
		total += size(x)
	}
	for p := 1; total > height && p <= 9; p++ {
		shortened := false
		for i := range secs {
			if secs[i].prio != p || len(secs[i].lines) == 0 {
				continue
			}
			total -= size(secs[i])
			if len(secs[i].short) > 0 && len(secs[i].short) < len(secs[i].lines) {
				secs[i].lines, shortened = secs[i].short, true
			} else {
				secs[i].lines = nil
			}
			secs[i].short = nil
			total += size(secs[i])
		}
		if shortened {
			p-- // the shorter form first; the same priority gives way next
		}
	}
	var out []string
	for _, x := range secs {
		if len(x.lines) == 0 {
			continue
		}
		out = append(out, x.lines...)
		if x.gap {
			out = append(out, "")
		}
	}
	return strings.Join(out, "\n")
}

func styled(render func(...string) string, texts []string, width int) []string {
	var out []string
	for _, t := range texts {
		for _, l := range wrap(t, width) {
			out = append(out, render(l))
		}
	}
	return out
}

// limitLines keeps at most n lines, marking a cut with an ellipsis.
func limitLines(lines []string, n int) []string {
	if len(lines) <= n {
		return lines
	}
	lines = append([]string(nil), lines[:n]...)
	lines[n-1] += " …"
	return lines
}

func (h homePage) routineLines(list []*routines.Routine, suggested string, cursor, width int) []string {
	s := h.styles
	out := []string{s.Bold.Render("Choose a routine")}
	for i, r := range list {
		mark, line := "  ", fmt.Sprintf("%d %s", i+1, r.Name)
		meta := fmt.Sprintf("about %d min", max(1, int(r.Length().Minutes()+0.5)))
		if r.ID == suggested {
			meta += " · suggested"
		}
		if i == cursor {
			mark, line = "▸ ", s.Selected.Render(line)
		} else {
			line = s.Text.Render(line)
		}
		pad := width - 2 - lipglossWidth(line) - len([]rune(meta))
		out = append(out, mark+line+strings.Repeat(" ", max(1, pad))+s.Muted.Render(meta))
	}
	return out
}

// keyLines are home's key lines (ShortHelp); ? lists them all with their
// words (FullHelp).
func (h homePage) keyLines(width int) []string {
	first, second := h.hintKeys()
	return []string{fit(h.shortHelp(first...), width), fit(h.shortHelp(second...), width)}
}

// planLine shows the plan at a glance.
func (h homePage) planLine(width int) []string {
	s, p := h.styles, h.plan
	if h.offer.NeedsDirection() {
		lines := styled(s.Text.Render, []string{"Your plan: find your direction first. Press d for the direction test."}, width)
		// A direction stopped for now: what is suggested instead and why
		// (R5, R12, R20) always shows.
		if in := h.offer.Instead(); in != "" {
			lines = append(lines, styled(s.Caution.Render, []string{in}, width)...)
		}
		return lines
	}
	return styled(s.Text.Render, []string{app.PlanLine(h.deps.Catalog, p)}, width)
}

// outlookLines say in two lines at most what would move the plan forward
// or back (R19 to R23).
func (h homePage) outlookLines(width int) []string {
	line := app.OutlookLine(h.deps.Catalog, h.plan, h.clock.Now())
	if line == "" {
		return nil
	}
	return styled(h.styles.Text.Render, limitLines(wrap(line, width), 2), width)
}

// whyLines give the reason for the plan's last change, in two lines at most.
func (h homePage) whyLines(width int) []string {
	reason, page := h.offer.Why()
	if reason == "" || h.offer.Instead() != "" {
		// A direction stopped for now says its own why in the plan lines.
		return nil
	}
	why, most := "Why: "+reason, 2
	if t := h.guidePageTitle(page); t != "" {
		why, most = why+" More in the guide (g): "+t+".", 3
	}
	lines := limitLines(wrap(why, width), most)
	return styled(h.styles.Muted.Render, lines, width)
}

// referralLines show a calm suggestion to see a professional when the
// rules call for one (R16, R18).
func (h homePage) referralLines(width int) []string {
	progress := h.deps.Progress
	if h.glance.loaded && h.glance.err == nil {
		progress = h.glance.Progress
	}
	line := app.ReferralLine(h.plan, progress, h.clock.Now())
	if line == "" {
		return nil
	}
	return styled(h.styles.Caution.Render, []string{line}, width)
}
