package routines

import (
	"testing"
	"time"
)

var t0 = time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)

func sec(n float64) time.Duration { return time.Duration(n * float64(time.Second)) }

func pressUps() *Exercise {
	return &Exercise{ID: "press-up", Name: "Press-up", Family: FamilyExtension, Level: 3,
		Dose: Dose{Kind: DoseReps, Sets: 2, Rest: sec(30), Reps: 10,
			Cadence: []Beat{{"Press up", sec(2), ""}, {"Hold at the top", sec(2), ""}, {"Down slowly", sec(2), ""}}}}
}

func proneLying() *Exercise {
	return &Exercise{ID: "prone-lying", Name: "Lying face down", Family: FamilyExtension, Level: 1,
		Dose: Dose{Kind: DoseTimed, Sets: 1, Duration: sec(120)}}
}

func sideBridge() *Exercise {
	return &Exercise{ID: "side-bridge", Name: "Side bridge", Family: FamilyCore,
		Dose: Dose{Kind: DoseHolds, Sets: 3, Rest: sec(30), Hold: sec(10), Holds: []int{3, 2, 1}, HoldRest: sec(2), PerSide: true}}
}

func routineOf(exs ...*Exercise) *Routine {
	r := &Routine{ID: "test", Name: "Test"}
	for _, e := range exs {
		r.Blocks = append(r.Blocks, Block{Exercise: e, Dose: e.Dose})
	}
	return r
}

func newRun(t *testing.T, exs ...*Exercise) (*Runner, *FakeClock) {
	t.Helper()
	c := NewFakeClock(t0)
	r := NewRunner(routineOf(exs...), c, RunnerOptions{GetReady: sec(5)})
	r.Start()
	return r, c
}

func wantPhase(t *testing.T, r *Runner, k PhaseKind) {
	t.Helper()
	if got := r.Phase().Kind; got != k {
		t.Fatalf("phase = %v, want %v", got, k)
	}
}

func TestRunnerWalksGetReadyWorkCheckInRestNextSet(t *testing.T) {
	r, c := newRun(t, pressUps())
	wantPhase(t, r, PhaseGetReady)
	c.Advance(sec(5))
	evs := r.Advance()
	wantPhase(t, r, PhaseWork)
	if len(evs) != 1 || evs[0].Set != nil {
		t.Fatalf("entering work: events %+v", evs)
	}
	c.Advance(sec(60))
	evs = r.Advance()
	wantPhase(t, r, PhaseCheckIn)
	if len(evs) != 1 || evs[0].Set == nil {
		t.Fatalf("end of work should end the set: %+v", evs)
	}
	got := *evs[0].Set
	if !got.Completed || got.Done != 10 || got.Planned != 10 || got.Unit != UnitReps {
		t.Fatalf("set result = %+v", got)
	}
	if !got.StartedAt.Equal(t0.Add(sec(5))) || !got.EndedAt.Equal(t0.Add(sec(65))) {
		t.Fatalf("set times = %v .. %v", got.StartedAt, got.EndedAt)
	}
	// The check-in waits for the person however long they take.
	c.Advance(time.Hour)
	if evs := r.Advance(); evs != nil {
		t.Fatalf("check-in must wait: %+v", evs)
	}
	r.CheckedIn()
	wantPhase(t, r, PhaseRest)
	if st := r.Status(); st.Set != 2 || st.Sets != 2 || st.Remaining != sec(30) {
		t.Fatalf("rest status = %+v", st)
	}
	c.Advance(sec(30))
	r.Advance()
	wantPhase(t, r, PhaseWork)
	c.Advance(sec(60))
	r.Advance()
	r.CheckedIn()
	if !r.Done() {
		t.Fatalf("after the last check-in the routine is done, got %v", r.Phase().Kind)
	}
}

func TestPauseShiftsTheDeadline(t *testing.T) {
	r, c := newRun(t, proneLying())
	c.Advance(sec(5))
	r.Advance()
	c.Advance(sec(20))
	r.Pause()
	c.Advance(sec(300)) // a long pause: the phone rang
	if evs := r.Advance(); evs != nil {
		t.Fatalf("paused runner moved on: %+v", evs)
	}
	if st := r.Status(); st.Remaining != sec(100) || !st.Paused {
		t.Fatalf("paused status = %+v, want 100 s left", st)
	}
	r.Resume()
	if want := t0.Add(sec(5 + 120 + 300)); !r.Deadline().Equal(want) {
		t.Fatalf("deadline after resume = %v, want %v", r.Deadline(), want)
	}
	c.Advance(sec(99))
	r.Advance()
	wantPhase(t, r, PhaseWork)
	c.Advance(sec(1))
	evs := r.Advance()
	wantPhase(t, r, PhaseCheckIn)
	if got := evs[0].Set; got.Done != 120 || !got.Completed {
		t.Fatalf("set = %+v", got)
	}
}

