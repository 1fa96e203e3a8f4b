package routines

import (
	"fmt"
	"time"
)

// Family groups exercises that load the spine the same way. Within a family
// the exercises form a ladder from least to most force.
type Family string

// The families centra knows.
const (
	FamilyExtension Family = "extension"
	FamilyFlexion   Family = "flexion"
	FamilySideGlide Family = "side-glide"
	FamilyNeural    Family = "neural"
	FamilyCore      Family = "core"
	FamilyPosition  Family = "position"
	FamilyWalking   Family = "walking"
)

// Families lists every family in a stable order.
var Families = []Family{FamilyExtension, FamilyFlexion, FamilySideGlide, FamilyNeural, FamilyCore, FamilyPosition, FamilyWalking}

// Directional reports whether the family loads the spine in one direction,
// so that the traffic-light rules judge it (extension, flexion, side glide).
func (f Family) Directional() bool {
	return f == FamilyExtension || f == FamilyFlexion || f == FamilySideGlide
}

// DoseKind says how a set is measured.
type DoseKind string

// The kinds of dose.
const (
	// DoseReps is a number of repetitions, each paced by a cadence.
	DoseReps DoseKind = "reps"
	// DoseHolds is a number of timed holds per set, often a descending
	// pyramid such as 6-4-2 holds of 10 seconds.
	DoseHolds DoseKind = "holds"
	// DoseTimed is one continuous stretch of time, such as lying prone for
	// three minutes or a ten-minute walk.
	DoseTimed DoseKind = "timed"
)

// Beat is one prompted part of a repetition, such as "press up" for two
// seconds.
type Beat struct {
	Cue    string
	Length time.Duration
	// Pose names the pose of the exercise's figure the beat moves to;
	// empty keeps the body where the beat before left it.
	Pose string
}

// Dose is how much of an exercise makes one block of a routine.
type Dose struct {
	Kind DoseKind

	// Sets is how many sets the block has.
	Sets int
	// Rest is the rest between two sets.
	Rest time.Duration
	// PerSide means each set is done on one side, then on the other, with a
	// "switch sides" cue between.
	PerSide bool

	// Reps and Cadence describe a DoseReps set: Reps repetitions, each the
	// sequence of Cadence beats.
	Reps    int
	Cadence []Beat

	// Hold, Holds and HoldRest describe a DoseHolds set: set i has Holds[i]
	// holds of Hold each (or the last entry of Holds when i is past it),
	// with HoldRest of relaxing between two holds.
	Hold     time.Duration
	Holds    []int
	HoldRest time.Duration

	// Duration is the length of a DoseTimed set.
	Duration time.Duration

	// paced marks a dose whose cadence a runner already scaled to the
	// person's rep speed (RunnerOptions.RepSpeed), so it is never scaled twice.
	paced bool
}

// RepLength is the length of one repetition of a DoseReps dose.
func (d Dose) RepLength() time.Duration {
	var total time.Duration
	for _, b := range d.Cadence {
		total += b.Length
	}
	return total
}

// HoldsInSet returns how many holds set i (0-based) of a DoseHolds dose has.
func (d Dose) HoldsInSet(i int) int {
	if len(d.Holds) == 0 {
		return 0
	}
	if i >= len(d.Holds) {
		return d.Holds[len(d.Holds)-1]
	}
	return d.Holds[i]
}

// SetLength is the working time of set i (0-based) on one side, excluding
// get-ready, rests and check-ins.
func (d Dose) SetLength(i int) time.Duration {
	switch d.Kind {
	case DoseReps:
		return time.Duration(d.Reps) * d.RepLength()
	case DoseHolds:
		n := d.HoldsInSet(i)
		if n == 0 {
			return 0
		}
		return time.Duration(n)*d.Hold + time.Duration(n-1)*d.HoldRest
	case DoseTimed:
		return d.Duration
	}
	return 0
}

