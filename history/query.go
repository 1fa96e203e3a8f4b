package history

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/centra-app/centra/routines"
)

// querier is what reads need: a pool or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// summarySelect reads sessions with their set counts and their first
// (baseline) and latest check-ins. Each correlated lookup walks an index on
// session_id, so a page of summaries costs a few index probes per row.
const summarySelect = `SELECT s.id, s.kind, s.routine_id, s.routine_name, s.started_at, s.ended_at,
	s.status, s.reason, s.sets_planned, s.sets_coach,
	(SELECT count(*) FROM sets t WHERE t.session_id = s.id AND t.completed = 1),
	(SELECT count(*) FROM sets t WHERE t.session_id = s.id),
	b.at, b.reach, b.leg, b.leg_pain, b.back_pain,
	l.at, l.reach, l.leg, l.leg_pain, l.back_pain
FROM sessions s
LEFT JOIN check_ins b ON b.id = (SELECT c.id FROM check_ins c
	WHERE c.session_id = s.id AND c.kind = 'baseline' ORDER BY c.at, c.id LIMIT 1)
LEFT JOIN check_ins l ON l.id = (SELECT c.id FROM check_ins c
	WHERE c.session_id = s.id AND c.kind <> 'baseline' ORDER BY c.at DESC, c.id DESC LIMIT 1)
`

// Sessions reads the recorded sessions: the list, one in full, how many,
// the routines they ran and the latest check-in.
type Sessions struct{ st *Store }

// Sessions returns the store's reads of recorded sessions.
func (s *Store) Sessions() Sessions { return Sessions{st: s} }

// List lists sessions matching f, newest first (by start time, then
// id). Page with f.Limit and f.BeforeID set to the last id of the previous
// page.
func (ss Sessions) List(ctx context.Context, f Filter) ([]SessionSummary, error) {
	w := filterWhere(f)
	if f.BeforeID != 0 {
		// Keyset: everything that sorts after the given session.
		w.and("(s.started_at, s.id) < (SELECT started_at, id FROM sessions WHERE id = ?)", f.BeforeID)
	}
	q := summarySelect + w.String() + "ORDER BY s.started_at DESC, s.id DESC"
	args := w.args
	if f.Limit > 0 {
		q += " LIMIT ?"
		args = append(args, f.Limit)
	}
	out, err := querySummaries(ctx, ss.st.r, q, args...)
	if err != nil {
		return nil, fmt.Errorf("history: list sessions: %w", err)
	}
	return out, nil
}

// summariesByID returns the summaries of the given sessions, newest first.
func (ss Sessions) summariesByID(ctx context.Context, ids []int64) ([]SessionSummary, error) {
	var out []SessionSummary
	for _, id := range ids {
		got, err := querySummaries(ctx, ss.st.r, summarySelect+"WHERE s.id = ?", id)
		if err != nil {
			return nil, fmt.Errorf("history: read session %d: %w", id, err)
		}
		out = append(out, got...)
	}
	return out, nil
}

func querySummaries(ctx context.Context, q querier, query string, args ...any) ([]SessionSummary, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []SessionSummary
	for rows.Next() {
		var (
			x              SessionSummary
			started        int64
			ended, planned sql.NullInt64
			coach          sql.NullInt64
			b, l           nullReading
		)
		err := rows.Scan(&x.ID, &x.Kind, &x.RoutineID, &x.RoutineName, &started, &ended,
			&x.Status, &x.Reason, &planned, &coach, &x.SetsDone, &x.SetsRecorded,
			&b.at, &b.reach, &b.leg, &b.legPain, &b.backPain,
			&l.at, &l.reach, &l.leg, &l.legPain, &l.backPain)
		if err != nil {
			return nil, err
		}
		x.StartedAt = fromMS(started)
		if ended.Valid {
			x.EndedAt = fromMS(ended.Int64)
		}
		x.SetsPlanned, x.SetsCoach = int(planned.Int64), int(coach.Int64)
		x.Baseline, x.Last = b.reading(), l.reading()
		out = append(out, x)
	}
	return out, rows.Err()
}

// nullReading scans the check-in columns of a LEFT JOIN.
type nullReading struct {
	at, reach, legPain, backPain sql.NullInt64
	leg                          sql.NullString
}

func (n nullReading) reading() *Reading {
	if !n.at.Valid {
		return nil
	}
	return reading(routines.CheckIn{
		At: fromMS(n.at.Int64), Reach: routines.Reach(n.reach.Int64), Leg: routines.Leg(n.leg.String),
		LegPain: int(n.legPain.Int64), BackPain: int(n.backPain.Int64),
	})
}

// Detail returns one session with its sets, check-ins and decisions, each
// in time order, read from one consistent snapshot. A missing id gives an
// error wrapping ErrNotFound.
func (ss Sessions) Detail(ctx context.Context, id int64) (SessionDetail, error) {
	tx, err := ss.st.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return SessionDetail{}, fmt.Errorf("history: read session %d: %w", id, err)
	}
	defer tx.Rollback() //nolint:errcheck // read-only
	sums, err := querySummaries(ctx, tx, summarySelect+"WHERE s.id = ?", id)
	if err != nil {
		return SessionDetail{}, fmt.Errorf("history: read session %d: %w", id, err)
	}
	if len(sums) == 0 {
		return SessionDetail{}, fmt.Errorf("history: read session %d: %w", id, ErrNotFound)
	}
	details := []SessionDetail{{SessionSummary: sums[0]}}
	if err := fillDetails(ctx, tx, details); err != nil {
		return SessionDetail{}, fmt.Errorf("history: read session %d: %w", id, err)
	}
	return details[0], nil
}

// LastCheckIn returns the most recent check-in of any session, to pre-fill
// the next baseline; ok is false when there is none.
func (ss Sessions) LastCheckIn(ctx context.Context) (c routines.CheckIn, ok bool, err error) {
	rows, err := ss.st.r.QueryContext(ctx, checkInSelect+"ORDER BY at DESC, id DESC LIMIT 1")
	if err != nil {
		return c, false, fmt.Errorf("history: read last check-in: %w", err)
	}
	defer rows.Close()
	if rows.Next() {
		r, err := scanCheckIn(rows)
		if err != nil {
			return c, false, fmt.Errorf("history: read last check-in: %w", err)
		}
		return r.CheckIn, true, nil
	}
	if err := rows.Err(); err != nil {
		return c, false, fmt.Errorf("history: read last check-in: %w", err)
	}
	return c, false, nil
}
