package coach

import (
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

// coreRoutine is a relief set with a short core session after it, as the
// strength stage builds it.
func coreRoutine(cat *routines.Catalog) *routines.Routine {
	return &routines.Routine{ID: "relief-core", Name: "Relief and core", Direction: routines.DirectionExtension,
		Blocks: blocks(cat, "prone-lying", "press-up", "prone-lying", "curl-up", "side-bridge-knees", "bird-dog")}
}

// TestCoreWaitsWhenTheLegIsNotMild: a morning whose own baseline has the
// leg pain 6/10 below the knee runs no core work, and says why (R14), even
// when the plan is in the strength stage and the day is no flare.
func TestCoreWaitsWhenTheLegIsNotMild(t *testing.T) {
	cat := testCatalog()
	plan := reliefPlan()
	plan.Stage = routines.StageStrength
	rt := coreRoutine(cat)
	b := base(calf, 6)
	b.At = t0
	s, open, err := NewSessionFor(cat, plan, rt, b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if open.RuleID != "R14" || !strings.Contains(open.Reason, "core work waits") || !strings.Contains(open.Reason, "6/10") {
		t.Errorf("opening %s (%s): %q, want core work waiting, with the leg pain named (R14)", open.Action, open.RuleID, open.Reason)
	}
	if got := opened(s, rt); slices.ContainsFunc(got, func(id string) bool { return id == "curl-up" || id == "side-bridge-knees" || id == "bird-dog" }) {
		t.Errorf("session runs %v, want no core work with leg pain 6/10 below the knee", got)
	}
	if got := opened(s, rt); !slices.Contains(got, "press-up") {
		t.Errorf("session runs %v, want the relief set kept", got)
	}
}

// TestOneStepLadderPromisesNoMoreForce: the side glide has one step, so the
// sets that make no change never promise more force; they say there is no
// stronger step and what happens instead (R8, R12).
func TestOneStepLadderPromisesNoMoreForce(t *testing.T) {
	cat := testCatalog()
	plan := reliefPlan()
	plan.Direction = routines.DirectionSideGlide
	b := base(calf, 4)
	b.At = t0
	s, _, err := NewSessionFor(cat, plan, nil, b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 3; i++ {
		c := after(same, calf, 4)
		c.At = t0.Add(time.Duration(i) * 5 * time.Minute)
		d := s.AfterSet(mustExercise(cat, "side-glide-standing"), c)
		if strings.Contains(d.Reason, "more force") && !strings.Contains(d.Reason, "no force is added") {
			t.Errorf("set %d of the side glide: %q promises more force on a one-step ladder", i, d.Reason)
		}
		if !strings.Contains(d.Reason, "the only step centra has for the side glide") || !strings.Contains(d.Reason, "R12") {
			t.Errorf("set %d of the side glide: %q, want it to say this is the only step and what happens instead", i, d.Reason)
		}
	}
}

// TestOneStepLadderOnAFlareDay: on a flare day the third unchanged set of
// the side glide does not say the flare holds back force the ladder does
// not have (R8, R23).
func TestOneStepLadderOnAFlareDay(t *testing.T) {
	cat := testCatalog()
	plan := reliefPlan()
	plan.Direction = routines.DirectionSideGlide
	plan.Flared = dayKey(t0)
	b := base(calf, 4)
	b.At = t0
	s, _, err := NewSessionFor(cat, plan, nil, b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var d Decision
	for i := 1; i <= 3; i++ {
		c := after(same, calf, 4)
		c.At = t0.Add(time.Duration(i) * 5 * time.Minute)
		d = s.AfterSet(mustExercise(cat, "side-glide-standing"), c)
	}
	if strings.Contains(d.Reason, "adds no force today") || !strings.Contains(d.Reason, "the only step centra has") {
		t.Errorf("third unchanged side glide on a flare day: %q, want the one-step ladder said, not the flare", d.Reason)
	}
}

// TestDirectionTestOneStepLadderPromisesNoMoreForce: in the direction
// test, no change at the side glide says the test moves on, not that more
// force comes next (R8, R9).
func TestDirectionTestOneStepLadderPromisesNoMoreForce(t *testing.T) {
	cat := testCatalog()
	d := ruleR8NoChange(cat, *stepFor(cat, "side-glide-standing"), 1, 2, math.MaxInt, Response{Kind: KindNoChange})
	if strings.Contains(d.Reason, "more force") || !strings.Contains(d.Reason, "the test moves on") {
		t.Errorf("first unchanged set of the side glide in the test: %q, want no promise of more force", d.Reason)
	}
	d = ruleR8NoChange(cat, *stepFor(cat, "prone-lying"), 1, 2, math.MaxInt, Response{Kind: KindNoChange})
	if !strings.Contains(d.Reason, "the next step adds a little more force") {
		t.Errorf("first unchanged set of prone lying in the test: %q, want the step up announced", d.Reason)
	}
}

func stepFor(cat *routines.Catalog, id string) *Step {
	s := stepOf(mustExercise(cat, id))
	return &s
}

// TestDirectionTestLeavesWorseDirectionsLast: extension was red at its
// gentlest step in the last test and the side glide red on two days
// running; the next direction test starts with flexion, says why, and
// tries those two last (R9, R20).
func TestDirectionTestLeavesWorseDirectionsLast(t *testing.T) {
	cat := testCatalog()
	plan := DefaultPlan(Answers{}, t0.Add(-20*24*time.Hour))
	plan.Stage = routines.StageFindDirection
	plan.Direction = routines.DirectionNeutral
	plan.Tested = map[routines.Direction]Tested{routines.DirectionExtension: {At: t0.Add(-11 * 24 * time.Hour), Light: LightRed, Level: 1}}
	plan.MarkRed(t0.Add(-26*time.Hour), routines.FamilySideGlide, 1)
	plan.MarkRed(t0.Add(-2*time.Hour), routines.FamilySideGlide, 1)
	b := base(calf, 4, legs(routines.LegLeft))
	b.At = t0
	dt, open, err := NewDirectionTest(cat, plan, b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := dt.Next().ExerciseID; got != "knees-to-chest" {
		t.Errorf("the test starts with %s, want flexion (knees to chest): extension and the side glide made the pain worse", got)
	}
	if want := []routines.Family{routines.FamilyFlexion, routines.FamilyExtension, routines.FamilySideGlide}; !slices.Equal(dt.order, want) {
		t.Errorf("order %v, want %v", dt.order, want)
	}
	if !strings.Contains(open.Reason, "already made your pain worse, so they come last") || !strings.Contains(open.Reason, "We start with bending forwards") {
		t.Errorf("opening %q, want the reason the order changed", open.Reason)
	}
	// A direction with no red keeps R9's order.
	dt, open, _ = NewDirectionTest(cat, DefaultPlan(Answers{}, t0.Add(-72*time.Hour)), b, Options{})
	if got := dt.Next().ExerciseID; got != "prone-lying" || strings.Contains(open.Reason, "already made") {
		t.Errorf("no reds: starts with %s (%q), want prone lying as R9 says", got, open.Reason)
	}
}

// TestDirectionTestWhenEveryDirectionMadeItWorse: with every direction red
// before, the test keeps R9's order and says it starts again from the
// gentlest step, never "we start with" a direction it just called worse.
func TestDirectionTestWhenEveryDirectionMadeItWorse(t *testing.T) {
	cat := testCatalog()
	plan := DefaultPlan(Answers{}, t0.Add(-20*24*time.Hour))
	red := Tested{At: t0.Add(-3 * 24 * time.Hour), Light: LightRed, Level: 1}
	plan.Tested = map[routines.Direction]Tested{routines.DirectionExtension: red, routines.DirectionFlexion: red, routines.DirectionSideGlide: red}
	b := base(central, 0)
	b.At = t0
	dt, open, err := NewDirectionTest(cat, plan, b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := dt.Next().ExerciseID; got != "prone-lying" {
		t.Errorf("starts with %s, want prone lying (R9's order when every direction was red)", got)
	}
	if !strings.Contains(open.Reason, "tries again from the gentlest step") || strings.Contains(open.Reason, "come last") {
		t.Errorf("opening %q, want it to say the test starts again gently", open.Reason)
	}
}
