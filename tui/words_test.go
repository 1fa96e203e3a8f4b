package tui

import (
	"testing"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// Screens speak in words, never in the ids things are kept under.

func TestThePlanLineNamesTheDirectionInWords(t *testing.T) {
	for dir, want := range map[routines.Direction]string{
		routines.DirectionSideGlide: "Your plan: side glide",
		routines.DirectionExtension: "Your plan: bending backward (extension)",
		routines.DirectionFlexion:   "Your plan: bending forward (flexion)",
	} {
		p := coach.DefaultPlan(coach.Answers{}, t0)
		p.Direction, p.Stage = dir, routines.StageRelief
		hs := newHarnessWith(t, 100, 24, &p)
		hs.see(want)
		if contains(hs.screen(), "side-glide") {
			t.Errorf("the id shows:\n%s", hs.screen())
		}
	}
}

func TestUrgentSymptomsInASessionAreNamedInWords(t *testing.T) {
	c := routines.CheckIn{Kind: routines.CheckInAfterSet, Moved: routines.MovedSame, Reach: routines.ReachThigh,
		Urgent: []string{coach.FlagBladder, coach.FlagWeakBothLegs}}
	got := checkInLine(c, 2)
	for _, want := range []string{"a new change in bladder control or feeling", "weakness in both legs"} {
		if !contains(got, want) {
			t.Errorf("no %q in %q", want, got)
		}
	}
	if contains(got, "bladder;") || contains(got, "weak-both-legs") {
		t.Errorf("ids in %q", got)
	}
}

func TestTheTestIntroSaysItUsuallyTakesUpToTwentyMinutes(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.keys("d")
	hs.see("It usually takes 10 to 20 minutes.")
}
