package coach

import (
	"strings"
	"testing"

	"github.com/centra-app/centra/routines"
)

// The pain out of the leg by its reach keeps the force (R4); what the
// decision says follows the numbers: a leg still rated 2 or 3 out of 10
// is not "out of the leg".
func TestSettledWordsFollowTheLegPain(t *testing.T) {
	for _, tc := range []struct {
		reach       routines.Reach
		leg         int
		want, never string
	}{
		{oneSide, 0, "stays out of the leg", "leg pain is"},
		{oneSide, 3, "no further than one side of the back, but the leg pain is still 3/10", "out of the leg"},
		{routines.ReachCentral, 2, "but the leg pain is still 2/10", "out of the leg"},
		{routines.ReachNone, 0, "The pain stays away", "leg pain is"},
		{routines.ReachNone, 2, "No pain is marked on the scale, but the leg pain is still 2/10", "stays away"},
	} {
		cat := testCatalog()
		b := base(calf, 6)
		b.At = t0
		s, _, err := NewSessionFor(cat, reliefPlan(), scenarioRoutine(cat, scenario{}), b, Options{})
		if err != nil {
			t.Fatal(err)
		}
		first := after(up, tc.reach, tc.leg)
		first.At = t0.Add(3 * 60e9)
		s.AfterSet(mustExercise(cat, "press-up"), first) // green: moved up
		c := after(same, tc.reach, tc.leg)
		c.At = t0.Add(6 * 60e9)
		d := s.AfterSet(mustExercise(cat, "press-up"), c)
		if d.RuleID != "R4" || !strings.Contains(d.Reason, tc.want) || strings.Contains(d.Reason, tc.never) {
			t.Errorf("reach %d, leg pain %d: %s (%s) %q; want it to say %q and never %q", tc.reach, tc.leg, d.Action, d.RuleID, d.Reason, tc.want, tc.never)
		}
	}
}
