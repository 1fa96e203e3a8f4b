package report

import (
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/content"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// Tingling left behind as the pain moved up is amber until the recheck
// (CLINICAL.md rule 17); when the recheck finds it settled and the pain
// still higher up, that is green (rule 4: moved up and stays so), and the
// report must not list it as an amber episode. Tingling still there at the
// recheck stays amber, by rule 17.
func TestTinglingThatSettledAtTheRecheckIsNotAmber(t *testing.T) {
	cat, err := content.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		recheck   routines.CheckIn
		wantAmber bool
	}{
		{"settled", routines.CheckIn{Moved: routines.MovedUp, Reach: routines.ReachThigh, LegPain: 5}, false},
		{"still there", routines.CheckIn{Moved: routines.MovedUp, Reach: routines.ReachThigh, LegPain: 5,
			Tingling: true, TinglingReach: routines.ReachBelowKnee}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			st := newStore(t)
			at := smallNow.Add(-time.Hour)
			id := session(t, st, at, []string{"side-bridge-knees"}, []routines.Moved{routines.MovedUp})
			plan := coach.DefaultPlan(coach.Answers{}, smallNow.AddDate(0, 0, -3))
			base := routines.CheckIn{At: at, Kind: routines.CheckInBaseline, Reach: routines.ReachBelowKnee, Leg: routines.LegLeft, LegPain: 6}
			s, _, err := coach.NewSession(cat, plan, base, coach.Options{})
			if err != nil {
				t.Fatal(err)
			}
			after := base
			after.At, after.Kind, after.Moved, after.Reach, after.LegPain = at.Add(2*time.Minute), routines.CheckInAfterSet, routines.MovedUp, routines.ReachThigh, 5
			after.Tingling, after.TinglingReach = true, routines.ReachBelowKnee
			ex, _ := cat.Exercise("side-bridge-knees")
			d := s.AfterSet(ex, after)
			if d.Action != coach.ActionRecheck || d.RuleID != "R17" {
				t.Fatalf("residual tingling: %s by %s, want a recheck by R17", d.Action, d.RuleID)
			}
			re := c.recheck
			re.At, re.Kind, re.Leg = at.Add(6*time.Minute), routines.CheckInRecheck, routines.LegLeft
			d = s.AfterRecheck(re)
			if err := st.Journal().AddDecision(bg, id, d.Record(re.At)); err != nil {
				t.Fatal(err)
			}
			_, out := markdown(t, st, time.Time{})
			if got := strings.Contains(out, "Amber on"); got != c.wantAmber {
				t.Errorf("tingling %s at the recheck (%s by %s, %s): amber episode listed = %v, want %v:\n%s",
					c.name, d.Action, d.RuleID, d.Light, got, c.wantAmber, out)
			}
			if c.wantAmber && (!strings.Contains(out, "some tingling is still there but it has not spread: that is amber.") || !strings.Contains(out, "next. (rule 17)")) {
				t.Errorf("the amber episode does not say why, with its rule:\n%s", out)
			}
		})
	}
}
