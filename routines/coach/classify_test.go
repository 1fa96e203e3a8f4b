package coach

import (
	"strings"
	"testing"

	"github.com/centra-app/centra/routines"
)

func TestClassify(t *testing.T) {
	b := base(calf, 6)
	tests := []struct {
		name    string
		prev, c routines.CheckIn
		kind    ResponseKind
		light   Light
		pending bool
		rule    string
	}{
		{"centralized", b, after(up, thigh, 6), KindCentralized, LightGreen, false, "R4"},
		{"centralized but sharper", b, after(up, thigh, 8), KindCentralized, LightGreen, false, "R7"},
		{"centralized while the back hurts more", b, after(up, thigh, 6, backPain(6)), KindCentralized, LightGreen, false, "R7"},
		{"abolished", b, after(gone, none, 0, backPain(0)), KindAbolished, LightGreen, false, "R4"},
		{"'gone' for the leg, back pain left", b, after(gone, none, 0), KindCentralized, LightGreen, false, "R4"},
		{"'gone' for the leg, back pain left, reach in the back", b, after(gone, central, 0), KindCentralized, LightGreen, false, "R4"},
		{"a reach of 0 with leg pain rated reads the rating", b, after(same, none, 3), KindBetter, LightGreen, false, "R15"},
		{"'gone' with leg pain still rated is not gone", b, after(gone, none, 6), KindNoChange, LightNone, false, "R15"},
		{"peripheralized", b, after(down, foot, 6), KindPeripheralized, LightAmber, true, "R5"},
		{"milder but further down", b, after(down, foot, 3), KindPeripheralized, LightAmber, true, "R7"},
		{"better", b, after(same, calf, 4), KindBetter, LightGreen, false, "R15"},
		{"worse", b, after(same, calf, 8), KindWorse, LightAmber, true, "R6"},
		{"a one-point rise is noise", b, after(same, calf, 7), KindNoChange, LightNone, false, "R15"},
		{"small steps add up since the baseline", after(same, calf, 5), after(same, calf, 4), KindBetter, LightGreen, false, "R15"},
		{"holding a gain is no change", after(same, calf, 4), after(same, calf, 4), KindNoChange, LightNone, false, "R15"},
		{"new tingling", b, after(same, calf, 6, tingle(calf)), KindWorse, LightAmber, true, "R17"},
		{"spreading tingling", b, after(same, calf, 6, tingle(foot)), KindPeripheralized, LightAmber, true, "R17"},
		{"residual tingling", b, after(up, thigh, 5, tingle(calf)), KindCentralized, LightAmber, true, "R17"},
		{"new tingling, no reach given", b, after(same, calf, 6, tingle(none)), KindWorse, LightAmber, true, "R17"},
		{"'further down' after 'gone'", after(gone, none, 0), after(down, none, 0), KindPeripheralized, LightAmber, true, "R5"},
		{"'further down' with the reach left at 0", b, after(down, none, 0), KindPeripheralized, LightAmber, true, "R5"},
		{"back pain only, easing", base(oneSide, 0, legs(routines.LegNone), backPain(6)),
			after(same, oneSide, 0, legs(routines.LegNone), backPain(3)), KindBetter, LightGreen, false, "R15"},
		{"back pain moving to the centre", base(oneSide, 0, legs(routines.LegNone)),
			after(up, central, 0, legs(routines.LegNone)), KindCentralized, LightGreen, false, "R4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			baseline := b
			if tt.prev.Kind == routines.CheckInBaseline {
				baseline = tt.prev
			}
			r := Classify(baseline, tt.prev, tt.c)
			if r.Kind != tt.kind || r.Light != tt.light || r.Pending != tt.pending || r.RuleID != tt.rule {
				t.Errorf("got %s %s pending=%v (%s), want %s %s pending=%v (%s): %s",
					r.Kind, r.Light, r.Pending, r.RuleID, tt.kind, tt.light, tt.pending, tt.rule, r.Why)
			}
			if r.Why == "" {
				t.Error("no plain-words reason")
			}
		})
	}
}

func TestClassifyWords(t *testing.T) {
	b := base(calf, 6)
	tests := []struct {
		name string
		c    routines.CheckIn
		want string
	}{
		{"centralized", after(up, thigh, 6),
			"After press-up, your leg pain moved from below the knee to the thigh: that is centralization, a good sign."},
		{"centralized but sharper", after(up, thigh, 8),
			"After press-up, your leg pain moved from below the knee to the thigh, even though it feels sharper: that is still centralization, a good sign, because where the pain reaches matters more than how strong it is."},
		{"milder but further down", after(down, foot, 4),
			"After press-up, your pain reaches further down, to the foot or toes, even though it feels milder: that counts as worse, because where the pain reaches matters more than how strong it is."},
		{"abolished", after(gone, none, 0, backPain(0)), "After press-up, the pain has gone: that is the best response."},
		{"'gone' for the leg, back pain left", after(gone, none, 0),
			"After press-up, your leg pain has gone and only back pain is left (3/10): that is centralization, a good sign."},
		{"'gone' for the leg, the back hurting more", after(gone, oneSide, 0, backPain(6)),
			"After press-up, your leg pain has gone and only back pain is left (6/10): that is still centralization, a good sign, because where the pain reaches matters more than how strong it is."},
		{"a reach of 0 with leg pain 3", after(same, none, 3), "After press-up, your leg pain went down from 6 to 3: a real improvement."},
		{"better", after(same, calf, 3), "After press-up, your leg pain went down from 6 to 3: a real improvement."},
		{"noise", after(same, calf, 5), "After press-up, no real change: your leg pain went from 6 to 5, too small a change to count."},
		{"new tingling, no reach given", after(same, calf, 6, tingle(none)), "After press-up, you have new tingling or numbness: that counts as worse."},
		{"'further down' with the reach left at 0", after(down, none, 0), "After press-up, you said the pain moved further down the leg: that counts as worse."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Classify(b, b, tt.c).Explain("press-up"); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestNeverGoneWhilePainIsRated: whatever the reach and the one-keypress
// answer say, the coach never tells a person the pain has gone (R4) while
// they rated a pain above 0; when the leg cleared and back pain is left it
// says the leg pain has gone, and nothing more.
func TestNeverGoneWhilePainIsRated(t *testing.T) {
	moves := []routines.Moved{"", up, down, same, gone}
	for pr := none; pr <= foot; pr++ {
		for _, pLeg := range []int{0, 5} {
			p := after(same, pr, pLeg, backPain(2))
			for _, m := range moves {
				for cr := none; cr <= foot; cr++ {
					for _, leg := range []int{0, 3} {
						for _, back := range []int{0, 2} {
							c := after(m, cr, leg, backPain(back))
							for _, r := range []Response{
								Classify(p, p, c),
								ClassifyRecheck(p, p, after(down, foot, 6), again(m, cr, leg, backPain(back))),
							} {
								if leg == 0 && back == 0 {
									continue
								}
								why := strings.ToLower(r.Why)
								said := strings.Contains(why, "pain has gone") || strings.Contains(why, "pain is still gone") ||
									strings.Contains(why, "the pain has gone")
								legOnly := leg == 0 && strings.Contains(why, "your leg pain has gone") &&
									!strings.Contains(why, "the pain has gone")
								if r.Kind == KindAbolished || (said && !legOnly) {
									t.Errorf("before reach %d leg %d; now %q reach %d leg %d back %d: %s %q",
										pr, pLeg, m, cr, leg, back, r.Kind, r.Why)
								}
							}
						}
					}
				}
			}
		}
	}
}
