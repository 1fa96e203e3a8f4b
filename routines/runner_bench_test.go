package routines

import (
	"math/rand/v2"
	"runtime"
	"testing"
	"time"
)

// twelveMinutes is a stretch of routine of about twelve minutes that uses
// every kind of phase: timed holds, repetitions with a cadence and rests, and
// holds on each side with relaxes and a switch.
func twelveMinutes() []Block {
	return routineOf(proneLying(), pressUps(), sideBridge(), proneLying()).Blocks
}

// thirtyMinutes repeats twelveMinutes three times, so that its first and
// last thirds do exactly the same work.
func thirtyMinutes() *Routine {
	r := &Routine{ID: "thirty", Name: "Thirty minutes"}
	for range 3 {
		r.Blocks = append(r.Blocks, twelveMinutes()...)
	}
	return r
}

// lateTick is how late the timer that wakes the screen may fire: up to 40 ms,
// far later than a healthy system, to show that lateness never adds up.
func lateTick(rng *rand.Rand) time.Duration {
	return time.Duration(rng.IntN(40_000)) * time.Microsecond
}

// TestThirtyMinuteRoutineAccumulatesNoDrift drives a 30-minute routine the
// way the screen does, waking at NextChange but always late, pausing now and
// then and taking a while over each check-in. Every phase must start exactly
// where the spec says: the start of the routine plus the lengths of the
// phases before it, plus the pauses and the time spent checking in.
func TestThirtyMinuteRoutineAccumulatesNoDrift(t *testing.T) {
	rt := thirtyMinutes()
	if rt.Length() < 30*time.Minute {
		t.Fatalf("the routine lasts %v, want at least 30 min", rt.Length())
	}
	c := NewFakeClock(t0)
	r := NewRunner(rt, c, RunnerOptions{GetReady: sec(5)})
	rng := rand.New(rand.NewPCG(7, 7))
	r.Start()

	want := t0 // when the current phase should have started
	var timed, paused, answering time.Duration
	phases, ticks := 1, 0
	for !r.Done() {
		if !r.start.Equal(want) {
			t.Fatalf("phase %d (%v) started at +%v, want +%v (off by %v)",
				phases, r.Phase().Kind, r.start.Sub(t0), want.Sub(t0), r.start.Sub(want))
		}
		p := r.Phase()
		if p.Kind == PhaseCheckIn {
			// The check-in began at the deadline; the late tick that
			// showed it is part of the time taken to answer.
			c.Advance(time.Duration(2+rng.IntN(20)) * time.Second)
			answering += c.Now().Sub(want)
			want = c.Now()
			r.CheckedIn()
			phases++
			continue
		}
		end := want.Add(p.Length) // shifted by any pause below
		if rng.IntN(10) == 0 {
			// Pause somewhere in the phase, for up to a minute.
			c.Advance(time.Duration(rng.Int64N(int64(p.Length - 50*time.Millisecond))))
			r.Pause()
			pause := time.Duration(1+rng.IntN(60)) * time.Second
			c.Advance(pause)
			r.Resume()
			paused += pause
			end = end.Add(pause)
		}
		for {
			next := r.NextChange(60)
			if next.IsZero() {
				t.Fatalf("a running %v phase asks for no tick", p.Kind)
			}
			if now := c.Now(); next.After(now) {
				c.Advance(next.Sub(now))
			}
			c.Advance(lateTick(rng))
			ticks++
			if len(r.Advance()) > 0 {
				break
			}
		}
		timed += p.Length
		want = end
		phases++
	}
	if got, total := r.start.Sub(t0), timed+paused+answering; got != total {
		t.Fatalf("the routine ended at +%v, want +%v (phases %v + pauses %v + check-ins %v)",
			got, total, timed, paused, answering)
	}
	if timed < 25*time.Minute {
		t.Fatalf("only %v of timed phases ran", timed)
	}
	t.Logf("%d phases, %d ticks, %v timed + %v paused + %v checking in: no drift", phases, ticks, timed, paused, answering)
}

