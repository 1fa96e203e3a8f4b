package tui

import (
	"context"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// Store is what the UI needs from the history. The history package
// implements it; tests stub it.
type Store interface {
	StartSession(ctx context.Context, kind routines.SessionKind, routineID, routineName string, at time.Time) (int64, error)
	SetPlanned(ctx context.Context, sessionID int64, sets int) error
	AddSet(ctx context.Context, sessionID int64, r routines.SetResult) (int64, error)
	AddCheckIn(ctx context.Context, sessionID, setID int64, c routines.CheckIn) (int64, error)
	AddDecision(ctx context.Context, sessionID int64, d routines.DecisionRecord) error
	FinishSession(ctx context.Context, id int64, status routines.SessionStatus, reason string, at time.Time) error
	GetState(ctx context.Context, key string) ([]byte, bool, error)
	PutState(ctx context.Context, key string, value []byte) error
}

// Deps are what the UI is given to work with.
type Deps struct {
	Catalog *routines.Catalog
	Store   Store
	// Clock drives every countdown. Nil means the system clock.
	Clock routines.Clock
	// Bell rings the terminal bell at phase changes.
	Bell bool
	// StartRoutine, when set, skips the home screen and starts this routine.
	StartRoutine string
	// Plan is the person's plan; nil before the first run, which then
	// opens with the first-run questions.
	Plan *coach.Plan
	// RecheckRest is the rest before a recheck; zero is the coach's default.
	RecheckRest time.Duration
	// Progress feeds the referral rules on the home screen.
	Progress coach.Progress
	// LastCheckIn pre-fills the first check-in of a session.
	LastCheckIn *routines.CheckIn
	// Notices are shown once on the home screen (e.g. a session that was
	// cut short last time and has been kept).
	Notices []string
	// History is what the history screens read, Triggers where the quick
	// trigger log writes; either may be nil (the screens then say so).
	History  HistoryReader
	Triggers TriggerLog
	// Settings are the person's settings and how to save them; nil means
	// the defaults (with Bell), kept for this run only.
	Settings *Settings
}
