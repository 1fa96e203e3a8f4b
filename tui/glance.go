package tui

import (
	"context"
	"math"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/adherence"
	"github.com/centra-app/centra/routines/coach"
)

// glance is the home screen's view of recent days: today's sets against the
// target, when the next is due, the last session's response, and what the
// referral rules read.
type glance struct {
	loaded   bool
	err      error
	now      time.Time
	status   adherence.Status
	last     *SessionRow
	progress coach.Progress
}

// glanceMsg carries a loaded glance; gen drops stale ones.
type glanceMsg struct {
	gen int
	g   glance
}

// referralWindow is how far back the referral rules look (6-8 weeks of
// CLINICAL.md, with room).
const referralWindow = 10 * 7 * 24 * time.Hour

// loadGlance reads the glance in a command, never in View.
func (m *Model) loadGlance() tea.Cmd {
	r := m.deps.History
	if r == nil {
		return nil
	}
	m.glanceGen++
	gen, now, plan := m.glanceGen, m.clock.Now(), m.plan
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		g := glance{now: now, loaded: true}
		g.err = func() error {
			day := startOfDay(now)
			days, err := r.Daily(ctx, day.Add(-referralWindow), day.Add(24*time.Hour))
			if err != nil {
				return err
			}
			streak, err := r.Streak(ctx, now)
			if err != nil {
				return err
			}
			lastSet, _, err := r.LastSetDone(ctx)
			if err != nil {
				return err
			}
			rows, err := r.Sessions(ctx, SessionQuery{Limit: 1})
			if err != nil {
				return err
			}
			today := 0
			if n := len(days); n > 0 && days[n-1].Day.Equal(day) {
				today = days[n-1].Done
			}
			g.status = adherence.Compute(plan, today, streak, lastSet, now)
			if len(rows) > 0 {
				g.last = &rows[0]
			}
			g.progress = progressOf(days)
			return nil
		}()
		return glanceMsg{gen: gen, g: g}
	}
}

// progressOf turns daily figures into what the referral rules read. A day
// counts as centralized when its best reading reached less far down than
// the episode's first day; the baseline is that first day at its worst.
func progressOf(days []Day) coach.Progress {
	var p coach.Progress
	for _, d := range days {
		if d.SetsDone == 0 && d.CheckIns == 0 {
			continue
		}
		if p.Start.IsZero() {
			p.Start = d.Day
			p.Baseline = routines.CheckIn{At: d.Day, Reach: routines.Reach(d.ReachMax), LegPain: d.LegPainMax}
		}
		p.Days = append(p.Days, coach.Day{
			Date:        d.Day,
			Sets:        d.SetsDone,
			Reach:       routines.Reach(int(math.Round(d.ReachAvg))),
			LegPain:     int(math.Round(d.LegPainAvg)),
			Centralized: routines.Reach(d.ReachMin) < p.Baseline.Reach,
		})
	}
	return p
}

// glanceLines renders the glance in at most two lines.
func (m *Model) glanceLines(width int) []string {
	s, g := m.styles, m.glance
	if !g.loaded || g.err != nil {
		return nil
	}
	var out []string
	style := s.Text
	if g.status.Overdue {
		style = s.Caution
	}
	out = append(out, style.Render(fit("Today: "+g.status.Counts()+". "+g.status.DueText(g.now), width)))
	if g.last != nil {
		sym, word := ResponseWords(g.last.Baseline, g.last.Last)
		line := "Last: " + g.last.RoutineName + ", " + g.last.StartedAt.Local().Format("Mon 15:04") + " · " + sym + " " + word
		if g.last.Baseline != nil && g.last.Last != nil {
			line += " (" + g.last.Baseline.Reach.String() + " → " + g.last.Last.Reach.String() + ")"
		}
		out = append(out, s.Muted.Render(fit(line, width)))
	}
	return out
}
