package coach

import (
	"fmt"

	"github.com/centra-app/centra/routines"
)

// legMild is R14's "leg pain centralized or mild": the pain reaches no
// further than the back, or the leg pain is at most the strength stage's
// mild rating (R21's, 2/10 by default).
func legMild(prog Program, c routines.CheckIn) bool {
	return extent(c) <= routines.ReachOneSide || c.LegPain <= prog.Filled().StrengthLegPain
}

// legHighWords says why core work waits on c (R14).
func legHighWords(prog Program, c routines.CheckIn) string {
	return fmt.Sprintf("Your leg pain is %d/10 and reaches %s, so core work waits for the rest of this session: "+
		"it is added only while the pain stays in your back or the leg pain is %d/10 or less (rule R14).",
		c.LegPain, place(extent(c)), prog.Filled().StrengthLegPain)
}

// coreWaits says, when the baseline has the leg pain neither centralized
// nor mild (legHigh), that the core work of rt waits (R14), and makes the
// opening decision leave it out.
func coreWaits(rt *routines.Routine, d *Decision, legHigh bool, prog Program, baseline routines.CheckIn) (string, bool) {
	if !legHigh {
		return "", false
	}
	for _, b := range rt.Blocks {
		if b.Exercise == nil || b.Exercise.Family != routines.FamilyCore {
			continue
		}
		if d.Action == ActionContinue {
			cur := stepOf(b.Exercise)
			d.Action, d.Current = ActionStopExercise, &cur
		}
		if d.RuleID == "R3" {
			d.RuleID = "R14"
		}
		return legHighWords(prog, baseline), true
	}
	return "", false
}

// withoutCore leaves core work out of blocks (R14), as leaveOut does.
func withoutCore(cat *routines.Catalog, blocks []routines.Block) []routines.Block {
	return leaveOut(cat, blocks, func(b routines.Block) bool {
		return b.Exercise != nil && b.Exercise.Family == routines.FamilyCore
	})
}
