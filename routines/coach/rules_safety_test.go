package coach

import (
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

func TestRuleR1Emergency(t *testing.T) {
	tests := []struct {
		name  string
		items []string
		stop  bool
		says  string
	}{
		{"saddle numbness", []string{FlagSaddleNumbness}, true, "genitals, back passage or inner thighs"},
		{"a bladder change", []string{FlagBladder}, true, "bladder"},
		{"a bowel change", []string{FlagBowel}, true, "bowel"},
		{"a sexual change", []string{FlagSexual}, true, "genital feeling"},
		{"weakness in both legs", []string{FlagWeakBothLegs}, true, "both legs"},
		{"symptoms in both legs", []string{FlagBothLegs}, true, "both legs"},
		{"a sign the coach does not know counts too", []string{"numb feet"}, true, "numb feet"},
		{"an urgent sign alone is R2's", []string{FlagLegWeakness}, false, ""},
		{"nothing", nil, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ruleR1Emergency(tt.items)
			if (d != nil) != tt.stop {
				t.Fatalf("stop = %v, want %v", d != nil, tt.stop)
			}
			if d == nil {
				return
			}
			if d.Action != ActionEmergencyStop || d.RuleID != "R1" {
				t.Errorf("%s (%s), want emergency-stop (R1)", d.Action, d.RuleID)
			}
			for _, w := range []string{tt.says, "A&E", "999", "paused"} {
				if !strings.Contains(d.Reason, w) {
					t.Errorf("reason %q does not say %q", d.Reason, w)
				}
			}
		})
	}
}

