package history

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/centra-app/centra/routines"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

var (
	// ErrNotFound is returned (wrapped) when a session or set id does not
	// exist.
	ErrNotFound = errors.New("not found")
	// ErrInvalid is returned (wrapped) when a value cannot be stored as
	// given: retrying the same call will not help.
	ErrInvalid = errors.New("invalid")
)

// ReasonInterrupted is the reason MarkInterrupted gives a session.
const ReasonInterrupted = "interrupted"

// Journal is where what a person does is written as it happens: a
// session set by set, an entry of the trigger log, a walk, a weekly
// function measure, and the small state kept beside them (the plan, the
// first-run answers, the direction test results). It is what the save
// queue writes to (persist.Store and save's logs); reading back is done
// by the other record types.
type Journal struct{ st *Store }

// Journal returns the store's writes.
func (s *Store) Journal() Journal { return Journal{st: s} }

// StartSession records the start of a session, in progress and owned by
// this process, and returns its id.
func (j Journal) StartSession(ctx context.Context, kind routines.SessionKind, routineID, routineName string, at time.Time) (int64, error) {
	if kind == "" || routineID == "" || at.IsZero() {
		return 0, fmt.Errorf("history: start session: %w: kind, routine id and time are required", ErrInvalid)
	}
	pid := os.Getpid()
	var id int64
	err := j.st.write(ctx, "start session", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO sessions
			(kind, routine_id, routine_name, started_at, status, owner_pid, owner_start)
			VALUES (?, ?, ?, ?, ?, ?, ?)`,
			string(kind), routineID, routineName, ms(at), string(routines.StatusInProgress), pid, processStart(pid))
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	return id, err
}

// AddCheckIn records a check-in of a session and returns its id. setID is
// the set it followed, or 0 for none (a baseline). The check-in must pass
// routines.CheckIn.Validate.
func (j Journal) AddCheckIn(ctx context.Context, sessionID, setID int64, c routines.CheckIn) (int64, error) {
	if err := c.Validate(); err != nil {
		return 0, fmt.Errorf("history: add check-in: %w: %w", ErrInvalid, err)
	}
	if c.At.IsZero() || c.Kind == "" {
		return 0, fmt.Errorf("history: add check-in: %w: time and kind are required", ErrInvalid)
	}
	urgent, err := json.Marshal(nonNil(c.Urgent))
	if err != nil {
		return 0, fmt.Errorf("history: add check-in: %w", err)
	}
	var set any
	if setID != 0 {
		set = setID
	}
	var id int64
	err = j.st.write(ctx, "add check-in", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO check_ins
			(session_id, set_id, at, kind, moved, reach, leg, leg_pain, back_pain, tingling, tingling_reach, urgent)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			sessionID, set, ms(c.At), string(c.Kind), string(c.Moved), int(c.Reach), string(c.Leg),
			c.LegPain, c.BackPain, c.Tingling, int(c.TinglingReach), string(urgent))
		if err != nil {
			return notFound(err, "session %d or its set %d", sessionID, setID)
		}
		id, err = res.LastInsertId()
		return err
	})
	return id, err
}

// AddSet records a finished (or abandoned) set of a session and returns
// its id.
func (j Journal) AddSet(ctx context.Context, sessionID int64, r routines.SetResult) (int64, error) {
	switch {
	case r.StartedAt.IsZero() || r.EndedAt.IsZero():
		return 0, fmt.Errorf("history: add set: %w: start and end times are required", ErrInvalid)
	case r.Block < 0 || r.Set < 0 || r.Planned < 0 || r.Done < 0:
		return 0, fmt.Errorf("history: add set: %w: negative block, set or count", ErrInvalid)
	case r.ExerciseID == "":
		return 0, fmt.Errorf("history: add set: %w: exercise id is required", ErrInvalid)
	}
	var id int64
	err := j.st.write(ctx, "add set", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO sets
			(session_id, block, set_index, exercise_id, family, level, started_at, ended_at, unit, planned, done, completed)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			sessionID, r.Block, r.Set, r.ExerciseID, string(r.Family), r.Level, ms(r.StartedAt), ms(r.EndedAt),
			string(r.Unit), r.Planned, r.Done, r.Completed)
		if err != nil {
			return notFound(err, "session %d", sessionID)
		}
		id, err = res.LastInsertId()
		return err
	})
	return id, err
}

// AddDecision records a coaching decision taken during a session.
func (j Journal) AddDecision(ctx context.Context, sessionID int64, d routines.DecisionRecord) error {
	if d.At.IsZero() || d.RuleID == "" {
		return fmt.Errorf("history: add decision: %w: time and rule id are required", ErrInvalid)
	}
	return j.st.write(ctx, "add decision", func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO decisions (session_id, at, rule_id, action, reason)
			VALUES (?, ?, ?, ?, ?)`, sessionID, ms(d.At), d.RuleID, d.Action, d.Reason)
		return notFound(err, "session %d", sessionID)
	})
}

