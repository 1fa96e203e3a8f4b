package coach

import (
	"slices"
	"strings"
	"testing"

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