// String describes the dose in a few words, e.g. "3 sets of 10 reps" or
// "holds of 10 s: 6-4-2, each side".
func (d Dose) String() string {
	var s string
	switch d.Kind {
	case DoseReps:
		s = fmt.Sprintf("%d × %d reps", d.Sets, d.Reps)
	case DoseHolds:
		s = fmt.Sprintf("%s holds: %s", FormatDuration(d.Hold), joinInts(d.Holds, "-"))
	case DoseTimed:
		if d.Sets > 1 {
			s = fmt.Sprintf("%d × %s", d.Sets, FormatDuration(d.Duration))
		} else {
			s = FormatDuration(d.Duration)
		}
	}
	if d.PerSide {
		s += ", each side"
	}
	return s
}

func joinInts(v []int, sep string) string {
	out := ""
	for i, n := range v {
		if i > 0 {
			out += sep
		}
		out += fmt.Sprint(n)
	}
	return out
}

// FormatDuration writes a duration the way a person says it: "45 s",
// "3 min", "2 min 30 s".
func FormatDuration(d time.Duration) string {
	secs := int(d.Round(time.Second) / time.Second)
	switch {
	case secs >= 3600 && secs%3600 == 0:
		return fmt.Sprintf("%d h", secs/3600)
	case secs >= 3600:
		return fmt.Sprintf("%d h %d min", secs/3600, secs%3600/60)
	case secs < 60:
		return fmt.Sprintf("%d s", secs)
	case secs%60 == 0:
		return fmt.Sprintf("%d min", secs/60)
	default:
		return fmt.Sprintf("%d min %d s", secs/60, secs%60)
	}
}

// Exercise is one movement or position with its instructions and its
// default dose.
type Exercise struct {
	ID     string
	Name   string
	Family Family
	// Level is the exercise's rung on its family's ladder, 1 being the
	// least force. Exercises outside a ladder have level 0.
	Level int
	// Summary says in one line what the exercise is for.
	Summary string
	// Steps are short instructions a person can follow lying on the floor.
	Steps []string
	// Cues are reminders shown while working.
	Cues []string
	// Cautions are the warnings that matter, such as stopping when the pain
	// spreads further down the leg.
	Cautions []string
	Dose     Dose
	// Figure is how the exercise is drawn; nil when it has none.
	Figure *Figure
}

// Block is one exercise in a routine with the dose the routine gives it.
type Block struct {
	Exercise *Exercise
	Dose     Dose
}

// Direction is what a routine loads: one direction of movement, or none.
type Direction string

// The directions of routines.
const (
	DirectionExtension   Direction = "extension"
	DirectionFlexion     Direction = "flexion"
	DirectionSideGlide   Direction = "side-glide"
	DirectionNeutral     Direction = "neutral"
	DirectionCore        Direction = "core"
	DirectionMaintenance Direction = "maintenance"
)

// Stage is where a person is in their recovery.
type Stage string

// The stages, in order.
const (
	StageFindDirection Stage = "find-direction"
	StageRelief        Stage = "relief"
	StageMobility      Stage = "mobility"
	StageStrength      Stage = "strength"
	StageMaintenance   Stage = "maintenance"
)

// Stages lists the stages in order.
var Stages = []Stage{StageFindDirection, StageRelief, StageMobility, StageStrength, StageMaintenance}

// Routine is an ordered list of blocks with a purpose.
type Routine struct {
	ID        string
	Name      string
	Purpose   string
	Direction Direction
	Stage     Stage
	Blocks    []Block
}

// Length estimates the routine's length: working time, rests, and a short
// allowance per set for getting ready and checking in.
func (r *Routine) Length() time.Duration {
	const perSet = 20 * time.Second
	var total time.Duration
	for _, b := range r.Blocks {
		sides := time.Duration(1)
		if b.Dose.PerSide {
			sides = 2
		}
		for i := 0; i < b.Dose.Sets; i++ {
			total += sides*b.Dose.SetLength(i) + perSet
			if i > 0 {
				total += b.Dose.Rest
			}
		}
	}
	return total
}
