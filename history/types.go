package history

import (
	"time"

	"github.com/centra-app/centra/routines"
)

// Filter narrows Sessions. The zero Filter lists every session.
type Filter struct {
	// Since and Until bound the start time: Since <= started < Until.
	// A zero time leaves that side open.
	Since, Until time.Time
	// RoutineID keeps only sessions of that routine.
	RoutineID string
	// Limit caps the number of sessions returned; 0 means no cap.
	Limit int
	// BeforeID continues a listing after the session with this id (the
	// last one of the previous page): only sessions that sort after it,
	// i.e. started earlier, are returned. 0 starts at the newest; an id
	// that does not exist gives an empty page.
	BeforeID int64
}

// SessionSummary is one line of the history list. Its JSON form is what
// `centra history --json` prints.
type SessionSummary struct {
	ID          int64                  `json:"id"`
	Kind        routines.SessionKind   `json:"kind"`
	RoutineID   string                 `json:"routine_id"`
	RoutineName string                 `json:"routine_name"`
	StartedAt   time.Time              `json:"started_at"`
	EndedAt     time.Time              `json:"ended_at,omitzero"` // zero while in progress
	Status      routines.SessionStatus `json:"status"`
	Reason      string                 `json:"reason,omitempty"`
	// SetsDone counts the sets recorded as completed, SetsRecorded every
	// set recorded (completed, skipped or cut short).
	SetsDone     int `json:"sets_done"`
	SetsRecorded int `json:"sets_recorded"`
	// SetsPlanned is how many sets the routine had; 0 when not recorded
	// (see SetPlanned).
	SetsPlanned int `json:"sets_planned,omitzero"`
	// SetsCoach is how many sets the session planned once the coach cut
	// or added sets during it; 0 when the coach changed nothing (see
	// SetCoachPlanned).
	SetsCoach int `json:"sets_coach,omitzero"`
	// Baseline is the check-in before the first set, Last the latest
	// check-in after it: together, "pain before -> after". Either is nil
	// when the session has none.
	Baseline *Reading `json:"baseline,omitempty"`
	Last     *Reading `json:"last,omitempty"`
}

// Reading is the gist of one check-in, as the history list shows it.
type Reading struct {
	At        time.Time      `json:"at"`
	Reach     routines.Reach `json:"reach"`
	ReachName string         `json:"reach_name"` // e.g. "below the knee"
	Leg       routines.Leg   `json:"leg"`
	LegPain   int            `json:"leg_pain"`
	BackPain  int            `json:"back_pain"`
}

// SessionDetail is one session with everything recorded in it, each list
// in time order. In JSON the summary's fields sit at the top level.
type SessionDetail struct {
	SessionSummary
	Sets      []SetRecord      `json:"sets"`
	CheckIns  []CheckInRecord  `json:"check_ins"`
	Decisions []DecisionRecord `json:"decisions"`
}

// SetRecord is a stored set.
type SetRecord struct {
	ID int64
	routines.SetResult
}

// CheckInRecord is a stored check-in. SetID is the set it followed, 0 for
// one that followed none (a baseline).
type CheckInRecord struct {
	ID    int64
	SetID int64
	routines.CheckIn
}

// DecisionRecord is a stored coaching decision.
type DecisionRecord struct {
	ID int64
	routines.DecisionRecord
}

// Backup is one copy of the database in the backups directory.
type Backup struct {
	Path string    `json:"path"`
	Time time.Time `json:"time"` // when it was made (the file's modification time)
	Size int64     `json:"size"`
	// Daily is true for the copies BackupIfDue makes and rotates; false
	// for the copies kept before a schema upgrade, which are never rotated.
	Daily bool `json:"daily"`
}

// reading returns the list form of a check-in.
func reading(c routines.CheckIn) *Reading {
	return &Reading{At: c.At, Reach: c.Reach, ReachName: c.Reach.String(), Leg: c.Leg, LegPain: c.LegPain, BackPain: c.BackPain}
}
