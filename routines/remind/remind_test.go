package remind

import (
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines/adherence"
	"github.com/centra-app/centra/routines/coach"
)

func at(h, m int) time.Time { return time.Date(2026, 3, 2, h, m, 0, 0, time.UTC) }

// plan is a set every 2 h, 07:00 to 22:00.
func plan() coach.Plan { return adherence.DefaultPlan() }

func TestAScheduledReminderSendsOnceWhenASetIsDue(t *testing.T) {
	held := plan()
	held.Hold = &coach.Hold{RuleID: "R1", Reason: "Numbness between the legs needs a doctor today."}
	for _, tc := range []struct {
		name      string
		p         coach.Plan
		last, now time.Time
		lastKey   string
		want      string // "" sends nothing; else a word of the body
	}{
		{"not due yet", plan(), at(9, 0), at(10, 30), "", ""},
		{"due now", plan(), at(9, 0), at(11, 0), "", "due since 11:00"},
		{"overdue", plan(), at(9, 0), at(13, 20), "", "due since 11:00"},
		{"already sent for this set", plan(), at(9, 0), at(13, 20), "after 2026-03-02T09:00:00Z", ""},
		{"a new set done since: quiet until the next is due", plan(), at(13, 0), at(14, 0), "after 2026-03-02T09:00:00Z", ""},
		{"the next due set is a new reminder", plan(), at(13, 0), at(15, 5), "after 2026-03-02T09:00:00Z", "due since 15:00"},
		{"asleep", plan(), at(9, 0), at(23, 30), "", ""},
		{"before waking", plan(), at(21, 0), at(6, 30).AddDate(0, 0, 1), "", ""},
		{"no set ever, awake", plan(), time.Time{}, at(8, 0), "", "No sets done yet"},
		{"no set ever, already sent today", plan(), time.Time{}, at(12, 0), "first 2026-03-02", ""},
		{"held: see a clinician", held, at(9, 0), at(12, 0), "", "see a doctor or physiotherapist"},
		{"held: once a day", held, at(9, 0), at(18, 0), "hold 2026-03-02", ""},
		{"held: asleep", held, at(9, 0), at(23, 0), "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := adherence.Compute(tc.p, 1, 1, tc.last, tc.now)
			n, ok := Decide(st, tc.p, tc.now, tc.lastKey)
			switch {
			case tc.want == "" && ok:
				t.Errorf("sent %q, want nothing", n.Body)
			case tc.want != "" && !ok:
				t.Errorf("sent nothing, want a notice with %q", tc.want)
			case ok && !strings.Contains(n.Body, tc.want):
				t.Errorf("body %q lacks %q", n.Body, tc.want)
			}
			if ok && !tc.p.Held() && !strings.Contains(n.Body, "centra start") {
				t.Errorf("body %q does not say how to start", n.Body)
			}
			if ok && n.Key == tc.lastKey {
				t.Errorf("sent again for key %q", n.Key)
			}
		})
	}
}

func TestAnOpenCentraRingsAtTheDueTimeAndOnceMore(t *testing.T) {
	p := plan()
	grace := 15 * time.Minute
	for _, tc := range []struct {
		name         string
		last, opened time.Time
		grace        time.Duration
		want         []time.Time
	}{
		{"due later today", at(9, 0), at(9, 30), grace, []time.Time{at(11, 0), at(11, 15)}},
		{"already due when opened", at(9, 0), at(12, 0), grace, []time.Time{at(12, 0), at(12, 15)}},
		{"once only", at(9, 0), at(9, 30), 0, []time.Time{at(11, 0)}},
		{"the second ring would fall after bedtime", at(19, 50), at(20, 0), grace, []time.Time{at(21, 50)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := adherence.Compute(p, 1, 1, tc.last, tc.opened)
			got := Rings(st, p, tc.opened, tc.grace)
			if len(got) != len(tc.want) {
				t.Fatalf("rings %v, want %v", got, tc.want)
			}
			for i := range got {
				if !got[i].Equal(tc.want[i]) {
					t.Errorf("ring %d at %v, want %v", i, got[i], tc.want[i])
				}
			}
		})
	}
	held := p
	held.Hold = &coach.Hold{RuleID: "R2"}
	if r := Rings(adherence.Compute(held, 0, 0, at(9, 0), at(12, 0)), held, at(12, 0), grace); len(r) != 0 {
		t.Errorf("a held plan rings at %v", r)
	}
}
