package coach

import (
	"fmt"

	"github.com/centra-app/centra/routines"
)

// AfterSkippedSet takes the check-in after a test set cut short with skip.
// A skipped set is not one of the test's sets: it never counts toward the
// sets without change that add force (R8) nor toward naming a direction
// (R11), and the same set comes next. What the check-in says still counts
// for safety, as after any set: an urgent symptom stops the test (R1, R2),
// and pain that spread or grew gets its recheck (R5, R6, R17).
func (t *DirectionTest) AfterSkippedSet(c routines.CheckIn) Decision {
	if t.done || t.pending != nil {
		return t.AfterSet(c)
	}
	if d := t.guard(c); d != nil {
		return *d
	}
	if r := Classify(t.baseline, t.prev, c); r.Pending {
		d := t.AfterSet(c)
		t.sets-- // the recheck reads it; it is still not a set done
		return d
	}
	step := t.Next()
	t.prev = c
	return t.emit(Decision{Action: ActionContinue, RuleID: "R8", Light: LightNone, Current: &step, Next: &step,
		Reason: fmt.Sprintf("That set of %s was skipped, so it does not count as one of the test's sets. Next: the same set again, done in full.",
			step.lname())})
}
