package coach

import (
	"strings"
	"testing"

	"github.com/centra-app/centra/routines"
)

func TestRuleR4Centralized(t *testing.T) {
	tests := []struct {
		name string
		p, c routines.CheckIn
		want ResponseKind // "" for not centralized
	}{
		{"calf to thigh", after(same, calf, 6), after(up, thigh, 6), KindCentralized},
		{"thigh to the back", after(same, thigh, 4), after(up, oneSide, 0), KindCentralized},
		{"all gone", after(same, calf, 6), after(gone, none, 0, backPain(0)), KindAbolished},
		{"reach 0 and no pain rated", after(same, calf, 6), after(same, none, 0, backPain(0)), KindAbolished},
		{"'gone' with leg pain still rated is not gone", after(same, calf, 6), after(gone, calf, 6), ""},
		{"the leg cleared, back pain left", after(same, calf, 6), after(gone, none, 0), KindCentralized},
		{"'gone' for the leg, back pain left at the centre", after(same, calf, 6), after(gone, central, 0), KindCentralized},
		{"back pain only before: 'gone' with back pain rated is not gone", after(same, oneSide, 0), after(gone, oneSide, 0), ""},
		{"'up' within the same region", after(same, calf, 6), after(up, calf, 6), KindCentralized},
		{"tingling eased", after(same, thigh, 4, tingle(foot)), after(same, thigh, 4, tingle(calf)), KindCentralized},
		{"tingling gone", after(same, thigh, 4, tingle(foot)), after(same, thigh, 4), KindCentralized},
		{"same place", after(same, calf, 6), after(same, calf, 6), ""},
		{"nothing before, nothing now", after(same, none, 0), after(same, none, 0), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, ok := ruleR4Centralized(tt.p, tt.c, ruleR17Tingling(tt.p, tt.c))
			if !ok {
				k = ""
			}
			if k != tt.want {
				t.Errorf("got %q, want %q", k, tt.want)
			}
		})
	}
}

func TestRuleR5FurtherDown(t *testing.T) {
	tests := []struct {
		name string
		p, c routines.CheckIn
		want ResponseKind // "" for not further down
	}{
		{"calf to foot", after(same, calf, 6), after(down, foot, 6), KindPeripheralized},
		{"milder but further down", after(same, calf, 6), after(down, foot, 3), KindPeripheralized},
		{"'down' within the same region", after(same, calf, 6), after(down, calf, 6), KindPeripheralized},
		{"'up' but the numbers say further down", after(same, calf, 6), after(up, foot, 6), KindPeripheralized},
		{"tingling past everything", after(same, thigh, 4), after(same, thigh, 4, tingle(calf)), KindPeripheralized},
		{"new tingling where it already hurts", after(same, calf, 6), after(same, calf, 6, tingle(thigh)), KindWorse},
		{"same place", after(same, calf, 6), after(same, calf, 6), ""},
		{"moved up", after(same, calf, 6), after(up, thigh, 6), ""},
		// The person's own words outrank a field left at 0.
		{"'down' after 'gone', the reach still 0", after(gone, none, 0), after(down, none, 0), KindPeripheralized},
		{"'down' with the reach set to 0", after(same, calf, 6), after(down, none, 0), KindPeripheralized},
		{"new tingling with no reach given", after(same, calf, 6), after(same, calf, 6, tingle(none)), KindWorse},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, ok := furtherDown(tt.p, tt.c, ruleR17Tingling(tt.p, tt.c))
			if !ok {
				k = ""
			}
			if k != tt.want {
				t.Errorf("got %q, want %q", k, tt.want)
			}
		})
	}
}

