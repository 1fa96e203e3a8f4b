package routines

import (
	"fmt"
	"strings"
	"testing"
)

func TestCheckInValidate(t *testing.T) {
	ok := CheckIn{Kind: CheckInAfterSet, Moved: MovedSame, Reach: ReachBelowKnee, Leg: LegLeft, LegPain: 6, BackPain: 3}
	tests := []struct {
		name string
		mod  func(*CheckIn)
		says string // "" for valid
	}{
		{"a check-in", func(*CheckIn) {}, ""},
		{"tingling with its reach", func(c *CheckIn) { c.Tingling, c.TinglingReach = true, ReachFoot }, ""},
		{"no tingling, reach 0", func(c *CheckIn) { c.Tingling, c.TinglingReach = false, ReachNone }, ""},
		{"tingling with its reach left at 0", func(c *CheckIn) { c.Tingling, c.TinglingReach = true, ReachNone },
			"say how far down the tingling reaches (1-6)"},
		{"tingling off the scale", func(c *CheckIn) { c.Tingling, c.TinglingReach = true, 7 }, "between 1 and 6"},
		{"pain off the scale", func(c *CheckIn) { c.Reach = 7 }, "between 0 and 6"},
		{"leg pain over 10", func(c *CheckIn) { c.LegPain = 11 }, "leg pain"},
		{"an unknown leg", func(c *CheckIn) { c.Leg = "middle" }, "leg must be"},
		{"an unknown answer", func(c *CheckIn) { c.Moved = "sideways" }, "unknown answer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ok
			tt.mod(&c)
			err := c.Validate()
			switch {
			case tt.says == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tt.says != "" && (err == nil || !strings.Contains(err.Error(), tt.says)):
				t.Errorf("got %v, want an error saying %q", err, tt.says)
			}
		})
	}
}

// A point of the reach scale has one name: its short form (lists, charts)
// and its form in a sentence use the same words as the name the check-in
// lists, so "below the knee" never turns into "calf" on another screen.
func TestEachPointOfTheReachScaleHasOneName(t *testing.T) {
	for r := ReachNone + 1; r <= MaxReach; r++ {
		name := r.String()
		for _, w := range strings.Fields(r.Short()) {
			if !strings.Contains(name, w) {
				t.Errorf("%d: short %q has %q, not in the name %q", r, r.Short(), w, name)
			}
		}
		if !strings.Contains(r.Place(), name) {
			t.Errorf("%d: in a sentence %q, not the name %q", r, r.Place(), name)
		}
		if !strings.Contains(ReachScale(" · "), fmt.Sprintf("%d %s", r, name)) {
			t.Errorf("%d: the scale %q does not list %q", r, ReachScale(" · "), name)
		}
	}
	if got := ReachBelowKnee.Short(); got != "below knee" {
		t.Errorf("5 is %q in lists, want below knee", got)
	}
}
