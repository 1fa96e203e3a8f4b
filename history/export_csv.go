package history

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/centra-app/centra/routines"
)

// FullExport is the document WriteJSON writes with Triggers set: an Export
// (same fields, same order) followed by the trigger log, oldest first. A
// reader of Export can decode it unchanged; "triggers" is one more key.
type FullExport struct {
	Export
	Triggers []TriggerRecord `json:"triggers"`
}

// JSONOptions choose what WriteJSON writes.
type JSONOptions struct {
	// Filter keeps the sessions in its range and of its routine; its Limit
	// and BeforeID are ignored.
	Filter Filter
	// Triggers appends the trigger log (in Filter's range) as "triggers".
	Triggers bool
	// Now stamps exported_at; zero means time.Now().
	Now time.Time
}

// WriteJSON writes the sessions o.Filter selects as an Export document,
// oldest first, exactly as ExportJSON does for the zero options, streaming
// in batches from one consistent snapshot so memory stays small.
func (s *Store) WriteJSON(ctx context.Context, w io.Writer, o JSONOptions) error {
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("history: export: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // read-only
	now := o.Now
	if now.IsZero() {
		now = time.Now()
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
	fmt.Fprintf(bw, "%s,\"sessions\":[", head[:len(head)-1])
	where, fargs := filterWhere(o.Filter)
	cond := "WHERE s.id > ? "
	if where != "" {
		cond = where + "AND s.id > ? "
	}
	var after int64
	first := true
	for {
		args := append(append([]any{}, fargs...), after, exportBatch)
		sums, err := querySummaries(ctx, tx, summarySelect+cond+"ORDER BY s.id LIMIT ?", args...)
		if err != nil {
			return fmt.Errorf("history: export: %w", err)
		}
		if len(sums) == 0 {
			break
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
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("history: export: %w", err)
		}
	}
	bw.WriteString("\n]")
	if o.Triggers {
		if err := writeTriggers(ctx, tx, bw, o.Filter); err != nil {
			return fmt.Errorf("history: export triggers: %w", err)
		}
	}
	bw.WriteString("}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("history: export: %w", err)
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
	where, args := timeRange("at", f.Since, f.Until)
	rows, err := tx.QueryContext(ctx, "SELECT id, at, kind, note FROM triggers "+where+" ORDER BY id", args...)
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

// CSVHeader names the columns ExportCSV writes: the session, the check-in,
// then the set it followed (empty for a baseline).
var CSVHeader = []string{
	"session_id", "session_kind", "routine_id", "routine_name", "session_started_at", "session_ended_at",
	"session_status", "session_reason", "sets_planned",
	"check_in_id", "at", "kind", "moved", "reach", "reach_name", "leg", "leg_pain", "back_pain",
	"tingling", "tingling_reach", "urgent",
	"set_id", "block", "set", "exercise_id", "family", "level", "set_started_at", "set_ended_at",
	"unit", "planned", "done", "completed",
}

// CSVTime is the layout of every time ExportCSV writes: local time to the
// millisecond, with its offset, which spreadsheets read and which keeps
// the stored instant exactly.
const CSVTime = "2006-01-02T15:04:05.000Z07:00"

// ExportCSV writes one row per check-in of the sessions f selects (its
// Limit and BeforeID are ignored), for spreadsheets: sessions oldest
// first, check-ins in time order, each with its session and set. Urgent
// symptoms are a JSON list, empty when none; tingling_reach is as stored.
// It streams one query from one snapshot, so memory stays small.
func (s *Store) ExportCSV(ctx context.Context, w io.Writer, f Filter) error {
	where, args := filterWhere(f)
	rows, err := s.r.QueryContext(ctx, `SELECT s.id, s.kind, s.routine_id, s.routine_name, s.started_at, s.ended_at,
		s.status, s.reason, s.sets_planned,
		c.id, c.at, c.kind, c.moved, c.reach, c.leg, c.leg_pain, c.back_pain, c.tingling, c.tingling_reach, c.urgent,
		t.id, t.block, t.set_index, t.exercise_id, t.family, t.level, t.started_at, t.ended_at,
		t.unit, t.planned, t.done, t.completed
		FROM sessions s JOIN check_ins c ON c.session_id = s.id
		LEFT JOIN sets t ON t.id = c.set_id `+where+`ORDER BY s.id, c.at, c.id`, args...)
	if err != nil {
		return fmt.Errorf("history: export csv: %w", err)
	}
	defer rows.Close()
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return fmt.Errorf("history: export csv: %w", err)
	}
	// Columns scan as raw bytes (NULL: nil) and are written as they are,
	// but for times and the reach name.
	var col [32]sql.RawBytes
	dest := make([]any, len(col))
	for i := range col {
		dest[i] = &col[i]
	}
	rec := make([]string, 0, len(CSVHeader))
	str := func(i int) string { return string(col[i]) }
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return fmt.Errorf("history: export csv: %w", err)
		}
		urgent := str(19)
		if urgent == "[]" {
			urgent = ""
		}
		reach, _ := strconv.Atoi(str(13))
		rec = append(rec[:0], str(0), str(1), str(2), str(3), csvTime(col[4]), csvTime(col[5]), str(6), str(7), str(8),
			str(9), csvTime(col[10]), str(11), str(12), str(13), routines.Reach(reach).String(),
			str(14), str(15), str(16), str(17), str(18), urgent,
			str(20), str(21), str(22), str(23), str(24), str(25), csvTime(col[26]), csvTime(col[27]),
			str(28), str(29), str(30), str(31))
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("history: export csv: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("history: export csv: %w", err)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("history: export csv: %w", err)
	}
	return nil
}

// csvTime formats a stored time column, empty when NULL.
func csvTime(v sql.RawBytes) string {
	if v == nil {
		return ""
	}
	n, err := strconv.ParseInt(string(v), 10, 64)
	if err != nil {
		return string(v)
	}
	return fromMS(n).Format(CSVTime)
}
