package coach

import (
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

func TestRuleR5Red(t *testing.T) {
	cat := testCatalog()
	b := base(calf, 6)
	red := ClassifyRecheck(b, b, after(down, foot, 6), again(down, foot, 6))
	tests := []struct {
		exercise string
		testing  bool
		want     Action
		rule     string
		next     string
	}{
		{"press-up", false, ActionRegress, "R5", "prone-on-elbows"},
		{"standing-extension", false, ActionRegress, "R5", "press-up-hips-off-centre"},
		{"prone-lying", false, ActionStopDirection, "R5", "neutral"},
		{"knees-to-chest", false, ActionStopDirection, "R5", "neutral"},
		{"side-glide-standing", false, ActionStopDirection, "R5", "neutral"},
		{"press-up", true, ActionStopDirection, "R5", "neutral"},
		{"seated-slider", false, ActionStopExercise, "R13", ""},
		{"curl-up", false, ActionStopExercise, "R14", ""},
		{"walk", false, ActionStopExercise, "R5", ""},
	}
	for _, tt := range tests {
		t.Run(tt.exercise, func(t *testing.T) {
			d := ruleR5Red(cat, stepOf(mustExercise(cat, tt.exercise)), red, tt.testing)
			next := ""
			if d.Next != nil {
				next = d.Next.ExerciseID + d.Next.RoutineID
			}
			if d.Action != tt.want || d.RuleID != tt.rule || next != tt.next || d.Light != LightRed {
				t.Errorf("got %s (%s) next %q light %s, want %s (%s) next %q red", d.Action, d.RuleID, next, d.Light, tt.want, tt.rule, tt.next)
			}
		})
	}
}

func TestRuleR8NoChange(t *testing.T) {
	cat := testCatalog()
	r := Classify(base(calf, 6), base(calf, 6), after(same, calf, 6))
	tests := []struct {
		name     string
		exercise string
		n, top   int
		want     Action
		next     string
		says     string
	}{
		{"first quiet set counts", "press-up", 1, math.MaxInt, ActionContinue, "press-up", "1 of 3"},
		{"second quiet set counts", "press-up", 2, math.MaxInt, ActionContinue, "press-up", "2 of 3"},
		{"third steps up", "press-up", 3, math.MaxInt, ActionProgress, "press-up-sag", "a little more force"},
		{"flexion steps up too", "knees-to-chest", 3, math.MaxInt, ActionProgress, "flexion-sitting", "more force"},
		{"the top of the ladder", "standing-extension", 3, math.MaxInt, ActionContinue, "standing-extension", "strongest step"},
		{"held below the top after a flare", "press-up", 3, 3, ActionContinue, "press-up", "will not add force"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ruleR8NoChange(cat, stepOf(mustExercise(cat, tt.exercise)), tt.n, 3, tt.top, r)
			if d.Action != tt.want || d.RuleID != "R8" || d.Next.ExerciseID != tt.next || !strings.Contains(d.Reason, tt.says) {
				t.Errorf("got %s (%s) next %s %q, want %s next %s saying %q", d.Action, d.RuleID, d.Next.ExerciseID, d.Reason, tt.want, tt.next, tt.says)
			}
		})
	}
}

func TestRuleR9ExtensionFirst(t *testing.T) {
	ext, side, flex := routines.FamilyExtension, routines.FamilySideGlide, routines.FamilyFlexion
	if got := ruleR9ExtensionFirst(true); !slices.Equal(got, []routines.Family{ext, side, flex}) {
		t.Errorf("one-sided: %v", got)
	}
	if got := ruleR9ExtensionFirst(false); !slices.Equal(got, []routines.Family{ext, flex}) {
		t.Errorf("central: %v", got)
	}
	tests := []struct {
		name string
		b    routines.CheckIn
		one  bool
	}{
		{"left leg", base(calf, 6), true},
		{"right leg", base(calf, 6, legs(routines.LegRight)), true},
		{"one side of the back", base(oneSide, 0, legs(routines.LegNone)), true},
		{"centre of the back", base(central, 0, legs(routines.LegNone)), false},
	}
	for _, tt := range tests {
		if got := oneSided(tt.b); got != tt.one {
			t.Errorf("%s: one-sided = %v, want %v", tt.name, got, tt.one)
		}
	}
	p := DefaultPlan(Answers{}, t0)
	if p.Direction != routines.DirectionExtension || p.Log[0].RuleID != "R9" {
		t.Errorf("default plan %s (%s), want extension (R9)", p.Direction, p.Log[0].RuleID)
	}
}