func TestRuleR6Amber(t *testing.T) {
	b := base(calf, 6)
	tests := []struct {
		name    string
		after   routines.CheckIn
		recheck routines.CheckIn
		light   Light
		rule    string
		word    string
	}{
		{"worse, then back to how it was", after(same, calf, 9), again(same, calf, 6), LightAmber, "R6", "back to how it was"},
		{"worse, then gone", after(same, calf, 9), again(routines.MovedGone, none, 0, backPain(0)), LightAmber, "R6", "has gone"},
		{"worse, then milder in the same place", after(same, calf, 9), again(same, calf, 3), LightAmber, "R6", "down from 6/10"},
		{"worse, then better than before", after(same, calf, 9), again(up, thigh, 4), LightAmber, "R6", ""},
		{"worse, and a point off is still back", after(same, calf, 9), again(same, calf, 7), LightAmber, "R6", ""},
		{"further down, then back", after(down, foot, 6), again(same, calf, 6), LightAmber, "R6", ""},
		{"worse and still worse", after(same, calf, 9), again(same, calf, 9), LightRed, "R5", ""},
		{"further down and still there", after(down, foot, 6), again(down, foot, 6), LightRed, "R5", ""},
		{"'still further down' within the region", after(down, calf, 6), again(down, calf, 6), LightRed, "R5", ""},
		{"new tingling still there", after(same, calf, 6, tingle(calf)), again(same, calf, 6, tingle(calf)), LightRed, "R17", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ClassifyRecheck(b, b, tt.after, tt.recheck)
			if r.Light != tt.light || r.RuleID != tt.rule {
				t.Errorf("got %s (%s), want %s (%s): %s", r.Light, r.RuleID, tt.light, tt.rule, r.Why)
			}
			// Amber says truly where the pain is: back, higher up, gone
			// or milder.
			if tt.light == LightAmber && tt.recheck.Reach < b.Reach && strings.Contains(r.Why, "back to how it was") {
				t.Errorf("the pain is higher up than before the set, but the reason says %q", r.Why)
			}
			if tt.word != "" && !strings.Contains(r.Why, tt.word) {
				t.Errorf("the reason %q does not say %q", r.Why, tt.word)
			}
		})
	}
	step := stepOf(mustExercise(testCatalog(), "press-up"))
	d := ruleR6Amber(step, ClassifyRecheck(b, b, after(same, calf, 9), again(same, calf, 6)))
	if d.Action != ActionContinue || d.Next.ExerciseID != "press-up" || d.Light != LightAmber {
		t.Errorf("amber decision %+v, want continue at press-up, amber", d)
	}
}

func TestRuleR7LocationFirst(t *testing.T) {
	tests := []struct {
		name      string
		loc       ResponseKind
		intensity int
		want      ResponseKind
		overruled bool
	}{
		{"centralized but sharper", KindCentralized, +1, KindCentralized, true},
		{"centralized and milder", KindCentralized, -1, KindCentralized, false},
		{"milder but further down", KindPeripheralized, -1, KindPeripheralized, true},
		{"further down and sharper", KindPeripheralized, +1, KindPeripheralized, false},
		{"same place, milder", KindNoChange, -1, KindBetter, false},
		{"same place, sharper", KindNoChange, +1, KindWorse, false},
		{"same place, same pain", KindNoChange, 0, KindNoChange, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, over := ruleR7LocationFirst(tt.loc, tt.intensity)
			if k != tt.want || over != tt.overruled {
				t.Errorf("got %q overruled=%v, want %q overruled=%v", k, over, tt.want, tt.overruled)
			}
		})
	}
}

func TestRuleR15Meaningful(t *testing.T) {
	tests := []struct {
		name               string
		baseline, from, to int
		want               int
	}{
		{"2 points down", 6, 6, 4, -1},
		{"1 point down from 6 is noise", 6, 6, 5, 0},
		{"2 points up", 6, 6, 8, 1},
		{"1 point from a baseline of 3 is 30%", 3, 3, 2, -1},
		{"1 point from a baseline of 4 is 25%: noise", 4, 4, 3, 0},
		{"2 points from a baseline of 10 is enough", 10, 10, 8, -1},
		{"no pain to 1 is noise", 0, 0, 1, 0},
		{"no change", 5, 5, 5, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ruleR15Meaningful(tt.baseline, tt.from, tt.to); got != tt.want {
				t.Errorf("got %d, want %d", got, tt.want)
			}
		})
	}
}

