package history

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// PlanChange is one dated change of the plan as the export writes it: the
// rule of CLINICAL.md that made it, what changed, from what to what, and
// why, in the words the person saw.
type PlanChange struct {
	At     time.Time `json:"at"`
	RuleID string    `json:"rule_id"`
	What   string    `json:"what"`
	From   string    `json:"from"`
	To     string    `json:"to"`
	Reason string    `json:"reason"`
}

// planStateKey is where the plan is kept in the state table (persist.StatePlan).
const planStateKey = "plan"

// planChanges reads the plan's log from the state table: every change, or
// none before the first run.
func planChanges(ctx context.Context, tx *sql.Tx) ([]PlanChange, error) {
	var raw []byte
	err := tx.QueryRowContext(ctx, "SELECT value FROM state WHERE key = ?", planStateKey).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var plan struct {
		Log []PlanChange `json:"log"`
	}
	if err := json.Unmarshal(raw, &plan); err != nil {
		return nil, fmt.Errorf("the saved plan is unreadable: %w", err)
	}
	return plan.Log, nil
}

// writePlanChanges writes the plan's changes in f's time range as
// "plan_changes", oldest first.
func writePlanChanges(ctx context.Context, tx *sql.Tx, bw *bufio.Writer, f Filter) error {
	all, err := planChanges(ctx, tx)
	if err != nil {
		return err
	}
	bw.WriteString(`,"plan_changes":[`)
	first := true
	for _, c := range all {
		if (!f.Since.IsZero() && c.At.Before(f.Since)) || (!f.Until.IsZero() && !c.At.Before(f.Until)) {
			continue
		}
		// To the millisecond, as every other time of the export: a plan
		// made under --now carries nanoseconds.
		c.At = c.At.Truncate(time.Millisecond)
		if err := writeItem(bw, c, &first); err != nil {
			return err
		}
	}
	bw.WriteString("\n]")
	return nil
}
