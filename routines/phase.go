package routines

import "time"

// PhaseKind is a step of a set as the runner walks through it.
type PhaseKind int

// The phases. Every set is a prelude (get-ready or rest), its work (one
// stretch, or holds with short relaxes between them, on one side or both
// with a switch between), and a check-in.
const (
	PhaseGetReady PhaseKind = iota
	PhaseWork
	PhaseRelax
	PhaseSwitch
	PhaseRest
	PhaseCheckIn
	PhaseDone
)

// String names the phase for logs and tests.
func (k PhaseKind) String() string {
	switch k {
	case PhaseGetReady:
		return "get-ready"
	case PhaseWork:
		return "work"
	case PhaseRelax:
		return "relax"
	case PhaseSwitch:
		return "switch-sides"
	case PhaseRest:
		return "rest"
	case PhaseCheckIn:
		return "check-in"
	case PhaseDone:
		return "done"
	}
	return "unknown"
}

// Timed reports whether the phase runs against a countdown. A check-in waits
// for the person, and done is the end.
func (k PhaseKind) Timed() bool { return k != PhaseCheckIn && k != PhaseDone }

// Phase is one step of a set.
type Phase struct {
	Kind   PhaseKind
	Length time.Duration
	// Side is 0 for an exercise done on both sides at once, else 1 or 2.
	Side int
	// Hold is the 1-based hold within the set, for holds doses.
	Hold int
}

// setPhases lays out set i of a block: prelude, work, check-in.
func setPhases(d Dose, i int, prelude Phase) []Phase {
	ps := []Phase{prelude}
	sides := []int{0}
	if d.PerSide {
		sides = []int{1, 2}
	}
	for _, side := range sides {
		if side == 2 {
			ps = append(ps, Phase{Kind: PhaseSwitch, Length: switchLength, Side: 2})
		}
		switch d.Kind {
		case DoseReps:
			ps = append(ps, Phase{Kind: PhaseWork, Length: time.Duration(d.Reps) * d.RepLength(), Side: side})
		case DoseHolds:
			n := d.HoldsInSet(i)
			for h := 1; h <= n; h++ {
				ps = append(ps, Phase{Kind: PhaseWork, Length: d.Hold, Side: side, Hold: h})
				if h < n && d.HoldRest > 0 {
					ps = append(ps, Phase{Kind: PhaseRelax, Length: d.HoldRest, Side: side, Hold: h})
				}
			}
		case DoseTimed:
			ps = append(ps, Phase{Kind: PhaseWork, Length: d.Duration, Side: side})
		}
	}
	return append(ps, Phase{Kind: PhaseCheckIn})
}

// switchLength is the pause to change sides in a per-side set.
const switchLength = 5 * time.Second

// plannedUnits is what one full set counts, both sides together.
// PlannedUnits is how many units (reps, holds or seconds, both sides
// counted) set i of the dose asks for.
func (d Dose) PlannedUnits(i int) int { return plannedUnits(d, i) }

func plannedUnits(d Dose, i int) int {
	sides := 1
	if d.PerSide {
		sides = 2
	}
	switch d.Kind {
	case DoseReps:
		return sides * d.Reps
	case DoseHolds:
		return sides * d.HoldsInSet(i)
	}
	return sides * int(d.Duration/time.Second)
}

// unitsIn is what a work phase of elapsed e has done so far.
func unitsIn(d Dose, p Phase, e time.Duration) int {
	if e > p.Length {
		e = p.Length
	}
	switch d.Kind {
	case DoseReps:
		if rl := d.RepLength(); rl > 0 {
			return int(e / rl)
		}
	case DoseHolds:
		if e >= p.Length {
			return 1
		}
		return 0
	case DoseTimed:
		return int(e / time.Second)
	}
	return 0
}