func TestRuleR17Tingling(t *testing.T) {
	tests := []struct {
		name string
		p, c routines.CheckIn
		want tingling
	}{
		{"none before or now", after(same, calf, 6), after(same, calf, 6), tingNone},
		{"new where it already hurts", after(same, calf, 6), after(same, calf, 6, tingle(calf)), tingNew},
		{"new, past the pain", after(same, calf, 6), after(same, calf, 6, tingle(foot)), tingSpread},
		{"spreading further down", after(same, thigh, 4, tingle(calf)), after(same, thigh, 4, tingle(foot)), tingSpread},
		{"further down, still within the pain", after(same, calf, 6, tingle(thigh)), after(same, calf, 6, tingle(calf)), tingNew},
		{"left behind as the pain moves up", after(same, calf, 6), after(up, thigh, 5, tingle(calf)), tingResidual},
		{"kept behind as the pain moves up", after(same, calf, 6, tingle(calf)), after(up, thigh, 5, tingle(calf)), tingResidual},
		{"already residual, the pain moves up again", after(same, thigh, 5, tingle(calf)), after(up, buttock, 4, tingle(calf)), tingSame},
		{"left behind but further down than anything", after(same, calf, 6), after(up, thigh, 5, tingle(foot)), tingSpread},
		{"easing", after(same, thigh, 4, tingle(foot)), after(same, thigh, 4, tingle(calf)), tingEased},
		{"gone", after(same, thigh, 4, tingle(foot)), after(same, thigh, 4), tingEased},
		{"unchanged", after(same, thigh, 4, tingle(calf)), after(same, thigh, 4, tingle(calf)), tingSame},
		{"new, with no reach given", after(same, calf, 6), after(same, calf, 6, tingle(none)), tingNew},
		{"new after 'gone', with no reach given", after(gone, none, 0), after(same, none, 0, tingle(none)), tingNew},
		{"there, then no reach given", after(same, thigh, 4, tingle(calf)), after(same, thigh, 4, tingle(none)), tingNew},
		{"gone, after tingling with no reach given", after(same, thigh, 4, tingle(none)), after(same, thigh, 4), tingEased},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ruleR17Tingling(tt.p, tt.c); got != tt.want {
				t.Errorf("got %d, want %d", got, tt.want)
			}
		})
	}
}

// TestRuleR17ResidualRecheck reads the recheck after residual tingling
// (R17): worse or further down than before the set is red whatever the
// tingling did; settled and still better than before the set is green,
// by R4 (it moved up and stayed so: R17 itself gives only amber or red);
// merely back to how it was is amber.
func TestRuleR17ResidualRecheck(t *testing.T) {
	before := base(thigh, 5)
	residual := after(up, buttock, 5, tingle(thigh))
	tests := []struct {
		name    string
		recheck routines.CheckIn
		light   Light
		rule    string
		says    string
	}{
		{"settled, the pain still higher up", again(up, buttock, 5), LightGreen, "R4", "settled"},
		{"the tingling stays, not spreading", again(up, buttock, 5, tingle(thigh)), LightAmber, "R17", "not spread"},
		{"the tingling spreads", again(same, buttock, 5, tingle(calf)), LightRed, "R17", "tingling"},
		{"no tingling, the pain back and much stronger", again(same, thigh, 9), LightRed, "R5", "9/10, up from 5/10"},
		{"no tingling, the pain further down than before", again(down, calf, 5), LightRed, "R5", "below the knee"},
		{"'further down' with the reach left at 0", again(down, none, 0), LightRed, "R5", "further down"},
		{"no tingling, back to how it was", again(same, thigh, 5), LightAmber, "R6", "back to how it was"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ClassifyRecheck(before, before, residual, tt.recheck)
			if r.Light != tt.light || r.RuleID != tt.rule || !strings.Contains(r.Why, tt.says) {
				t.Errorf("got %s (%s) %q, want %s (%s) saying %q", r.Light, r.RuleID, r.Why, tt.light, tt.rule, tt.says)
			}
		})
	}
}
