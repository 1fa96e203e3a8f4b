package history

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Days reads the history by calendar day: the summary of each day, the
// streak, when the last set was done and the first day of all.
type Days struct{ st *Store }

// Days returns the store's reads by calendar day.
func (s *Store) Days() Days { return Days{st: s} }

// MaxDays is the longest span Daily summarises in one call.
const MaxDays = 400

// DaySummary is one calendar day of the history, as the centralization
// chart and the adherence line read it. A day without check-ins has
// CheckIns == 0 and no pain figures.
type DaySummary struct {
	// Day is the local midnight that starts the day.
	Day time.Time
	// Sessions counts the sessions started that day, Done those with at
	// least one set completed (what adherence counts), Completed those
	// that reached their last set.
	Sessions, Done, Completed int
	// SetsDone counts the sets completed in the day's sessions.
	SetsDone int
	// CheckIns counts the check-ins taken that day. ReachMin, ReachMax and
	// ReachAvg say how far down the pain reached (0-6, lower is better),
	// LegPainAvg and LegPainMax the leg pain (0-10).
	CheckIns           int
	ReachMin, ReachMax int
	ReachAvg           float64
	LegPainAvg         float64
	LegPainMax         int
	// Triggers counts the entries of the trigger log that day.
	Triggers int
}

// dayBounds lists the calendar days that meet [since, until), in since's
// location: each day's start and the next day's start. Days follow the
// calendar, so a day with a daylight-saving change has 23 or 25 hours.
func dayBounds(since, until time.Time) []time.Time {
	loc := since.Location()
	y, m, d := since.Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, loc)
	var out []time.Time
	for ; day.Before(until); day = time.Date(day.Year(), day.Month(), day.Day()+1, 0, 0, 0, 0, loc) {
		out = append(out, day)
	}
	return append(out, day)
}

// Summaries summarises each calendar day that meets [since, until), oldest
// first, one entry per day whether or not anything happened that day; days
// are those of since's location. It aggregates in SQL, walking the time
// indexes day by day, so its cost grows with the span asked for and not
// with the size of the history. At most MaxDays days are summarised.
func (dd Days) Summaries(ctx context.Context, since, until time.Time) ([]DaySummary, error) {
	if since.IsZero() || !since.Before(until) {
		return []DaySummary{}, nil
	}
	bounds := dayBounds(since, until)
	if len(bounds)-1 > MaxDays {
		return nil, fmt.Errorf("history: daily summary: %w: %d days asked, at most %d", ErrInvalid, len(bounds)-1, MaxDays)
	}
	values := make([]string, len(bounds)-1)
	args := make([]any, 0, 3*len(values))
	for i := range values {
		values[i] = "(?, ?, ?)"
		args = append(args, i, ms(bounds[i]), ms(bounds[i+1]))
	}
	q := `WITH days(d, lo, hi) AS (VALUES ` + strings.Join(values, ", ") + `),
ses AS (SELECT d.d,
		count(s.id) AS n,
		coalesce(sum(EXISTS (SELECT 1 FROM sets t WHERE t.session_id = s.id AND t.completed = 1)), 0) AS done,
		coalesce(sum(s.status = 'completed'), 0) AS completed,
		coalesce(sum((SELECT count(*) FROM sets t WHERE t.session_id = s.id AND t.completed = 1)), 0) AS sets
	FROM days d LEFT JOIN sessions s ON s.started_at >= d.lo AND s.started_at < d.hi GROUP BY d.d),
pain AS (SELECT d.d, count(c.at) AS n, min(c.reach) AS rmin, max(c.reach) AS rmax, avg(c.reach) AS ravg,
		avg(c.leg_pain) AS lavg, max(c.leg_pain) AS lmax
	FROM days d LEFT JOIN check_ins c ON c.at >= d.lo AND c.at < d.hi GROUP BY d.d),
trig AS (SELECT d.d, count(g.id) AS n
	FROM days d LEFT JOIN triggers g ON g.at >= d.lo AND g.at < d.hi GROUP BY d.d)
SELECT ses.d, ses.n, ses.done, ses.completed, ses.sets,
	pain.n, pain.rmin, pain.rmax, pain.ravg, pain.lavg, pain.lmax, trig.n
FROM ses JOIN pain ON pain.d = ses.d JOIN trig ON trig.d = ses.d ORDER BY ses.d`
	rows, err := dd.st.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("history: daily summary: %w", err)
	}
	defer rows.Close()
	out := make([]DaySummary, 0, len(values))
	for rows.Next() {
		var (
			x          DaySummary
			i          int
			rmin, rmax sql.NullInt64
			lmax       sql.NullInt64
			ravg, lavg sql.NullFloat64
		)
		if err := rows.Scan(&i, &x.Sessions, &x.Done, &x.Completed, &x.SetsDone,
			&x.CheckIns, &rmin, &rmax, &ravg, &lavg, &lmax, &x.Triggers); err != nil {
			return nil, fmt.Errorf("history: daily summary: %w", err)
		}
		x.Day = bounds[i]
		x.ReachMin, x.ReachMax, x.ReachAvg = int(rmin.Int64), int(rmax.Int64), ravg.Float64
		x.LegPainAvg, x.LegPainMax = lavg.Float64, int(lmax.Int64)
		out = append(out, x)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("history: daily summary: %w", err)
	}
	return out, nil
}

