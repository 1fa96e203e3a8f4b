package routines

import (
	"fmt"
	"time"
)

// WalkFeel is how the leg felt after a walk, as the quick walk log asks.
type WalkFeel string

// How the leg can feel after a walk.
const (
	// WalkEasier: the leg felt better, or the pain moved up.
	WalkEasier WalkFeel = "easier"
	// WalkSame: no change.
	WalkSame WalkFeel = "same"
	// WalkWorse: the pain spread further down the leg or grew, and stayed.
	WalkWorse WalkFeel = "worse"
)

// WalkFeels lists the answers in the order the log offers them.
var WalkFeels = []WalkFeel{WalkEasier, WalkSame, WalkWorse}

// Words says the answer as the log offers it.
func (f WalkFeel) Words() string {
	switch f {
	case WalkEasier:
		return "easier: better, or the pain moved up"
	case WalkSame:
		return "the same"
	case WalkWorse:
		return "worse: the pain spread further down or grew"
	}
	return string(f)
}

// Valid reports whether f is one of WalkFeels.
func (f WalkFeel) Valid() bool {
	for _, v := range WalkFeels {
		if f == v {
			return true
		}
	}
	return false
}

// MaxWalkMinutes is the longest walk the log takes: a typing slip past it
// is more likely than a walk of more than three hours.
const MaxWalkMinutes = 180

// Walk is one walk logged from home: when it was logged, how long it
// lasted, and how the leg felt. Walks are general activity (CLINICAL.md
// sections 9 and 10): they are not relief sets and never count as one.
type Walk struct {
	At      time.Time
	Minutes int
	Feel    WalkFeel
}

// Validate reports the first problem, in words a person can act on.
func (w Walk) Validate() error {
	switch {
	case w.Minutes < 1 || w.Minutes > MaxWalkMinutes:
		return fmt.Errorf("a walk lasts from 1 to %d minutes, not %d", MaxWalkMinutes, w.Minutes)
	case !w.Feel.Valid():
		return fmt.Errorf("say how the leg felt: easier, the same or worse, not %q", w.Feel)
	}
	return nil
}
