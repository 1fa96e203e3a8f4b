package routines

import "time"

// RunnerOptions tune the runner.
type RunnerOptions struct {
	// GetReady is the countdown before the first set of each exercise, long
	// enough to get into position. Zero means DefaultGetReady.
	GetReady time.Duration
	// Rest, when above zero, replaces the rest between sets of every block
	// (the person's setting); zero keeps each block's own.
	Rest time.Duration
	// RepSpeed, when above zero, scales the cadence of repetitions: 2 makes
	// every beat half as long, 0.5 twice as long. Zero means as written.
	RepSpeed float64
}

// DefaultGetReady is the get-ready countdown when none is set.
const DefaultGetReady = 5 * time.Second

// backGrace is how far into a set "back" restarts it rather than going to
// the set before.
const backGrace = 3 * time.Second

// Event is something that happened as the runner moved on: a phase started,
// and perhaps a set ended with it.
type Event struct {
	// Phase is the phase that started.
	Phase Phase
	// Set is the set that ended, when one did.
	Set *SetResult
}

// Runner walks a person through a routine, set by set: get ready, work,
// (relax, switch sides), check in, rest, next set. It is a state machine
// driven by an injected clock: every countdown is a deadline, pausing shifts
// the deadline, and each phase starts where the last one ended, so a long
// routine accumulates no drift however late the ticks arrive.
type Runner struct {
	clock    Clock
	opts     RunnerOptions
	routine  *Routine
	blocks   []Block
	block    int
	set      int
	phases   []Phase
	idx      int
	start    time.Time // current phase start (shifted by pauses)
	deadline time.Time // current phase end, for timed phases
	paused   bool
	pausedAt time.Time
	setStart time.Time
	units    int // units done in the current set's finished work phases
	started  bool
}

// NewRunner prepares a run of the routine. Nothing happens until Start.
func NewRunner(r *Routine, clock Clock, opts RunnerOptions) *Runner {
	if opts.GetReady <= 0 {
		opts.GetReady = DefaultGetReady
	}
	blocks := make([]Block, len(r.Blocks))
	copy(blocks, r.Blocks)
	for i := range blocks {
		blocks[i].Dose = opts.tune(blocks[i].Dose)
	}
	return &Runner{clock: clock, opts: opts, routine: r, blocks: blocks}
}

// Routine returns the routine being run.
func (r *Runner) Routine() *Routine { return r.routine }

// Blocks returns the blocks as they stand, including any the coach swapped in.
func (r *Runner) Blocks() []Block { return r.blocks }

// Start begins the first set of the first block. It returns the events of
// the phase that started.
func (r *Runner) Start() []Event {
	r.started = true
	if len(r.blocks) == 0 {
		r.phases = []Phase{{Kind: PhaseDone}}
		r.idx = 0
		return []Event{{Phase: r.phases[0]}}
	}
	return r.enterSet(0, 0, r.clock.Now(), true)
}

// enterSet lays out a set and starts its prelude at t.
func (r *Runner) enterSet(block, set int, t time.Time, getReady bool) []Event {
	r.block, r.set = block, set
	d := r.blocks[block].Dose
	prelude := Phase{Kind: PhaseGetReady, Length: r.opts.GetReady}
	if !getReady && set > 0 && d.Rest > 0 {
		prelude = Phase{Kind: PhaseRest, Length: d.Rest}
	}
	r.phases = setPhases(d, set, prelude)
	r.units = 0
	r.enterPhase(0, t)
	return []Event{{Phase: r.phases[0]}}
}

func (r *Runner) enterPhase(i int, t time.Time) {
	r.idx = i
	r.start = t
	p := r.phases[i]
	r.deadline = t.Add(p.Length)
	if p.Kind == PhaseWork && r.setStart.IsZero() {
		r.setStart = t
	}
}

// Phase returns the current phase.
func (r *Runner) Phase() Phase {
	if !r.started {
		return Phase{Kind: PhaseGetReady, Length: r.opts.GetReady}
	}
	return r.phases[r.idx]
}

// Done reports whether the routine has ended.
func (r *Runner) Done() bool { return r.started && r.Phase().Kind == PhaseDone }

// Paused reports whether the countdown is paused.
func (r *Runner) Paused() bool { return r.paused }

// Deadline is when the current timed phase ends (zero when paused or untimed).
func (r *Runner) Deadline() time.Time {
	if r.paused || !r.Phase().Kind.Timed() {
		return time.Time{}
	}
	return r.deadline
}

// Advance moves past every timed phase whose deadline has passed. Each next
// phase starts at the previous deadline, not at the time of the call. It
// stops at a check-in, which waits for the person.
func (r *Runner) Advance() []Event {
	if !r.started || r.paused {
		return nil
	}
	now := r.clock.Now()
	var evs []Event
	for r.Phase().Kind.Timed() && !now.Before(r.deadline) {
		evs = append(evs, r.finishPhase(r.deadline)...)
	}
	return evs
}

// finishPhase ends the current phase at t and starts the next one there.
func (r *Runner) finishPhase(t time.Time) []Event {
	p := r.phases[r.idx]
	if p.Kind == PhaseWork {
		r.units += unitsIn(r.blocks[r.block].Dose, p, p.Length)
	}
	r.enterPhase(r.idx+1, t)
	ev := Event{Phase: r.phases[r.idx]}
	if ev.Phase.Kind == PhaseCheckIn {
		res := r.result(t, true)
		ev.Set = &res
	}
	return []Event{ev}
}

