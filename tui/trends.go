package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines/adherence"
)

// trendsView is the trends: the chart, adherence and triggers of the last
// 7, 30 or 90 days.
type trendsView struct {
	*env
	*area
	keys          *historyKeyMap
	started, done bool
	gen           int
	period        int
	data          app.Trends
	err           error
}

type trendsMsg struct {
	gen  int
	data app.Trends
	err  error
}

func (trendsMsg) historyMsg() {}

// sidePanel is the width from which the triggers sit beside the chart.
const sidePanel = 112

// load reads the period's trends (app.ReadTrends).
func (t *trendsView) load() tea.Cmd {
	r, fl := t.deps.History, t.deps.Function
	t.started = true
	t.gen++
	gen, period, now := t.gen, t.period, t.clock.Now()
	return func() tea.Msg {
		ctx, cancel := readCtx()
		defer cancel()
		plan, err := LoadSchedule(ctx, r)
		if err != nil {
			return trendsMsg{gen: gen, err: err}
		}
		d, err := app.ReadTrends(ctx, r, fl, plan, now, period)
		return trendsMsg{gen: gen, data: d, err: err}
	}
}

// loaded takes the trends read, if they are of the period asked last.
func (t *trendsView) loaded(msg trendsMsg) {
	if msg.gen == t.gen {
		t.data, t.err, t.done = msg.data, msg.err, true
	}
}

func (t *trendsView) key(msg tea.KeyPressMsg) tea.Cmd {
	periods := app.TrendPeriods
	i := 0
	for j, p := range periods {
		if p == t.period {
			i = j
		}
	}
	switch {
	case key.Matches(msg, t.keys.Shorter) && i > 0:
		t.period = periods[i-1]
	case key.Matches(msg, t.keys.Longer) && i < len(periods)-1:
		t.period = periods[i+1]
	default:
		return nil
	}
	return t.load()
}

func (t *trendsView) view() string {
	s := t.styles
	width := t.width - 2
	var b strings.Builder
	var fn []string
	title := fmt.Sprintf("How far down the pain reached, last %d days", t.period)
	if width < 66 {
		title = fmt.Sprintf("Pain reach, last %d days", t.period)
	}
	b.WriteString(s.Bold.Render(title) + s.Muted.Render(" · shorter is better") + "\n")
	switch {
	case !t.done:
		b.WriteString(s.Muted.Render("Loading…") + "\n")
	case t.err != nil:
		b.WriteString(s.Caution.Render("Could not read the history: "+humanError(t.err)) + "\n")
	default:
		fn = t.body(&b, width)
	}
	// What the person can do shows beside the pain as far as the window
	// has room: the tabs above and the key line under it must stay.
	out := b.String()
	room := max(t.height-3-strings.Count(out, "\n"), 0)
	var shown strings.Builder
	for _, para := range fn {
		if n := strings.Count(para, "\n"); n <= room {
			shown.WriteString(para)
			room -= n
		} else {
			break
		}
	}
	return strings.Replace(out, fnMark, shown.String(), 1)
}

// body writes the chart and the lines under it, with fnMark where the
// function lines go, and returns those, a paragraph each.
func (t *trendsView) body(b *strings.Builder, width int) (fn []string) {
	s, d := t.styles, t.data
	target := adherence.Target(d.Plan)
	if width >= sidePanel {
		chart := renderChart(s, d.Days, width-34, target)
		b.WriteString(lipgloss.JoinHorizontal(lipgloss.Top, chart, "  ", t.triggerPanel(32)) + "\n\n")
	} else {
		b.WriteString(renderChart(s, d.Days, width, target) + "\n\n")
	}
	for _, l := range wrap(app.TrendLine(d.Days, t.period), width) {
		b.WriteString(s.Text.Render(l) + "\n")
	}
	if t.deps.Function != nil {
		// What changed first, then the latest measure: each whole or not
		// at all, as the window has room.
		for _, p := range app.FunctionCompact(d.Measures, app.LegDaily(d.Days)) {
			var para string
			for _, l := range wrap(p, width) {
				para += s.Text.Render(l) + "\n"
			}
			fn = append(fn, para)
		}
		b.WriteString(fnMark)
	}
	for _, l := range wrap(d.TodayLine(), width) {
		style := s.Text
		if d.Adherence().Overdue {
			style = s.Caution
		}
		b.WriteString(style.Render(l) + "\n")
	}
	if width < sidePanel {
		b.WriteString(s.Text.Render(fit(t.triggerLine(width), width)) + "\n")
	}
	b.WriteString(s.Muted.Render(fit("█ usual reach · ╎ at worst · ○ pain gone · blank: no check-in", width)) + "\n")
	return fn
}

// fnMark is where the function lines go once the room for them is known.
const fnMark = "\x00function\x00"

// triggerLine sums up the period's triggers in one line of width cells,
// with the latest one when it fits.
func (t *trendsView) triggerLine(width int) string {
	d := t.data
	line := app.TriggerCountsLine(d.Counts)
	if line == "" {
		return "Triggers: none logged (t on the home screen logs one)."
	}
	if len(d.Latest) > 0 {
		if more := line + " · latest: " + app.TriggerText(d.Latest[0], d.Now); lipgloss.Width(more) <= width {
			return more
		}
	}
	return line
}

// triggerPanel lists the period's triggers beside the chart.
func (t *trendsView) triggerPanel(w int) string {
	s, d := t.styles, t.data
	var b strings.Builder
	b.WriteString(s.Bold.Render("Triggers") + "\n")
	if len(d.Counts) == 0 {
		b.WriteString(s.Muted.Render(strings.Join(wrap("None logged. Press t on the home screen when something makes it worse.", w), "\n")))
		return b.String()
	}
	for _, c := range d.Counts {
		b.WriteString(s.Text.Render(fit(fmt.Sprintf("%-9s %s", c.Kind, strings.Repeat("▪", min(c.Count, w-14)))+fmt.Sprintf(" %d", c.Count), w)) + "\n")
	}
	b.WriteString("\n" + s.Bold.Render("Latest") + "\n")
	for _, tr := range d.Latest {
		b.WriteString(s.Text.Render(fit(app.TriggerText(tr, d.Now), w)) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}