// TestThirtyMinuteRoutineAllocationsStayFlat runs the same twelve minutes
// three times over and checks that the last third allocates no more than the
// first: nothing the runner keeps grows with the length of a session.
func TestThirtyMinuteRoutineAllocationsStayFlat(t *testing.T) {
	c := NewFakeClock(t0)
	r := NewRunner(thirtyMinutes(), c, RunnerOptions{GetReady: sec(5)})
	r.Start()
	per := len(twelveMinutes())
	var thirds [3]uint64
	var ticks [3]int
	var ms runtime.MemStats
	for !r.Done() {
		third := min(r.block/per, 2)
		runtime.ReadMemStats(&ms)
		before := ms.Mallocs
		switch r.Phase().Kind {
		case PhaseCheckIn:
			r.CheckedIn()
		default:
			c.Advance(r.NextChange(60).Sub(c.Now()))
			r.Advance()
			statusSink = r.Status()
		}
		runtime.ReadMemStats(&ms)
		thirds[third] += ms.Mallocs - before
		ticks[third]++
	}
	if ticks[0] != ticks[2] {
		t.Fatalf("the thirds should tick alike: %v", ticks)
	}
	if thirds[2] > thirds[0] {
		t.Fatalf("allocations grew over the session: %v per third (%v ticks each)", thirds, ticks)
	}
	t.Logf("allocations per third: %v over %v ticks", thirds, ticks)
}

// benchRunner is a runner in the middle of a set of repetitions, where a
// tick does the most work (the cadence beats).
func benchRunner() (*Runner, *FakeClock) {
	c := NewFakeClock(t0)
	r := NewRunner(routineOf(pressUps()), c, RunnerOptions{GetReady: sec(5)})
	r.Start()
	c.Advance(sec(5 + 17.5))
	r.Advance()
	return r, c
}

// BenchmarkRunner is what one screen tick asks of the runner: Advance,
// Status and NextChange, separately and together over a whole routine.
func BenchmarkRunner(b *testing.B) {
	b.Run("Advance", func(b *testing.B) {
		r, _ := benchRunner()
		b.ReportAllocs()
		for b.Loop() {
			eventsSink = r.Advance()
		}
	})
	b.Run("Status", func(b *testing.B) {
		r, _ := benchRunner()
		b.ReportAllocs()
		for b.Loop() {
			statusSink = r.Status()
		}
	})
	b.Run("NextChange", func(b *testing.B) {
		r, _ := benchRunner()
		b.ReportAllocs()
		for b.Loop() {
			nextSink = r.NextChange(60)
		}
	})
	b.Run("Tick", func(b *testing.B) {
		c := NewFakeClock(t0)
		rt := thirtyMinutes()
		r := NewRunner(rt, c, RunnerOptions{GetReady: sec(5)})
		r.Start()
		b.ReportAllocs()
		for b.Loop() {
			r = tick(r, c, rt)
		}
	})
}

// tick is one wake of the screen: the person answers a check-in at once,
// and a routine that ended starts again.
func tick(r *Runner, c *FakeClock, rt *Routine) *Runner {
	switch {
	case r.Done():
		r = NewRunner(rt, c, RunnerOptions{GetReady: sec(5)})
		eventsSink = r.Start()
	case r.Phase().Kind == PhaseCheckIn:
		eventsSink = r.CheckedIn()
	default:
		c.Advance(r.NextChange(60).Sub(c.Now()))
		eventsSink = r.Advance()
		statusSink = r.Status()
	}
	return r
}

// Sinks keep what the measured calls return. (A call with no result in a b.Loop
// body crashes the go1.26.8 compiler's escape analysis, hence tick.)
var (
	eventsSink []Event
	statusSink Status
	nextSink   time.Time
)
