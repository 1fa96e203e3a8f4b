package coach

import (
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

// The direction test, as scenarios: the test picks each set, and each beat
// names the exercise it must have asked for.

// noChangeLadder is two quiet sets on each rung of a ladder: the first
// counts, the second steps up, and the last rung's second moves on.
func noChangeLadder(ids []string, c routines.CheckIn, last beat) []beat {
	var out []beat
	for i, id := range ids {
		out = append(out, beat{set: id, c: c, want: ActionContinue, rule: "R8"})
		if i+1 < len(ids) {
			out = append(out, beat{set: id, c: c, want: ActionProgress, rule: "R8", next: ids[i+1]})
		}
	}
	last.set, last.c = ids[len(ids)-1], c
	return append(out, last)
}

func concat(parts ...[]beat) []beat {
	var out []beat
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

var extensionLadder = []string{"prone-lying", "prone-on-elbows", "press-up", "press-up-sag", "press-up-hips-off-centre", "standing-extension"}

var stenosis = Answers{Worse: Triggers{Standing: true, Walking: true}, EasedBy: Easers{Sitting: true}}

var testScenarios = []scenario{
	{name: "test: extension centralizes at press-up after no change lower down", test: true, baseline: base(calf, 6),
		open: ActionContinue, openRule: "R9",
		beats: []beat{
			{set: "prone-lying", c: after(same, calf, 6), want: ActionContinue, rule: "R8"},
			{set: "prone-lying", c: after(same, calf, 6), want: ActionProgress, rule: "R8", next: "prone-on-elbows"},
			{set: "prone-on-elbows", c: after(same, calf, 6), want: ActionContinue, rule: "R8"},
			{set: "prone-on-elbows", c: after(same, calf, 6), want: ActionProgress, rule: "R8", next: "press-up"},
			{set: "press-up", c: after(up, thigh, 6), want: ActionContinue, rule: "R4", light: LightGreen},
			{set: "press-up", c: after(up, buttock, 5), want: ActionDirectionFound, rule: "R11", next: "press-up"},
		},
		end: func(t *testing.T, _ *Session, dt *DirectionTest) {
			res, ok := dt.Result()
			want := "After 2 sets of press-up, your leg pain moved from below the knee to the buttock."
			if !ok || !res.Found || res.Direction != routines.DirectionExtension || res.Level != 3 {
				t.Fatalf("result %+v, want extension at level 3", res)
			}
			if got := res.Evidence[len(res.Evidence)-1]; got != want {
				t.Errorf("evidence %q, want %q", got, want)
			}
			if p := res.Plan; p.Stage != routines.StageRelief || p.Level(routines.FamilyExtension) != 3 || p.Every != 2*time.Hour {
				t.Errorf("plan %+v, want relief, extension level 3, every 2 h", p)
			}
		}},
	{name: "test: the stenosis pattern starts with flexion", test: true, answers: stenosis, baseline: base(calf, 6),
		open: ActionContinue, openRule: "R10",
		beats: []beat{
			{set: "knees-to-chest", c: after(up, thigh, 5), want: ActionContinue, rule: "R4"},
			{set: "knees-to-chest", c: after(same, thigh, 5), want: ActionDirectionFound, rule: "R11"},
		},
		end: func(t *testing.T, _ *Session, dt *DirectionTest) {
			if res, _ := dt.Result(); res.Direction != routines.DirectionFlexion {
				t.Errorf("direction %q, want flexion", res.Direction)
			}
		}},
	{name: "test: worse and still worse switches to the side glide for one-sided pain", test: true, baseline: base(calf, 6),
		beats: []beat{
			{set: "prone-lying", c: after(down, foot, 6), want: ActionRecheck, rule: "R5"},
			{c: again(down, foot, 6), want: ActionSwitchDirection, rule: "R5", light: LightRed, next: "side-glide-standing",
				says: "Next: side glide in standing, with your left side away from the wall."},
			{set: "side-glide-standing", c: after(up, thigh, 5), want: ActionContinue, rule: "R4"},
			{set: "side-glide-standing", c: after(up, buttock, 4), want: ActionDirectionFound, rule: "R11"},
		},
		end: func(t *testing.T, _ *Session, dt *DirectionTest) {
			res, _ := dt.Result()
			if res.Direction != routines.DirectionSideGlide {
				t.Errorf("direction %q, want side glide", res.Direction)
			}
			if !strings.Contains(res.Evidence[0], "Prone lying: your pain reaches further down, to the foot or toes") {
				t.Errorf("evidence %q does not say what prone lying did", res.Evidence[0])
			}
			if got := res.Plan.Tested[routines.DirectionExtension].Light; got != LightRed {
				t.Errorf("extension tested %q, want red", got)
			}
		}},
	{name: "test: after a red, merely getting back to the start is not a direction", test: true, baseline: base(calf, 5),
		beats: []beat{
			{set: "prone-lying", c: after(down, foot, 6), want: ActionRecheck, rule: "R5"},
			{c: again(down, foot, 6), want: ActionSwitchDirection, rule: "R5", light: LightRed, next: "side-glide-standing"},
			{set: "side-glide-standing", c: after(up, calf, 5), want: ActionContinue, rule: "R8", light: LightNone,
				says: "about where it was at the start of the test"},
			{set: "side-glide-standing", c: after(same, calf, 5), want: ActionSwitchDirection, rule: "R9", next: "knees-to-chest",
				says: "No change with the side glide."},
		},
		end: func(t *testing.T, _ *Session, dt *DirectionTest) {
			p := dt.Plan()
			if p.Tested[routines.DirectionSideGlide].Light == LightGreen {
				t.Error("the side glide is marked as helping")
			}
			if p.LastRed.IsZero() || p.Reds[routines.DirectionExtension].Level != 1 {
				t.Errorf("last red %v, reds %v: want the red of prone lying kept in the plan", p.LastRed, p.Reds)
			}
		}},
	{name: "test: after a red, a real gain on the start still finds the direction", test: true, baseline: base(calf, 5),
		beats: []beat{
			{set: "prone-lying", c: after(down, foot, 6), want: ActionRecheck, rule: "R5"},
			{c: again(down, foot, 6), want: ActionSwitchDirection, rule: "R5", next: "side-glide-standing"},
			{set: "side-glide-standing", c: after(up, thigh, 5), want: ActionContinue, rule: "R4", light: LightGreen},
			{set: "side-glide-standing", c: after(same, thigh, 4), want: ActionDirectionFound, rule: "R11"},
		}},
	{name: "test: red in every direction means no preference", test: true, baseline: base(buttock, 4),
		beats: []beat{
			{set: "prone-lying", c: after(down, thigh, 4), want: ActionRecheck, rule: "R5"},
			{c: again(down, thigh, 4), want: ActionSwitchDirection, rule: "R5", next: "side-glide-standing"},
			{set: "side-glide-standing", c: after(down, calf, 4), want: ActionRecheck, rule: "R5"},
			{c: again(down, calf, 4), want: ActionSwitchDirection, rule: "R5", next: "knees-to-chest"},
			{set: "knees-to-chest", c: after(down, foot, 4), want: ActionRecheck, rule: "R5"},
			{c: again(down, foot, 4), want: ActionNoPreference, rule: "R12", next: "neutral"},
		},
		end: func(t *testing.T, _ *Session, dt *DirectionTest) {
			res, _ := dt.Result()
			if res.Found || res.Direction != routines.DirectionNeutral || res.Plan.Direction != routines.DirectionNeutral {
				t.Errorf("result %+v, want no direction and a neutral plan", res)
			}
			if !strings.Contains(res.Decision.Reason, "Every direction") || !strings.Contains(res.Decision.Reason, "assessment") {
				t.Errorf("reason %q, want it to say every direction made it worse and suggest an assessment", res.Decision.Reason)
			}
		}},
	{name: "test: no change anywhere, even with more force, means no preference", test: true, baseline: base(calf, 6),
		beats: concat(
			noChangeLadder(extensionLadder, after(same, calf, 6),
				beat{want: ActionSwitchDirection, rule: "R9", next: "side-glide-standing"}),
			noChangeLadder([]string{"side-glide-standing"}, after(same, calf, 6),
				beat{want: ActionSwitchDirection, rule: "R9", next: "knees-to-chest", says: "No change with the side glide. Next: knees to chest."}),
			noChangeLadder([]string{"knees-to-chest", "flexion-sitting", "flexion-standing"}, after(same, calf, 6),
				beat{want: ActionNoPreference, rule: "R12", next: "neutral"}),
		)},
	{name: "test: pain that is not one-sided skips the side glide", test: true,
		baseline: base(central, 0, legs(routines.LegNone), backPain(5)),
		beats: []beat{
			{set: "prone-lying", c: after(down, buttock, 0, legs(routines.LegNone), backPain(5)), want: ActionRecheck, rule: "R5"},
			{c: again(down, buttock, 0, legs(routines.LegNone), backPain(5)), want: ActionSwitchDirection, rule: "R5", next: "knees-to-chest"},
		}},
	{name: "test: a red flag mid-test ends it", test: true, baseline: base(calf, 6),
		beats: []beat{
			{set: "prone-lying", c: after(same, calf, 6, urgent(FlagSaddleNumbness)), want: ActionEmergencyStop, rule: "R1"},
			{c: after(same, calf, 6), want: ActionEmergencyStop, rule: "R1"},
		},
		end: func(t *testing.T, _ *Session, dt *DirectionTest) {
			res, ok := dt.Result()
			if !ok || !res.Stopped || res.Found || !res.Plan.Held() {
				t.Errorf("result %+v, want stopped with the plan on hold", res)
			}
		}},
	{name: "test: abolished and held names the direction", test: true, baseline: base(calf, 6),
		beats: []beat{
			{set: "prone-lying", c: after(gone, none, 0, backPain(0)), want: ActionContinue, rule: "R4"},
			{set: "prone-lying", c: after(same, none, 0, backPain(0)), want: ActionDirectionFound, rule: "R11"},
		},
		end: func(t *testing.T, _ *Session, dt *DirectionTest) {
			res, _ := dt.Result()
			if want := "After 2 sets of prone lying, the pain has gone."; res.Evidence[0] != want {
				t.Errorf("evidence %q, want %q", res.Evidence[0], want)
			}
		}},
	{name: "test: an amber holds the force, and no change then moves on", test: true, baseline: base(calf, 6),
		beats: []beat{
			{set: "prone-lying", c: after(same, calf, 6), want: ActionContinue, rule: "R8"},
			{set: "prone-lying", c: after(same, calf, 6), want: ActionProgress, rule: "R8"},
			{set: "prone-on-elbows", c: after(same, calf, 9), want: ActionRecheck, rule: "R6"},
			{c: again(same, calf, 6), want: ActionContinue, rule: "R6", light: LightAmber},
			{set: "prone-on-elbows", c: after(same, calf, 6), want: ActionContinue, rule: "R8"},
			{set: "prone-on-elbows", c: after(same, calf, 6), want: ActionSwitchDirection, rule: "R9", next: "side-glide-standing",
				says: "after the flare the test does not add force"},
		}},
	{name: "test: milder but further down is red, so the direction changes", test: true, baseline: base(calf, 6),
		beats: []beat{
			{set: "prone-lying", c: after(down, foot, 4), want: ActionRecheck, rule: "R7"},
			{c: again(down, foot, 4), want: ActionSwitchDirection, rule: "R5", light: LightRed},
		}},
	{name: "test: centralized but sharper still counts toward the direction", test: true, baseline: base(calf, 6),
		beats: []beat{
			{set: "prone-lying", c: after(up, thigh, 8), want: ActionContinue, rule: "R7", light: LightGreen},
			{set: "prone-lying", c: after(same, thigh, 8), want: ActionDirectionFound, rule: "R11"},
		}},
	{name: "test: residual tingling that settles counts toward the direction", test: true, baseline: base(calf, 6),
		beats: []beat{
			{set: "prone-lying", c: after(up, thigh, 5, tingle(calf)), want: ActionRecheck, rule: "R17"},
			{c: again(up, thigh, 5), want: ActionContinue, rule: "R4", light: LightGreen},
			{set: "prone-lying", c: after(same, thigh, 5), want: ActionDirectionFound, rule: "R11"},
		}},
}
