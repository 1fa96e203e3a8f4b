package coach

import (
	"fmt"
	"time"

	"github.com/centra-app/centra/routines"
)

// Withheld is a direction of movement the plan would otherwise suggest
// before a direction is found (the one the test tries first), held back
// for now by the rules, with the rule and the reason the person reads.
type Withheld struct {
	Direction routines.Direction
	RuleID    string
	Reason    string
}

// WithheldAt reports, while no direction is found, the direction home
// would otherwise suggest when the rules stop it at now:
//   - R12: the direction test ended with no direction that helped, so no
//     directional loading until a new test finds one;
//   - R20: it made the pain go further down the leg today, so it is not
//     suggested again today; or on RedDaysLost days running, so it is
//     lost until the direction test looks again;
//   - R5: the direction test found it made the pain worse, and no test has
//     found a direction since.
//
// It reports nothing while exercises are held or once a direction is found
// (the plan's own routine says then what today holds: RoutineForAt).
func WithheldAt(cat *routines.Catalog, p Plan, now time.Time) (Withheld, bool) {
	if p.Held() || (p.Family() != "" && p.Stage != routines.StageFindDirection) {
		return Withheld{}, false
	}
	if p.Direction == routines.DirectionNeutral {
		first := routines.DirectionExtension
		if p.FlexionFirst {
			first = routines.DirectionFlexion
		}
		return Withheld{Direction: first, RuleID: "R12", Reason: fmt.Sprintf("No direction of movement eased your pain in the direction test, "+
			"so neither %s nor any other direction is suggested until a new test (press d) finds one that helps.", shortDir(familyOf(first)))}, true
	}
	f := familyOf(p.Direction)
	if f == "" {
		return Withheld{}, false
	}
	m := p.redMemory()
	lost := p.Program.Filled().RedDaysLost
	red, ok := m.reds[p.Direction]
	w := Withheld{Direction: p.Direction, RuleID: "R20"}
	switch {
	case ok && m.daysRunning(p.Direction, red.At) >= lost && !m.testedSince(red.At):
		w.Reason = fmt.Sprintf("%s made the pain go further down your leg on %s running, so centra no longer counts on it "+
			"until the direction test (press d) looks again, trying the directions that have not made it worse first (rule R9).", upperFirst(dirWords(f)), dayCount(lost))
	case m.on(p.Direction, now):
		w.Reason = redToday(cat, p, now)
	case p.Tested[p.Direction].Light == LightRed && !m.testedSince(p.Tested[p.Direction].At):
		w.RuleID = "R5"
		w.Reason = fmt.Sprintf("The direction test found that %s makes the pain worse, so it is not suggested "+
			"until a direction test (press d) finds a direction that helps.", shortDir(f))
	default:
		return Withheld{}, false
	}
	return w, true
}

// testedSince reports a direction test result recorded after at.
func (m redMemory) testedSince(at time.Time) bool {
	for _, t := range m.tested {
		if t.At.After(at) {
			return true
		}
	}
	return false
}

// shortDir names a direction in two words: "bending backwards".
func shortDir(f routines.Family) string {
	switch f {
	case routines.FamilyExtension:
		return "bending backwards"
	case routines.FamilyFlexion:
		return "bending forwards"
	}
	return dirWords(f)
}

// InsteadRoutine is the routine offered in place of a withheld direction
// (WithheldAt): rest positions and easy walks, without the nerve slider
// and core work within a day of a red or a flare (R13, R14, R23), its purpose saying in a
// line what it stands in for, with the rule (home and the session's opening
// say the whole reason). It is nil when nothing is withheld.
func InsteadRoutine(cat *routines.Catalog, p Plan, now time.Time) *routines.Routine {
	w, ok := WithheldAt(cat, p, now)
	if !ok {
		return nil
	}
	return &routines.Routine{ID: "plan", Name: "Rest and easy walks", Direction: routines.DirectionNeutral, Stage: p.Stage,
		Purpose: w.Short(), Blocks: neutralBlocks(cat, legCalm(p, now))}
}

// Words says what is offered and why, with the rule: "Suggested: rest
// positions and easy walks (rule R20). Bending backwards (extension) made
// …".
func (w Withheld) Words() string {
	return "Suggested: rest positions and easy walks (rule " + w.RuleID + "). " + w.Reason
}

// redToday says why the plan's direction, red today, is not suggested
// again today (R20).
func redToday(cat *routines.Catalog, p Plan, now time.Time) string {
	f := p.Family()
	return fmt.Sprintf("%s made the pain go further down your leg %s, so it is not suggested again today; "+
		"tomorrow it is tried again %s.", upperFirst(dirWords(f)), when(p.Reds[p.Direction].At, now), retryWords(cat, f, p.Level(f)))
}

// insteadOf is what a session of the plan's own routine says at its start
// when that routine is rest and easy walks in place of a direction stopped
// for now: before a direction is found (WithheldAt), or on the day the
// plan's direction turned red (R20).
func insteadOf(cat *routines.Catalog, p Plan, rt *routines.Routine, now time.Time) (Withheld, bool) {
	if rt == nil || rt.ID != "plan" || rt.Direction != routines.DirectionNeutral {
		return Withheld{}, false
	}
	if w, ok := WithheldAt(cat, p, now); ok {
		return w, true
	}
	if p.Family() != "" && p.redMemory().on(p.Direction, now) {
		return Withheld{Direction: p.Direction, RuleID: "R20", Reason: redToday(cat, p, now)}, true
	}
	return Withheld{}, false
}

// Short says in a line what the rest and walks stand in for: "Rest
// positions and easy walks in place of bending backwards (extension),
// stopped for now (rule R20)."
func (w Withheld) Short() string {
	what := dirWords(familyOf(w.Direction))
	if w.RuleID == "R12" {
		what = "a direction of movement"
	}
	return "Rest positions and easy walks in place of " + what + ", stopped for now (rule " + w.RuleID + ")."
}