func TestLateTicksDoNotDrift(t *testing.T) {
	r, c := newRun(t, sideBridge())
	// Tick at awkward, late moments; every phase must still start exactly
	// where the previous one ended.
	var ends []time.Time
	for r.Phase().Kind != PhaseCheckIn {
		c.Advance(sec(0.737))
		for _, ev := range r.Advance() {
			_ = ev
			ends = append(ends, r.start)
		}
	}
	// get-ready 5, then side 1: 3 holds of 10 with 2 relax = 34, switch 5,
	// side 2: 34. The check-in starts at exactly 5+34+5+34 = 78 s.
	if want := t0.Add(sec(78)); !r.start.Equal(want) {
		t.Fatalf("check-in started at %v, want %v (drift)", r.start.Sub(t0), want.Sub(t0))
	}
	if len(ends) < 10 {
		t.Fatalf("expected many phases, saw %d", len(ends))
	}
}

func TestPerSideCuesSwitchSides(t *testing.T) {
	r, c := newRun(t, sideBridge())
	var kinds []PhaseKind
	var sides []int
	for r.Phase().Kind != PhaseCheckIn {
		c.Advance(sec(1))
		for _, ev := range r.Advance() {
			kinds = append(kinds, ev.Phase.Kind)
			sides = append(sides, ev.Phase.Side)
		}
	}
	sawSwitch := false
	for i, k := range kinds {
		if k == PhaseSwitch {
			sawSwitch = true
			if sides[i+1] != 2 || sides[i-1] != 1 {
				t.Fatalf("switch should sit between side 1 and side 2: %v %v", kinds, sides)
			}
		}
	}
	if !sawSwitch {
		t.Fatalf("no switch-sides phase in %v", kinds)
	}
}

func TestPyramidDescends(t *testing.T) {
	r, c := newRun(t, sideBridge())
	var holds []int
	for !r.Done() {
		if r.Phase().Kind == PhaseCheckIn {
			holds = append(holds, r.Status().Holds)
			r.CheckedIn()
			continue
		}
		c.Advance(sec(1))
		r.Advance()
	}
	if len(holds) != 3 || holds[0] != 3 || holds[1] != 2 || holds[2] != 1 {
		t.Fatalf("holds per set = %v, want 3-2-1", holds)
	}
}

func TestCadencePromptsFollowTheDose(t *testing.T) {
	r, c := newRun(t, pressUps())
	c.Advance(sec(5))
	r.Advance()
	cases := []struct {
		at   float64
		rep  int
		want string
	}{
		{0, 1, "Press up"}, {2.5, 1, "Hold at the top"}, {5.9, 1, "Down slowly"},
		{6, 2, "Press up"}, {59, 10, "Down slowly"},
	}
	start := c.Now()
	for _, tc := range cases {
		c.Advance(start.Add(sec(tc.at)).Sub(c.Now()))
		st := r.Status()
		if st.Rep != tc.rep || st.Beat.Cue != tc.want {
			t.Errorf("at %.1fs: rep %d %q, want rep %d %q", tc.at, st.Rep, st.Beat.Cue, tc.rep, tc.want)
		}
	}
}

