package coach

import (
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

// Each decision below is checked for its rule of CLINICAL.md and for the
// reason the person reads.

func sessionOn(t *testing.T, p Plan, routineID string, b routines.CheckIn) (*Session, Decision, *routines.Catalog) {
	t.Helper()
	cat := testCatalog()
	rt, _ := cat.Routine(routineID)
	b.At = t0
	s, d, err := NewSessionFor(cat, p, rt, b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return s, d, cat
}

func at(c routines.CheckIn, d time.Duration) routines.CheckIn { c.At = t0.Add(d); return c }

func wantRule(t *testing.T, what string, d Decision, rule string, says ...string) {
	t.Helper()
	if d.RuleID != rule {
		t.Errorf("%s: rule %s, want %s: %s", what, d.RuleID, rule, d.Reason)
	}
	for _, s := range says {
		if !strings.Contains(d.Reason, s) {
			t.Errorf("%s: reason %q, want %q in it", what, d.Reason, s)
		}
	}
}

// A red never steps the plan up: red at the press-up while the plan
// stands at prone lying leaves it there (R5), and on the day of the red
// sets with no change add no force (R20).
func TestARedNeverStepsThePlanUp(t *testing.T) {
	p := DefaultPlan(Answers{}, t0.Add(-time.Hour))
	s, _, cat := sessionOn(t, p, "extension", base(calf, 6))
	press := mustExercise(cat, "press-up")
	s.AfterSet(press, at(after(down, foot, 7), 3*time.Minute))
	d := s.AfterRecheck(at(again(down, foot, 7), 8*time.Minute))
	wantRule(t, "red at the press-up", d, "R5", "tomorrow it starts again at prone lying")
	if len(d.Changes) != 0 || s.Plan().Level(routines.FamilyExtension) != 1 {
		t.Errorf("a red changed the plan: %+v, step %d", d.Changes, s.Plan().Level(routines.FamilyExtension))
	}
	lying := mustExercise(cat, "prone-lying")
	for i := range 4 {
		d = s.AfterSet(lying, at(after(same, foot, 7), time.Duration(10+i)*time.Minute))
	}
	wantRule(t, "no change after the red", d, "R20", "adds no force today")
	if l := s.Plan().Level(routines.FamilyExtension); l != 1 {
		t.Errorf("sets after a red stepped the plan up to %d", l)
	}

	// At the plan's own step, a red steps it down one.
	s, _, _ = sessionOn(t, reliefPlan(), "extension", base(calf, 6))
	s.AfterSet(press, at(after(down, foot, 7), 3*time.Minute))
	d = s.AfterRecheck(at(again(down, foot, 7), 8*time.Minute))
	if len(d.Changes) != 1 || d.Changes[0].From != "3" || d.Changes[0].To != "2" || d.Changes[0].RuleID != "R5" {
		t.Errorf("red at the plan's step: changes %+v, want extension 3 -> 2 by R5", d.Changes)
	}
}
