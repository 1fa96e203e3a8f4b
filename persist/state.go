package persist

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

// StateReader is the part of the store that reads small state.
type StateReader interface {
	GetState(ctx context.Context, key string) ([]byte, bool, error)
}

// StateStore reads and writes small state.
type StateStore interface {
	StateReader
	PutState(ctx context.Context, key string, value []byte) error
}

// TestRecord is one direction test result as it is kept.
type TestRecord struct {
	At     time.Time        `json:"at"`
	Result coach.TestResult `json:"result"`
}

// SavePlan keeps the plan.
//
// What another window saved meanwhile still counts: the days' sets done
// are kept from the stored plan where it counted more (coach.Plan.KeepDone).
func SavePlan(ctx context.Context, s StateStore, p coach.Plan) error {
	if saved, ok, err := LoadPlan(ctx, s); err == nil && ok {
		p = p.KeepDone(saved)
	}
	return putJSON(ctx, s, StatePlan, "the plan", p)
}

// SaveAnswers keeps the first-run answers.
func SaveAnswers(ctx context.Context, s StateStore, a coach.Answers) error {
	return putJSON(ctx, s, StateAnswers, "the answers", a)
}

// AddTestResult appends a direction test result to those kept.
func AddTestResult(ctx context.Context, s StateStore, r flow.TestResult) error {
	tests, err := LoadTests(ctx, s)
	if err != nil {
		return err
	}
	tests = append(tests, TestRecord{At: r.At, Result: r.Result})
	return putJSON(ctx, s, StateTests, "the test results", tests)
}

// LoadPlan reads the saved plan; ok is false before the first run.
func LoadPlan(ctx context.Context, s StateReader) (coach.Plan, bool, error) {
	var p coach.Plan
	ok, err := loadJSON(ctx, s, StatePlan, &p)
	return p, ok, err
}

// LoadAnswers reads the first-run answers; ok is false before the first run.
func LoadAnswers(ctx context.Context, s StateReader) (coach.Answers, bool, error) {
	var a coach.Answers
	ok, err := loadJSON(ctx, s, StateAnswers, &a)
	return a, ok, err
}

// LoadTests reads every direction test result, oldest first.
func LoadTests(ctx context.Context, s StateReader) ([]TestRecord, error) {
	var t []TestRecord
	_, err := loadJSON(ctx, s, StateTests, &t)
	return t, err
}

func putJSON(ctx context.Context, s StateStore, key, what string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encoding %s: %w", what, err)
	}
	return s.PutState(ctx, key, b)
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
