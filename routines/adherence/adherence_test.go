package adherence

import (
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines/coach"
)

var now = time.Date(2026, 11, 21, 14, 0, 0, 0, time.UTC)

func TestTargetIsOneSetPerIntervalWhileAwake(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    coach.Plan
		want int
	}{
		{"default 07:00-22:00 every 2 h", DefaultPlan(), 8},
		{"unset plan takes the defaults", coach.Plan{}, 8},
		{"08:00-22:00 every 2 h", coach.Plan{Every: 2 * time.Hour, WakingFrom: 8 * 60, WakingTo: 22 * 60}, 8},
		{"every 3 h", coach.Plan{Every: 3 * time.Hour, WakingFrom: 7 * 60, WakingTo: 22 * 60}, 6},
		{"past midnight", coach.Plan{Every: 2 * time.Hour, WakingFrom: 10 * 60, WakingTo: 1 * 60}, 8},
	} {
		if got := Target(tc.p); got != tc.want {
			t.Errorf("%s: Target = %d, want %d", tc.name, got, tc.want)
		}
	}
}

func TestComputeSaysWhenTheNextSetIsDue(t *testing.T) {
	p := DefaultPlan()
	for _, tc := range []struct {
		name    string
		last    time.Time
		at      time.Time
		overdue bool
		due     time.Time
		text    string
		short   string
	}{
		{"never", time.Time{}, now, false, now, "No sets done yet", "0/8 due 14:00"},
		{"in 35 min", now.Add(-85 * time.Minute), now, false, now.Add(35 * time.Minute), "Next set due at 14:35, in 35 min.", "0/8 due 14:35"},
		{"overdue", now.Add(-150 * time.Minute), now, true, now.Add(-30 * time.Minute), "it was due at 13:30, 30 min ago.", "0/8 overdue"},
		{"late evening moves to the morning", time.Date(2026, 11, 21, 21, 30, 0, 0, time.UTC),
			time.Date(2026, 11, 21, 22, 30, 0, 0, time.UTC), false,
			time.Date(2026, 11, 22, 7, 0, 0, 0, time.UTC), "Next set due at 07:00 tomorrow, in 8 h 30 min.", "0/8 due 07:00 tomorrow"},
	} {
		st := Compute(p, 0, 0, tc.last, tc.at)
		if st.Overdue != tc.overdue || !st.Due.Equal(tc.due) {
			t.Errorf("%s: overdue %v due %v; want %v %v", tc.name, st.Overdue, st.Due, tc.overdue, tc.due)
		}
		if got := st.Sentence(tc.at); !strings.Contains(got, tc.text) {
			t.Errorf("%s: Sentence = %q, want it to say %q", tc.name, got, tc.text)
		}
		if got := st.Short(tc.at); got != tc.short {
			t.Errorf("%s: Short = %q, want %q", tc.name, got, tc.short)
		}
	}
}

func TestAHeldPlanIsNeverOverdue(t *testing.T) {
	p := DefaultPlan()
	p.Hold = &coach.Hold{At: now, RuleID: "R1", Reason: "urgent"}
	st := Compute(p, 2, 3, now.Add(-10*time.Hour), now)
	if st.Overdue || !st.Held || st.Short(now) != "paused" || !strings.Contains(st.Sentence(now), "paused") {
		t.Errorf("held status = %+v, %q", st, st.Sentence(now))
	}
}

func TestCounts(t *testing.T) {
	for streak, want := range map[int]string{0: "5 of 8", 1: "5 of 8 · 1 day in a row", 12: "5 of 8 · 12 days in a row", 365: "5 of 8 · a year or more in a row"} {
		if got := (Status{Today: 5, Target: 8, Streak: streak}).Counts(); got != want {
			t.Errorf("streak %d: %q, want %q", streak, got, want)
		}
	}
}
