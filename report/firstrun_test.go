package report

import (
	"strings"
	"testing"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// The starting point noted at the first run is in the clinician's first
// answers; skipped, nothing is said of it.
func TestTheFirstAnswersGiveTheStartingPointWhenNoted(t *testing.T) {
	a := coach.Answers{AgeBand: coach.Age20to49}
	if line := firstRun(a, true).Line(); strings.Contains(line, "Starting point") {
		t.Errorf("no starting point noted, yet the first answers say %q", line)
	}
	a.Baseline = &routines.CheckIn{Kind: routines.CheckInBaseline, Reach: routines.ReachBelowKnee, Leg: routines.LegRight,
		LegPain: 6, BackPain: 3, Tingling: true, TinglingReach: routines.ReachFoot}
	want := "Starting point noted before any exercise: pain reaching below the knee (5), leg pain 6/10, back pain 3/10, tingling or numbness reaching foot or toes (6)."
	if line := firstRun(a, true).Line(); !strings.HasSuffix(line, want) {
		t.Errorf("the first answers say %q, want them to end %q", line, want)
	}
}
