package app

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/adherence"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/function"
)

// TrendPeriods are the spans the trends offer, in days.
var TrendPeriods = []int{7, 30, 90}

// LatestTriggers is how many of the span's latest triggers Trends keeps.
const LatestTriggers = 6

// Trends is everything the trends show for a span of days ending today,
// read at once.
type Trends struct {
	Now    time.Time
	Period int
	// Days are the span's days, oldest first.
	Days []Day
	// Streak and Last are the days in a row with a set done and when the
	// last set was done; Plan is the plan adherence counts against.
	Streak int
	Last   time.Time
	Plan   coach.Plan
	// Counts are the span's triggers by kind, Latest the newest of them.
	Counts []TriggerCount
	Latest []routines.Trigger
	// Measures are the weekly function measures, all of them (nil without
	// a function log).
	Measures []function.Measure
}

// ReadTrends reads the trends of the period days up to now; fl may be nil.
// schedule is the plan adherence counts against: the saved plan, or
// adherence.DefaultPlan before there is one (the store is the caller's to
// read: app reads no files).
func ReadTrends(ctx context.Context, r HistoryReader, fl FunctionLog, schedule coach.Plan, now time.Time, period int) (Trends, error) {
	until := StartOfDay(now).AddDate(0, 0, 1)
	since := until.AddDate(0, 0, -period)
	t := Trends{Now: now, Period: period, Plan: schedule}
	var err error
	if t.Days, err = r.Daily(ctx, since, until); err != nil {
		return t, err
	}
	if t.Streak, err = r.Streak(ctx, now); err != nil {
		return t, err
	}
	if t.Last, _, err = r.LastSetDone(ctx); err != nil {
		return t, err
	}
	if t.Counts, err = r.TriggerCounts(ctx, since, until); err != nil {
		return t, err
	}
	if t.Latest, err = r.Triggers(ctx, since, until, LatestTriggers); err != nil {
		return t, err
	}
	if fl != nil {
		if t.Measures, err = fl.FunctionMeasures(ctx, time.Time{}, time.Time{}); err != nil {
			return t, err
		}
	}
	return t, nil
}

// Adherence is today's sets against the plan's rhythm.
func (t Trends) Adherence() adherence.Status {
	today := 0
	if n := len(t.Days); n > 0 {
		today = t.Days[n-1].Done
	}
	return adherence.Compute(t.Plan, today, t.Streak, t.Last, t.Now)
}

// TodayLine says today's sets against the plan and when the next is due,
// as the home screen's glance does.
func (t Trends) TodayLine() string {
	return Glance{Status: t.Adherence(), Now: t.Now}.TodayLine()
}

// TriggerCountsLine sums up triggers by kind: "Triggers: sitting 2 ·
// driving 1"; "" when there are none (each interface says where to log
// one).
func TriggerCountsLine(counts []TriggerCount) string {
	if len(counts) == 0 {
		return ""
	}
	parts := make([]string, len(counts))
	for i, c := range counts {
		parts[i] = fmt.Sprintf("%s %d", c.Kind, c.Count)
	}
	return "Triggers: " + strings.Join(parts, " · ")
}

// ExerciseName is an exercise's name, or its id when the catalog no longer
// has it (a routine file since removed).
func ExerciseName(cat *routines.Catalog, id string) string {
	if cat != nil {
		if e, ok := cat.Exercise(id); ok {
			return e.Name
		}
	}
	return id
}

// TriggerText says one trigger: "sitting, Thu 19 Nov" or "other: long
// drive, today 14:05".
func TriggerText(t routines.Trigger, now time.Time) string {
	s := string(t.Kind)
	if t.Note != "" {
		s += ": " + t.Note
	}
	when := t.At.Format("Mon 2 Jan")
	if StartOfDay(t.At).Equal(StartOfDay(now)) {
		when = "today " + t.At.Format("15:04")
	}
	return s + ", " + when
}
