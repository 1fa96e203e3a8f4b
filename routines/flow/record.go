package flow

import (
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// Record is something to save, in the order it happened.
type Record interface{ record() }

// Start opens the session in the history.
type Start struct {
	Kind        routines.SessionKind
	RoutineID   string
	RoutineName string
	At          time.Time
	Planned     int
}

// Set is a set that ended. Ref is its local reference: check-ins name it.
type Set struct {
	Ref    int
	Result routines.SetResult
}

// CheckIn is an answered check-in, after the set with local reference
// SetRef (0 for the baseline).
type CheckIn struct {
	SetRef  int
	CheckIn routines.CheckIn
}

// Decision is a coaching decision with its rule and reason.
type Decision struct{ Record routines.DecisionRecord }

// Plan is the plan as it now stands, to keep for next time.
type Plan struct{ Plan coach.Plan }

// TestResult is how a direction test ended, to keep with its date.
type TestResult struct {
	At     time.Time
	Result coach.TestResult
}

// Replan is the number of sets the session plans now that the coach has
// cut or added sets; Start's Planned stays the routine's own.
type Replan struct{ Planned int }

// Finish closes the session.
type Finish struct {
	Status routines.SessionStatus
	Reason string
	At     time.Time
}

func (Start) record()      {}
func (Set) record()        {}
func (CheckIn) record()    {}
func (Decision) record()   {}
func (Plan) record()       {}
func (TestResult) record() {}
func (Finish) record()     {}
func (Replan) record()     {}
