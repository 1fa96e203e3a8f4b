package app

import (
	"context"
	"math"
	"strings"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/adherence"
	"github.com/centra-app/centra/routines/coach"
)

// ReferralWindow is how far back the referral rules look (6-8 weeks of
// CLINICAL.md, with room).
const ReferralWindow = 10 * 7 * 24 * time.Hour

// Glance is the home view of recent days: today's sets against the
// target, when the next is due, the last session's response, and what the
// referral rules read. Both interfaces show it.
type Glance struct {
	Now      time.Time
	Status   adherence.Status
	Last     *SessionRow
	Progress coach.Progress
}

// ReadGlance reads the glance for plan at now.
func ReadGlance(ctx context.Context, r HistoryReader, plan coach.Plan, now time.Time) (Glance, error) {
	g := Glance{Now: now}
	day := StartOfDay(now)
	days, err := r.Daily(ctx, day.Add(-ReferralWindow), day.Add(24*time.Hour))
	if err != nil {
		return g, err
	}
	streak, err := r.Streak(ctx, now)
	if err != nil {
		return g, err
	}
	lastSet, _, err := r.LastSetDone(ctx)
	if err != nil {
		return g, err
	}
	rows, err := r.Sessions(ctx, SessionQuery{Limit: 1})
	if err != nil {
		return g, err
	}
	today := 0
	if n := len(days); n > 0 && days[n-1].Day.Equal(day) {
		today = days[n-1].Done
	}
	g.Status = adherence.Compute(plan, today, streak, lastSet, now)
	if len(rows) > 0 {
		g.Last = &rows[0]
	}
	g.Progress = ProgressOf(days)
	return g, nil
}

// TodayLine says today's sets against the target and when the next set is
// due: "Today: 3 of 8 sets. Next set due at 14:30."
func (g Glance) TodayLine() string {
	return "Today: " + g.Status.Counts() + ". " + g.Status.DueText(g.Now)
}

// LastLine says how the last session went, or "" before the first.
func (g Glance) LastLine() string {
	if g.Last == nil {
		return ""
	}
	sym, word := SessionResponse(*g.Last)
	line := "Last: " + g.Last.RoutineName + ", " + g.Last.StartedAt.Local().Format("Mon 15:04") + " · " + word
	if sym != "·" {
		line = strings.TrimSuffix(line, word) + sym + " " + word
	}
	if g.Last.Baseline != nil && g.Last.Last != nil {
		where := g.Last.Baseline.Reach.String() + " → " + g.Last.Last.Reach.String()
		if w := g.Last.Worst; w != nil && w.Tingling && w.TinglingReach > w.Reach {
			// The pain's own reach would read as nothing happened: the
			// tingling is what went further (R17).
			where += "; tingling or numbness reached " + w.TinglingReach.String()
		}
		line += " (" + where + ")"
	}
	return line
}

// ProgressOf turns daily figures into what the referral rules read. A day
// counts as centralized when its best reading reached less far down than
// the episode's first day; the baseline is that first day at its worst.
func ProgressOf(days []Day) coach.Progress {
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

// StartOfDay is midnight at the start of t's day, in t's location.
func StartOfDay(t time.Time) time.Time {
	y, mo, d := t.Date()
	return time.Date(y, mo, d, 0, 0, 0, 0, t.Location())
}
