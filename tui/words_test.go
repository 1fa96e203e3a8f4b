package tui

import (
	"strings"
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

func TestTheTestIntroSaysItUsuallyTakesUpToTwentyMinutes(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.keys("d")
	hs.see("It usually takes 10 to 20 minutes.")
}

func TestHomeSaysWhereThePlanStandsAndWhatMovesItOn(t *testing.T) {
	p := coach.DefaultPlan(coach.Answers{}, t0)
	p.Direction, p.Stage, p.Levels[routines.FamilyExtension] = routines.DirectionExtension, routines.StageMobility, 2
	hs := newHarnessWith(t, 80, 24, &p)
	hs.see("Your plan: bending backward (extension) · step 1 of 3, lying face down", "stage: mobility",
		"Next: 2 more days with the pain in your back only", "Your relief set", "suggested")
}

// On home only the plan's own line starts with "Next:"; the walk line
// says "Your next walk", so the two are not read as one.
func TestOnHomeOnlyThePlanLineSaysNext(t *testing.T) {
	p := coach.DefaultPlan(coach.Answers{}, t0)
	p.Direction, p.Stage, p.Levels[routines.FamilyExtension] = routines.DirectionExtension, routines.StageMobility, 2
	hs := newHarnessWith(t, 80, 24, &p).withHistory(richHistory())
	hs.m.deps.Walks = &fakeWalks{}
	hs.deliverCmd(hs.m.home.loadGlance())
	hs.see("Next: 2 more days with the pain in your back only", "Walks today: 0 of", "Your next walk: about")
	if n := strings.Count(hs.screen(), "Next:"); n != 1 {
		t.Errorf("home says \"Next:\" %d times, want once (the plan's line):\n%s", n, hs.screen())
	}
}
