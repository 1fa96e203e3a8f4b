package tui

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
)

// State keys in the store.
const (
	// StatePlan holds the plan as JSON.
	StatePlan = "plan"
	// StateAnswers holds the first-run answers as JSON.
	StateAnswers = "answers"
	// StateTests holds every direction test result, oldest first.
	StateTests = "direction-tests"
)

// TestRecord is one direction test result as it is kept.
type TestRecord struct {
	At     time.Time        `json:"at"`
	Result coach.TestResult `json:"result"`
}

func savePlan(ctx context.Context, s Store, p coach.Plan) error {
	b, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("encoding the plan: %w", err)
	}
	return s.PutState(ctx, StatePlan, b)
}

func saveAnswers(ctx context.Context, s Store, a coach.Answers) error {
	b, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("encoding the answers: %w", err)
	}
	return s.PutState(ctx, StateAnswers, b)
}

// addTestResult appends a direction test result to those kept.
func addTestResult(ctx context.Context, s Store, r flow.TestResult) error {
	tests, err := LoadTests(ctx, s)
	if err != nil {
		return err
	}
	tests = append(tests, TestRecord{At: r.At, Result: r.Result})
	b, err := json.Marshal(tests)
	if err != nil {
		return fmt.Errorf("encoding the test results: %w", err)
	}
	return s.PutState(ctx, StateTests, b)
}

// StateReader is the part of the store that reads small state.
type StateReader interface {
	GetState(ctx context.Context, key string) ([]byte, bool, error)
}

// LoadPlan reads the saved plan; ok is false before the first run.
func LoadPlan(ctx context.Context, s StateReader) (coach.Plan, bool, error) {
	var p coach.Plan
	ok, err := loadJSON(ctx, s, StatePlan, &p)
	return p, ok, err
}

// LoadTests reads every direction test result, oldest first.
func LoadTests(ctx context.Context, s StateReader) ([]TestRecord, error) {
	var t []TestRecord
	_, err := loadJSON(ctx, s, StateTests, &t)
	return t, err
}

func loadJSON(ctx context.Context, s StateReader, key string, v any) (bool, error) {
	b, ok, err := s.GetState(ctx, key)
	if err != nil || !ok {
		return false, err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return false, fmt.Errorf("the saved %s is unreadable: %w", key, err)
	}
	return true, nil
}
