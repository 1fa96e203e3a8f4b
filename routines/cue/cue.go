// Package cue decides what to say, and when to ring, so that a set can be
// followed with the eyes off the screen: the exercise's name and "get
// ready", every rep's count and each beat of its cadence ("press up...
// hold... lower"), "last three", "switch sides", "rest 30 seconds" and "set
// done: how is the pain?".
//
// It is pure: a Follower is shown the runner's Status each time the screen
// would change (the runner's NextChange already wakes the interfaces at
// every beat) and returns the cue of a moment the first time it sees that
// moment. Nothing is said while the timer is paused, and a moment missed
// while paused is not said late: speech follows the timer, never the other
// way round. Playing the cue (a bell, a speech engine) is the interfaces'
// business.
package cue

import (
	"fmt"
	"strings"
	"time"

	"github.com/centra-app/centra/routines"
)

// Cue is what to say at one moment of a set, and whether the bell rings
// for it.
type Cue struct {
	// Words is what a voice says.
	Words string
	// Ring is true for the changes that matter with the eyes off: each
	// rep's or hold's turn, relax, switch sides, the start of a get-ready
	// or a rest, and the end of a set. The beats inside a rep do not ring:
	// a bell on every beat would blur into noise.
	Ring bool
}

// LastCount is how many reps (or seconds of a timed stretch) "last three"
// announces: the end is near, keep the form.
const LastCount = 3

// moment names one cue-worthy point of a run, so that each is said once.
type moment struct {
	exercise   *routines.Exercise
	block, set int
	kind       routines.PhaseKind
	side, hold int
	length     time.Duration
	rep, beat  int
	// tail is 1 in the last seconds of a timed stretch.
	tail int
}

// Follower remembers the last moment it cued.
type Follower struct {
	last moment
	seen bool
}

// Reset forgets the last moment, so that the next status is cued afresh
// (a new session, or a timer that was replaced).
func (f *Follower) Reset() { *f = Follower{} }

// Next returns the cue for the moment st is at, the first time st reaches
// it; ok is false when there is nothing new to say: the same moment as
// before, a paused timer, or a status with no exercise.
func (f *Follower) Next(st routines.Status) (c Cue, ok bool) {
	if st.Paused {
		return Cue{}, false
	}
	m, ok := momentOf(st)
	if !ok || (f.seen && m == f.last) {
		return Cue{}, false
	}
	f.last, f.seen = m, true
	return For(st), true
}

func momentOf(st routines.Status) (moment, bool) {
	p := st.Phase
	if p.Kind == routines.PhaseDone {
		return moment{kind: p.Kind}, true
	}
	if st.Exercise == nil {
		return moment{}, false
	}
	m := moment{exercise: st.Exercise, block: st.Block, set: st.Set, kind: p.Kind,
		side: p.Side, hold: p.Hold, length: p.Length}
	if p.Kind == routines.PhaseWork {
		switch st.Dose.Kind {
		case routines.DoseReps:
			m.rep, m.beat = st.Rep, beatIndex(st)
		case routines.DoseTimed:
			if tailed(st) {
				m.tail = 1
			}
		}
	}
	return m, true
}

// tailed reports whether a timed stretch is in its last seconds (and is
// long enough for that to be worth saying).
func tailed(st routines.Status) bool {
	return st.Phase.Length >= 10*time.Second && st.Remaining <= LastCount*time.Second
}

// beatIndex finds which beat of its rep a reps set is at.
func beatIndex(st routines.Status) int {
	rl := st.Dose.RepLength()
	if rl <= 0 || len(st.Dose.Cadence) == 0 {
		return 0
	}
	if st.Elapsed >= time.Duration(st.Reps)*rl {
		return len(st.Dose.Cadence) - 1
	}
	off := st.Elapsed % rl
	for i, b := range st.Dose.Cadence {
		if off < b.Length {
			return i
		}
		off -= b.Length
	}
	return len(st.Dose.Cadence) - 1
}

// For is the cue of the moment st is at, whether or not it was said.
func For(st routines.Status) Cue {
	p, e := st.Phase, st.Exercise
	switch p.Kind {
	case routines.PhaseDone:
		return Cue{Words: "That is the session done.", Ring: true}
	case routines.PhaseCheckIn:
		return Cue{Words: "Set done: how is the pain?", Ring: true}
	case routines.PhaseGetReady:
		if st.Set <= 1 {
			return Cue{Words: e.Name + ". Get ready.", Ring: true}
		}
		return Cue{Words: fmt.Sprintf("Set %d of %d. Get ready.", st.Set, st.Sets), Ring: true}
	case routines.PhaseRest:
		return Cue{Words: fmt.Sprintf("Rest %s, then set %d of %d.", Spoken(p.Length), st.Set, st.Sets), Ring: true}
	case routines.PhaseSwitch:
		return Cue{Words: "Switch sides.", Ring: true}
	case routines.PhaseRelax:
		return Cue{Words: "Relax.", Ring: true}
	case routines.PhaseWork:
		return work(st)
	}
	return Cue{}
}

// work is the cue of a moment of work: a rep's count and beat, a hold, or
// a timed stretch.
func work(st routines.Status) Cue {
	p := st.Phase
	switch st.Dose.Kind {
	case routines.DoseReps:
		i := beatIndex(st)
		beat := ""
		if i < len(st.Dose.Cadence) {
			beat = beatWords(st.Dose.Cadence[i].Cue)
		}
		if i > 0 {
			return Cue{Words: beat}
		}
		words := fmt.Sprintf("%d. %s", st.Rep, beat)
		if st.Reps > LastCount && st.Rep == st.Reps-LastCount+1 {
			words = "Last three. " + words
		}
		return Cue{Words: strings.TrimSpace(words), Ring: true}
	case routines.DoseHolds:
		words := fmt.Sprintf("Hold %d of %d, %s.", p.Hold, st.Holds, Spoken(p.Length))
		if st.Holds >= LastCount && p.Hold == st.Holds {
			words = "Last one. " + words
		}
		return Cue{Words: words, Ring: true}
	}
	if tailed(st) {
		return Cue{Words: "Last three seconds."}
	}
	return Cue{Words: "Go: " + Spoken(p.Length) + ".", Ring: true}
}

// beatWords turns a cadence prompt into what a voice says: lower case, with
// a trailing pause ("Press up" becomes "press up...").
func beatWords(s string) string {
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	if s == "" {
		return ""
	}
	return strings.ToLower(s[:1]) + s[1:] + "..."
}

// Spoken says a duration in words a speech engine reads well: "30
// seconds", "1 minute", "2 minutes 30 seconds".
func Spoken(d time.Duration) string {
	secs := int(d.Round(time.Second) / time.Second)
	mins, s := secs/60, secs%60
	var parts []string
	if mins > 0 {
		parts = append(parts, plural(mins, "minute"))
	}
	if s > 0 || mins == 0 {
		parts = append(parts, plural(s, "second"))
	}
	return strings.Join(parts, " ")
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}
