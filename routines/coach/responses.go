package coach

import (
	"fmt"
	"time"

	"github.com/centra-app/centra/routines"
)

// keepStep is "green keeps the step" (R19): the count of unchanged sets
// starts again.
func (s *Session) keepStep(f routines.Family) { delete(s.plan.Unchanged, f) }

// unchanged is R19 with R8: a set with no change at the plan's step counts
// toward the next step up, whichever session the earlier sets were in;
// after StepUpSets of them in a row the next session starts one step up.
// A set at another step (a routine picked from the library) is only
// counted in the session.
func (s *Session) unchanged(step Step, r Response, at time.Time) Decision {
	s.noChange++
	f := step.Family
	level := s.plan.Level(f)
	cur := step
	d := Decision{Action: ActionContinue, RuleID: "R19", Light: r.Light, Response: &r, Current: &cur, Next: &cur}
	if step.Level != level {
		d.RuleID = "R8"
		d.Reason = r.Explain(step.lname()) + " Keep going at the same force."
		return d
	}
	if s.plan.Unchanged == nil {
		s.plan.Unchanged = map[routines.Family]Unchanged{}
	}
	u := s.plan.Unchanged[f]
	if u.Level != level {
		u = Unchanged{Level: level}
	}
	u.Sets++
	s.plan.Unchanged[f] = u
	need := s.opt.noChange(s.plan.Program.Filled().StepUpSets)
	if u.Sets < need {
		if level >= ladderTop(s.cat, f) {
			// No step above to promise (R8): say what happens instead.
			d.Reason = r.Explain(step.lname()) + fmt.Sprintf(" Keep going (%d of %d sets with no change at this step, counting your earlier sessions). %s",
				u.Sets, need, topWords(s.cat, step))
			return d
		}
		d.Reason = r.Explain(step.lname()) + fmt.Sprintf(" Keep going (%d of %d sets with no change at this step, counting your earlier sessions): "+
			"if nothing changes, the next session adds a little more force.", u.Sets, need)
		return d
	}
	next := ladderAbove(s.cat, f, level, s.top(f))
	if next != nil && s.plan.flaredToday(at) {
		// Only a step there is to add waits for the flare (R8, R23).
		d.Reason = fmt.Sprintf("No change after %d sets of %s. After today's flare, centra adds no force today, so keep going at this level.",
			u.Sets, step.lname())
		return d
	}
	if next != nil && s.plan.redMemory().on(directionOf(f), at) {
		// Nothing steps up on the day of a red (R5, R20).
		d.RuleID = "R20"
		d.Reason = fmt.Sprintf("No change after %d sets of %s. %s made the pain worse earlier today, so centra adds no force today: keep going at this level.",
			u.Sets, step.lname(), upperFirst(dirWords(f)))
		return d
	}
	if next == nil {
		d.Reason = fmt.Sprintf("No change after %d sets of %s.", u.Sets, step.lname())
		if level >= ladderTop(s.cat, f) {
			d.Reason += " " + topWords(s.cat, step)
		} else {
			d.Reason += " After a set made the pain worse earlier, centra adds no force yet, so keep going at this level."
		}
		return d
	}
	ns := stepOf(next)
	d.Reason = fmt.Sprintf("No change after %d sets of %s, counting your earlier sessions. From the next session: %s, a little more force.",
		u.Sets, step.lname(), ns.lname())
	delete(s.plan.Unchanged, f)
	d.Changes = s.plan.setLevel(at, "R19", f, next.Level, d.Reason)
	return d
}

// amber applies an amber recheck (R6, R19): the step it happened at is the
// most this session and the next allow in that direction, and the count
// toward a step up starts again.
func (s *Session) amber(step Step, r Response, at time.Time) Decision {
	s.flared, s.noChange = true, 0
	d := ruleR6Amber(step, r)
	if !step.Family.Directional() {
		return d
	}
	s.limit(step.Family, step.Level)
	s.keepStep(step.Family)
	if s.plan.Ambers == nil {
		s.plan.Ambers = map[routines.Family]Amber{}
	}
	s.plan.Ambers[step.Family] = Amber{At: at, Level: step.Level, Session: s.plan.Sessions}
	d.Action = ActionHoldStep
	return d
}

// red applies a red recheck: R5 for the directions, R13 and R14 for the
// slider and core. For the plan's direction R20 adds: no more of it today,
// and on RedDaysLost days running it counts as lost and the direction test
// is offered again.
func (s *Session) red(step Step, r Response, at time.Time) Decision {
	s.flared, s.sawRed = true, true
	s.plan.MarkRed(at, step.Family, step.Level)
	d := ruleR5Red(s.cat, step, r, false)
	if step.Family.Directional() {
		s.limit(step.Family, step.Level-1)
		s.keepStep(step.Family)
	}
	switch d.Action {
	case ActionRegress:
		// A red steps the plan down, never up (R5): a red above the plan's
		// step (a routine picked from the library, or the test's ladder
		// before a direction is found) leaves the plan where it is.
		if d.Next.Level < s.plan.Level(step.Family) {
			d.Changes = s.plan.setLevel(at, d.RuleID, step.Family, d.Next.Level, d.Reason)
		}
	case ActionStopDirection:
		// Even the gentlest step was red (a session starting and ending
		// with it): the plan's own step comes down one too (R5, R20), so
		// that tomorrow's retry is one step gentler, as the words say.
		if step.Family.Directional() && step.Level <= s.plan.Level(step.Family) {
			if lower := ladderBelow(s.cat, step.Family, s.plan.Level(step.Family)); lower != nil {
				d.Changes = s.plan.setLevel(at, "R20", step.Family, lower.Level, d.Reason)
			}
		}
	case ActionStopExercise:
		s.dropped[step.ExerciseID] = true
	}
	if step.Family == "" || step.Family != s.plan.Family() {
		return d
	}
	lost := s.plan.Program.Filled().RedDaysLost
	if s.plan.redMemory().daysRunning(s.plan.Direction, at) >= lost {
		why := fmt.Sprintf("%s has made your pain worse on %s running, so centra no longer counts on it: "+
			"the direction test can look again (press d on the home screen).", upperFirst(dirWords(step.Family)), dayCount(lost))
		d.Reason += " " + why
		d.Changes = append(d.Changes, s.plan.setStage(at, "R20", routines.StageFindDirection, why)...)
		return d
	}
	next := stepOf(ladderAt(s.cat, step.Family, s.plan.Level(step.Family)))
	if d.Action == ActionStopDirection {
		d.Reason += fmt.Sprintf(" Tomorrow it is tried again at %s.", next.lname())
		return d
	}
	d.Reason += fmt.Sprintf(" After this session, no more %s today; tomorrow it starts again at %s.", dirWords(step.Family), next.lname())
	return d
}

// topWords says what happens at the top of a direction's ladder, where no
// more force can be added (R8): the step goes on; and when it keeps making
// no difference, a professional can look further (R12). A one-step ladder
// says it has only the one step.
func topWords(cat *routines.Catalog, step Step) string {
	what := fmt.Sprintf("%s is the strongest step centra offers for %s", upperFirst(step.lname()), dirWords(step.Family))
	if len(cat.Ladder(step.Family)) == 1 {
		what = fmt.Sprintf("%s is the only step centra has for %s", upperFirst(step.lname()), dirWords(step.Family))
	}
	return what + ", so no force is added: keep going at this level. If it goes on making no difference over the coming days, " +
		"a physiotherapist can look at what else may help (rule R12)."
}
