package coach

import (
	"fmt"

	"github.com/centra-app/centra/routines"
)

// words is the wording half of Classify: the light, the rule and the
// plain-language reason of a reading.
func (rd reading) words(baseline, p, c routines.CheckIn) Response {
	pain := "Your back pain" // for intensity
	if rd.leg {
		pain = "Your leg pain"
	}
	r := Response{Kind: rd.kind}
	switch rd.kind {
	case KindPeripheralized, KindWorse:
		return rd.worse(r, p, c, pain)
	case KindAbolished:
		r.Light, r.RuleID = LightGreen, "R4"
		return r.with("The pain has gone", "that is the best response")
	case KindCentralized:
		return rd.centralized(r, baseline, p, c)
	case KindBetter:
		r.Light, r.RuleID = LightGreen, "R15"
		return r.with(fmt.Sprintf("%s went down from %d to %d", pain, rd.from, rd.to), "a real improvement")
	}
	r.Light, r.RuleID = LightNone, "R15"
	if extent(p) == routines.ReachNone && extent(c) == routines.ReachNone && !painRated(c) && !c.Tingling {
		return r.with("The pain is still gone", "")
	}
	if rd.from != rd.to {
		return r.with("No real change", fmt.Sprintf("%s went from %d to %d, too small a change to count",
			lowerFirst(pain), rd.from, rd.to))
	}
	return r.with("No real change", "")
}

// worse words a reading that peripheralized or got worse (R5, R6, R7,
// R17): amber until the recheck.
func (rd reading) worse(r Response, p, c routines.CheckIn, pain string) Response {
	t := rd.ting
	r.Light, r.Pending, r.RuleID = LightAmber, true, "R6"
	if rd.kind == KindPeripheralized {
		r.RuleID = "R5"
	}
	meaning := "that counts as worse"
	var what string
	switch {
	case (t == tingNew || t == tingSpread) && c.Reach <= p.Reach:
		r.RuleID = "R17"
		switch {
		case t == tingSpread:
			what = "Tingling or numbness reaches further down, " + toPlace(c.TinglingReach)
		case c.TinglingReach == routines.ReachNone: // no reach given
			what = "You have new tingling or numbness"
		default:
			what = "New tingling or numbness " + where(c.TinglingReach)
		}
	case c.Reach > p.Reach:
		what = "Your pain reaches further down, " + toPlace(c.Reach)
	case rd.kind == KindPeripheralized:
		what = "You said the pain moved further down the leg"
	default:
		what = fmt.Sprintf("%s went up from %d to %d", pain, rd.from, rd.to)
	}
	if rd.overruled {
		r.RuleID = "R7"
		what += ", even though it feels milder"
		meaning += ", because where the pain reaches matters more than how strong it is"
	}
	return r.with(what, meaning)
}

// centralized words a reading that centralized (R4, R7), or that left
// some tingling behind (R17: amber until the recheck).
func (rd reading) centralized(r Response, baseline, p, c routines.CheckIn) Response {
	t := rd.ting
	if t == tingResidual {
		r.Light, r.Pending, r.RuleID = LightAmber, true, "R17"
		what := "Your pain moved up " + toPlace(c.Reach)
		if c.Reach == routines.ReachNone {
			what = "Your pain has gone"
		}
		return r.with(what+", and some tingling is left "+where(c.TinglingReach),
			"that is common as things improve, but let's check it settles")
	}
	r.Light, r.RuleID = LightGreen, "R4"
	var what string
	switch {
	case legCleared(p, c):
		what = fmt.Sprintf("Your leg pain has gone and only back pain is left (%d/10)", c.BackPain)
	case c.Reach < p.Reach && c.Reach == routines.ReachNone:
		what = "The pain has gone from " + place(p.Reach)
	case c.Reach < p.Reach:
		what = fmt.Sprintf("Your pain moved from %s to %s", place(p.Reach), place(c.Reach))
		if p.Reach.InLeg() {
			what = "Your leg" + what[len("Your"):]
		}
	case t == tingEased && !c.Tingling:
		what = "The tingling or numbness has gone"
	case t == tingEased:
		what = "The tingling or numbness now reaches less far, " + toPlace(c.TinglingReach)
	default:
		what = "You said the pain moved up toward your back"
	}
	meaning := "that is centralization, a good sign"
	backUp := ruleR15Meaningful(baseline.BackPain, p.BackPain, c.BackPain) > 0
	switch {
	case rd.overruled:
		what += ", even though it feels sharper"
	case backUp && rd.leg && !legCleared(p, c):
		what += fmt.Sprintf(", even though your back hurts more (%d/10)", c.BackPain)
	}
	if rd.overruled || (backUp && rd.leg) {
		r.RuleID = "R7"
		meaning = "that is still centralization, a good sign, because where the pain reaches matters more than how strong it is"
	}
	return r.with(what, meaning)
}

// settledWords says what a settled answer (see settled) shows, as the
// numbers say it: "out of the leg" only while the leg pain is 0 too; a
// leg still rated above 0 is named with its rating (R4, R15).
func settledWords(c routines.CheckIn) string {
	const keep = ": keep going at this level."
	switch e := extent(c); {
	case c.LegPain > 0 && e == routines.ReachNone:
		return fmt.Sprintf("No pain is marked on the scale, but the leg pain is still %d/10%s", c.LegPain, keep)
	case c.LegPain > 0:
		return fmt.Sprintf("The pain reaches no further than %s, but the leg pain is still %d/10%s", place(e), c.LegPain, keep)
	case e == routines.ReachNone:
		return "The pain stays away" + keep
	}
	return "The pain stays out of the leg" + keep
}
