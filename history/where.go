package history

import (
	"strings"
	"time"
)

// where builds a WHERE clause: conditions that must all hold, with their
// arguments in order. It is the one place queries add a time range, a
// routine or paging to their WHERE.
type where struct {
	conds []string
	args  []any
}

// and adds a condition and its arguments.
func (w *where) and(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

// timeRange keeps col in [since, until); a zero time leaves that side open.
func (w *where) timeRange(col string, since, until time.Time) {
	if !since.IsZero() {
		w.and(col+" >= ?", ms(since))
	}
	if !until.IsZero() {
		w.and(col+" < ?", ms(until))
	}
}

// String is the clause, "WHERE a AND b " with a trailing space, or "" when
// there are no conditions.
func (w where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return "WHERE " + strings.Join(w.conds, " AND ") + " "
}

// filterWhere is f's time range and routine (not its paging), for queries
// on sessions aliased s.
func filterWhere(f Filter) where {
	var w where
	w.timeRange("s.started_at", f.Since, f.Until)
	if f.RoutineID != "" {
		w.and("s.routine_id = ?", f.RoutineID)
	}
	return w
}
