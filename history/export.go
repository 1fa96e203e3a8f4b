package history

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"time"
)

// Exporter writes the history out for the person to keep or share: the
// JSON document and the CSV sheets.
type Exporter struct{ st *Store }

// Export returns the store's exports.
func (s *Store) Export() Exporter { return Exporter{st: s} }

// ExportFormat names the document Exporter.JSON writes.
const ExportFormat = "centra-history"

// exportBatch is how many sessions Exporter.JSON holds in memory at a time.
const exportBatch = 500

// Export is the document Exporter.JSON writes, for readers that decode it:
//
//	{"format": "centra-history", "schema_version": 1, "exported_at": "...",
//	 "sessions": [{...session, "sets": [...], "check_ins": [...], "decisions": [...]}, ...]}
//
// Sessions come oldest first. Nothing internal (such as which process ran
// a session) and none of the key/value state is included.
type Export struct {
	Format        string          `json:"format"`
	SchemaVersion int             `json:"schema_version"`
	ExportedAt    time.Time       `json:"exported_at"`
	Sessions      []SessionDetail `json:"sessions"`
}

// FullExport is the document Exporter.JSON writes with Triggers set: an Export
// (same fields, same order) followed by the trigger log, oldest first. A
// reader of Export can decode it unchanged; "triggers" is one more key.
type FullExport struct {
	Export
	Triggers []TriggerRecord `json:"triggers"`
	// Function is the weekly function measures, oldest first, when asked
	// for (JSONOptions.Function).
	Function []FunctionRecord `json:"function,omitempty"`
	// PlanChanges lists every change of the plan, oldest first, each with
	// its rule and date, when asked for (JSONOptions.PlanChanges).
	PlanChanges []PlanChange `json:"plan_changes,omitempty"`
	// Walks is the walks logged from home, oldest first, when asked for
	// (JSONOptions.Walks).
	Walks []WalkRecord `json:"walks,omitempty"`
}

// JSONOptions choose what Exporter.JSON writes.
type JSONOptions struct {
	// Filter keeps the sessions in its range and of its routine; its Limit
	// and BeforeID are ignored.
	Filter Filter
	// Triggers appends the trigger log (in Filter's range) as "triggers".
	Triggers bool
	// Function appends the weekly function measures (in Filter's time
	// range) as "function".
	Function bool
	// PlanChanges appends the plan's log (in Filter's time range) as
	// "plan_changes".
	PlanChanges bool
	// Walks appends the walks logged from home (in Filter's time range) as
	// "walks".
	Walks bool
	// Now stamps exported_at; zero means the store's clock now.
	Now time.Time
}

// JSON writes the sessions o.Filter selects (all of them for the zero
// options) with their sets, check-ins and decisions to w as an Export
// document, oldest first, one session per line. It reads one consistent
// snapshot and streams it in batches, so memory stays small whatever the
// size of the history.
func (ex Exporter) JSON(ctx context.Context, w io.Writer, o JSONOptions) error {
	tx, err := ex.st.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("history: export: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // read-only
	now := o.Now
	if now.IsZero() {
		now = ex.st.clock.Now()
	}
	bw := bufio.NewWriter(w)
	head, err := json.Marshal(struct {
		Format        string    `json:"format"`
		SchemaVersion int       `json:"schema_version"`
		ExportedAt    time.Time `json:"exported_at"`
	}{ExportFormat, SchemaVersion(), now.Truncate(time.Second)})
	if err != nil {
		return fmt.Errorf("history: export: %w", err)
	}
	// The header object, reopened to append the sessions array.
	fmt.Fprintf(bw, "%s,\"sessions\":[", head[:len(head)-1])
	if err := writeSessions(ctx, tx, bw, o.Filter); err != nil {
		return err
	}
	bw.WriteString("\n]")
	if err := writeLogs(ctx, tx, bw, o); err != nil {
		return err
	}
	bw.WriteString("}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("history: export: %w", err)
	}
	return nil
}

// writeSessions writes the sessions f selects, each with its details, as
// the elements of the sessions array, in batches of exportBatch.
func writeSessions(ctx context.Context, tx *sql.Tx, bw *bufio.Writer, f Filter) error {
	// Batches page by id: the filter's arguments, then the last id written
	// and the batch size.
	cond := filterWhere(f)
	cond.and("s.id > ?")
	var after int64
	first := true
	for {
		args := append(append([]any{}, cond.args...), after, exportBatch)
		sums, err := querySummaries(ctx, tx, summarySelect+cond.String()+"ORDER BY s.id LIMIT ?", args...)
		if err != nil {
			return fmt.Errorf("history: export: %w", err)
		}
		if len(sums) == 0 {
			return nil
		}
		details := make([]SessionDetail, len(sums))
		for i, sum := range sums {
			details[i].SessionSummary = sum
		}
		if err := fillDetails(ctx, tx, details); err != nil {
			return fmt.Errorf("history: export: %w", err)
		}
		for _, d := range details {
			if err := writeItem(bw, d, &first); err != nil {
				return fmt.Errorf("history: export session %d: %w", d.ID, err)
			}
		}
		after = sums[len(sums)-1].ID
		// Hand each batch on, and stop early if the writer has failed.
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("history: export: %w", err)
		}
	}
}

