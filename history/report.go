package history

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/centra-app/centra/routines"
)

// Report reads what the report for a clinician sums up: how the pain
// answered each exercise, the urgent check-ins, the episodes the coach
// judged and the doses done.
type Report struct{ st *Store }

// Report returns the store's reads for the clinician's report.
func (s *Store) Report() Report { return Report{st: s} }

// First returns when the person first recorded anything: a session, a
// trigger, a function measure or a walk. ok is false for an empty history.
func (dd Days) First(ctx context.Context) (at time.Time, ok bool, err error) {
	var v sql.NullInt64
	err = dd.st.r.QueryRowContext(ctx, `SELECT min(x) FROM (
		SELECT min(started_at) AS x FROM sessions
		UNION ALL SELECT min(at) FROM triggers
		UNION ALL SELECT min(at) FROM function_measures
		UNION ALL SELECT min(at) FROM walks)`).Scan(&v)
	if err != nil {
		return time.Time{}, false, fmt.Errorf("history: first day: %w", err)
	}
	if !v.Valid {
		return time.Time{}, false, nil
	}
	return fromMS(v.Int64), true, nil
}

// Episode is a coaching decision with the movement of the set it judged:
// the last set of its session that started before it.
type Episode struct {
	routines.DecisionRecord
	// ExerciseID and Family are empty when the session had no set yet.
	ExerciseID string
	Family     routines.Family
	Level      int
}

// Episodes lists the decisions taken in [since, until) whose action is one
// of actions, oldest first, each with the movement it judged.
func (rp Report) Episodes(ctx context.Context, since, until time.Time, actions []string) ([]Episode, error) {
	if len(actions) == 0 {
		return []Episode{}, nil
	}
	var w where
	w.timeRange("d.at", since, until)
	args := make([]any, len(actions))
	for i, a := range actions {
		args[i] = a
	}
	w.and("d.action IN (?"+strings.Repeat(", ?", len(actions)-1)+")", args...)
	rows, err := rp.st.r.QueryContext(ctx, `SELECT d.at, d.rule_id, d.action, d.reason,
		coalesce(t.exercise_id, ''), coalesce(t.family, ''), coalesce(t.level, 0)
		FROM decisions d LEFT JOIN sets t ON t.id = (SELECT id FROM sets
			WHERE session_id = d.session_id AND started_at <= d.at ORDER BY started_at DESC, id DESC LIMIT 1)
		`+w.String()+`ORDER BY d.at, d.id`, w.args...)
	if err != nil {
		return nil, fmt.Errorf("history: episodes: %w", err)
	}
	defer rows.Close()
	out := []Episode{}
	for rows.Next() {
		var e Episode
		var at int64
		if err := rows.Scan(&at, &e.RuleID, &e.Action, &e.Reason, &e.ExerciseID, &e.Family, &e.Level); err != nil {
			return nil, fmt.Errorf("history: episodes: %w", err)
		}
		e.At = fromMS(at)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("history: episodes: %w", err)
	}
	return out, nil
}

// Dose is how much of one exercise was done in a range: the sets
// completed, on how many days, and when last.
type Dose struct {
	ExerciseID string
	Family     routines.Family
	Level      int
	Sets, Days int
	Last       time.Time
}

// Doses lists, per exercise, the sets completed in sessions started in
// [since, until), the most done first; days are counted in since's
// location.
func (rp Report) Doses(ctx context.Context, since, until time.Time) ([]Dose, error) {
	w := filterWhere(Filter{Since: since, Until: until})
	w.and("t.completed = 1")
	rows, err := rp.st.r.QueryContext(ctx, `SELECT t.exercise_id, t.family, t.level, t.started_at
		FROM sessions s JOIN sets t ON t.session_id = s.id `+w.String()+`ORDER BY t.started_at`, w.args...)
	if err != nil {
		return nil, fmt.Errorf("history: doses: %w", err)
	}
	defer rows.Close()
	loc := since.Location()
	byID := map[string]*Dose{}
	days := map[string]map[string]bool{}
	var order []string
	for rows.Next() {
		var id string
		var fam routines.Family
		var level int
		var at int64
		if err := rows.Scan(&id, &fam, &level, &at); err != nil {
			return nil, fmt.Errorf("history: doses: %w", err)
		}
		d, ok := byID[id]
		if !ok {
			d = &Dose{ExerciseID: id, Family: fam}
			byID[id], days[id] = d, map[string]bool{}
			order = append(order, id)
		}
		d.Level, d.Last = max(d.Level, level), fromMS(at)
		d.Sets++
		days[id][fromMS(at).In(loc).Format(time.DateOnly)] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("history: doses: %w", err)
	}
	out := make([]Dose, 0, len(order))
	for _, id := range order {
		d := byID[id]
		d.Days = len(days[id])
		out = append(out, *d)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Sets > out[j].Sets })
	return out, nil
}

