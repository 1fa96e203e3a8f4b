package app

import (
	"testing"
	"time"

	"github.com/centra-app/centra/routines/adherence"
	"github.com/centra-app/centra/routines/coach"
)

// A due set rings when it falls due and once more after the grace period;
// a ring rung is not rung again when home reads the same status, and a
// new due time starts from its first ring.
func TestTheReminderRingsEachDueSetAtMostTwice(t *testing.T) {
	now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	plan := coach.DefaultPlan(coach.Answers{AgeBand: coach.Age20to49}, now.Add(-24*time.Hour))
	st := adherence.Status{Target: 8, Due: now.Add(30 * time.Minute)}
	var r Reminder
	rings := r.Rings(st, plan, now, 15*time.Minute)
	if len(rings) != 2 || !rings[0].At.Equal(st.Due) || !rings[1].At.Equal(st.Due.Add(15*time.Minute)) {
		t.Fatalf("rings %v, want at %v and 15 min later", rings, st.Due)
	}
	if !r.Rang(rings[0].N) {
		t.Fatal("the first ring did not ring")
	}
	if r.Rang(rings[0].N) {
		t.Error("the first ring rang twice")
	}
	if again := r.Rings(st, plan, now, 15*time.Minute); len(again) != 1 || again[0].N != 1 {
		t.Errorf("read again after the first ring: %v, want the second only", again)
	}
	st.Due = st.Due.Add(2 * time.Hour)
	if next := r.Rings(st, plan, now, 15*time.Minute); len(next) != 2 || next[0].N != 0 {
		t.Errorf("a new due time: %v, want both rings again", next)
	}
}