func TestSkip(t *testing.T) {
	t.Run("rest ends at once", func(t *testing.T) {
		r, c := newRun(t, pressUps())
		c.Advance(sec(65))
		r.Advance()
		r.CheckedIn()
		wantPhase(t, r, PhaseRest)
		r.Skip()
		wantPhase(t, r, PhaseWork)
		if !r.Deadline().Equal(c.Now().Add(sec(60))) {
			t.Fatalf("work after a skipped rest should start now")
		}
	})
	t.Run("part-done work is kept as not completed and checked in", func(t *testing.T) {
		r, c := newRun(t, pressUps())
		c.Advance(sec(5 + 25))
		r.Advance()
		evs := r.Skip()
		wantPhase(t, r, PhaseCheckIn)
		if len(evs) != 1 || evs[0].Set == nil || evs[0].Set.Done != 4 || evs[0].Set.Completed {
			t.Fatalf("skip after 4 reps: %+v", evs)
		}
	})
	t.Run("untouched work moves to the next set", func(t *testing.T) {
		r, c := newRun(t, pressUps())
		c.Advance(sec(5))
		r.Advance()
		evs := r.Skip()
		if evs[0].Set != nil {
			t.Fatalf("nothing was done; no set to keep: %+v", evs[0].Set)
		}
		if st := r.Status(); st.Set != 2 {
			t.Fatalf("expected set 2, got %+v", st)
		}
	})
	t.Run("check-in cannot be skipped", func(t *testing.T) {
		r, c := newRun(t, pressUps())
		c.Advance(sec(65))
		r.Advance()
		r.Skip()
		wantPhase(t, r, PhaseCheckIn)
	})
}

func TestBack(t *testing.T) {
	r, c := newRun(t, pressUps(), proneLying())
	c.Advance(sec(65))
	r.Advance()
	r.CheckedIn() // rest before set 2
	r.Back()      // barely begun: back to set 1
	if st := r.Status(); st.Set != 1 || st.Phase.Kind != PhaseGetReady {
		t.Fatalf("back from rest: %+v", st)
	}
	c.Advance(sec(5 + 20))
	r.Advance()
	r.Back() // 20 s into set 1: restart it
	if st := r.Status(); st.Set != 1 || st.Phase.Kind != PhaseGetReady || st.Remaining != sec(5) {
		t.Fatalf("back mid-set should restart the set: %+v", st)
	}
	// From the first set of the second exercise, back goes to the last set
	// of the first.
	r.Skip() // get ready
	c.Advance(sec(60))
	r.Advance()
	r.CheckedIn()
	r.Skip()
	c.Advance(sec(60))
	r.Advance()
	r.CheckedIn()
	if st := r.Status(); st.Exercise.ID != "prone-lying" {
		t.Fatalf("expected prone lying, got %s", st.Exercise.ID)
	}
	r.Back()
	if st := r.Status(); st.Exercise.ID != "press-up" || st.Set != 2 {
		t.Fatalf("back from a new exercise: %+v", st)
	}
}

func TestQuitMidSetAbandonsOnlyThatSet(t *testing.T) {
	r, c := newRun(t, pressUps())
	c.Advance(sec(30))
	r.Advance()
	r.Quit()
	if !r.Done() {
		t.Fatal("quit should end the run")
	}
	if evs := r.Advance(); evs != nil {
		t.Fatalf("a quit run must not move: %+v", evs)
	}
}

func TestEndBlockAndReplaceRemaining(t *testing.T) {
	r, c := newRun(t, pressUps(), pressUps())
	c.Advance(sec(65))
	r.Advance()
	r.EndBlock()
	r.ReplaceRemaining([]Block{{Exercise: proneLying(), Dose: proneLying().Dose}})
	r.CheckedIn()
	if st := r.Status(); st.Exercise.ID != "prone-lying" || st.Block != 2 || st.Blocks != 2 {
		t.Fatalf("after swap: %+v", st)
	}
}

func TestNextChange(t *testing.T) {
	r, c := newRun(t, proneLying())
	c.Advance(sec(0.3))
	// Get-ready shows 5 (4.7 s left); it shows 4 once 4 s are left.
	if got := r.NextChange(0).Sub(t0); got != sec(1) {
		t.Fatalf("next change at %v, want 1s", got)
	}
	c.Advance(sec(4.7))
	r.Advance()
	// 120 s of work on a 40-cell bar: a cell each 3 s, a second each 1 s.
	if got := r.NextChange(40).Sub(c.Now()); got != sec(1) {
		t.Fatalf("next change in %v, want 1s", got)
	}
	r.Pause()
	if !r.NextChange(40).IsZero() {
		t.Fatal("a paused countdown needs no wake-ups")
	}
}

func TestScaledClockRunsFaster(t *testing.T) {
	base := NewFakeClock(t0)
	sc := NewScaledClock(base, 20)
	base.Advance(sec(1))
	if got := sc.Now().Sub(t0); got != sec(20) {
		t.Fatalf("scaled clock moved %v, want 20s", got)
	}
	if got := WallDuration(sc, sec(20)); got != sec(1) {
		t.Fatalf("wall of 20s = %v", got)
	}
}