// writeLogs appends the logs o asks for after the sessions: the triggers,
// the function measures, the plan's changes and the walks.
func writeLogs(ctx context.Context, tx *sql.Tx, bw *bufio.Writer, o JSONOptions) error {
	if o.Triggers {
		if err := writeTriggers(ctx, tx, bw, o.Filter); err != nil {
			return fmt.Errorf("history: export triggers: %w", err)
		}
	}
	if o.Function {
		if err := writeFunction(ctx, tx, bw, o.Filter); err != nil {
			return fmt.Errorf("history: export function measures: %w", err)
		}
	}
	if o.PlanChanges {
		if err := writePlanChanges(ctx, tx, bw, o.Filter); err != nil {
			return fmt.Errorf("history: export plan changes: %w", err)
		}
	}
	if o.Walks {
		if err := writeWalks(ctx, tx, bw, o.Filter); err != nil {
			return fmt.Errorf("history: export walks: %w", err)
		}
	}
	return nil
}

// writeItem writes one array element, one per line.
func writeItem(bw *bufio.Writer, v any, first *bool) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if !*first {
		bw.WriteByte(',')
	}
	*first = false
	bw.WriteByte('\n')
	bw.Write(b)
	return nil
}

func writeTriggers(ctx context.Context, tx *sql.Tx, bw *bufio.Writer, f Filter) error {
	var w where
	w.timeRange("at", f.Since, f.Until)
	rows, err := tx.QueryContext(ctx, "SELECT id, at, kind, note FROM triggers "+w.String()+"ORDER BY id", w.args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	bw.WriteString(`,"triggers":[`)
	first := true
	for rows.Next() {
		var t TriggerRecord
		var at int64
		if err := rows.Scan(&t.ID, &at, &t.Kind, &t.Note); err != nil {
			return err
		}
		t.At = fromMS(at)
		if err := writeItem(bw, t, &first); err != nil {
			return err
		}
	}
	bw.WriteString("\n]")
	return rows.Err()
}

func writeFunction(ctx context.Context, tx *sql.Tx, bw *bufio.Writer, f Filter) error {
	var w where
	w.timeRange("at", f.Since, f.Until)
	rows, err := tx.QueryContext(ctx, "SELECT id, at, psfs, sitting_min, walking_min FROM function_measures "+
		w.String()+"ORDER BY at, id", w.args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	recs, err := scanFunction(rows)
	if err != nil {
		return err
	}
	bw.WriteString(`,"function":[`)
	first := true
	for _, r := range recs {
		if err := writeItem(bw, r, &first); err != nil {
			return err
		}
	}
	bw.WriteString("\n]")
	return nil
}