// result reports the current set as it stands at t.
func (r *Runner) result(t time.Time, completed bool) SetResult {
	b := r.blocks[r.block]
	return SetResult{
		Block:      r.block,
		Set:        r.set,
		ExerciseID: b.Exercise.ID,
		Family:     b.Exercise.Family,
		Level:      b.Exercise.Level,
		StartedAt:  r.setStart,
		EndedAt:    t,
		Unit:       UnitOf(b.Dose.Kind),
		Planned:    plannedUnits(b.Dose, r.set),
		Done:       r.units,
		Completed:  completed,
	}
}

// Pause stops the countdown; Resume shifts the deadline by the time paused.
func (r *Runner) Pause() {
	if r.paused || !r.started || !r.Phase().Kind.Timed() {
		return
	}
	r.paused = true
	r.pausedAt = r.clock.Now()
}

// Resume restarts a paused countdown where it stopped.
func (r *Runner) Resume() {
	if !r.paused {
		return
	}
	shift := r.clock.Now().Sub(r.pausedAt)
	r.paused = false
	r.start = r.start.Add(shift)
	r.deadline = r.deadline.Add(shift)
	if !r.setStart.IsZero() {
		r.setStart = r.setStart.Add(shift)
	}
}

// TogglePause pauses a running countdown or resumes a paused one.
func (r *Runner) TogglePause() {
	if r.paused {
		r.Resume()
	} else {
		r.Pause()
	}
}

// now is the runner's present: frozen while paused.
func (r *Runner) now() time.Time {
	if r.paused {
		return r.pausedAt
	}
	return r.clock.Now()
}

// Skip ends the current timed phase at once. Skipping work ends the set
// early: if any of it was done the set is kept as not completed and goes to
// its check-in; if none was, the runner moves on to the next set. A check-in
// cannot be skipped.
func (r *Runner) Skip() []Event {
	if !r.started || !r.Phase().Kind.Timed() {
		return nil
	}
	r.Resume()
	now := r.clock.Now()
	p := r.Phase()
	if p.Kind != PhaseWork {
		return r.finishPhase(now)
	}
	r.units += unitsIn(r.blocks[r.block].Dose, p, now.Sub(r.start))
	if r.units == 0 {
		r.setStart = time.Time{}
		return r.nextSet(now)
	}
	res := r.result(now, false)
	r.enterPhase(len(r.phases)-1, now)
	return []Event{{Phase: r.Phase(), Set: &res}}
}

// Back restarts the current set when it is under way, or goes back to the
// set before when it has barely begun. Sets already done stay done.
func (r *Runner) Back() []Event {
	if !r.started || r.Phase().Kind == PhaseCheckIn {
		return nil
	}
	r.Resume()
	now := r.clock.Now()
	block, set := r.block, r.set
	inSet := !r.setStart.IsZero() && now.Sub(r.setStart) >= backGrace
	if r.Done() {
		block, set = len(r.blocks)-1, r.blocks[len(r.blocks)-1].Dose.Sets-1
	} else if !inSet {
		switch {
		case set > 0:
			set--
		case block > 0:
			block--
			set = r.blocks[block].Dose.Sets - 1
		}
	}
	r.setStart = time.Time{}
	return r.enterSet(block, set, now, true)
}

// CheckedIn moves on from a check-in: to the rest before the next set, the
// next exercise, or the end.
func (r *Runner) CheckedIn() []Event {
	if !r.started || r.Phase().Kind != PhaseCheckIn {
		return nil
	}
	return r.nextSet(r.clock.Now())
}

func (r *Runner) nextSet(t time.Time) []Event {
	r.setStart = time.Time{}
	if r.set+1 < r.blocks[r.block].Dose.Sets {
		return r.enterSet(r.block, r.set+1, t, false)
	}
	if r.block+1 < len(r.blocks) {
		return r.enterSet(r.block+1, 0, t, true)
	}
	r.phases = []Phase{{Kind: PhaseDone}}
	r.enterPhase(0, t)
	return []Event{{Phase: r.Phase()}}
}

// EndBlock drops the sets left in the current exercise, so that the next
// check-in moves on to the next exercise. The coach uses it to stop a
// movement that sends the pain further down the leg.
func (r *Runner) EndBlock() {
	if r.block < len(r.blocks) {
		b := &r.blocks[r.block]
		b.Dose.Sets = r.set + 1
	}
}

// ReplaceRemaining replaces every block after the current one. Together with
// EndBlock it lets the coach swap the rest of a session.
func (r *Runner) ReplaceRemaining(blocks []Block) {
	r.blocks = append(r.blocks[:r.block+1:r.block+1], blocks...)
	for i := r.block + 1; i < len(r.blocks); i++ {
		r.blocks[i].Dose = r.opts.tune(r.blocks[i].Dose)
	}
}

// Quit ends the routine now. The set in progress, if any, is abandoned.
func (r *Runner) Quit() {
	if !r.started {
		r.started = true
	}
	r.paused = false
	r.phases = []Phase{{Kind: PhaseDone}}
	r.enterPhase(0, r.clock.Now())
}
