package linemode

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
)

func TestThePlanAndTheTestsAreSaidInWords(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Plan.Direction, h.deps.Plan.Stage = routines.DirectionSideGlide, routines.StageRelief
	err := persist.AddTestResult(context.Background(), h.store.Journal(), flow.TestResult{At: start.Add(-time.Hour),
		Result: coach.TestResult{Found: true, Direction: routines.DirectionSideGlide, Level: 1}})
	if err != nil {
		t.Fatal(err)
	}
	out, err := h.run(lines("h", "", "q"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Your plan: side glide · step 1 of 1", "stage: relief", "side glide helps."} {
		if !strings.Contains(flat(out), want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	if strings.Contains(out, "side-glide") {
		t.Errorf("the id shows:\n%s", out)
	}
}

func TestTheTestIntroSaysItUsuallyTakesUpToTwentyMinutes(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Start = "test"
	out, err := h.run(lines("q"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(flat(out), "It usually takes 10 to 20 minutes.") {
		t.Errorf("no honest length in:\n%s", out)
	}
}

func TestHomeSaysThePlanTodayAndWhatMovesItOn(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Plan.Direction, h.deps.Plan.Stage = routines.DirectionExtension, routines.StageStrength
	out, err := h.run(lines("q"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Your plan: bending backward (extension) · step 1 of", "stage: strength",
		"relief sets 0 of 8 · core work not yet", "Next: 7 more days without leg pain and the daily maintenance routine takes over."} {
		if !strings.Contains(flat(out), want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
}
