package routines

import (
	"testing"
	"time"
)

// TestFigureFramesCostNoWakeUps: with whole-second beats, the figure's
// frames fall on the countdown's own once-a-second changes, so a set of
// press-ups wakes the screen exactly once a second, as it did before the
// figure; a 3-second beat is drawn in 3 frames, a 1-second one in 1.
func TestFigureFramesCostNoWakeUps(t *testing.T) {
	for _, tc := range []struct {
		d    time.Duration
		want int
	}{{sec(1), 1}, {sec(2), 2}, {sec(3), 3}, {sec(10), 4}, {sec(0.4), 1}} {
		if got := FigureFrames(tc.d); got != tc.want {
			t.Errorf("FigureFrames(%v) = %d, want %d", tc.d, got, tc.want)
		}
	}
	r, c := newRun(t, pressUps())
	c.Advance(sec(5))
	r.Advance()
	wantPhase(t, r, PhaseWork)
	start, wakes := c.Now(), 0
	for c.Now().Sub(start) < sec(60) {
		next := r.NextChange(60)
		if next.IsZero() {
			t.Fatal("no next change while working")
		}
		c.Advance(next.Sub(c.Now()))
		r.Advance()
		wakes++
	}
	if wakes != 60 {
		t.Errorf("a 60 s set of press-ups woke the screen %d times, want 60", wakes)
	}
}

// TestStatusTellsTheBeatAndHowFarIntoIt: the player's figure needs the
// beat's place in the cadence and the time into it.
func TestStatusTellsTheBeatAndHowFarIntoIt(t *testing.T) {
	r, c := newRun(t, pressUps())
	c.Advance(sec(5))
	r.Advance()
	c.Advance(sec(6 + 3.5)) // rep 2, 1.5 s into "Hold at the top"
	st := r.Status()
	if st.Rep != 2 || st.BeatIndex != 1 || st.BeatElapsed != sec(1.5) || st.Beat.Cue != "Hold at the top" {
		t.Errorf("rep %d beat %d (%q) %v in, want rep 2 beat 1 1.5s in", st.Rep, st.BeatIndex, st.Beat.Cue, st.BeatElapsed)
	}
}
