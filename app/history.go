package app

import (
	"context"
	"time"

	"github.com/centra-app/centra/routines"
)

// HistoryReader is what the history views read: the store implements it
// through an adapter in cmd/centra, tests stub it. Each call returns one
// page, one session or one span of days: nothing loads the whole history.
type HistoryReader interface {
	// Sessions lists the sessions q selects, newest first, one page of at
	// most q.Limit after the session q.BeforeID (keyset paging).
	Sessions(ctx context.Context, q SessionQuery) ([]SessionRow, error)
	// CountSessions counts the sessions q's range and routine select.
	CountSessions(ctx context.Context, q SessionQuery) (int, error)
	// Session is one session with all it recorded.
	Session(ctx context.Context, id int64) (SessionDetail, error)
	// Routines lists the routines the history holds, latest first.
	Routines(ctx context.Context) ([]RoutineRef, error)
	// Daily summarises each calendar day meeting [since, until).
	Daily(ctx context.Context, since, until time.Time) ([]Day, error)
	// Streak counts the days in a row with a set done, up to now.
	Streak(ctx context.Context, now time.Time) (int, error)
	// LastSetDone is when the last completed set ended.
	LastSetDone(ctx context.Context) (time.Time, bool, error)
	// Triggers lists the newest triggers in [since, until).
	Triggers(ctx context.Context, since, until time.Time, limit int) ([]routines.Trigger, error)
	// TriggerCounts counts the triggers in [since, until) by kind, most
	// frequent first.
	TriggerCounts(ctx context.Context, since, until time.Time) ([]TriggerCount, error)
	// GetState reads the plan and the direction test results.
	GetState(ctx context.Context, key string) ([]byte, bool, error)
}

// TriggerLog is where the quick trigger log writes.
type TriggerLog interface {
	AddTrigger(ctx context.Context, t routines.Trigger) (int64, error)
}

// SessionQuery selects sessions: Since <= start < Until (zero: open) and
// the routine when RoutineID is set; Limit and BeforeID page.
type SessionQuery struct {
	Since, Until time.Time
	RoutineID    string
	Limit        int
	BeforeID     int64
}

// SessionRow is one line of the sessions list.
type SessionRow struct {
	ID          int64
	Kind        routines.SessionKind
	RoutineID   string
	RoutineName string
	StartedAt   time.Time
	EndedAt     time.Time // zero while in progress
	Status      routines.SessionStatus
	Reason      string
	// SetsDone counts the sets completed; SetsPlanned the routine's sets
	// (0 when unknown).
	SetsDone, SetsPlanned int
	// SetsCoach is the sets planned once the coach cut or added sets
	// during the session; 0 when it changed nothing (see SetsCount).
	SetsCoach int
	// Baseline is the check-in before the first set and Last the latest
	// after it; either is nil when there is none.
	Baseline, Last *routines.CheckIn
	// Worst is the most telling answer after the baseline: an urgent
	// symptom, else one further down than the baseline, else one that
	// said further down, else the one that reached furthest down; nil
	// when there is none (see SessionResponse).
	Worst *routines.CheckIn
}

// SessionDetail is one session with its sets, check-ins and decisions, each
// in time order. CheckInSets gives, for each check-in, the id of the set
// it followed (0 for a baseline), and SetIDs the id of each set.
type SessionDetail struct {
	SessionRow
	Sets        []routines.SetResult
	SetIDs      []int64
	CheckIns    []routines.CheckIn
	CheckInSets []int64
	Decisions   []routines.DecisionRecord
}

// RoutineRef names a routine found in the history.
type RoutineRef struct {
	ID, Name string
}

// Day is one calendar day of the history (see history.DaySummary).
type Day struct {
	Day                       time.Time
	Sessions, Done, Completed int
	SetsDone                  int
	CheckIns                  int
	ReachMin, ReachMax        int
	ReachAvg                  float64
	LegPainAvg                float64
	LegPainMax                int
	Triggers                  int
}

// TriggerCount is how often one kind of trigger was logged.
type TriggerCount struct {
	Kind  routines.TriggerKind
	Count int
}
