package flow_test

import (
	"testing"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/flow"
)

// When the coach cuts the session (a red at prone lying stops the
// direction), the flow records the sets the session now plans, so the history
// counts done against that plan, never "3 of 5" or "3/1" for a session run
// to its end.
func TestACoachCutRecordsTheSetsNowPlanned(t *testing.T) {
	r := newRoutine(t, "extension")
	r.f.Baseline(pain("", routines.ReachThigh, 5))
	r.runToCheckIn() // prone lying
	r.answer(pain(routines.MovedDown, routines.ReachBelowKnee, 5))
	r.f.Ack()
	r.runToCheckIn() // the recheck
	r.answer(pain(routines.MovedDown, routines.ReachBelowKnee, 5))
	r.f.Ack()
	for !r.f.Ended() {
		switch r.f.Need() {
		case flow.NeedCheckIn, flow.NeedRecheck:
			r.answer(pain(routines.MovedSame, routines.ReachBelowKnee, 5))
		case flow.NeedAck:
			r.f.Ack()
		default:
			r.runToCheckInOrEnd()
		}
	}
	r.recs = append(r.recs, r.f.Drain()...)
	var start, replan, sets int
	for _, rec := range r.recs {
		switch v := rec.(type) {
		case flow.Start:
			start = v.Planned
		case flow.Replan:
			replan = v.Planned
		case flow.Set:
			sets++
		}
	}
	if st, _ := r.f.Status(); st != routines.StatusCompleted {
		t.Fatalf("status %s, want the session run to its end", st)
	}
	t.Logf("planned %d at the start, %d after the cut, %d sets recorded", start, replan, sets)
	if replan == 0 || replan == start || replan != sets {
		t.Fatalf("planned %d at the start, %d after the cut, %d sets recorded: want the cut plan to be the sets run", start, replan, sets)
	}
}

// runToCheckInOrEnd lets time pass until the flow needs something other
// than time.
func (r *rig) runToCheckInOrEnd() {
	r.t.Helper()
	for i := 0; i < 100000 && r.f.Need() == flow.NeedTimer && !r.f.Ended(); i++ {
		r.clock.Advance(1e9)
		r.f.Advance()
	}
	r.recs = append(r.recs, r.f.Drain()...)
}
