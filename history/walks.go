package history

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/centra-app/centra/routines"
)

// Walks reads the walk log (Journal.AddWalk writes it).
type Walks struct{ st *Store }

// Walks returns the store's reads of the walk log.
func (s *Store) Walks() Walks { return Walks{st: s} }

// WalkRecord is a stored walk.
type WalkRecord struct {
	ID int64
	routines.Walk
}

// walkJSON is the wire form of a walk: snake_case, like the rest.
type walkJSON struct {
	ID      int64             `json:"id"`
	At      time.Time         `json:"at"`
	Minutes int               `json:"minutes"`
	Feel    routines.WalkFeel `json:"feel"`
}

// MarshalJSON implements json.Marshaler.
func (r WalkRecord) MarshalJSON() ([]byte, error) {
	return json.Marshal(walkJSON{ID: r.ID, At: r.At, Minutes: r.Minutes, Feel: r.Feel})
}

// UnmarshalJSON implements json.Unmarshaler.
func (r *WalkRecord) UnmarshalJSON(b []byte) error {
	var j walkJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*r = WalkRecord{ID: j.ID, Walk: routines.Walk{At: j.At, Minutes: j.Minutes, Feel: j.Feel}}
	return nil
}

// AddWalk records a walk and returns its id. It must pass
// routines.Walk.Validate.
func (j Journal) AddWalk(ctx context.Context, w routines.Walk) (int64, error) {
	if err := w.Validate(); err != nil {
		return 0, fmt.Errorf("history: add walk: %w: %w", ErrInvalid, err)
	}
	if w.At.IsZero() {
		return 0, fmt.Errorf("history: add walk: %w: time is required", ErrInvalid)
	}
	var id int64
	err := j.st.write(ctx, "add walk", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO walks (at, minutes, feel) VALUES (?, ?, ?)`,
			ms(w.At), w.Minutes, string(w.Feel))
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	return id, err
}

// List lists the walks logged in [since, until), oldest first. A zero
// since or until leaves that side open.
func (wl Walks) List(ctx context.Context, since, until time.Time) ([]WalkRecord, error) {
	var w where
	w.timeRange("at", since, until)
	rows, err := wl.st.r.QueryContext(ctx, "SELECT id, at, minutes, feel FROM walks "+w.String()+"ORDER BY at, id", w.args...)
	if err != nil {
		return nil, fmt.Errorf("history: list walks: %w", err)
	}
	defer rows.Close()
	out, err := scanWalks(rows)
	if err != nil {
		return nil, fmt.Errorf("history: list walks: %w", err)
	}
	return out, nil
}

func scanWalks(rows *sql.Rows) ([]WalkRecord, error) {
	out := []WalkRecord{}
	for rows.Next() {
		var r WalkRecord
		var at int64
		if err := rows.Scan(&r.ID, &at, &r.Minutes, &r.Feel); err != nil {
			return nil, err
		}
		r.At = fromMS(at)
		out = append(out, r)
	}
	return out, rows.Err()
}

func writeWalks(ctx context.Context, tx *sql.Tx, bw *bufio.Writer, f Filter) error {
	var w where
	w.timeRange("at", f.Since, f.Until)
	rows, err := tx.QueryContext(ctx, "SELECT id, at, minutes, feel FROM walks "+w.String()+"ORDER BY at, id", w.args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	walks, err := scanWalks(rows)
	if err != nil {
		return err
	}
	bw.WriteString(`,"walks":[`)
	first := true
	for _, r := range walks {
		if err := writeItem(bw, r, &first); err != nil {
			return err
		}
	}
	bw.WriteString("\n]")
	return nil
}
