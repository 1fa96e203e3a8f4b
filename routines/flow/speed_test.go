package flow_test

import (
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
)

// A session run at --speed 10 is kept at the times of its own clock, the
// one home and the history read: the clock runs ten times faster, timers
// and stored times alike, so a set of prone lying is kept as long as the
// set is (its 2 minutes, not the 12 s of wall time it took), and today's
// sets, the last session and a red today read the same on home as in the
// session. (Stored at wall times, a sped-up day was hours behind home's
// clock: its sets did not count as today's.)
func TestASpedUpSessionIsKeptAtItsClocksTimes(t *testing.T) {
	cat := catalog(t)
	rt, _ := cat.Routine("extension")
	wall := routines.NewFakeClock(t0)
	fast := routines.NewScaledClock(wall, 10)
	f := flow.NewRoutine(cat, rt, coach.DefaultPlan(coach.Answers{}, t0), fast, flow.Options{})
	if err := f.Baseline(pain("", routines.ReachThigh, 5)); err != nil {
		t.Fatal(err)
	}
	for f.Need() == flow.NeedTimer {
		wall.Advance(100 * time.Millisecond)
		f.Advance()
	}
	if f.Need() != flow.NeedCheckIn {
		t.Fatalf("the first set should end in a check-in, the flow needs %v", f.Need())
	}
	if err := f.CheckIn(pain(routines.MovedSame, routines.ReachThigh, 5)); err != nil {
		t.Fatal(err)
	}
	f.Quit("quit")
	end := fast.Now()
	if real := wall.Now().Sub(t0); real > 30*time.Second {
		t.Fatalf("prone lying at speed 10 took %v of wall time; want a tenth of its 2 minutes or so", real)
	}
	var sets int
	for _, rec := range f.Drain() {
		var times []time.Time
		switch r := rec.(type) {
		case flow.Start:
			times = []time.Time{r.At}
		case flow.Set:
			sets++
			times = []time.Time{r.Result.StartedAt, r.Result.EndedAt}
			if long := r.Result.EndedAt.Sub(r.Result.StartedAt); long < 90*time.Second {
				t.Errorf("the set is kept %v long; want its own length on the session's clock, about 2 min", long)
			}
		case flow.CheckIn:
			times = []time.Time{r.CheckIn.At}
		case flow.Decision:
			times = []time.Time{r.Record.At}
		case flow.Finish:
			times = []time.Time{r.At}
		}
		for _, at := range times {
			if at.Before(t0) || at.After(end) {
				t.Errorf("%T is kept at %s, outside the %s to %s it happened in", rec, at.Format(time.RFC3339Nano), t0.Format(time.TimeOnly), end.Format(time.TimeOnly))
			}
		}
	}
	if sets != 1 {
		t.Errorf("kept %d sets, want the one done", sets)
	}
}
