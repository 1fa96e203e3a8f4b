package coach

import (
	"fmt"

	"github.com/centra-app/centra/routines"
)

// The walking plan of CLINICAL.md section 10: in a flare, several short
// walks through the day rather than one long one ("three 10-minute walks a
// day rather than one of 30"). These are the source's numbers.
const (
	WalksPerDay = 3
	WalkMinutes = 10
)

// WalkAdvice is what the plan suggests for walking today, and how far the
// day has gone. Walks are general activity: they are counted apart from
// the relief sets and never as one (R24 counts sets only).
type WalkAdvice struct {
	// Walks and Minutes are the day's suggestion: Walks walks of about
	// Minutes each. Zero Walks means no walk is suggested (a red-flag
	// hold).
	Walks, Minutes int
	// Done and DoneMinutes are today's logged walks and their minutes.
	Done, DoneMinutes int
	// Shorter is set when the last walk made the leg worse: the next one
	// is suggested at half the length (Minutes is already halved).
	Shorter bool
	// Lean is set for the stenosis pattern (R10): walk leaning forward a
	// little, on a trolley or with poles, or cycle.
	Lean bool
}

// WalkPlan is the walking suggestion for a day with the walks logged so
// far (oldest first).
func WalkPlan(p Plan, today []routines.Walk) WalkAdvice {
	a := WalkAdvice{Walks: WalksPerDay, Minutes: WalkMinutes, Lean: p.FlexionFirst}
	if p.Held() {
		a.Walks = 0
	}
	for _, w := range today {
		a.Done++
		a.DoneMinutes += w.Minutes
	}
	if n := len(today); n > 0 && today[n-1].Feel == routines.WalkWorse {
		a.Shorter = true
		a.Minutes = max(today[n-1].Minutes/2, 1)
	}
	return a
}

// Today says the day's walks against the suggestion: "Walks today: 1 of
// 3 short walks (10 min so far)." Empty when no walk is suggested.
func (a WalkAdvice) Today() string {
	if a.Walks == 0 {
		return ""
	}
	s := fmt.Sprintf("Walks today: %d of %d short walks", a.Done, a.Walks)
	if a.DoneMinutes > 0 {
		s += fmt.Sprintf(" (%d min so far)", a.DoneMinutes)
	}
	return s + "."
}

// Line says the suggestion and the day so far in one line, for the home
// screens: "Walks today: 1 of 3 short walks (10 min so far). Your next
// walk: about 10 min at an easy pace." No sentence of it starts with
// "Next:", which on home is the plan's own line.
func (a WalkAdvice) Line() string {
	if a.Walks == 0 {
		return ""
	}
	s := a.Today()
	switch {
	case a.Shorter:
		s += fmt.Sprintf(" The last one made the leg worse: make the next one shorter, about %d min.", a.Minutes)
	case a.Done < a.Walks:
		s += fmt.Sprintf(" Your next walk: about %d min at an easy pace, short strides.", a.Minutes)
	default:
		s += " Well done: more short walks are fine if they feel good."
	}
	if a.Lean {
		s += " Lean forward a little: a trolley or walking poles help."
	}
	return s
}
