package linemode

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines"
)

// Every session of a day counts toward the day's target (R24), whichever
// process ran it: what home and `centra due` read is the saved plan.
func TestEachSessionOfTheDayCountsTowardItsTarget(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Plan.Direction, h.deps.Plan.Stage = routines.DirectionExtension, routines.StageStrength
	session := lines("2", "n", "0", "1", "n")
	for range 14 {
		session += lines("s", "", "", "", "", "")
	}
	for i := range 3 {
		h.deps.Start = "plan"
		out, err := h.run(session)
		if err != nil {
			t.Fatal(err)
		}
		p, ok, err := persist.LoadPlan(context.Background(), h.store.Journal())
		if err != nil || !ok {
			t.Fatalf("no plan saved: %v", err)
		}
		h.deps.Plan = &p
		if a := p.Asked(h.clock.Now()); a.ReliefDone != i+1 || !a.CoreDone {
			t.Fatalf("after session %d the plan counts %d relief sets today, core done %v; transcript:\n%s", i+1, a.ReliefDone, a.CoreDone, out)
		}
		h.clock.Advance(2 * time.Hour)
	}
}

// Two sessions in one run: the second starts from the plan the first left,
// so home counts both, and the saved plan too.
func TestTwoSessionsInOneRunBothCount(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Plan.Direction, h.deps.Plan.Stage = routines.DirectionExtension, routines.StageRelief
	session := lines("", "4", "l", "5", "2", "n")
	for range 3 {
		session += lines("s", "", "", "", "", "")
	}
	out, err := h.run(session + lines("") + session + lines("", "q"))
	if err != nil {
		t.Fatal(err)
	}
	p, _, err := persist.LoadPlan(context.Background(), h.store.Journal())
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Asked(h.clock.Now()).ReliefDone; got != 2 {
		t.Errorf("the saved plan counts %d relief sets after two sessions; want 2", got)
	}
	if !strings.Contains(out, "relief sets 1 of ") || !strings.Contains(out, "relief sets 2 of ") {
		t.Errorf("home did not count each session as it ended:\n%s", out)
	}
}
