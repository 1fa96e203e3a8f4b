package app

import (
	"testing"
	"time"

	"github.com/centra-app/centra/content"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// Home offers the plan's routine first and suggests it once a direction
// is found; before that it suggests the first direction to try, which the
// answers decide.
func TestHomeSuggestsThePlansRoutineElseTheFirstDirection(t *testing.T) {
	cat, err := content.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	fresh := Home{Catalog: cat, Plan: coach.DefaultPlan(coach.Answers{}, now), Now: now}
	if !fresh.NeedsDirection() || fresh.PlanRoutine() != nil || fresh.SuggestedID() != "extension" {
		t.Fatalf("before the direction test: needs %v, plan routine %v, suggested %q",
			fresh.NeedsDirection(), fresh.PlanRoutine(), fresh.SuggestedID())
	}
	if got := fresh.Routines(); len(got) != len(cat.Routines()) || fresh.Routines()[fresh.SuggestedIndex()].ID != "extension" {
		t.Fatalf("before the direction test home offers %d routines with the suggested at %d", len(got), fresh.SuggestedIndex())
	}
	fresh.Plan.FlexionFirst = true
	if r := fresh.Suggested(); r == nil || r.ID != "flexion" {
		t.Fatalf("sitting eases the pain: suggested %v, want flexion", r)
	}

	found := fresh
	found.Plan.Direction, found.Plan.Stage = routines.DirectionExtension, routines.StageRelief
	list := found.Routines()
	if len(list) != len(cat.Routines())+1 || list[0].ID != "plan" || found.SuggestedIndex() != 0 || found.Routine("plan") == nil {
		t.Fatalf("with a direction the plan's routine comes first and is suggested: %d routines, first %q, suggested at %d",
			len(list), list[0].ID, found.SuggestedIndex())
	}
	if r := found.Routine("flexion"); r == nil || r.ID != "flexion" {
		t.Fatalf("a routine by its id: %v", r)
	}
}

// While exercises are held home offers no routine of the plan, and the
// reason for the plan's last change names its Guide page.
func TestHomeWhileHeldAndWhy(t *testing.T) {
	cat, err := content.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	held := Home{Catalog: cat, Plan: coach.DefaultPlan(coach.Answers{RedFlags: map[string]bool{coach.FlagBladder: true}}, now), Now: now}
	if !held.Held() || held.PlanRoutine() != nil {
		t.Fatalf("a red flag: held %v, plan routine %v", held.Held(), held.PlanRoutine())
	}
	if reason, _ := held.Why(); reason == "" {
		t.Fatal("the hold gives no reason")
	}
	fresh := Home{Catalog: cat, Plan: coach.DefaultPlan(coach.Answers{}, now), Now: now}
	if reason, _ := fresh.Why(); reason != fresh.Plan.Log[len(fresh.Plan.Log)-1].Reason {
		t.Fatalf("why gives %q, not the plan's last change", reason)
	}
	fresh.Plan.Log = nil
	if reason, page := fresh.Why(); reason != "" || page != "" {
		t.Fatalf("a plan with no change has nothing to explain: %q, %q", reason, page)
	}
}
