package coach

import (
	"fmt"

	"github.com/centra-app/centra/routines"
)

// Rule names one rule of CLINICAL.md as the coach encodes it.
type Rule struct {
	ID      string `json:"id"`
	Summary string `json:"summary"`
}

// Rules lists the rules of CLINICAL.md the coach follows, for help screens
// and the clinician summary. Every decision names one of them.
func Rules() []Rule {
	return []Rule{
		{"R1", "Saddle or genital numbness, a new bladder, bowel or sexual change, weakness or symptoms in both legs: stop, emergency advice, lock the program."},
		{"R2", "A leg getting weaker, fever, weight loss, cancer history, injury or constant night pain: pause, see a doctor soon."},
		{"R3", "Before any set, record a baseline: how far down the pain and tingling reach, leg and back pain."},
		{"R4", "Pain moves up toward the spine or goes, and stays so: green, keep the direction and force."},
		{"R5", "Pain reaches further down and is still there after a 3-5 minute rest: red, stop, one step gentler or another direction."},
		{"R6", "Worse during the set but back to baseline within about 5 minutes: amber, same force, no step up."},
		{"R7", "Location outweighs intensity: centralized but sharper is green, milder but further down is worse."},
		{"R8", "No change after 2-3 sets at a level: more force up the ladder before another direction."},
		{"R9", "Test extension first; side glide next for one-sided pain, then flexion."},
		{"R10", "Pain with standing or walking, eased by sitting or leaning forward: test flexion first."},
		{"R11", "Direction found: sets about every 2 hours while awake, avoid the opposite posture for about 2 weeks."},
		{"R12", "No direction helps: stop directional loading, stay gently active, suggest an assessment."},
		{"R13", "Leg stable or centralizing, no red in 24 hours: offer the seated nerve slider; drop it if it makes things worse."},
		{"R14", "Leg pain centralized or mild: add core work with short holds; never sit-ups, crunches, toe touches or hamstring stretches."},
		{"R15", "A change of 2 points or 30% of the baseline is meaningful; less is noise."},
		{"R16", "No improvement after about 2 weeks of regular sets, or worse at any time: suggest a review; not improved by 6-8 weeks: see a doctor about other options."},
		{"R17", "New or spreading tingling or numbness is worse; tingling left behind as the pain moves up is amber, recheck."},
		{"R18", "Pain that stays in the buttock: no label, suggest an assessment if it persists."},
		{"R19", "Direction found: the suggested routine is a relief set at the current step; 3 unchanged sets at a step, across sessions, step the next session up; amber holds the step that session and the next; red steps down."},
		{"R20", "Red today: not suggested again today, retried one step gentler tomorrow; red on 2 days running: the direction test again."},
		{"R21", "A whole day steady with no red: relief to mobility (the slider once a day); 2 days with the pain in the back or leg pain at most 2/10: strength (one core session a day)."},
		{"R22", "7 days running with no leg pain: maintenance, a daily 15-20 minute routine, a few relief sets, and the other direction back gently."},
		{"R23", "A day clearly worse than the 3 before it: a flare, one stage back, the direction kept."},
		{"R24", "The daily target follows the stage; adherence counts what the plan asked for."},
		{"R25", "A clinician clears a red-flag hold: the plan resumes where it was, the clearance dated."},
	}
}

// ruleR3Baseline is R3: a baseline comes before any set. It checks the
// baseline and says it back in plain words.
func ruleR3Baseline(b routines.CheckIn) (Decision, error) {
	if b.Kind != "" && b.Kind != routines.CheckInBaseline {
		return Decision{}, fmt.Errorf("coach: a session starts with a baseline check-in, not %q", b.Kind)
	}
	if err := b.Validate(); err != nil {
		return Decision{}, fmt.Errorf("coach: baseline: %w", err)
	}
	return Decision{Action: ActionContinue, RuleID: "R3", Light: LightNone,
		Reason: "Starting point noted: " + describe(b) + "."}, nil
}

// describe says a check-in in a few words: "pain reaches below the knee,
// leg pain 6/10, tingling in the foot or toes".
func describe(c routines.CheckIn) string {
	s := "no pain"
	if c.Reach > routines.ReachNone {
		s = "pain " + where(c.Reach)
		if c.Reach.InLeg() {
			s = "pain reaches " + place(c.Reach)
		}
	}
	s += fmt.Sprintf(", leg pain %d/10, back pain %d/10", c.LegPain, c.BackPain)
	if c.Tingling && c.TinglingReach > routines.ReachNone {
		s += ", tingling or numbness " + where(c.TinglingReach)
	}
	return s
}

// keepGoing is the green answer of R4 (and of R7 and R15, whose reading it
// carries): same exercise, same force.
func keepGoing(step Step, r Response, next string) Decision {
	s := step
	return Decision{Action: ActionContinue, RuleID: r.RuleID, Light: r.Light, Response: &r,
		Current: &s, Next: &s, Reason: r.Explain(step.lname()) + " " + next}
}

