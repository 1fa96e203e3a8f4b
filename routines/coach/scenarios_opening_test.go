package coach

import (
	"slices"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

// openingScenarios are sessions whose start is shaped by what came before:
// an earlier red or a plan on hold, and red flags at the baseline.
var openingScenarios = []scenario{
	{name: "a direction red yesterday starts below its red step and says so", baseline: base(calf, 6), routine: "extension",
		plan: func(p *Plan) {
			p.Levels[routines.FamilyExtension] = 2
			p.MarkRed(t0.Add(-20*time.Hour), routines.FamilyExtension, 3)
			p.LastRed = t0.Add(-30 * time.Hour) // a day ago: the slider may come back
		},
		open: ActionRegress, openRule: "R20",
		openSays: "Bending backwards (extension) made your pain worse yesterday, so today's session keeps to gentler steps, " +
			"no further than prone on elbows, and pauses to check at the first sign of spreading.",
		beats: []beat{
			{set: "prone-on-elbows", c: after(same, calf, 6), want: ActionContinue, rule: "R19"},
			{set: "prone-on-elbows", c: after(same, calf, 6), want: ActionContinue, rule: "R19"},
			{set: "prone-on-elbows", c: after(same, calf, 6), want: ActionContinue, rule: "R19", next: "prone-on-elbows",
				says: "adds no force yet"},
		},
		end: func(t *testing.T, s *Session, _ *DirectionTest) {
			r, _ := testCatalog().Routine("extension")
			if got, want := opened(s, r), []string{"prone-lying", "prone-on-elbows", "prone-lying"}; !slices.Equal(got, want) {
				t.Errorf("routine %v, want %v", got, want)
			}
		}},
	{name: "a direction the test found red, even at the gentlest step, stays there", baseline: base(calf, 6), routine: "extension",
		plan: func(p *Plan) {
			p.Tested = map[routines.Direction]Tested{routines.DirectionExtension: {At: t0.Add(-48 * time.Hour), Light: LightRed, Level: 1}}
		},
		open: ActionRegress, openRule: "R5",
		openSays: "Bending backwards (extension) made your pain worse on Saturday, even at the gentlest step, so today's session stays with prone lying",
		beats: []beat{
			{set: "prone-lying", c: after(same, calf, 6), want: ActionContinue, rule: "R8"},
			{set: "prone-lying", c: after(same, calf, 6), want: ActionContinue, rule: "R8"},
			{set: "prone-lying", c: after(same, calf, 6), want: ActionContinue, rule: "R8", next: "prone-lying"},
			{set: "prone-lying", c: after(down, foot, 7), want: ActionRecheck, rule: "R5"},
			{c: again(down, foot, 7), want: ActionStopDirection, rule: "R5", light: LightRed, next: "neutral"},
		},
		end: func(t *testing.T, s *Session, _ *DirectionTest) {
			r, _ := testCatalog().Routine("extension")
			if got, want := opened(s, r), []string{"prone-lying"}; !slices.Equal(got, want) {
				t.Errorf("routine %v, want %v", got, want)
			}
		}},
	{name: "a red this morning leaves the nerve slider out of the neutral routine", baseline: base(calf, 6), routine: "neutral",
		plan: func(p *Plan) { p.LastRed = t0.Add(-3 * time.Hour) },
		open: ActionStopExercise, openRule: "R13",
		openSays: "A set made your pain worse earlier today, so the seated nerve slider waits until your leg has been calm for a day.",
		beats: []beat{
			{set: "walk", c: after(same, calf, 6), want: ActionContinue, rule: "R15"},
		},
		end: func(t *testing.T, s *Session, _ *DirectionTest) {
			r, _ := testCatalog().Routine("neutral")
			if got, want := opened(s, r), []string{"rest-90-90", "walk"}; !slices.Equal(got, want) {
				t.Errorf("routine %v, want %v", got, want)
			}
		}},
	{name: "with no red, a routine starts as it is", baseline: base(calf, 6), routine: "extension",
		plan: func(p *Plan) {
			p.MarkRed(t0.Add(-50*time.Hour), routines.FamilyExtension, 3) // two days ago: over
		},
		open: ActionContinue, openRule: "R3",
		beats: []beat{
			{set: "press-up", c: after(same, calf, 6), want: ActionContinue, rule: "R19"},
			{set: "press-up", c: after(same, calf, 6), want: ActionContinue, rule: "R19"},
			{set: "press-up", c: after(same, calf, 6), want: ActionContinue, rule: "R19", says: "From the next session: press-up with sag"},
		},
		end: func(t *testing.T, s *Session, _ *DirectionTest) {
			r, _ := testCatalog().Routine("extension")
			if got, want := opened(s, r), blockIDs(r.Blocks); !slices.Equal(got, want) {
				t.Errorf("routine %v, want %v", got, want)
			}
		}},
	{name: "a plan on hold stops at the start", baseline: base(calf, 6),
		plan: func(p *Plan) { p.Hold = &Hold{At: t0, RuleID: "R1", Reason: "Please get medical help now."} },
		open: ActionEmergencyStop, openRule: "R1",
		beats: []beat{
			{set: "press-up", c: after(up, thigh, 5), want: ActionEmergencyStop, rule: "R1"},
		}},
	{name: "symptoms in both legs at the baseline stop before any set", baseline: base(calf, 6, legs(routines.LegBoth)),
		open: ActionEmergencyStop, openRule: "R1"},
	{name: "a clearance of another red flag leaves both legs at the baseline an emergency stop",
		baseline: base(calf, 6, legs(routines.LegBoth)),
		plan:     func(p *Plan) { p.ClearedAt = t0.Add(-24 * time.Hour) },
		open:     ActionEmergencyStop, openRule: "R1"},
	{name: "once a clinician has cleared it, both legs at the baseline is the starting point",
		baseline: base(calf, 6, legs(routines.LegBoth)),
		plan:     func(p *Plan) { p.ClearedAt, p.ClearedBothLegs = t0.Add(-24*time.Hour), true },
		open:     ActionContinue, openRule: "R3",
		beats: []beat{
			{set: "press-up", c: after(up, thigh, 5, legs(routines.LegBoth)), want: ActionContinue, rule: "R4"},
		}},
}

// scenarioRoutine is the library routine a scenario starts, or nil.
func scenarioRoutine(cat *routines.Catalog, sc scenario) *routines.Routine {
	if sc.routine == "" {
		return nil
	}
	r, ok := cat.Routine(sc.routine)
	if !ok {
		panic("no routine " + sc.routine)
	}
	return r
}

// reshapeAfter is what is left of blocks after the session's last
// decision.
func reshapeAfter(s *Session, cat *routines.Catalog, ids ...string) []string {
	log := s.Decisions()
	return blockIDs(s.Reshape(blocks(cat, ids...), log[len(log)-1]))
}

// opened is the routine as the session runs it after its opening decision.
func opened(s *Session, r *routines.Routine) []string {
	d := s.Decisions()[0]
	if !d.Action.ChangesRoutine() {
		return blockIDs(r.Blocks)
	}
	return blockIDs(s.Reshape(r.Blocks, d))
}

func blockIDs(bs []routines.Block) []string {
	out := []string{}
	for _, b := range bs {
		out = append(out, b.Exercise.ID)
	}
	return out
}
