package history

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/centra-app/centra/routines/function"
)

// Function reads the weekly measures of what the person can do: the
// activities they scored and how long they can sit, stand and walk
// (Journal.AddFunction writes them).
type Function struct{ st *Store }

// Function returns the store's reads of the weekly function measures.
func (s *Store) Function() Function { return Function{st: s} }

// FunctionRecord is a stored weekly function measure. Its JSON form is
// what `centra history --json` and the JSON export list as "function".
type FunctionRecord struct {
	ID int64
	function.Measure
}

// functionJSON is the wire form: a tolerance not answered is null.
type functionJSON struct {
	ID      int64             `json:"id"`
	At      time.Time         `json:"at"`
	PSFS    []function.Rating `json:"psfs"`
	Average *float64          `json:"psfs_average"`
	Sitting *int              `json:"sitting_minutes"`
	Walking *int              `json:"walking_minutes"`
}

func minutesPtr(v int) *int {
	if v == function.Unanswered {
		return nil
	}
	return &v
}

func minutesVal(p *int) int {
	if p == nil {
		return function.Unanswered
	}
	return *p
}

// MarshalJSON implements json.Marshaler.
func (r FunctionRecord) MarshalJSON() ([]byte, error) {
	j := functionJSON{ID: r.ID, At: r.At, PSFS: r.Ratings, Sitting: minutesPtr(r.Sitting), Walking: minutesPtr(r.Walking)}
	if j.PSFS == nil {
		j.PSFS = []function.Rating{}
	}
	if avg, ok := r.Average(); ok {
		j.Average = &avg
	}
	return json.Marshal(j)
}

// UnmarshalJSON implements json.Unmarshaler.
func (r *FunctionRecord) UnmarshalJSON(b []byte) error {
	var j functionJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*r = FunctionRecord{ID: j.ID, Measure: function.Measure{At: j.At, Ratings: j.PSFS,
		Sitting: minutesVal(j.Sitting), Walking: minutesVal(j.Walking)}}
	return nil
}

// AddFunction records a weekly measure and returns its id. It must pass
// function.Measure.Validate.
func (j Journal) AddFunction(ctx context.Context, m function.Measure) (int64, error) {
	if err := m.Validate(); err != nil {
		return 0, fmt.Errorf("history: add function measure: %w: %w", ErrInvalid, err)
	}
	ratings := m.Ratings
	if ratings == nil {
		ratings = []function.Rating{}
	}
	psfs, err := json.Marshal(ratings)
	if err != nil {
		return 0, fmt.Errorf("history: add function measure: %w", err)
	}
	null := func(v int) any {
		if v == function.Unanswered {
			return nil
		}
		return v
	}
	var id int64
	err = j.st.write(ctx, "add function measure", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO function_measures (at, psfs, sitting_min, walking_min) VALUES (?, ?, ?, ?)`,
			ms(m.At), string(psfs), null(m.Sitting), null(m.Walking))
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	return id, err
}

// Measures lists the measures taken in [since, until), oldest
// first. A zero since or until leaves that side open.
func (fl Function) Measures(ctx context.Context, since, until time.Time) ([]FunctionRecord, error) {
	var w where
	w.timeRange("at", since, until)
	rows, err := fl.st.r.QueryContext(ctx, "SELECT id, at, psfs, sitting_min, walking_min FROM function_measures "+
		w.String()+"ORDER BY at, id", w.args...)
	if err != nil {
		return nil, fmt.Errorf("history: list function measures: %w", err)
	}
	defer rows.Close()
	return scanFunction(rows)
}

// Last returns the newest measure; ok is false when there is none.
func (fl Function) Last(ctx context.Context) (FunctionRecord, bool, error) {
	rows, err := fl.st.r.QueryContext(ctx, "SELECT id, at, psfs, sitting_min, walking_min FROM function_measures ORDER BY at DESC, id DESC LIMIT 1")
	if err != nil {
		return FunctionRecord{}, false, fmt.Errorf("history: last function measure: %w", err)
	}
	defer rows.Close()
	out, err := scanFunction(rows)
	if err != nil || len(out) == 0 {
		return FunctionRecord{}, false, err
	}
	return out[0], true, nil
}

func scanFunction(rows *sql.Rows) ([]FunctionRecord, error) {
	out := []FunctionRecord{}
	for rows.Next() {
		var r FunctionRecord
		var at int64
		var psfs string
		var sit, walk sql.NullInt64
		if err := rows.Scan(&r.ID, &at, &psfs, &sit, &walk); err != nil {
			return nil, fmt.Errorf("history: read function measure: %w", err)
		}
		if err := json.Unmarshal([]byte(psfs), &r.Ratings); err != nil {
			return nil, fmt.Errorf("history: function measure %d: unreadable activities: %w", r.ID, err)
		}
		r.At, r.Sitting, r.Walking = fromMS(at), function.Unanswered, function.Unanswered
		if sit.Valid {
			r.Sitting = int(sit.Int64)
		}
		if walk.Valid {
			r.Walking = int(walk.Int64)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("history: read function measures: %w", err)
	}
	return out, nil
}