func TestRuleR1ScreenCheckIn(t *testing.T) {
	b := base(calf, 6)
	both := base(calf, 6, legs(routines.LegBoth))
	tests := []struct {
		name     string
		baseline routines.CheckIn
		c        routines.CheckIn
		cleared  bool
		want     Action
	}{
		{"both legs, new since the baseline", b, after(same, calf, 6, legs(routines.LegBoth)), false, ActionEmergencyStop},
		{"both legs at a baseline nobody cleared", both, both, false, ActionEmergencyStop},
		{"both legs at a baseline a clinician cleared", both, both, true, ""},
		{"both legs since the cleared baseline", both, after(same, calf, 6, legs(routines.LegBoth)), true, ""},
		{"a ticked warning stops even when cleared", both, after(same, calf, 6, urgent(FlagBowel)), true, ActionEmergencyStop},
		{"new weakness in one leg", b, after(same, calf, 6, urgent(FlagLegWeakness)), false, ActionUrgentReview},
		{"an ordinary check-in", b, after(up, thigh, 5), false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got Action
			if d := ScreenCheckIn(tt.baseline, tt.c, tt.cleared); d != nil {
				got = d.Action
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRuleR1AtTheStart(t *testing.T) {
	b := base(calf, 6, legs(routines.LegBoth))
	b.Kind = "" // a baseline the screen did not label
	for _, start := range []func() Decision{
		func() Decision { _, d, _ := NewSession(testCatalog(), reliefPlan(), b, Options{}); return d },
		func() Decision {
			_, d, _ := NewDirectionTest(testCatalog(), DefaultPlan(Answers{}, t0), b, Options{})
			return d
		},
	} {
		if d := start(); d.Action != ActionEmergencyStop || d.RuleID != "R1" {
			t.Errorf("got %s (%s), want emergency-stop (R1) before any set", d.Action, d.RuleID)
		}
	}
}

func TestRuleR2Urgent(t *testing.T) {
	for _, id := range []string{FlagLegWeakness, FlagFever, FlagWeightLoss, FlagCancer, FlagInjury, FlagNightPain} {
		t.Run(id, func(t *testing.T) {
			d := ruleR2Urgent([]string{id})
			if d == nil || d.Action != ActionUrgentReview || d.RuleID != "R2" {
				t.Fatalf("got %+v, want urgent-review (R2)", d)
			}
			if !strings.Contains(d.Reason, "doctor") {
				t.Errorf("reason %q does not send to a doctor", d.Reason)
			}
		})
	}
	for _, items := range [][]string{nil, {FlagSaddleNumbness}, {"numb feet"}} {
		if d := ruleR2Urgent(items); d != nil {
			t.Errorf("%v: got %s, want nothing (not R2's)", items, d.Action)
		}
	}
}

func TestRuleR2ScreenRedFlags(t *testing.T) {
	tests := []struct {
		name string
		yes  []string
		want Action
	}{
		{"all clear", nil, ""},
		{"an emergency", []string{FlagBladder}, ActionEmergencyStop},
		{"an urgent one", []string{FlagFever}, ActionUrgentReview},
		{"emergency outranks urgent", []string{FlagFever, FlagSaddleNumbness}, ActionEmergencyStop},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var a Answers
			for _, id := range tt.yes {
				if err := a.Set(id, true); err != nil {
					t.Fatal(err)
				}
			}
			var got Action
			if d := ScreenRedFlags(a); d != nil {
				got = d.Action
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if p := DefaultPlan(a, t0); p.Held() != (tt.want != "") {
				t.Errorf("plan held = %v, want %v", p.Held(), tt.want != "")
			}
		})
	}
}

func TestRuleR3Baseline(t *testing.T) {
	tests := []struct {
		name string
		c    routines.CheckIn
		ok   bool
		says string
	}{
		{"a baseline", base(calf, 6, tingle(foot)), true, "pain reaches below the knee, leg pain 6/10, back pain 3/10, tingling or numbness in the foot or toes"},
		{"back pain only", base(central, 0), true, "pain in the centre of the low back"},
		{"an after-set check-in is no baseline", after(same, calf, 6), false, ""},
		{"out of range", base(calf, 11), false, ""},
		{"tingling with no reach given", base(calf, 6, tingle(none)), false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ruleR3Baseline(tt.c)
			if (err == nil) != tt.ok {
				t.Fatalf("err = %v, want ok %v", err, tt.ok)
			}
			if tt.ok && (d.RuleID != "R3" || !strings.Contains(d.Reason, tt.says)) {
				t.Errorf("%s: %q, want R3 saying %q", d.RuleID, d.Reason, tt.says)
			}
		})
	}
	if _, _, err := NewSession(testCatalog(), reliefPlan(), after(same, calf, 6), Options{}); err == nil {
		t.Error("a session started without a baseline")
	}
}

func day(n int, reach routines.Reach, legPain int, centralized bool) Day {
	return Day{Date: t0.AddDate(0, 0, n), Sets: 6, Reach: reach, LegPain: legPain, Centralized: centralized}
}

// days is n days of sets that all end the same way.
func days(n int, reach routines.Reach, legPain int) []Day {
	var out []Day
	for i := range n {
		out = append(out, day(i, reach, legPain, false))
	}
	return out
}

func TestRuleR16Review(t *testing.T) {
	b := base(calf, 6)
	tests := []struct {
		name string
		p    Progress
		now  time.Time
		want bool
		says string
	}{
		{"a week in, nothing yet: too soon", Progress{t0, b, days(7, calf, 6)}, t0.AddDate(0, 0, 7), false, ""},
		{"two regular weeks, no change", Progress{t0, b, days(14, calf, 6)}, t0.AddDate(0, 0, 14), true, "two weeks"},
		{"two weeks, but only a few days of sets", Progress{t0, b, days(5, calf, 6)}, t0.AddDate(0, 0, 14), false, ""},
		{"two weeks with a 2-point fall", Progress{t0, b, days(14, calf, 4)}, t0.AddDate(0, 0, 14), false, ""},
		{"two weeks with centralization", Progress{t0, b, days(14, thigh, 6)}, t0.AddDate(0, 0, 14), false, ""},
		{"two weeks, a one-point fall is noise", Progress{t0, b, days(14, calf, 5)}, t0.AddDate(0, 0, 14), true, "two weeks"},
		{"worse at any time: further down", Progress{t0, b, days(3, foot, 6)}, t0.AddDate(0, 0, 3), true, "further down"},
		{"worse at any time: more pain", Progress{t0, b, days(3, calf, 8)}, t0.AddDate(0, 0, 3), true, "up from 6/10"},
		{"six weeks, not improved, even with few sets", Progress{t0, b, days(4, calf, 6)}, t0.AddDate(0, 0, 42), true, "other options"},
		{"six weeks and improved", Progress{t0, b, days(4, thigh, 3)}, t0.AddDate(0, 0, 42), false, ""},
		{"no history", Progress{}, t0, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ruleR16Review(tt.p, tt.now)
			if (d != nil) != tt.want {
				t.Fatalf("got %+v, want a review: %v", d, tt.want)
			}
			if d != nil && (d.Action != ActionSuggestReview || d.RuleID != "R16" || !strings.Contains(d.Reason, tt.says)) {
				t.Errorf("%s (%s) %q, want suggest-review (R16) saying %q", d.Action, d.RuleID, d.Reason, tt.says)
			}
		})
	}
	held := reliefPlan()
	held.Hold = &Hold{RuleID: "R2"}
	if d := Referral(held, Progress{t0, b, days(3, foot, 6)}, t0.AddDate(0, 0, 3)); d != nil {
		t.Error("a referral while on hold: the hold already says more")
	}
}

func TestRuleR18Generic(t *testing.T) {
	b := base(buttock, 0)
	tests := []struct {
		name string
		p    Progress
		now  time.Time
		want bool
	}{
		{"buttock pain for two weeks", Progress{t0, b, days(6, buttock, 0)}, t0.AddDate(0, 0, 15), true},
		{"buttock pain for a week", Progress{t0, b, days(6, buttock, 0)}, t0.AddDate(0, 0, 7), false},
		{"buttock pain that moved up", Progress{t0, b, append(days(5, buttock, 0), day(5, oneSide, 0, true))}, t0.AddDate(0, 0, 15), false},
		{"pain that reaches the leg is not R18's", Progress{t0, base(calf, 5), days(6, calf, 5)}, t0.AddDate(0, 0, 15), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ruleR18Generic(tt.p, tt.now)
			if (d != nil) != tt.want {
				t.Fatalf("got %+v, want a suggestion: %v", d, tt.want)
			}
			if d != nil && (d.RuleID != "R18" || !strings.Contains(d.Reason, "cannot tell what causes it")) {
				t.Errorf("%s %q: want R18 in general words", d.RuleID, d.Reason)
			}
		})
	}
	if d := Referral(reliefPlan(), Progress{t0, b, days(6, buttock, 0)}, t0.AddDate(0, 0, 15)); d == nil || d.RuleID != "R18" {
		t.Errorf("Referral = %+v, want R18", d)
	}
}