func TestRuleR10FlexionFirst(t *testing.T) {
	ext, side, flex := routines.FamilyExtension, routines.FamilySideGlide, routines.FamilyFlexion
	if got := ruleR10FlexionFirst(true); !slices.Equal(got, []routines.Family{flex, ext, side}) {
		t.Errorf("one-sided: %v", got)
	}
	if got := ruleR10FlexionFirst(false); !slices.Equal(got, []routines.Family{flex, ext}) {
		t.Errorf("central: %v", got)
	}
	tests := []struct {
		name string
		a    Answers
		want bool
	}{
		{"standing brings it on, sitting eases it", Answers{Worse: Triggers{Standing: true}, EasedBy: Easers{Sitting: true}}, true},
		{"walking brings it on, leaning forward eases it", Answers{Worse: Triggers{Walking: true}, EasedBy: Easers{LeaningForward: true}}, true},
		{"standing brings it on, nothing eases it", Answers{Worse: Triggers{Standing: true}}, false},
		{"sitting makes it worse too", Answers{Worse: Triggers{Walking: true, Sitting: true}, EasedBy: Easers{Sitting: true}}, false},
		{"bending makes it worse", Answers{Worse: Triggers{Walking: true, Bending: true}, EasedBy: Easers{LeaningForward: true}}, false},
		{"age alone does not decide", Answers{AgeBand: Age65Plus}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.StenosisPattern(); got != tt.want {
				t.Errorf("pattern = %v, want %v", got, tt.want)
			}
			p := DefaultPlan(tt.a, t0)
			if tt.want && (p.Direction != routines.DirectionFlexion || !p.FlexionFirst || p.Log[0].RuleID != "R10") {
				t.Errorf("plan %s (%s), want flexion first (R10)", p.Direction, p.Log[0].RuleID)
			}
		})
	}
}

func TestRuleR11Prescribe(t *testing.T) {
	cat := testCatalog()
	p := DefaultPlan(Answers{}, t0)
	p.Every = 0
	d := ruleR11Prescribe(&p, stepOf(mustExercise(cat, "knees-to-chest")), t0, "After 2 sets of knees to chest, the pain moved up")
	if d.Action != ActionDirectionFound || d.RuleID != "R11" {
		t.Fatalf("got %s (%s)", d.Action, d.RuleID)
	}
	if p.Direction != routines.DirectionFlexion || p.Level(routines.FamilyFlexion) != 1 ||
		p.Stage != routines.StageRelief || p.Every != DefaultEvery {
		t.Errorf("plan %+v, want flexion level 1, relief, every 2 h", p)
	}
	if len(p.Advice) == 0 || !strings.Contains(p.Advice[0], "two weeks") || !strings.Contains(d.Reason, "every 2 hours") {
		t.Errorf("advice %q, reason %q: want the two-week posture advice and the 2-hour rhythm", p.Advice, d.Reason)
	}
	if len(d.Changes) == 0 || d.Changes[0].RuleID != "R11" {
		t.Errorf("changes %+v, want them logged under R11", d.Changes)
	}
}

func TestRuleR12NoPreference(t *testing.T) {
	for _, allRed := range []bool{false, true} {
		p := reliefPlan()
		d := ruleR12NoPreference(&p, t0, allRed)
		if d.Action != ActionNoPreference || d.RuleID != "R12" || d.Next.RoutineID != "neutral" {
			t.Errorf("got %s (%s) next %+v", d.Action, d.RuleID, d.Next)
		}
		if p.Direction != routines.DirectionNeutral || !strings.Contains(d.Reason, "assessment") {
			t.Errorf("plan %s, reason %q: want neutral and an assessment", p.Direction, d.Reason)
		}
		if got := strings.Contains(d.Reason, "made your pain worse"); got != allRed {
			t.Errorf("allRed %v: reason %q", allRed, d.Reason)
		}
	}
}

