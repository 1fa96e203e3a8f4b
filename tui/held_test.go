package tui

import (
	"encoding/json"
	"testing"

	"github.com/centra-app/centra/routines/coach"
)

func heldHarness(t *testing.T) *harness {
	t.Helper()
	plan := coach.DefaultPlan(coach.Answers{RedFlags: map[string]bool{coach.FlagBladder: true}}, t0)
	if !plan.Held() {
		t.Fatal("a red flag should hold the plan")
	}
	return newHarnessWith(t, 80, 24, &plan)
}

func TestLiftingAHoldAsksWhetherAClinicianHasCleared(t *testing.T) {
	hs := heldHarness(t)
	hs.keys("c")
	hs.see("Has a doctor or physiotherapist examined you since and said you can", "y yes", "n/esc no")
	if !hs.m.plan.Held() {
		t.Fatal("one key lifted an emergency hold")
	}
	hs.keys("n")
	hs.see("Exercises are paused")
	hs.keys("c", "esc")
	hs.see("Exercises are paused")
	if !hs.m.plan.Held() || hs.m.quitting {
		t.Fatal("no or esc must keep the hold, and stay")
	}
	hs.keys("c", "y")
	hs.see("Choose a routine")
	var p coach.Plan
	if err := json.Unmarshal(hs.store.state[StatePlan], &p); err != nil || p.Held() {
		t.Fatalf("the lifted hold was not saved: %v %+v", err, p)
	}
}

func TestWhileHeldOnlyExerciseIsLocked(t *testing.T) {
	hs := heldHarness(t)
	hs.keys("esc")
	if hs.m.quitting {
		t.Fatal("esc closed centra from the held home")
	}
	hs.see("Exercises are paused", "g guide", "l library", "h history")
	hs.keys("g")
	hs.see("Guide", "Red flags")
	hs.keys("esc")
	hs.see("Exercises are paused")
	hs.keys("l")
	hs.see("Library", "Press-up")
	hs.keys("esc", "h")
	hs.see("History")
	hs.keys("esc")
	for _, k := range []string{"enter", "d", "1", "2"} {
		hs.keys(k)
		if hs.m.sess != nil {
			t.Fatalf("%q started exercise while held", k)
		}
	}
	hs.see("Exercises are paused")
	hs.keys("q")
	if !hs.m.quitting {
		t.Fatal("q should quit")
	}
}
