package routines

import "time"

// Status is everything a screen needs to show where the runner is. It is a
// plain value: rendering it reads no clock and changes nothing.
type Status struct {
	Phase    Phase
	Paused   bool
	Exercise *Exercise
	Dose     Dose
	// Block and Blocks are the 1-based exercise number and the count.
	Block, Blocks int
	// Set and Sets are the 1-based set number and the count in this block.
	Set, Sets int
	// Elapsed and Remaining are within the current phase.
	Elapsed, Remaining time.Duration
	// Rep and Reps count repetitions in a reps set (Rep is 1-based).
	Rep, Reps int
	// Beat is the cadence prompt of the current repetition; BeatIndex is
	// its place in the cadence (0-based) and BeatElapsed the time since it
	// began.
	Beat        Beat
	BeatIndex   int
	BeatElapsed time.Duration
	// Hold and Holds count holds in a holds set.
	Hold, Holds int
	// Next is the next exercise, when there is one, and NextDose the dose
	// it will run at: the routine's (or the coach's), not the library's.
	Next     *Exercise
	NextDose Dose
}

// Progress is the fraction of the current phase done, from 0 to 1.
func (s Status) Progress() float64 {
	if s.Phase.Length <= 0 {
		return 0
	}
	p := float64(s.Elapsed) / float64(s.Phase.Length)
	return min(max(p, 0), 1)
}

// Status reports the runner's state now.
func (r *Runner) Status() Status {
	st := Status{Phase: r.Phase(), Paused: r.paused, Blocks: len(r.blocks)}
	if !r.started || r.Done() || len(r.blocks) == 0 {
		return st
	}
	b := r.blocks[r.block]
	st.Exercise, st.Dose = b.Exercise, b.Dose
	st.Block, st.Set, st.Sets = r.block+1, r.set+1, b.Dose.Sets
	if st.Phase.Kind.Timed() {
		now := r.now()
		st.Elapsed = min(max(now.Sub(r.start), 0), st.Phase.Length)
		st.Remaining = st.Phase.Length - st.Elapsed
	}
	switch b.Dose.Kind {
	case DoseReps:
		st.Reps = b.Dose.Reps
		if st.Phase.Kind == PhaseWork {
			st.Rep, st.BeatIndex, st.BeatElapsed = repAt(b.Dose, st.Elapsed)
			if len(b.Dose.Cadence) > 0 {
				st.Beat = b.Dose.Cadence[st.BeatIndex]
			}
		}
	case DoseHolds:
		st.Holds = b.Dose.HoldsInSet(r.set)
		st.Hold = st.Phase.Hold
	}
	if r.block+1 < len(r.blocks) {
		st.Next, st.NextDose = r.blocks[r.block+1].Exercise, r.blocks[r.block+1].Dose
	}
	return st
}

// repAt finds the repetition (1-based), the beat's index in the cadence
// and the time into that beat at elapsed e of a reps set.
func repAt(d Dose, e time.Duration) (rep, beat int, into time.Duration) {
	rl := d.RepLength()
	if rl <= 0 || len(d.Cadence) == 0 {
		return 1, 0, 0
	}
	last := len(d.Cadence) - 1
	n := int(e / rl)
	if n >= d.Reps {
		return d.Reps, last, d.Cadence[last].Length
	}
	off := e - time.Duration(n)*rl
	for i, b := range d.Cadence {
		if off < b.Length {
			return n + 1, i, off
		}
		off -= b.Length
	}
	return n + 1, last, d.Cadence[last].Length
}

// NextChange is the earliest clock time at which what a screen shows would
// change: the countdown's next whole second, the next cadence beat or frame
// of the exercise's figure within it (FigureFrames), the next
// of steps cells of a progress bar, or the end of the phase. The zero time
// means nothing changes until the person acts (paused, checking in, done).
func (r *Runner) NextChange(steps int) time.Time {
	if !r.started || r.paused || !r.Phase().Kind.Timed() {
		return time.Time{}
	}
	now := r.clock.Now()
	next := r.deadline
	consider := func(t time.Time) {
		if t.After(now) && t.Before(next) {
			next = t
		}
	}
	// The countdown shows whole seconds rounded up, so it changes each time
	// the remaining time crosses a whole second.
	rem := r.deadline.Sub(now)
	if rem > 0 {
		consider(r.deadline.Add(-((rem - 1) / time.Second * time.Second)))
	}
	p := r.Phase()
	if steps > 0 && p.Length > 0 {
		cell := p.Length / time.Duration(steps)
		if cell > 0 {
			done := now.Sub(r.start) / cell
			consider(r.start.Add((done + 1) * cell))
		}
	}
	if d := r.blocks[r.block].Dose; p.Kind == PhaseWork && d.Kind == DoseReps {
		e := now.Sub(r.start)
		if rl := d.RepLength(); rl > 0 {
			base := e / rl * rl
			t := r.start.Add(base)
			for _, b := range d.Cadence {
				// The figure's frames within the beat (FigureFrames), the
				// last of which is the beat's end.
				n := FigureFrames(b.Length)
				for k := 1; k <= n; k++ {
					consider(t.Add(b.Length * time.Duration(k) / time.Duration(n)))
				}
				t = t.Add(b.Length)
			}
		}
	}
	return next
}
