package coach

import (
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

func TestTheWalkingPlanSuggestsThreeShortWalksADay(t *testing.T) {
	at := time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)
	p := DefaultPlan(Answers{}, at)
	a := WalkPlan(p, nil)
	if a.Walks != 3 || a.Minutes != 10 || a.Lean {
		t.Fatalf("advice %+v, want three 10-minute walks", a)
	}
	if l := a.Line(); !strings.Contains(l, "0 of 3 short walks") || !strings.Contains(l, "about 10 min") {
		t.Errorf("line %q", l)
	}
	walks := []routines.Walk{{At: at, Minutes: 12, Feel: routines.WalkEasier}}
	if l := WalkPlan(p, walks).Line(); !strings.Contains(l, "1 of 3 short walks (12 min so far)") {
		t.Errorf("after one walk: %q", l)
	}
	walks = append(walks, routines.Walk{At: at.Add(time.Hour), Minutes: 10, Feel: routines.WalkWorse})
	a = WalkPlan(p, walks)
	if !a.Shorter || a.Minutes != 5 || !strings.Contains(a.Line(), "make the next one shorter, about 5 min") {
		t.Errorf("after a walk that made the leg worse: %+v %q", a, a.Line())
	}
	walks = append(walks, routines.Walk{At: at.Add(2 * time.Hour), Minutes: 5, Feel: routines.WalkSame})
	if l := WalkPlan(p, walks).Line(); !strings.Contains(l, "3 of 3") || strings.Contains(l, "Next:") {
		t.Errorf("after three walks: %q", l)
	}
}

func TestTheStenosisPatternWalksLeaningForward(t *testing.T) {
	at := time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)
	p := DefaultPlan(Answers{}, at)
	p.FlexionFirst = true // the first run's stenosis pattern (R10)
	if l := WalkPlan(p, nil).Line(); !strings.Contains(l, "Lean forward a little: a trolley or walking poles help.") {
		t.Errorf("stenosis pattern: %q", l)
	}
}

func TestNoWalkIsSuggestedWhileARedFlagHoldsTheProgram(t *testing.T) {
	at := time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)
	p := DefaultPlan(Answers{}, at)
	p.Hold = &Hold{At: at, RuleID: "R1", Reason: "test"}
	if l := WalkPlan(p, nil).Line(); l != "" {
		t.Errorf("held plan suggests %q", l)
	}
}
