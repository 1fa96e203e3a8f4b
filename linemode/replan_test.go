package linemode

import (
	"context"
	"strings"
	"testing"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/history"
)

// A session the coach cut (the pain went further down the leg at prone
// lying and stayed so after the rest: the direction stops) keeps the sets
// it planned after the cut, and the history says so.
func TestACoachCutIsCountedAgainstTheCutPlan(t *testing.T) {
	h := newHarness(t).withPlan()
	script := lines("", "4", "l", "5", "2", "n") + // start Extension, the baseline
		lines("d", "5", "", "", "", "") + // after prone lying: further down
		strings.Repeat(lines("d", "5", "", "", "", ""), 2) + // the recheck: still there
		strings.Repeat("\n", 200)
	if _, err := h.run(script); err != nil {
		t.Fatal(err)
	}
	sums, err := h.store.Sessions().List(context.Background(), history.Filter{})
	if err != nil || len(sums) != 1 {
		t.Fatalf("sessions %+v, %v", sums, err)
	}
	s := sums[0]
	if s.SetsPlanned != 5 || s.SetsCoach == 0 || s.SetsCoach >= 5 {
		t.Fatalf("planned %d, after the coach %d (done %d, %s)", s.SetsPlanned, s.SetsCoach, s.SetsDone, s.Status)
	}
	if got := core.SetsWords(history.SessionRow(s)); !strings.Contains(got, "cut from 5 by the coach") {
		t.Errorf("history says %q", got)
	}
}
