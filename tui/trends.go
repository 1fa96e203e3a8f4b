package tui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/adherence"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/function"
)

// periods are the spans the trends show, in days.
var periods = []int{7, 30, 90}

// trendsState is the trends view: the chart, adherence and triggers.
type trendsState struct {
	started, loaded bool
	gen             int
	period          int
	data            trendsData
	err             error
}

// trendsData is everything the trends view draws, read in one command.
type trendsData struct {
	now      time.Time
	days     []Day
	streak   int
	last     time.Time
	plan     coach.Plan
	counts   []TriggerCount
	triggers []routines.Trigger
	// measures are the weekly function measures, all of them (nil when
	// there is no function log).
	measures []function.Measure
}

type trendsMsg struct {
	gen  int
	data trendsData
	err  error
}

func (trendsMsg) historyMsg() {}

// sidePanel is the width from which the triggers sit beside the chart.
const sidePanel = 112

// loadTrends reads the period's days, the streak, the last set, the plan
// and the triggers.
func (m *Model) loadTrends() tea.Cmd {
	t, r, fl := &m.history().trends, m.deps.History, m.deps.Function
	t.started = true
	t.gen++
	gen, period, now := t.gen, t.period, m.clock.Now()
	return func() tea.Msg {
		ctx, cancel := readCtx()
		defer cancel()
		until := startOfDay(now).AddDate(0, 0, 1)
		since := until.AddDate(0, 0, -period)
		d := trendsData{now: now}
		var err error
		if d.days, err = r.Daily(ctx, since, until); err != nil {
			return trendsMsg{gen: gen, err: err}
		}
		if d.streak, err = r.Streak(ctx, now); err != nil {
			return trendsMsg{gen: gen, err: err}
		}
		if d.last, _, err = r.LastSetDone(ctx); err != nil {
			return trendsMsg{gen: gen, err: err}
		}
		if d.counts, err = r.TriggerCounts(ctx, since, until); err != nil {
			return trendsMsg{gen: gen, err: err}
		}
		if d.triggers, err = r.Triggers(ctx, since, until, 6); err != nil {
			return trendsMsg{gen: gen, err: err}
		}
		if fl != nil {
			if d.measures, err = fl.FunctionMeasures(ctx, time.Time{}, time.Time{}); err != nil {
				return trendsMsg{gen: gen, err: err}
			}
		}
		d.plan, err = LoadSchedule(ctx, r)
		return trendsMsg{gen: gen, data: d, err: err}
	}
}

// LoadSchedule is the plan whose rhythm adherence counts against: the saved
// plan, or before there is one the default (a set every 2 hours from 07:00
// to 22:00).
func LoadSchedule(ctx context.Context, s StateReader) (coach.Plan, error) {
	p, ok, err := LoadPlan(ctx, s)
	if err != nil || !ok {
		return adherence.DefaultPlan(), err
	}
	return p, nil
}

func (m *Model) trendsKey(msg tea.KeyPressMsg) tea.Cmd {
	h := m.history()
	t := &h.trends
	i := 0
	for j, p := range periods {
		if p == t.period {
			i = j
		}
	}
	switch {
	case key.Matches(msg, h.keys.Shorter) && i > 0:
		t.period = periods[i-1]
	case key.Matches(msg, h.keys.Longer) && i < len(periods)-1:
		t.period = periods[i+1]
	default:
		return nil
	}
	return m.loadTrends()
}

