package history

import (
	"context"
	"encoding/json"
	"fmt"
)

const setSelect = `SELECT id, session_id, block, set_index, exercise_id, family, level,
	started_at, ended_at, unit, planned, done, completed FROM sets `

const checkInSelect = `SELECT id, session_id, coalesce(set_id, 0), at, kind, moved, reach, leg,
	leg_pain, back_pain, tingling, tingling_reach, urgent FROM check_ins `

const decisionSelect = `SELECT id, session_id, at, rule_id, action, reason FROM decisions `

// rowScanner is *sql.Rows, or anything that scans like it.
type rowScanner interface{ Scan(dest ...any) error }

// fillDetails loads the sets, check-ins and decisions of details, whose ids
// must be ascending and cover every session between the first and the
// last: one range query per table, whatever the number of sessions.
func fillDetails(ctx context.Context, q querier, details []SessionDetail) error {
	if len(details) == 0 {
		return nil
	}
	lo, hi := details[0].ID, details[len(details)-1].ID
	index := make(map[int64]*SessionDetail, len(details))
	for i := range details {
		d := &details[i]
		d.Sets, d.CheckIns, d.Decisions = []SetRecord{}, []CheckInRecord{}, []DecisionRecord{}
		index[d.ID] = d
	}
	const span = "WHERE session_id BETWEEN ? AND ? "
	err := each(ctx, q, setSelect+span+"ORDER BY session_id, started_at, id", lo, hi, func(r rowScanner) error {
		sid, rec, err := scanSet(r)
		if d := index[sid]; err == nil && d != nil {
			d.Sets = append(d.Sets, rec)
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("read sets: %w", err)
	}
	err = each(ctx, q, checkInSelect+span+"ORDER BY session_id, at, id", lo, hi, func(r rowScanner) error {
		rec, err := scanCheckIn(r)
		if d := index[rec.sessionID]; err == nil && d != nil {
			d.CheckIns = append(d.CheckIns, rec.CheckInRecord)
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("read check-ins: %w", err)
	}
	err = each(ctx, q, decisionSelect+span+"ORDER BY session_id, at, id", lo, hi, func(r rowScanner) error {
		var rec DecisionRecord
		var sid, at int64
		err := r.Scan(&rec.ID, &sid, &at, &rec.RuleID, &rec.Action, &rec.Reason)
		rec.At = fromMS(at)
		if d := index[sid]; err == nil && d != nil {
			d.Decisions = append(d.Decisions, rec)
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("read decisions: %w", err)
	}
	return nil
}

// each runs query and calls fn for every row.
func each(ctx context.Context, q querier, query string, lo, hi int64, fn func(rowScanner) error) error {
	rows, err := q.QueryContext(ctx, query, lo, hi)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

func scanSet(r rowScanner) (sessionID int64, rec SetRecord, err error) {
	var started, ended int64
	err = r.Scan(&rec.ID, &sessionID, &rec.Block, &rec.Set, &rec.ExerciseID, &rec.Family, &rec.Level,
		&started, &ended, &rec.Unit, &rec.Planned, &rec.Done, &rec.Completed)
	rec.StartedAt, rec.EndedAt = fromMS(started), fromMS(ended)
	return sessionID, rec, err
}

// storedCheckIn is a check-in row with the session it belongs to.
type storedCheckIn struct {
	CheckInRecord
	sessionID int64
}

func scanCheckIn(r rowScanner) (storedCheckIn, error) {
	var (
		rec    storedCheckIn
		at     int64
		urgent string
	)
	err := r.Scan(&rec.ID, &rec.sessionID, &rec.SetID, &at, &rec.Kind, &rec.Moved, &rec.Reach, &rec.Leg,
		&rec.LegPain, &rec.BackPain, &rec.Tingling, &rec.TinglingReach, &urgent)
	if err != nil {
		return rec, err
	}
	rec.At = fromMS(at)
	if !rec.Reach.Valid() || !rec.TinglingReach.Valid() || rec.LegPain < 0 || rec.LegPain > 10 || rec.BackPain < 0 || rec.BackPain > 10 {
		return rec, fmt.Errorf("check-in %d holds a value outside its scale (reach %d, leg pain %d, back pain %d): %w",
			rec.ID, rec.Reach, rec.LegPain, rec.BackPain, ErrOutOfRange)
	}
	var list []string
	if err := json.Unmarshal([]byte(urgent), &list); err != nil {
		return rec, fmt.Errorf("check-in %d: urgent symptoms: %w", rec.ID, err)
	}
	if len(list) > 0 {
		rec.Urgent = list
	}
	return rec, nil
}
