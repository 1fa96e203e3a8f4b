// Package persist keeps a guided session in the history. It holds the one
// mapping from the flow's records (routines/flow) to store calls, shared by
// the full-screen interface and the accessible line mode, and the small
// state kept beside the sessions: the plan, the first-run answers and the
// direction test results. It knows the store only through the Store
// interface; the history package implements it.
package persist

import (
	"context"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/flow"
)

// Store is what saving a session needs from the history.
type Store interface {
	StartSession(ctx context.Context, kind routines.SessionKind, routineID, routineName string, at time.Time) (int64, error)
	SetPlanned(ctx context.Context, sessionID int64, sets int) error
	AddSet(ctx context.Context, sessionID int64, r routines.SetResult) (int64, error)
	AddCheckIn(ctx context.Context, sessionID, setID int64, c routines.CheckIn) (int64, error)
	AddDecision(ctx context.Context, sessionID int64, d routines.DecisionRecord) error
	FinishSession(ctx context.Context, id int64, status routines.SessionStatus, reason string, at time.Time) error
	StateStore
}

// CoachPlanner is a store that keeps the sets a session plans once the
// coach changed how many (flow.Replan); a store without it keeps only the
// routine's own count.
type CoachPlanner interface {
	SetCoachPlanned(ctx context.Context, sessionID int64, sets int) error
}

// IDs maps a session's local references to store ids: the session, and
// each set by the reference its check-ins name. A Start record resets it.
// Opening is the session's start while it is not in the store yet: a
// session is kept from its first set or answer on, so one left at its
// first question (nothing done, nothing answered) is never kept, and
// never shows as the last session or in the history.
type IDs struct {
	Session int64
	Sets    map[int]int64
	Opening *flow.Start
}

// open keeps the session's start, once, before the first thing it
// recorded. A failure leaves Opening to be tried again, without a second
// session when only the planned sets failed.
func open(ctx context.Context, s Store, ids *IDs) error {
	o := ids.Opening
	if o == nil {
		return nil
	}
	if ids.Session == 0 {
		id, err := s.StartSession(ctx, o.Kind, o.RoutineID, o.RoutineName, o.At)
		if err != nil {
			return err
		}
		ids.Session = id
	}
	if o.Planned > 0 {
		if err := s.SetPlanned(ctx, ids.Session, o.Planned); err != nil {
			return err
		}
	}
	ids.Opening = nil
	return nil
}

// Write keeps one flow record in the store. Records must be written in the
// order the flow produced them, each once it has succeeded, with the same
// ids throughout a session. A failed write changes nothing in ids and may
// be tried again.
func Write(ctx context.Context, s Store, ids *IDs, r flow.Record) error {
	switch r := r.(type) {
	case flow.Start:
		// Kept with the first set or answer (see IDs).
		*ids = IDs{Sets: map[int]int64{}, Opening: &r}
		return nil
	case flow.Set:
		if err := open(ctx, s, ids); err != nil {
			return err
		}
		id, err := s.AddSet(ctx, ids.Session, r.Result)
		if err == nil {
			if ids.Sets == nil {
				ids.Sets = map[int]int64{}
			}
			ids.Sets[r.Ref] = id
		}
		return err
	case flow.CheckIn:
		if err := open(ctx, s, ids); err != nil {
			return err
		}
		_, err := s.AddCheckIn(ctx, ids.Session, ids.Sets[r.SetRef], r.CheckIn)
		return err
	case flow.Decision:
		if err := open(ctx, s, ids); err != nil {
			return err
		}
		return s.AddDecision(ctx, ids.Session, r.Record)
	case flow.Plan:
		return SavePlan(ctx, s, r.Plan)
	case flow.TestResult:
		return AddTestResult(ctx, s, r)
	case flow.Replan:
		cp, ok := s.(CoachPlanner)
		if !ok || ids.Session == 0 {
			return nil
		}
		return cp.SetCoachPlanned(ctx, ids.Session, r.Planned)
	case flow.Finish:
		if ids.Opening != nil && ids.Session == 0 {
			// Nothing done, nothing answered: nothing to keep.
			ids.Opening = nil
			return nil
		}
		if err := open(ctx, s, ids); err != nil {
			return err
		}
		return s.FinishSession(ctx, ids.Session, r.Status, r.Reason, r.At)
	}
	return nil
}
