package coach

import (
	"slices"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

func ids(blocks []routines.Block) []string {
	var out []string
	for _, b := range blocks {
		out = append(out, b.Exercise.ID)
	}
	return out
}

func blocks(cat *routines.Catalog, ids ...string) []routines.Block {
	var out []routines.Block
	for _, id := range ids {
		ex := mustExercise(cat, id)
		out = append(out, routines.Block{Exercise: ex, Dose: ex.Dose})
	}
	return out
}

func TestReshape(t *testing.T) {
	cat := testCatalog()
	step := func(id string) *Step { s := stepOf(mustExercise(cat, id)); return &s }
	rest := []string{"press-up", "prone-lying", "walk"}
	tests := []struct {
		name string
		d    Decision
		want []string
	}{
		{"continue changes nothing", Decision{Action: ActionContinue, Current: step("press-up")}, rest},
		{"recheck changes nothing", Decision{Action: ActionRecheck, Current: step("press-up")}, rest},
		{"progress swaps the exercise, keeping prone lying",
			Decision{Action: ActionProgress, Current: step("press-up"), Next: step("press-up-sag")},
			[]string{"press-up-sag", "prone-lying", "walk"}},
		{"regress swaps it for the step below",
			Decision{Action: ActionRegress, Current: step("press-up"), Next: step("prone-on-elbows")},
			[]string{"prone-on-elbows", "prone-lying", "walk"}},
		{"stop-direction drops the direction and brings in the neutral routine",
			Decision{Action: ActionStopDirection, Current: step("press-up"), Next: &Step{RoutineID: "neutral"}},
			[]string{"walk", "rest-90-90"}},
		{"a switch swaps every block of the old direction",
			Decision{Action: ActionSwitchDirection, Current: step("press-up"), Next: step("knees-to-chest")},
			[]string{"knees-to-chest", "walk"}},
		{"stop-exercise drops that exercise",
			Decision{Action: ActionStopExercise, Current: step("walk")}, []string{"press-up", "prone-lying"}},
		{"add-sliders appends the slider",
			Decision{Action: ActionAddSliders, Current: step("press-up"), Add: []Step{*step("seated-slider")}},
			[]string{"press-up", "prone-lying", "walk", "seated-slider"}},
		{"add-core appends the core work",
			Decision{Action: ActionAddCore, Current: step("press-up"), Add: coreSteps(cat)},
			[]string{"press-up", "prone-lying", "walk", "curl-up", "side-bridge-knees", "bird-dog"}},
		{"a red regress also swaps later steps above the gentler one",
			Decision{Action: ActionRegress, Light: LightRed, Current: step("prone-lying"), Next: step("prone-lying")},
			[]string{"prone-lying", "walk"}},
		{"after a red, the nerve slider and core work leave the session",
			Decision{Action: ActionStopExercise, Light: LightRed, Current: step("walk")}, []string{"press-up", "prone-lying"}},
		{"an emergency stop leaves nothing", Decision{Action: ActionEmergencyStop}, nil},
		{"an urgent review leaves nothing", Decision{Action: ActionUrgentReview}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := blocks(cat, rest...)
			got := ids(Reshape(cat, in, tt.d))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if !slices.Equal(ids(in), rest) {
				t.Error("Reshape changed its input")
			}
			if tt.d.Action.ChangesRoutine() == slices.Equal(got, rest) {
				t.Errorf("ChangesRoutine() = %v but the blocks changed = %v", tt.d.Action.ChangesRoutine(), !slices.Equal(got, rest))
			}
		})
	}
	kept := Reshape(cat, blocks(cat, "press-up"), Decision{Action: ActionProgress, Current: step("press-up"), Next: step("press-up-sag")})
	if kept[0].Dose.Sets != 3 {
		t.Errorf("sets %d, want the 3 sets of the block kept", kept[0].Dose.Sets)
	}
}

