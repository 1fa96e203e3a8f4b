package coach

import (
	"fmt"
	"time"

	"github.com/centra-app/centra/routines"
)

// ruleR9ExtensionFirst is R9: without the stenosis pattern, test extension
// first (about 80% of directional preferences), then the side glide for
// one-sided symptoms, then flexion.
func ruleR9ExtensionFirst(oneSided bool) []routines.Family {
	if oneSided {
		return []routines.Family{routines.FamilyExtension, routines.FamilySideGlide, routines.FamilyFlexion}
	}
	return []routines.Family{routines.FamilyExtension, routines.FamilyFlexion}
}

// ruleR10FlexionFirst is R10: with the stenosis pattern, test flexion
// first (lying, sitting, standing), then extension (some people with this
// pattern still do best bending backwards), then the side glide for
// one-sided symptoms.
func ruleR10FlexionFirst(oneSided bool) []routines.Family {
	if oneSided {
		return []routines.Family{routines.FamilyFlexion, routines.FamilyExtension, routines.FamilySideGlide}
	}
	return []routines.Family{routines.FamilyFlexion, routines.FamilyExtension}
}

// oneSided reports symptoms on one side: one leg, or one side of the back.
func oneSided(b routines.CheckIn) bool {
	return b.Leg == routines.LegLeft || b.Leg == routines.LegRight ||
		(b.Reach == routines.ReachOneSide && b.Leg != routines.LegBoth)
}

// directionOrderSpent is the order the test tries the directions in,
// keeping those the library has a ladder for, the directions moved last,
// and the rule that set the order. The directions that already made the
// pain worse (see spent) come last, in the same order among themselves
// (R5, R9, R20), so the test tries first what has not been shown to hurt.
func directionOrderSpent(cat *routines.Catalog, p Plan, b routines.CheckIn) ([]routines.Family, []routines.Family, string) {
	order, rule := ruleR9ExtensionFirst(oneSided(b)), "R9"
	if p.FlexionFirst {
		order, rule = ruleR10FlexionFirst(oneSided(b)), "R10"
	}
	var out, last []routines.Family
	for _, f := range order {
		switch {
		case len(cat.Ladder(f)) == 0:
		case spent(cat, p, f):
			last = append(last, f)
		default:
			out = append(out, f)
		}
	}
	return append(out, last...), last, rule
}

// spent reports a direction that already made the pain worse: red in the
// last direction test, red at its gentlest step in a session (R5), or red
// on RedDaysLost days running (R20).
func spent(cat *routines.Catalog, p Plan, f routines.Family) bool {
	d := directionOf(f)
	if t, ok := p.Tested[d]; ok && t.Light == LightRed {
		return true
	}
	r, ok := p.Reds[d]
	if !ok {
		return false
	}
	if l := cat.Ladder(f); len(l) > 0 && r.Level > 0 && r.Level <= l[0].Level {
		return true
	}
	k := len(r.Days)
	if k == 0 {
		return false
	}
	n, want := 0, r.Days[k-1]
	for i := k - 1; i >= 0 && r.Days[i] == want; i-- {
		n++
		want = dayBefore(want)
	}
	return n >= p.Program.Filled().RedDaysLost
}

// opposite is the advice R11 gives for about two weeks after a direction
// is found.
func opposite(f routines.Family) string {
	switch f {
	case routines.FamilyExtension:
		return "For about two weeks, avoid long spells of slumped sitting or bending forward: sit tall, with support in the small of your back."
	case routines.FamilyFlexion:
		return "For about two weeks, avoid long spells of standing still or arching your back: sit or lean forward to rest when you need to."
	}
	return "For about two weeks, avoid staying long in positions that send the pain further down the leg."
}

// ruleR11Prescribe is R11: a direction was found, so prescribe sets of it
// about every 2 hours while awake, at the level that helped, and advise
// avoiding the opposite posture for about two weeks (the opposite
// direction comes back gently once things improve).
func ruleR11Prescribe(p *Plan, step Step, at time.Time, evidence string) Decision {
	dir := directionOf(step.Family)
	why := sentence(evidence) + " " + upperFirst(dirWords(step.Family)) + " is your direction."
	var ch []PlanChange
	ch = append(ch, p.setDirection(at, "R11", dir, why)...)
	ch = append(ch, p.setLevel(at, "R11", step.Family, step.Level, why)...)
	ch = append(ch, p.setStage(at, "R11", routines.StageRelief, why)...)
	if p.Every != DefaultEvery {
		ch = append(ch, p.change(at, "R11", "every", p.Every.String(), DefaultEvery.String(), "A set about every two hours while awake."))
		p.Every = DefaultEvery
	}
	p.Advice = []string{opposite(step.Family),
		"Once the leg pain has settled, the opposite movement comes back gently, watching that the pain does not return."}
	s := step
	return Decision{Action: ActionDirectionFound, RuleID: "R11", Light: LightGreen, Current: &s, Next: &s, Changes: ch,
		Reason: why + fmt.Sprintf(" Your plan: a set of %s about every 2 hours while you are awake. %s", step.lname(), p.Advice[0])}
}

// ruleR12NoPreference is R12: no direction gave green, or every direction
// made things worse. Stop directional loading, keep gently active with the
// neutral routine, and suggest an assessment (people whose pain does not
// centralize tend to do better with a professional's help).
func ruleR12NoPreference(p *Plan, at time.Time, allRed bool) Decision {
	why := "No direction of movement eased your pain in this test."
	if allRed {
		why = "Every direction of movement made your pain worse in this test."
	}
	var ch []PlanChange
	ch = append(ch, p.setDirection(at, "R12", routines.DirectionNeutral, why)...)
	ch = append(ch, p.setStage(at, "R12", routines.StageFindDirection, why)...)
	p.Advice = []string{"Keep gently active: short easy walks, and rest positions that feel comfortable."}
	next := neutralStep()
	return Decision{Action: ActionNoPreference, RuleID: "R12", Light: LightNone, Next: &next, Changes: ch,
		Reason: why + " Stop the direction exercises for now and keep gently active with easy walks and comfortable rest positions. " +
			"Please book an assessment with a physiotherapist or doctor: they can examine you and find what helps."}
}