// MaxStreak is the longest streak Streak counts: a streak of MaxStreak
// means "a year or more", which keeps the query short at ten years.
const MaxStreak = 365

// Streak counts the calendar days in a row, in now's location, with at
// least one session in which a set was completed, ending today, or
// yesterday when nothing is done yet today (the streak is still alive
// until the day ends). It reads sessions newest first, stops at the first
// gap, and counts at most MaxStreak days.
func (dd Days) Streak(ctx context.Context, now time.Time) (int, error) {
	y, m, d := now.Date()
	tomorrow := time.Date(y, m, d+1, 0, 0, 0, 0, now.Location())
	oldest := time.Date(y, m, d-MaxStreak-1, 0, 0, 0, 0, now.Location())
	rows, err := dd.st.r.QueryContext(ctx, `SELECT s.started_at FROM sessions s
		WHERE s.started_at <= ? AND s.started_at >= ?
		AND EXISTS (SELECT 1 FROM sets t WHERE t.session_id = s.id AND t.completed = 1)
		ORDER BY s.started_at DESC`, ms(now), ms(oldest))
	if err != nil {
		return 0, fmt.Errorf("history: streak: %w", err)
	}
	defer rows.Close()
	// want is the day the streak needs next; today may be skipped once.
	want := tomorrow.AddDate(0, 0, -1)
	streak, graceUsed := 0, false
	for rows.Next() {
		var at int64
		if err := rows.Scan(&at); err != nil {
			return 0, fmt.Errorf("history: streak: %w", err)
		}
		t := fromMS(at).In(now.Location())
		day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, now.Location())
		for day.Before(want) {
			if streak > 0 || graceUsed {
				return streak, nil // a day without a session
			}
			graceUsed = true // nothing today yet: start from yesterday
			want = want.AddDate(0, 0, -1)
		}
		if day.Equal(want) {
			if streak++; streak == MaxStreak {
				return streak, nil
			}
			want = want.AddDate(0, 0, -1)
		}
	}
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("history: streak: %w", err)
	}
	return streak, nil
}

// LastSetDone returns when the latest completed set ended (in the session
// started last among those with one); ok is false when no set was ever
// completed. It is what "when is the next set due" counts from.
func (dd Days) LastSetDone(ctx context.Context) (at time.Time, ok bool, err error) {
	var v sql.NullInt64
	err = dd.st.r.QueryRowContext(ctx, `SELECT (SELECT max(t.ended_at) FROM sets t WHERE t.session_id = s.id AND t.completed = 1)
		FROM sessions s WHERE EXISTS (SELECT 1 FROM sets t WHERE t.session_id = s.id AND t.completed = 1)
		ORDER BY s.started_at DESC, s.id DESC LIMIT 1`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, false, nil
	}
	if err != nil {
		return time.Time{}, false, fmt.Errorf("history: last set done: %w", err)
	}
	return fromMS(v.Int64), v.Valid, nil
}