// FinishSession records how a session ended. It may be called again for
// the same session (the last call wins), so a process whose session was
// marked interrupted by another one can still give the true ending.
func (j Journal) FinishSession(ctx context.Context, id int64, status routines.SessionStatus, reason string, at time.Time) error {
	if status == "" || status == routines.StatusInProgress || at.IsZero() {
		return fmt.Errorf("history: finish session %d: %w: an ending status and time are required", id, ErrInvalid)
	}
	return j.st.write(ctx, fmt.Sprintf("finish session %d", id), func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE sessions SET status = ?, reason = ?, ended_at = ? WHERE id = ?`,
			string(status), reason, ms(at), id)
		return oneRow(res, err, id)
	})
}

// SetPlanned records how many sets a session's routine has, for "7 of 8
// sets" in the history.
func (j Journal) SetPlanned(ctx context.Context, id int64, n int) error {
	return j.setCount(ctx, id, n, "planned sets", `UPDATE sessions SET sets_planned = ? WHERE id = ?`)
}

// SetCoachPlanned records how many sets a session plans after the coach
// cut or added sets during it; sets_planned keeps the routine's own count.
func (j Journal) SetCoachPlanned(ctx context.Context, id int64, n int) error {
	return j.setCount(ctx, id, n, "the coach's planned sets", `UPDATE sessions SET sets_coach = ? WHERE id = ?`)
}

// setCount writes a session's count of sets n with update, whose two
// parameters are n and the session's id; what names the count in errors.
func (j Journal) setCount(ctx context.Context, id int64, n int, what, update string) error {
	if n < 0 {
		return fmt.Errorf("history: set %s of session %d: %w: negative count", what, id, ErrInvalid)
	}
	return j.st.write(ctx, fmt.Sprintf("set %s of session %d", what, id), func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, update, n, id)
		return oneRow(res, err, id)
	})
}

// MarkInterrupted ends every session left in progress by a program that is
// gone (a crash, a closed terminal, kill -9): each becomes cut short with
// reason "interrupted", ending at its last recorded moment, and everything
// recorded in it is kept. Sessions started after at are left alone, and so
// is any session whose owning process is still running (another centra in
// another terminal, or this one). It returns the sessions it ended.
func (j Journal) MarkInterrupted(ctx context.Context, at time.Time) ([]SessionSummary, error) {
	// Look first, through a reader: a launch with nothing to mark (nearly
	// every launch) writes nothing, so it does not wait for the health
	// check that every write waits for.
	if orphans, err := findOrphans(ctx, j.st.r, at); err != nil || len(orphans) == 0 {
		if err != nil {
			return nil, fmt.Errorf("history: mark interrupted sessions: %w", err)
		}
		return nil, nil
	}
	var ids []int64
	err := j.st.write(ctx, "mark interrupted sessions", func(tx *sql.Tx) error {
		orphans, err := findOrphans(ctx, tx, at)
		if err != nil {
			return err
		}
		for _, id := range orphans {
			_, err := tx.ExecContext(ctx, `UPDATE sessions SET status = ?2, reason = ?3, ended_at = max(started_at,
				coalesce((SELECT max(ended_at) FROM sets WHERE session_id = ?1), 0),
				coalesce((SELECT max(at) FROM check_ins WHERE session_id = ?1), 0),
				coalesce((SELECT max(at) FROM decisions WHERE session_id = ?1), 0))
				WHERE id = ?1 AND status = 'in-progress'`,
				id, string(routines.StatusCutShort), ReasonInterrupted)
			if err != nil {
				return err
			}
		}
		ids = orphans
		return nil
	})
	if err != nil || len(ids) == 0 {
		return nil, err
	}
	return j.st.Sessions().summariesByID(ctx, ids)
}

// ms is how times are stored: milliseconds since the Unix epoch.
func ms(t time.Time) int64 { return t.UnixMilli() }

// fromMS turns a stored time back into local time.
func fromMS(v int64) time.Time { return time.UnixMilli(v) }

func nonNil(v []string) []string {
	if v == nil {
		return []string{}
	}
	return v
}

// notFound turns a foreign key failure into ErrNotFound naming what was
// missing; other errors pass through.
func notFound(err error, format string, args ...any) error {
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code() == sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY {
		return fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), ErrNotFound)
	}
	return err
}

// oneRow checks that an UPDATE of session id changed a row.
func oneRow(res sql.Result, err error, id int64) error {
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("session %d: %w", id, ErrNotFound)
	}
	return nil
}

// orphanQuery lists the sessions in progress started by a time. It walks
// the partial index of sessions in progress (nearly always empty): the
// unary + keeps SQLite from choosing sessions_by_start instead, which every
// launch read from end to end, with every row of the sessions table, at
// ten years 2 MiB of page cache.
const orphanQuery = `SELECT id, owner_pid, owner_start FROM sessions
		WHERE status = 'in-progress' AND +started_at <= ?`

// findOrphans lists the sessions started by at and still in progress
// whose owning process is gone.
func findOrphans(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, at time.Time) ([]int64, error) {
	rows, err := q.QueryContext(ctx, orphanQuery, ms(at))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var orphans []int64
	for rows.Next() {
		var id int64
		var pid int
		var start uint64
		if err := rows.Scan(&id, &pid, &start); err != nil {
			return nil, err
		}
		if !ownerAlive(pid, start) {
			orphans = append(orphans, id)
		}
	}
	return orphans, rows.Err()
}