// Stop is a decision that stopped everything for a red flag (R1 emergency
// stop, R2 urgent review), with the check-in it answered: the last one of
// its session taken at or before it.
type Stop struct {
	routines.DecisionRecord
	// Session is the kind of session it stopped.
	Session routines.SessionKind
	// CheckIn is the check-in it answered; ok is false when the session
	// had none.
	CheckIn    routines.CheckIn
	HasCheckIn bool
}

// Stops lists every red-flag stop the sessions hold, oldest first. There
// are few: a stop pauses the exercises until a clinician clears them.
func (rp Report) Stops(ctx context.Context) ([]Stop, error) {
	rows, err := rp.st.r.QueryContext(ctx, `SELECT d.at, d.rule_id, d.action, d.reason, s.kind,
		c.at, coalesce(c.kind, ''), coalesce(c.leg, ''), coalesce(c.urgent, '[]')
		FROM decisions d JOIN sessions s ON s.id = d.session_id
		LEFT JOIN check_ins c ON c.id = (SELECT id FROM check_ins
			WHERE session_id = d.session_id AND at <= d.at ORDER BY at DESC, id DESC LIMIT 1)
		WHERE d.action IN (?, ?) ORDER BY d.at, d.id`, "emergency-stop", "urgent-review")
	if err != nil {
		return nil, fmt.Errorf("history: stops: %w", err)
	}
	defer rows.Close()
	out := []Stop{}
	for rows.Next() {
		var s Stop
		var at int64
		var cat sql.NullInt64
		var urgent string
		if err := rows.Scan(&at, &s.RuleID, &s.Action, &s.Reason, &s.Session, &cat, &s.CheckIn.Kind, &s.CheckIn.Leg, &urgent); err != nil {
			return nil, fmt.Errorf("history: stops: %w", err)
		}
		s.At = fromMS(at)
		if cat.Valid {
			s.HasCheckIn, s.CheckIn.At = true, fromMS(cat.Int64)
			if err := json.Unmarshal([]byte(urgent), &s.CheckIn.Urgent); err != nil {
				return nil, fmt.Errorf("history: stops: urgent symptoms: %w", err)
			}
			if len(s.CheckIn.Urgent) == 0 {
				s.CheckIn.Urgent = nil
			}
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("history: stops: %w", err)
	}
	return out, nil
}

// SessionDone is one session with at least one set completed: its day, its
// kind and routine, and the exercise families of its completed sets. The
// report counts from it what the plan asked for each day (R24).
type SessionDone struct {
	// Day is the calendar day the session started, "2006-01-02", in the
	// location of the range asked for.
	Day       string
	Kind      routines.SessionKind
	RoutineID string
	Families  []routines.Family
}

// SessionsDone lists the sessions started in [since, until) with at least
// one set completed, oldest first.
func (rp Report) SessionsDone(ctx context.Context, since, until time.Time) ([]SessionDone, error) {
	w := filterWhere(Filter{Since: since, Until: until})
	w.and("t.completed = 1")
	rows, err := rp.st.r.QueryContext(ctx, `SELECT s.id, s.kind, s.routine_id, s.started_at, t.family
		FROM sessions s JOIN sets t ON t.session_id = s.id `+w.String()+`ORDER BY s.started_at, s.id, t.id`, w.args...)
	if err != nil {
		return nil, fmt.Errorf("history: sessions done: %w", err)
	}
	defer rows.Close()
	loc := since.Location()
	var out []SessionDone
	last := int64(-1)
	for rows.Next() {
		var id, at int64
		var kind routines.SessionKind
		var routine string
		var fam routines.Family
		if err := rows.Scan(&id, &kind, &routine, &at, &fam); err != nil {
			return nil, fmt.Errorf("history: sessions done: %w", err)
		}
		if id != last {
			out = append(out, SessionDone{Day: fromMS(at).In(loc).Format(time.DateOnly), Kind: kind, RoutineID: routine})
			last = id
		}
		s := &out[len(out)-1]
		if !slices.Contains(s.Families, fam) {
			s.Families = append(s.Families, fam)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("history: sessions done: %w", err)
	}
	return out, nil
}
