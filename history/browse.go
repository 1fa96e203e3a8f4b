package history

import (
	"context"
	"fmt"
	"time"

	"github.com/centra-app/centra/routines"
)

// Count counts the sessions f's range and routine select (its
// Limit and BeforeID are ignored). It counts index entries only.
func (ss Sessions) Count(ctx context.Context, f Filter) (int, error) {
	w := filterWhere(f)
	var n int
	if err := ss.st.r.QueryRowContext(ctx, "SELECT count(*) FROM sessions s "+w.String(), w.args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("history: count sessions: %w", err)
	}
	return n, nil
}

// RoutineRef names a routine that appears in the history.
type RoutineRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Last is when its latest session started.
	Last time.Time `json:"last"`
}

// Routines lists every routine the history holds sessions of, the most
// recently done first, with the name of its latest session. It jumps from
// one routine to the next along the routine index, so its cost grows with
// the number of routines, not of sessions.
func (ss Sessions) Routines(ctx context.Context) ([]RoutineRef, error) {
	rows, err := ss.st.r.QueryContext(ctx, `WITH RECURSIVE r(id) AS (
			SELECT (SELECT min(routine_id) FROM sessions)
			UNION ALL
			SELECT (SELECT min(routine_id) FROM sessions WHERE routine_id > r.id) FROM r WHERE r.id IS NOT NULL)
		SELECT r.id, l.started_at, l.routine_name
		FROM r JOIN sessions l ON l.id = (SELECT x.id FROM sessions x WHERE x.routine_id = r.id
			ORDER BY x.started_at DESC, x.id DESC LIMIT 1)
		WHERE r.id IS NOT NULL ORDER BY l.started_at DESC, r.id`)
	if err != nil {
		return nil, fmt.Errorf("history: list routines: %w", err)
	}
	defer rows.Close()
	out := []RoutineRef{}
	for rows.Next() {
		var r RoutineRef
		var last int64
		if err := rows.Scan(&r.ID, &last, &r.Name); err != nil {
			return nil, fmt.Errorf("history: list routines: %w", err)
		}
		r.Last = fromMS(last)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("history: list routines: %w", err)
	}
	return out, nil
}

// MovementResponse is how the pain answered one exercise, over the
// check-ins taken right after its sets.
type MovementResponse struct {
	ExerciseID string
	Family     routines.Family
	// Sets counts the sets done; Up, Down, Same and Gone the answers after
	// them: the pain moved up toward the back, further down the leg,
	// stayed the same, or went away.
	Sets                 int
	Up, Down, Same, Gone int
	// First and Last are when the exercise was first and last done.
	First, Last time.Time
}

// Responses summarises, per exercise, the answers after its sets in the
// sessions started in [since, until) (zero times leave a side open), the
// most done first. It walks the sessions by start time, so a short range
// stays cheap whatever the size of the history.
func (rp Report) Responses(ctx context.Context, since, until time.Time) ([]MovementResponse, error) {
	w := filterWhere(Filter{Since: since, Until: until})
	rows, err := rp.st.r.QueryContext(ctx, `SELECT t.exercise_id, t.family, sum(t.completed),
		sum(c.moved = 'up'), sum(c.moved = 'down'), sum(c.moved = 'same'), sum(c.moved = 'gone'),
		min(t.started_at), max(t.started_at)
		FROM sessions s JOIN sets t ON t.session_id = s.id
		LEFT JOIN check_ins c ON c.set_id = t.id AND c.session_id = t.session_id AND c.kind = 'after-set'
		`+w.String()+`GROUP BY t.exercise_id, t.family ORDER BY sum(t.completed) DESC, t.exercise_id`, w.args...)
	if err != nil {
		return nil, fmt.Errorf("history: responses: %w", err)
	}
	defer rows.Close()
	out := []MovementResponse{}
	for rows.Next() {
		var r MovementResponse
		var first, last int64
		var up, down, same, gone *int64
		if err := rows.Scan(&r.ExerciseID, &r.Family, &r.Sets, &up, &down, &same, &gone, &first, &last); err != nil {
			return nil, fmt.Errorf("history: responses: %w", err)
		}
		r.Up, r.Down, r.Same, r.Gone = deref(up), deref(down), deref(same), deref(gone)
		r.First, r.Last = fromMS(first), fromMS(last)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("history: responses: %w", err)
	}
	return out, nil
}

func deref(p *int64) int {
	if p == nil {
		return 0
	}
	return int(*p)
}

// UrgentCheckIns lists the check-ins in which an urgent symptom was
// reported, newest first, at most limit (0: all of them; there are few).
func (rp Report) UrgentCheckIns(ctx context.Context, limit int) ([]CheckInRecord, error) {
	q := checkInSelect + "WHERE urgent <> '[]' ORDER BY at DESC, id DESC"
	var args []any
	if limit > 0 {
		q += " LIMIT ?"
		args = append(args, limit)
	}
	rows, err := rp.st.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("history: urgent check-ins: %w", err)
	}
	defer rows.Close()
	out := []CheckInRecord{}
	for rows.Next() {
		r, err := scanCheckIn(rows)
		if err != nil {
			return nil, fmt.Errorf("history: urgent check-ins: %w", err)
		}
		out = append(out, r.CheckInRecord)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("history: urgent check-ins: %w", err)
	}
	return out, nil
}
