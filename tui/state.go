package tui

import (
	"context"

	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines/adherence"
	"github.com/centra-app/centra/routines/coach"
)

// State keys in the store (see package persist).
const (
	// StatePlan holds the plan as JSON.
	StatePlan = persist.StatePlan
	// StateAnswers holds the first-run answers as JSON.
	StateAnswers = persist.StateAnswers
	// StateTests holds every direction test result, oldest first.
	StateTests = persist.StateTests
)

// TestRecord is one direction test result as it is kept.
type TestRecord = persist.TestRecord

// StateReader is the part of the store that reads small state.
type StateReader = persist.StateReader

// LoadPlan reads the saved plan; ok is false before the first run.
func LoadPlan(ctx context.Context, s StateReader) (coach.Plan, bool, error) {
	return persist.LoadPlan(ctx, s)
}

// LoadTests reads every direction test result, oldest first.
func LoadTests(ctx context.Context, s StateReader) ([]TestRecord, error) {
	return persist.LoadTests(ctx, s)
}

// LoadSchedule is the plan whose rhythm adherence counts against: the saved
// plan, or before there is one the default (a set every 2 hours from 07:00
// to 22:00).
func LoadSchedule(ctx context.Context, s StateReader) (coach.Plan, error) {
	p, ok, err := persist.LoadPlan(ctx, s)
	if err != nil || !ok {
		return adherence.DefaultPlan(), err
	}
	return p, nil
}
