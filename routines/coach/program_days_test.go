package coach_test

import (
	"testing"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
)

// directionTestFeel runs the guided test on day n, answered as fe says.
func (p *person) directionTestFeel(n int, fe feel) {
	p.t.Helper()
	p.at(n, 7.5)
	f := flow.NewTest(p.cat, p.plan, p.clock, flow.Options{})
	p.run(f, fe)
	p.plan = f.Plan()
	p.say("day %d: direction test: %s", n, coach.Standing(p.cat, p.plan))
}

// TestNoMobilityTheDayAfterARedInTheTest: the direction test finds the
// side glide after extension turned red at prone lying. The rest of that
// day is calm, but it had a red, so the next morning the plan stays in
// relief (R21: a whole day with no red); a calm second day moves it on.
func TestNoMobilityTheDayAfterARedInTheTest(t *testing.T) {
	p := newPerson(t, coach.Answers{})
	p.at(1, 7.5)
	worse := pain(down, calf, 6)
	p.directionTestFeel(1, feel{base: pain("", thigh, 5), recheck: worse,
		after: func(ex *routines.Exercise) routines.CheckIn {
			if ex != nil && ex.Family == routines.FamilyExtension {
				return worse
			}
			return pain(up, buttock, 3)
		}})
	if p.plan.Family() != routines.FamilySideGlide {
		t.Fatalf("the test found %q, want the side glide", p.plan.Family())
	}
	p.live(1, 3, steady(pain("", buttock, 3), pain(same, buttock, 3)))
	p.morning(2)
	p.want(2, routines.StageRelief, routines.FamilySideGlide, 1)
	if p.changed(2, "R21", "stage", string(routines.StageMobility)) {
		t.Error("day 2: R21 counted the day of the red as steady")
	}
	p.live(2, 6, steady(pain("", buttock, 3), pain(same, buttock, 3)))
	p.morning(3)
	p.want(3, routines.StageMobility, routines.FamilySideGlide, 1)
}
