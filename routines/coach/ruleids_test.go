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

// "No real change" after a press-up is no centralization, so never R4:
// before a direction is found it is a set of no change (R8); with the
// direction found and the pain kept in the back, the step is kept (R19).
func TestNoRealChangeAfterAPressUpIsNotR4(t *testing.T) {
	s, _, cat := sessionOn(t, DefaultPlan(Answers{}, t0.Add(-time.Hour)), "extension", base(oneSide, 0))
	d := s.AfterSet(mustExercise(cat, "press-up"), at(after(same, oneSide, 0), 3*time.Minute))
	wantRule(t, "no direction yet", d, "R8", "no real change", "same force")

	s, _, cat = sessionOn(t, reliefPlan(), "extension", base(oneSide, 0))
	d = s.AfterSet(mustExercise(cat, "press-up"), at(after(same, oneSide, 0), 3*time.Minute))
	wantRule(t, "direction found", d, "R19", "no real change", "stays in your back", "step is kept")

	// The leg clearing in the session and staying clear is R4.
	s, _, cat = sessionOn(t, reliefPlan(), "extension", base(calf, 6))
	s.AfterSet(mustExercise(cat, "press-up"), at(after(up, oneSide, 0), 3*time.Minute))
	d = s.AfterSet(mustExercise(cat, "press-up"), at(after(same, oneSide, 0), 6*time.Minute))
	wantRule(t, "out of the leg and holding", d, "R4", "stays out of the leg")
}

// The slider with no real change goes on while the leg is steady: R13, not
// R15 (which only says the numbers moved too little to count).
func TestSliderNoRealChangeIsR13(t *testing.T) {
	p := reliefPlan()
	p.Stage = routines.StageMobility
	s, _, cat := sessionOn(t, p, "neutral", base(thigh, 5))
	d := s.AfterSet(mustExercise(cat, "seated-slider"), at(after(same, thigh, 5), 2*time.Minute))
	wantRule(t, "slider", d, "R13", "no real change", "slider goes on")
}

// Core work with no real change goes on while the leg is steady: R14,
// not R15, in the words of the walkthrough's curl-up.
func TestCoreNoRealChangeIsR14(t *testing.T) {
	p := reliefPlan()
	p.Stage = routines.StageStrength
	s, _, cat := sessionOn(t, p, "core", base(oneSide, 1))
	d := s.AfterSet(mustExercise(cat, "curl-up"), at(after(same, oneSide, 1), 2*time.Minute))
	wantRule(t, "curl-up", d, "R14", "no real change", "core work goes on")
}

// Worse yesterday, gentler today is R20 (retried a step lower the next
// day); worse earlier today, below the red step, is R5.
func TestWorseYesterdayGentlerTodayIsR20(t *testing.T) {
	p := reliefPlan()
	p.MarkRed(t0.Add(-20*time.Hour), routines.FamilyExtension, 3)
	p.Levels[routines.FamilyExtension] = 2
	_, d, _ := sessionOn(t, p, "extension", base(calf, 6))
	wantRule(t, "red yesterday", d, "R20", "made your pain worse yesterday", "gentler steps")

	p = reliefPlan()
	p.MarkRed(t0.Add(-2*time.Hour), routines.FamilyExtension, 3)
	p.Levels[routines.FamilyExtension] = 2
	_, d, _ = sessionOn(t, p, "extension", base(calf, 6))
	wantRule(t, "red earlier today", d, "R5", "made your pain worse earlier today", "gentler steps")
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

// Amber is a worsening that passed (R6); "flare" is R23's word for a
// clearly worse day, so the amber words never use it.
func TestAmberIsAPassingWorseningNeverAFlare(t *testing.T) {
	s, _, cat := sessionOn(t, reliefPlan(), "extension", base(calf, 6))
	press := mustExercise(cat, "press-up")
	s.AfterSet(press, at(after(down, foot, 7), 3*time.Minute))
	d := s.AfterRecheck(at(again(same, calf, 6), 8*time.Minute))
	wantRule(t, "back to how it was", d, "R6", "a passing worsening (amber)")
	if strings.Contains(strings.ToLower(d.Reason), "flare") {
		t.Errorf("amber says flare: %q", d.Reason)
	}
	for i := range 4 {
		d = s.AfterSet(press, at(after(same, calf, 6), time.Duration(10+i)*time.Minute))
	}
	if strings.Contains(strings.ToLower(d.Reason), "flare") {
		t.Errorf("no step up after an amber says flare: %s %q", d.RuleID, d.Reason)
	}
}

// A red by spreading tingling (R17) says the tingling got worse, not the
// pain: the pain itself stayed in the back.
func TestATinglingRedSaysTheTingling(t *testing.T) {
	for _, level := range []int{1, 3} {
		p := reliefPlan()
		p.Levels[routines.FamilyExtension] = level
		ex := "press-up"
		if level == 1 {
			ex = "prone-lying"
		}
		s, _, cat := sessionOn(t, p, "extension", base(central, 0))
		step := mustExercise(cat, ex)
		s.AfterSet(step, at(after(same, central, 0, tingle(calf)), 3*time.Minute))
		d := s.AfterRecheck(at(again(same, central, 0, tingle(calf)), 8*time.Minute))
		wantRule(t, ex, d, "R17", "makes the tingling or numbness worse")
		if strings.Contains(d.Reason, "the pain worse") {
			t.Errorf("%s: a tingling red says the pain got worse: %q", ex, d.Reason)
		}
	}
}
