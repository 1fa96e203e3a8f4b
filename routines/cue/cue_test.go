package cue

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

var t0 = time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)

func sec(n float64) time.Duration { return time.Duration(n * float64(time.Second)) }

func pressUps(reps, sets int) *routines.Exercise {
	return &routines.Exercise{ID: "press-up", Name: "Press-up", Family: routines.FamilyExtension,
		Dose: routines.Dose{Kind: routines.DoseReps, Sets: sets, Rest: sec(30), Reps: reps,
			Cadence: []routines.Beat{{Cue: "Press up", Length: sec(2)}, {Cue: "Hold at the top", Length: sec(1)}, {Cue: "Lower slowly", Length: sec(2)}}}}
}

func sideBridge() *routines.Exercise {
	return &routines.Exercise{ID: "side-bridge", Name: "Side bridge", Family: routines.FamilyCore,
		Dose: routines.Dose{Kind: routines.DoseHolds, Sets: 1, Hold: sec(10), Holds: []int{3}, HoldRest: sec(2), PerSide: true}}
}

func proneLying() *routines.Exercise {
	return &routines.Exercise{ID: "prone-lying", Name: "Lying face down", Family: routines.FamilyExtension,
		Dose: routines.Dose{Kind: routines.DoseTimed, Sets: 1, Duration: sec(20)}}
}

func run(exs ...*routines.Exercise) (*routines.Runner, *routines.FakeClock) {
	r := &routines.Routine{ID: "t", Name: "T"}
	for _, e := range exs {
		r.Blocks = append(r.Blocks, routines.Block{Exercise: e, Dose: e.Dose})
	}
	c := routines.NewFakeClock(t0)
	rn := routines.NewRunner(r, c, routines.RunnerOptions{GetReady: sec(5)})
	rn.Start()
	return rn, c
}

// walk follows the runner the way the interfaces do: wake at each of the
// runner's next changes, advance it, and cue what is new. It writes
// "seconds: words" lines (a ring marked with *) until the first check-in,
// or until the clock passes limit.
func walk(r *routines.Runner, c *routines.FakeClock, f *Follower, limit time.Duration) []string {
	var out []string
	for c.Now().Sub(t0) <= limit {
		r.Advance()
		if q, ok := f.Next(r.Status()); ok {
			ring := ""
			if q.Ring {
				ring = "*"
			}
			out = append(out, fmt.Sprintf("%g:%s %s", c.Now().Sub(t0).Seconds(), ring, q.Words))
		}
		next := r.NextChange(0)
		if next.IsZero() {
			break
		}
		c.Advance(next.Sub(c.Now()))
	}
	return out
}

func TestARepsSetIsSpokenBeatByBeat(t *testing.T) {
	r, c := run(pressUps(4, 2))
	var f Follower
	got := walk(r, c, &f, time.Hour)
	want := []string{
		"0:* Press-up. Get ready.",
		"5:* 1. press up...", "7: hold at the top...", "8: lower slowly...",
		"10:* Last three. 2. press up...", "12: hold at the top...", "13: lower slowly...",
		"15:* 3. press up...", "17: hold at the top...", "18: lower slowly...",
		"20:* 4. press up...", "22: hold at the top...", "23: lower slowly...",
		"25:* Set done: how is the pain?",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("cues:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// After the check-in, the rest and the next set are announced.
	r.CheckedIn()
	got = walk(r, c, &f, 25*time.Second+sec(31))
	if len(got) < 2 || got[0] != "25:* Rest 30 seconds, then set 2 of 2." || got[1] != "55:* 1. press up..." {
		t.Errorf("after the check-in: %q, want the rest then set 2's first rep", got)
	}
}

func TestHoldsOnEachSideSaySwitchSides(t *testing.T) {
	r, c := run(sideBridge())
	var f Follower
	got := walk(r, c, &f, time.Hour)
	want := []string{
		"0:* Side bridge. Get ready.",
		"5:* Hold 1 of 3, 10 seconds.", "15:* Relax.", "17:* Hold 2 of 3, 10 seconds.", "27:* Relax.",
		"29:* Last one. Hold 3 of 3, 10 seconds.",
		"39:* Switch sides.",
		"44:* Hold 1 of 3, 10 seconds.", "54:* Relax.", "56:* Hold 2 of 3, 10 seconds.", "66:* Relax.",
		"68:* Last one. Hold 3 of 3, 10 seconds.",
		"78:* Set done: how is the pain?",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("cues:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestATimedStretchSaysGoAndTheLastSeconds(t *testing.T) {
	r, c := run(proneLying())
	var f Follower
	got := walk(r, c, &f, time.Hour)
	want := []string{"0:* Lying face down. Get ready.", "5:* Go: 20 seconds.", "22: Last three seconds.", "25:* Set done: how is the pain?"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("cues:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestNothingIsSaidWhilePausedNorLateAfter(t *testing.T) {
	r, c := run(pressUps(4, 1))
	var f Follower
	f.Next(r.Status())
	c.Advance(sec(6)) // rep 1, "press up"
	r.Advance()
	if q, ok := f.Next(r.Status()); !ok || q.Words != "1. press up..." {
		t.Fatalf("at 6 s: %q %v, want rep 1's first beat", q.Words, ok)
	}
	r.Pause()
	for i := 0; i < 10; i++ {
		c.Advance(sec(1))
		r.Advance()
		if q, ok := f.Next(r.Status()); ok {
			t.Fatalf("paused, yet cued %q", q.Words)
		}
	}
	r.Resume()
	if q, ok := f.Next(r.Status()); ok {
		t.Fatalf("resumed mid-beat, yet cued %q again", q.Words)
	}
	c.Advance(sec(1)) // 7 s of the timer: the hold beat
	r.Advance()
	if q, ok := f.Next(r.Status()); !ok || q.Words != "hold at the top..." {
		t.Errorf("after resuming: %q %v, want the next beat on time", q.Words, ok)
	}
}

func TestTheSessionEndIsSaidOnce(t *testing.T) {
	r, c := run(proneLying())
	var f Follower
	walk(r, c, &f, time.Hour)
	r.CheckedIn()
	q, ok := f.Next(r.Status())
	if !ok || q.Words != "That is the session done." {
		t.Errorf("end: %q %v", q.Words, ok)
	}
	if _, again := f.Next(r.Status()); again {
		t.Error("the end was cued twice")
	}
}

func TestSpokenDurations(t *testing.T) {
	for d, want := range map[time.Duration]string{
		sec(30): "30 seconds", sec(1): "1 second", sec(60): "1 minute", sec(150): "2 minutes 30 seconds", 0: "0 seconds",
	} {
		if got := Spoken(d); got != want {
			t.Errorf("Spoken(%v) = %q, want %q", d, got, want)
		}
	}
}
