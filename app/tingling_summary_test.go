package app

import (
	"testing"

	"github.com/centra-app/centra/routines"
)

// The summary after a session names the tingling, where it was at the
// start and at the end: a pain that stayed in the back says nothing of
// tingling that spread below the knee (R17).
func TestTheSummaryNamesTheTingling(t *testing.T) {
	back := routines.CheckIn{Reach: routines.ReachCentral}
	tingle := func(r routines.Reach) routines.CheckIn {
		c := back
		c.Tingling, c.TinglingReach = true, r
		return c
	}
	for _, tc := range []struct {
		first, last routines.CheckIn
		want        string
	}{
		{back, back, ""},
		{back, tingle(routines.ReachBelowKnee), "Tingling or numbness reached below the knee at the end; there was none at the start."},
		{tingle(routines.ReachThigh), tingle(routines.ReachBelowKnee), "Tingling or numbness reached the thigh at the start and below the knee at the end."},
		{tingle(routines.ReachThigh), tingle(routines.ReachThigh), "Tingling or numbness reached the thigh at the start and at the end."},
		{tingle(routines.ReachThigh), back, "The tingling or numbness you had at the start (the thigh) was gone at the end."},
	} {
		if got := (Summary{First: tc.first, Last: tc.last}).TinglingWords(); got != tc.want {
			t.Errorf("%+v → %+v: %q, want %q", tc.first, tc.last, got, tc.want)
		}
	}
}
