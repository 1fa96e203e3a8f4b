package app

import (
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// TestOutcome says how a direction test ended, as a symbol and words that
// read without colour: "✓ extension (bending backward) helps", "■ stopped:
// <the reason>" (a red flag ended it), or "= no clear direction".
func TestOutcome(r coach.TestResult) (symbol, words string) {
	switch {
	case r.Stopped:
		return "■", "stopped: " + r.Decision.Reason
	case r.Found:
		return "✓", routines.DirectionWords(r.Direction) + " helps"
	}
	return "=", "no clear direction"
}