func (m *Model) trendsView() string {
	s, h := m.styles, m.history()
	t := &h.trends
	width := m.width - 2
	var b strings.Builder
	var fn []string
	b.WriteString(m.tabs() + "\n")
	title := fmt.Sprintf("How far down the pain reached, last %d days", t.period)
	if width < 66 {
		title = fmt.Sprintf("Pain reach, last %d days", t.period)
	}
	b.WriteString(s.Bold.Render(title) + s.Muted.Render(" · shorter is better") + "\n")
	switch {
	case !t.loaded:
		b.WriteString(s.Muted.Render("Loading…") + "\n")
	case t.err != nil:
		b.WriteString(s.Caution.Render("Could not read the history: "+humanError(t.err)) + "\n")
	default:
		d := t.data
		target := adherence.Target(d.plan)
		if width >= sidePanel {
			chart := renderChart(s, d.days, width-34, target)
			b.WriteString(lipgloss.JoinHorizontal(lipgloss.Top, chart, "  ", m.triggerPanel(32)) + "\n\n")
		} else {
			b.WriteString(renderChart(s, d.days, width, target) + "\n\n")
		}
		for _, l := range wrap(app.TrendLine(d.days, t.period), width) {
			b.WriteString(s.Text.Render(l) + "\n")
		}
		if m.deps.Function != nil {
			// What changed first, then the latest measure: each whole or
			// not at all, as the window has room.
			for _, p := range app.FunctionCompact(d.measures, app.LegDaily(d.days)) {
				var para string
				for _, l := range wrap(p, width) {
					para += s.Text.Render(l) + "\n"
				}
				fn = append(fn, para)
			}
			b.WriteString(fnMark)
		}
		today := 0
		if n := len(d.days); n > 0 {
			today = d.days[n-1].Done
		}
		st := adherence.Compute(d.plan, today, d.streak, d.last, d.now)
		for _, l := range wrap("Today: "+st.Counts()+". "+st.DueText(d.now), width) {
			style := s.Text
			if st.Overdue {
				style = s.Caution
			}
			b.WriteString(style.Render(l) + "\n")
		}
		if width < sidePanel {
			b.WriteString(s.Text.Render(fit(m.triggerLine(width), width)) + "\n")
		}
		b.WriteString(s.Muted.Render(fit("█ usual reach · ╎ at worst · ○ pain gone · blank: no check-in", width)) + "\n")
	}
	b.WriteString(m.shortHelp(h.keys.Shorter, withHelp(h.keys.Next, "tab", "tests"), withHelp(m.keys.Esc, "esc", "back"), m.keys.Help))
	// What the person can do shows beside the pain as far as the window
	// has room: the key line must stay.
	out := b.String()
	room := max(m.height-2-strings.Count(out, "\n"), 0)
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

// fnMark is where the function lines go once the room for them is known.
const fnMark = "\x00function\x00"

// triggerLine sums up the period's triggers in one line of width cells,
// with the latest one when it fits.
func (m *Model) triggerLine(width int) string {
	d := m.history().trends.data
	if len(d.counts) == 0 {
		return "Triggers: none logged (t on the home screen logs one)."
	}
	parts := make([]string, len(d.counts))
	for i, c := range d.counts {
		parts[i] = fmt.Sprintf("%s %d", c.Kind, c.Count)
	}
	line := "Triggers: " + strings.Join(parts, " · ")
	if len(d.triggers) > 0 {
		if more := line + " · latest: " + triggerText(d.triggers[0], d.now); lipgloss.Width(more) <= width {
			return more
		}
	}
	return line
}

// triggerPanel lists the period's triggers beside the chart.
func (m *Model) triggerPanel(w int) string {
	s, d := m.styles, m.history().trends.data
	var b strings.Builder
	b.WriteString(s.Bold.Render("Triggers") + "\n")
	if len(d.counts) == 0 {
		b.WriteString(s.Muted.Render(strings.Join(wrap("None logged. Press t on the home screen when something makes it worse.", w), "\n")))
		return b.String()
	}
	for _, c := range d.counts {
		b.WriteString(s.Text.Render(fit(fmt.Sprintf("%-9s %s", c.Kind, strings.Repeat("▪", min(c.Count, w-14)))+fmt.Sprintf(" %d", c.Count), w)) + "\n")
	}
	b.WriteString("\n" + s.Bold.Render("Latest") + "\n")
	for _, t := range d.triggers {
		b.WriteString(s.Text.Render(fit(triggerText(t, d.now), w)) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// triggerText says one trigger: "sitting, Thu 19 Nov" or "other: long
// drive, today 14:05".
func triggerText(t routines.Trigger, now time.Time) string {
	s := string(t.Kind)
	if t.Note != "" {
		s += ": " + t.Note
	}
	when := t.At.Format("Mon 2 Jan")
	if startOfDay(t.At).Equal(startOfDay(now)) {
		when = "today " + t.At.Format("15:04")
	}
	return s + ", " + when
}