// prescribed lists the exercise ids of the plan's routine at now.
func prescribed(cat *routines.Catalog, p Plan, now time.Time) []string {
	var ids []string
	for _, b := range RoutineForAt(cat, p, now).Blocks {
		ids = append(ids, b.Exercise.ID)
	}
	return ids
}

func TestRuleR13Sliders(t *testing.T) {
	cat := testCatalog()
	tests := []struct {
		name string
		plan func(*Plan)
		want bool
	}{
		{"relief: no slider yet", func(*Plan) {}, false},
		{"mobility: the slider once a day", func(p *Plan) { p.Stage = routines.StageMobility }, true},
		{"mobility, slider done today", func(p *Plan) {
			p.Stage = routines.StageMobility
			p.dayLog().day(t0).Slider = true
		}, false},
		{"mobility, a red 10 hours ago", func(p *Plan) {
			p.Stage, p.LastRed = routines.StageMobility, t0.Add(-10*time.Hour)
		}, false},
		{"mobility, a red yesterday morning", func(p *Plan) {
			p.Stage, p.LastRed = routines.StageMobility, t0.Add(-25*time.Hour)
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := reliefPlan()
			tt.plan(&p)
			if got := slices.Contains(prescribed(cat, p, t0), "seated-slider"); got != tt.want {
				t.Errorf("slider in %v: %v, want %v", prescribed(cat, p, t0), got, tt.want)
			}
		})
	}
	slider, _ := cat.Exercise("seated-slider")
	d := ruleR5Red(cat, stepOf(slider), Response{Light: LightRed, RuleID: "R5"}, false)
	if d.Action != ActionStopExercise || d.RuleID != "R13" {
		t.Errorf("a red slider: %s by %s, want it dropped by R13", d.Action, d.RuleID)
	}
}

func TestRuleR14Core(t *testing.T) {
	cat := testCatalog()
	p := reliefPlan()
	p.Stage = routines.StageMobility
	if slices.Contains(prescribed(cat, p, t0), "curl-up") {
		t.Error("core work before the strength stage")
	}
	p.Stage = routines.StageStrength
	if got := prescribed(cat, p, t0); !slices.Contains(got, "curl-up") || !slices.Contains(got, "bird-dog") {
		t.Errorf("strength: %v, want the Big 3 added once a day", got)
	}
	p.dayLog().day(t0).Core = true
	if slices.Contains(prescribed(cat, p, t0), "curl-up") {
		t.Error("a second core session the same day")
	}
	curl, _ := cat.Exercise("curl-up")
	d := ruleR5Red(cat, stepOf(curl), Response{Light: LightRed, RuleID: "R5"}, false)
	if d.Action != ActionStopExercise || d.RuleID != "R14" {
		t.Errorf("a red core exercise: %s by %s, want it dropped by R14", d.Action, d.RuleID)
	}
	never := []struct {
		id, name string
	}{{"sit-up", "Sit-up"}, {"crunch", "Crunches"}, {"toe-touch", "Toe touch"}, {"hamstring-stretch", "Hamstring stretch"}}
	for _, n := range never {
		if !AvoidDuringFlare(&routines.Exercise{ID: n.id, Name: n.name}) {
			t.Errorf("%s is offered during a flare", n.id)
		}
	}
	crunch := &routines.Exercise{ID: "crunch", Name: "Crunch", Family: routines.FamilyCore}
	bird := &routines.Exercise{ID: "bird-dog", Name: "Bird-dog", Family: routines.FamilyCore}
	for _, s := range coreSteps(routines.NewCatalog([]*routines.Exercise{crunch, bird}, nil)) {
		if s.ExerciseID == "crunch" {
			t.Error("core work includes a crunch")
		}
	}
}
