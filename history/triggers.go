package history

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/centra-app/centra/routines"
)

// Triggers reads the trigger log: what set the pain off, and how often.
// Entries are written by Journal.AddTrigger.
type Triggers struct{ st *Store }

// Triggers returns the store's reads of the trigger log.
func (s *Store) Triggers() Triggers { return Triggers{st: s} }

// TriggerRecord is a stored entry of the trigger log.
type TriggerRecord struct {
	ID int64
	routines.Trigger
}

// triggerJSON is the wire form of a trigger: snake_case, like the rest.
type triggerJSON struct {
	ID   int64                `json:"id"`
	At   time.Time            `json:"at"`
	Kind routines.TriggerKind `json:"kind"`
	Note string               `json:"note,omitempty"`
}

// MarshalJSON implements json.Marshaler.
func (r TriggerRecord) MarshalJSON() ([]byte, error) {
	return json.Marshal(triggerJSON{ID: r.ID, At: r.At, Kind: r.Kind, Note: r.Note})
}

// UnmarshalJSON implements json.Unmarshaler.
func (r *TriggerRecord) UnmarshalJSON(b []byte) error {
	var j triggerJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*r = TriggerRecord{ID: j.ID, Trigger: routines.Trigger{At: j.At, Kind: j.Kind, Note: j.Note}}
	return nil
}

// TriggerCount is how often one kind of trigger was logged.
type TriggerCount struct {
	Kind  routines.TriggerKind
	Count int
}

// AddTrigger records an entry of the trigger log and returns its id. It
// must pass routines.Trigger.Validate.
func (j Journal) AddTrigger(ctx context.Context, t routines.Trigger) (int64, error) {
	if err := t.Validate(); err != nil {
		return 0, fmt.Errorf("history: add trigger: %w: %w", ErrInvalid, err)
	}
	if t.At.IsZero() {
		return 0, fmt.Errorf("history: add trigger: %w: time is required", ErrInvalid)
	}
	var id int64
	err := j.st.write(ctx, "add trigger", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO triggers (at, kind, note) VALUES (?, ?, ?)`,
			ms(t.At), string(t.Kind), t.Note)
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	return id, err
}

// List lists the triggers logged in [since, until), newest first, at
// most limit of them (0: no cap). A zero since or until leaves that side
// open.
func (tl Triggers) List(ctx context.Context, since, until time.Time, limit int) ([]TriggerRecord, error) {
	var w where
	w.timeRange("at", since, until)
	q := "SELECT id, at, kind, note FROM triggers " + w.String() + "ORDER BY at DESC, id DESC"
	args := w.args
	if limit > 0 {
		q += " LIMIT ?"
		args = append(args, limit)
	}
	rows, err := tl.st.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("history: list triggers: %w", err)
	}
	defer rows.Close()
	out := []TriggerRecord{}
	for rows.Next() {
		var t TriggerRecord
		var at int64
		if err := rows.Scan(&t.ID, &at, &t.Kind, &t.Note); err != nil {
			return nil, fmt.Errorf("history: list triggers: %w", err)
		}
		t.At = fromMS(at)
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("history: list triggers: %w", err)
	}
	return out, nil
}

// Counts counts the triggers logged in [since, until) by kind, most
// frequent first (ties in the order of routines.TriggerKinds).
func (tl Triggers) Counts(ctx context.Context, since, until time.Time) ([]TriggerCount, error) {
	var w where
	w.timeRange("at", since, until)
	rows, err := tl.st.r.QueryContext(ctx, "SELECT kind, count(*) FROM triggers "+w.String()+"GROUP BY kind", w.args...)
	if err != nil {
		return nil, fmt.Errorf("history: count triggers: %w", err)
	}
	defer rows.Close()
	n := map[routines.TriggerKind]int{}
	for rows.Next() {
		var k routines.TriggerKind
		var c int
		if err := rows.Scan(&k, &c); err != nil {
			return nil, fmt.Errorf("history: count triggers: %w", err)
		}
		n[k] = c
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("history: count triggers: %w", err)
	}
	out := []TriggerCount{}
	for _, k := range routines.TriggerKinds {
		if n[k] > 0 {
			out = append(out, TriggerCount{k, n[k]})
		}
	}
	for i := 1; i < len(out); i++ { // stable insertion sort by count
		for j := i; j > 0 && out[j].Count > out[j-1].Count; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out, nil
}

// SeedTriggers logs about one trigger every other day from start for the
// given number of days, in one transaction, for demos and benchmarks (see
// Seed). The same rng seed gives the same log.
func SeedTriggers(ctx context.Context, s *Store, start time.Time, days int, rng *rand.Rand) error {
	notes := []string{"long meeting", "carried shopping", "cold morning", "low sofa"}
	return s.write(ctx, "seed triggers", func(tx *sql.Tx) error {
		st, err := tx.PrepareContext(ctx, `INSERT INTO triggers (at, kind, note) VALUES (?, ?, ?)`)
		if err != nil {
			return err
		}
		defer st.Close()
		for d := range days {
			if rng.IntN(2) == 0 {
				continue
			}
			at := start.AddDate(0, 0, d).Add(time.Duration(8+rng.IntN(12)) * time.Hour)
			k := routines.TriggerKinds[rng.IntN(len(routines.TriggerKinds))]
			note := ""
			if k == routines.TriggerOther {
				note = notes[rng.IntN(len(notes))]
			}
			if _, err := st.ExecContext(ctx, ms(at), string(k), note); err != nil {
				return err
			}
		}
		return nil
	})
}
