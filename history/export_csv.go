package history

import (
	"context"
	"database/sql"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/centra-app/centra/routines"
)

// CSVHeader names the columns Exporter.CSV writes: the session, the check-in,
// then the set it followed (empty for a baseline).
var CSVHeader = []string{
	"session_id", "session_kind", "routine_id", "routine_name", "session_started_at", "session_ended_at",
	"session_status", "session_reason", "sets_planned",
	"check_in_id", "at", "kind", "moved", "reach", "reach_name", "leg", "leg_pain", "back_pain",
	"tingling", "tingling_reach", "urgent",
	"set_id", "block", "set", "exercise_id", "family", "level", "set_started_at", "set_ended_at",
	"unit", "planned", "done", "completed",
}

// CSVTime is the layout of every time Exporter.CSV writes: local time to the
// millisecond, with its offset, which spreadsheets read and which keeps
// the stored instant exactly.
const CSVTime = "2006-01-02T15:04:05.000Z07:00"

// CSV writes one row per check-in of the sessions f selects (its
// Limit and BeforeID are ignored), for spreadsheets: sessions oldest
// first, check-ins in time order, each with its session and set. Urgent
// symptoms are a JSON list, empty when none; tingling_reach is as stored.
// It streams one query from one snapshot, so memory stays small.
func (ex Exporter) CSV(ctx context.Context, w io.Writer, f Filter) error {
	cond := filterWhere(f)
	rows, err := ex.st.r.QueryContext(ctx, `SELECT s.id, s.kind, s.routine_id, s.routine_name, s.started_at, s.ended_at,
		s.status, s.reason, s.sets_planned,
		c.id, c.at, c.kind, c.moved, c.reach, c.leg, c.leg_pain, c.back_pain, c.tingling, c.tingling_reach, c.urgent,
		t.id, t.block, t.set_index, t.exercise_id, t.family, t.level, t.started_at, t.ended_at,
		t.unit, t.planned, t.done, t.completed
		FROM sessions s JOIN check_ins c ON c.session_id = s.id
		LEFT JOIN sets t ON t.id = c.set_id `+cond.String()+`ORDER BY s.id, c.at, c.id`, cond.args...)
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