// recheckDecision pauses the movement for a timed rest (R5, R6, R7, R17).
func recheckDecision(step Step, r Response, rest Step) Decision {
	s := step
	return Decision{Action: ActionRecheck, RuleID: r.RuleID, Light: LightAmber, Response: &r,
		Current: &s, Next: &rest,
		Reason: r.Explain(step.lname()) + fmt.Sprintf(" Stop %s for now and rest for %s (%s), then check in again.",
			step.lname(), routines.FormatDuration(rest.Duration), lowerFirst(rest.Name))}
}

// ruleR5Red is the answer of R5 when a recheck is red: stop that exercise
// and go one step gentler; at the bottom of the ladder, stop the direction
// for today and offer the neutral routine. A red on an exercise that is
// not directional drops it (R13 for the slider, R14 for core). In the
// direction test (testing) a red always ends the direction.
func ruleR5Red(cat *routines.Catalog, step Step, r Response, testing bool) Decision {
	s := step
	d := Decision{RuleID: r.RuleID, Light: LightRed, Response: &r, Current: &s}
	why := r.Explain("")
	switch {
	case step.Family == routines.FamilyNeural:
		d.Action, d.RuleID = ActionStopExercise, "R13"
		d.Reason = why + fmt.Sprintf(" Drop %s for now; it comes back once the leg has been calm for a day.", step.lname())
		return d
	case step.Family == routines.FamilyCore:
		d.Action, d.RuleID = ActionStopExercise, "R14"
		d.Reason = why + fmt.Sprintf(" Drop %s for now; core work comes back once the leg has been calm for a day.", step.lname())
		return d
	case !step.Family.Directional():
		d.Action = ActionStopExercise
		d.Reason = why + fmt.Sprintf(" Drop %s for the rest of this session.", step.lname())
		return d
	}
	// What got worse is said as it was: the tingling when R17 judged it.
	what := "the pain"
	if r.RuleID == "R17" {
		what = "the tingling or numbness"
	}
	if lower := ladderBelow(cat, step.Family, step.Level); lower != nil && !testing {
		next := stepOf(lower)
		d.Action, d.Next = ActionRegress, &next
		d.Reason = why + fmt.Sprintf(" Stop %s: it makes %s worse. The rest of this session uses %s, one step gentler.",
			step.lname(), what, next.lname())
		return d
	}
	next := neutralStep()
	d.Action, d.Next = ActionStopDirection, &next
	d.Reason = why + fmt.Sprintf(" Stop %s for today: even the gentlest step makes %s worse. Rest in a comfortable position or take an easy walk instead.",
		dirWords(step.Family), what)
	if testing {
		d.Reason = why + fmt.Sprintf(" Stop %s: %s makes %s worse.", dirWords(step.Family), step.lname(), what)
	}
	return d
}

// ruleR6Amber is the answer of R6 when a recheck is amber: repeat at the
// same force and do not step up for the rest of the session and the next
// (R19).
func ruleR6Amber(step Step, r Response) Decision {
	s := step
	return Decision{Action: ActionContinue, RuleID: r.RuleID, Light: LightAmber, Response: &r,
		Current: &s, Next: &s,
		Reason: r.Explain("") + fmt.Sprintf(" Carry on with %s at the same force: no step up for the rest of this session or the next.", step.lname())}
}

// ruleR8NoChange is R8: a direction that makes no difference gets more
// force, one rung up the ladder, after need sets in a row without change
// at one level, but never above top (the ladder's top, or lower after an
// amber or a red). It returns continue while counting, and continue with
// the reason when the top is reached; the caller decides what comes after
// the top.
func ruleR8NoChange(cat *routines.Catalog, step Step, n, need, top int, r Response) Decision {
	s := step
	d := Decision{Action: ActionContinue, RuleID: "R8", Light: r.Light, Response: &r, Current: &s, Next: &s}
	next := ladderAbove(cat, step.Family, step.Level, top)
	if n < need {
		then := "the next step adds a little more force"
		switch {
		case next == nil && step.Level >= ladderTop(cat, step.Family):
			then = fmt.Sprintf("the test moves on, as %s has no stronger step", dirWords(step.Family))
		case next == nil:
			then = "the test moves on, as no force is added after the flare"
		}
		d.Reason = r.Explain(step.lname()) + fmt.Sprintf(" Keep going (%d of %d sets): if nothing changes, %s.", n, need, then)
		return d
	}
	if next == nil {
		d.Reason = fmt.Sprintf("No change after %d sets of %s.", n, step.lname())
		if step.Level >= ladderTop(cat, step.Family) {
			d.Reason += " This is the strongest step centra offers, so keep going at this level."
		} else {
			d.Reason += " After a set made the pain worse earlier, centra will not add force this session, so keep going at this level."
		}
		return d
	}
	ns := stepOf(next)
	d.Action, d.Next = ActionProgress, &ns
	d.Reason = fmt.Sprintf("No change after %d sets of %s. Next: %s, a little more force.", n, step.lname(), ns.lname())
	return d
}