func TestRoutineFor(t *testing.T) {
	cat := testCatalog()
	tests := []struct {
		name string
		plan func(*Plan)
		want []string
	}{
		{"before the test: the neutral routine", func(p *Plan) { p.Stage = routines.StageFindDirection }, []string{"seated-slider", "rest-90-90", "walk"}},
		{"no direction: the neutral routine", func(p *Plan) { p.Direction = routines.DirectionNeutral }, []string{"seated-slider", "rest-90-90", "walk"}},
		{"relief at press-up, with prone lying before and after", func(*Plan) {}, []string{"prone-lying", "press-up", "prone-lying"}},
		{"relief at prone lying", func(p *Plan) { p.Levels[routines.FamilyExtension] = 1 }, []string{"prone-lying"}},
		{"flexion relief", func(p *Plan) { p.Direction = routines.DirectionFlexion; p.Levels[routines.FamilyFlexion] = 2 }, []string{"flexion-sitting"}},
		{"mobility adds the slider", func(p *Plan) { p.Stage = routines.StageMobility },
			[]string{"prone-lying", "press-up", "prone-lying", "seated-slider"}},
		{"strength adds core work", func(p *Plan) { p.Stage = routines.StageStrength },
			[]string{"prone-lying", "press-up", "prone-lying", "seated-slider", "curl-up", "side-bridge-knees", "bird-dog"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := reliefPlan()
			tt.plan(&p)
			r := RoutineFor(cat, p)
			if got := ids(r.Blocks); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestDirectionTestSets(t *testing.T) {
	cat := testCatalog()
	dt, _, err := NewDirectionTest(cat, DefaultPlan(Answers{}, t0), base(calf, 6), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := dt.Next(); n.ExerciseID != "prone-lying" || n.Dose.Kind != routines.DoseTimed || n.Dose.Duration > 2*time.Minute || n.Dose.Sets != 1 {
		t.Errorf("first set %+v, want prone lying for at most 2 minutes", n)
	}
	dt.AfterSet(after(same, calf, 6))
	dt.AfterSet(after(same, calf, 6))
	dt.AfterSet(after(same, calf, 6))
	dt.AfterSet(after(same, calf, 6))
	if n := dt.Next(); n.ExerciseID != "press-up" || n.Dose.Reps != 10 || n.Dose.Sets != 1 {
		t.Errorf("set %+v, want one set of 10 press-ups", n)
	}
	dt.AfterSet(after(down, foot, 6))
	if n := dt.Next(); !dt.Pending() || n.ExerciseID != "rest-90-90" || n.Duration != DefaultRecheckRest {
		t.Errorf("while a recheck waits, next is %+v, want the 4-minute rest", n)
	}
	if _, done := dt.Result(); done {
		t.Error("a result before the test is done")
	}
	empty := routines.NewCatalog(nil, nil)
	if _, _, err := NewDirectionTest(empty, DefaultPlan(Answers{}, t0), base(calf, 6), Options{}); err == nil {
		t.Error("a test started with no exercises to test")
	}
}

func TestOptions(t *testing.T) {
	cat := testCatalog()
	s, _, _ := NewSession(cat, reliefPlan(), base(calf, 6), Options{RecheckRest: 3 * time.Minute, NoChangeSets: 2})
	press := mustExercise(cat, "press-up")
	if d := s.AfterSet(press, after(same, calf, 6)); d.Action != ActionContinue {
		t.Fatalf("got %s", d.Action)
	}
	if d := s.AfterSet(press, after(same, calf, 6)); s.Plan().Level(routines.FamilyExtension) != 4 {
		t.Errorf("with NoChangeSets 2, the second quiet set gives %s (%s), want the next session one step up", d.Action, d.Reason)
	}
	if d := s.AfterSet(mustExercise(cat, "press-up-sag"), after(same, calf, 9)); d.Next.Duration != 3*time.Minute {
		t.Errorf("rest %v, want 3 min", d.Next.Duration)
	}
}

func TestReshapeAfterARed(t *testing.T) {
	cat := testCatalog()
	step := func(id string) *Step { s := stepOf(mustExercise(cat, id)); return &s }
	in := blocks(cat, "press-up", "seated-slider", "press-up-sag", "curl-up", "prone-lying")
	d := Decision{Action: ActionRegress, Light: LightRed, Current: step("press-up"), Next: step("prone-on-elbows")}
	if got, want := ids(Reshape(cat, in, d)), []string{"prone-on-elbows", "prone-lying"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	only := blocks(cat, "seated-slider", "curl-up")
	d = Decision{Action: ActionContinue, Light: LightRed}
	if got, want := ids(Reshape(cat, only, d)), []string{"rest-90-90", "walk"}; !slices.Equal(got, want) {
		t.Errorf("with only slider and core work left: got %v, want the calm neutral blocks %v", got, want)
	}
}

func TestRoutineForAt(t *testing.T) {
	cat := testCatalog()
	tests := []struct {
		name    string
		plan    func(*Plan)
		lastRed time.Duration // before now; 0 for none
		want    []string
	}{
		{"the neutral routine, no red", func(p *Plan) { p.Stage = routines.StageFindDirection }, 0,
			[]string{"seated-slider", "rest-90-90", "walk"}},
		{"the neutral routine within a day of a red", func(p *Plan) { p.Stage = routines.StageFindDirection }, 10 * time.Hour,
			[]string{"rest-90-90", "walk"}},
		{"the neutral routine a day after a red", func(p *Plan) { p.Stage = routines.StageFindDirection }, 25 * time.Hour,
			[]string{"seated-slider", "rest-90-90", "walk"}},
		{"no direction, within a day of a red", func(p *Plan) { p.Direction = routines.DirectionNeutral }, time.Hour,
			[]string{"rest-90-90", "walk"}},
		{"strength within a day of a red", func(p *Plan) { p.Stage = routines.StageStrength }, 10 * time.Hour,
			[]string{"prone-lying", "press-up", "prone-lying"}},
		{"strength a day after a red", func(p *Plan) { p.Stage = routines.StageStrength }, 25 * time.Hour,
			[]string{"prone-lying", "press-up", "prone-lying", "seated-slider", "curl-up", "side-bridge-knees", "bird-dog"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := reliefPlan()
			tt.plan(&p)
			if tt.lastRed > 0 {
				p.LastRed = t0.Add(-tt.lastRed)
			}
			if got := ids(RoutineForAt(cat, p, t0).Blocks); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	// Without a time, any red on record counts, to be safe.
	p := reliefPlan()
	p.Stage, p.LastRed = routines.StageFindDirection, t0.AddDate(0, 0, -30)
	if got := ids(RoutineFor(cat, p).Blocks); slices.Contains(got, "seated-slider") {
		t.Errorf("RoutineFor with a red on record offers the slider: %v", got)
	}
	p.Hold = &Hold{RuleID: "R1"}
	if RoutineForAt(cat, p, t0) != nil {
		t.Error("a routine while the program is on hold")
	}
}
