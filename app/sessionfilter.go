package app

import "time"

// DatePresets are the date ranges the sessions list offers, in turn: days
// back from today, 0 for all dates.
var DatePresets = []struct {
	Days int
	Name string
}{{0, "all dates"}, {1, "today"}, {7, "last 7 days"}, {30, "last 30 days"}, {90, "last 90 days"}, {365, "last 365 days"}}

// SessionFilter is the choice of sessions the list shows: a date range
// (DatePresets[Range]) and a routine (0: all, else Routines[Routine-1],
// the routines found in the history).
type SessionFilter struct {
	Range, Routine int
	Routines       []RoutineRef
}

// NextRange moves to the next date range, round to all dates.
func (f *SessionFilter) NextRange() { f.Range = (f.Range + 1) % len(DatePresets) }

// NextRoutine moves to the next routine, round to all routines.
func (f *SessionFilter) NextRoutine() { f.Routine = (f.Routine + 1) % (len(f.Routines) + 1) }

// Clear shows every session again.
func (f *SessionFilter) Clear() { f.Range, f.Routine = 0, 0 }

// Filtered reports whether the filter leaves some sessions out.
func (f SessionFilter) Filtered() bool { return f.Range != 0 || f.Routine != 0 }

// routine is the routine chosen, if any.
func (f SessionFilter) routine() (RoutineRef, bool) {
	if f.Routine > 0 && f.Routine <= len(f.Routines) {
		return f.Routines[f.Routine-1], true
	}
	return RoutineRef{}, false
}

// Query is the query the filter makes at time now.
func (f SessionFilter) Query(now time.Time) SessionQuery {
	var q SessionQuery
	if d := DatePresets[f.Range].Days; d > 0 {
		q.Since = StartOfDay(now).AddDate(0, 0, 1-d)
	}
	if r, ok := f.routine(); ok {
		q.RoutineID = r.ID
	}
	return q
}

// Name says the filter in words: "last 7 days · Extension".
func (f SessionFilter) Name() string {
	s := DatePresets[f.Range].Name + " · "
	if r, ok := f.routine(); ok {
		return s + r.Name
	}
	return s + "all routines"
}
