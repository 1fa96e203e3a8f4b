package routines

import "time"

// SessionKind says what a session was for.
type SessionKind string

// The kinds of session.
const (
	SessionRoutine SessionKind = "routine"
	// SessionTest is a guided direction test.
	SessionTest SessionKind = "direction-test"
)

// SessionStatus says how a session ended.
type SessionStatus string

// The statuses of a session.
const (
	// StatusInProgress is a session still running, or one whose program
	// died before it could say otherwise.
	StatusInProgress SessionStatus = "in-progress"
	// StatusCompleted is a session whose every set was reached.
	StatusCompleted SessionStatus = "completed"
	// StatusCutShort is a session ended early: the person quit, the
	// terminal closed or the program crashed. What was done is kept.
	StatusCutShort SessionStatus = "cut-short"
	// StatusStopped is a session the coach stopped for safety (a red flag).
	StatusStopped SessionStatus = "stopped"
)

// ReasonLastSetSkipped is the reason kept with a completed routine whose
// last set was skipped (n): every set was reached, but the last was not
// done, and a skipped set is never counted as done.
const ReasonLastSetSkipped = "last set skipped"

// Unit is what a set counts.
type Unit string

// The units of a set.
const (
	UnitReps    Unit = "reps"
	UnitHolds   Unit = "holds"
	UnitSeconds Unit = "seconds"
)

// UnitOf returns the unit a dose counts in.
func UnitOf(k DoseKind) Unit {
	switch k {
	case DoseReps:
		return UnitReps
	case DoseHolds:
		return UnitHolds
	}
	return UnitSeconds
}

// SetResult is one finished (or abandoned) set.
type SetResult struct {
	// Block is the index of the block in the routine as it was run (after
	// any swap the coach made), Set the 0-based set within the block.
	Block      int
	Set        int
	ExerciseID string
	Family     Family
	Level      int
	StartedAt  time.Time
	EndedAt    time.Time
	Unit       Unit
	// Planned and Done count reps, holds or seconds (per side for a
	// per-side exercise, both sides together).
	Planned int
	Done    int
	// Completed is false when the set was skipped or cut short.
	Completed bool
}

// DecisionRecord is a coaching decision as it is kept in the history: what
// was decided, by which rule of CLINICAL.md, and the reason shown.
type DecisionRecord struct {
	At     time.Time
	RuleID string
	Action string
	Reason string
}
