package coach

import (
	"strings"
	"testing"

	"github.com/centra-app/centra/routines"
)

// The day after a flare the nerve slider still waits (R23 steps back; R13
// wants the leg steady), and the opening says the flare was yesterday, with
// R23, not that the leg is having one now.
func TestTheDayAfterAFlareTheSliderWaitsByR23(t *testing.T) {
	cat := testCatalog()
	slider := mustExercise(cat, "seated-slider")
	rt := &routines.Routine{ID: "mobility", Name: "Mobility", Blocks: []routines.Block{{Exercise: slider, Dose: slider.Dose}}}
	p := reliefPlan()
	p.Stage = routines.StageMobility
	p.Flared = dayKey(t0.AddDate(0, 0, -1))
	b := base(routines.ReachButtock, 2, backPain(2))
	b.At = t0
	_, d, err := NewSessionFor(cat, p, rt, b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.RuleID != "R23" || !strings.Contains(d.Reason, "had a flare yesterday") || !strings.Contains(d.Reason, "slider") {
		t.Errorf("the opening is %s %q; want R23, the flare yesterday and the slider waiting", d.RuleID, d.Reason)
	}
}

// A red marked from outside the coach (a worse answer whose recheck never
// came: the person quit) makes its day a red day, whatever the family, so
// that day never counts as steady (R21, R22).
func TestARedMarkedFromOutsideMakesARedDay(t *testing.T) {
	p := reliefPlan()
	p.MarkRed(t0, routines.FamilyNeural, 1)
	if !p.Day(t0).Red {
		t.Error("a red marked for the nerve slider left its day not red")
	}
}
