package coach

import (
	"fmt"
	"strings"
	"time"

	"github.com/centra-app/centra/routines"
)

// Standing says where the person stands in a line: "bending backward
// (extension) · step 2 of 6, prone on elbows · stage: mobility".
func Standing(cat *routines.Catalog, p Plan) string {
	if p.Family() == "" || p.Stage == routines.StageFindDirection {
		return "Find your direction first, with the direction test"
	}
	f := p.Family()
	s := routines.DirectionWords(p.Direction)
	if ex := ladderAt(cat, f, p.Level(f)); ex != nil {
		s += fmt.Sprintf(" · step %d of %d, %s", ex.Level, ladderTop(cat, f), lowerFirst(ex.Name))
	}
	return s + " · stage: " + StageWords(p.Stage)
}

// StageWords names a stage as a person reads it.
func StageWords(s routines.Stage) string { return strings.ReplaceAll(string(s), "-", " ") }

// Outlook says in one line what would move the plan forward or back from
// where it stands at now: the next force step (R19), the next stage (R21,
// R22), or why today is different (R20, a hold).
func Outlook(cat *routines.Catalog, p Plan, now time.Time) string {
	prog := p.Program.Filled()
	f := p.Family()
	switch {
	case p.Held():
		return "Exercises are paused until a clinician has checked you; the plan then resumes where it was."
	case f == "" || p.Stage == routines.StageFindDirection:
		return "The direction test finds the movement that eases your leg; your sets start from there."
	case p.redMemory().on(p.Direction, now):
		return fmt.Sprintf("%s made the pain worse today, so today is rest positions and easy walks; tomorrow it is tried again %s.",
			upperFirst(dirWords(f)), retryWords(cat, f, p.Level(f)))
	}
	back := " A clearly worse day steps it back."
	var fwd string
	switch p.Stage {
	case routines.StageRelief:
		fwd = p.daysToGo(now, prog.MobilityDays, DayLog.steady, "with the leg steady or easing", "the nerve slider starts")
	case routines.StageMobility:
		fwd = p.daysToGo(now, prog.StrengthDays, func(d DayLog) bool { return d.settled(prog.StrengthLegPain) },
			fmt.Sprintf("with the pain in your back only, or leg pain %d/10 or less,", prog.StrengthLegPain), "core work starts")
	case routines.StageStrength:
		fwd = p.daysToGo(now, prog.MaintenanceDays, DayLog.painFree, "without leg pain", "the daily maintenance routine takes over")
	case routines.StageMaintenance:
		return "Keep up the daily routine and a few relief sets." + back
	}
	if step := p.stepOutlook(cat, prog); step != "" {
		return step + " " + fwd
	}
	return fwd + back
}

// stepOutlook says what moves the force step (R19): the unchanged sets so
// far at this step; nothing while sets help, or at the top of the ladder.
func (p Plan) stepOutlook(cat *routines.Catalog, prog Program) string {
	f := p.Family()
	level := p.Level(f)
	next := ladderAbove(cat, f, level, ladderTop(cat, f))
	if next == nil {
		return ""
	}
	c, ok := p.Unchanged[f]
	if !ok || c.Level != level || c.Sets == 0 {
		return "" // improving, or nothing counted yet: the step stays
	}
	n := c.Sets
	return fmt.Sprintf("%d of %d sets with no change at this step and the next session steps up to %s.",
		n, prog.StepUpSets, lowerFirst(next.Name))
}

// daysToGo says how many more days like ok move the stage on: the run of
// such days before today, and today when it looks like one so far.
func (p Plan) daysToGo(now time.Time, need int, ok func(DayLog) bool, like, then string) string {
	prog := p.Program.Filled()
	n := need - calmRun(p, dayKey(now), prog, ok)
	today := p.Day(now)
	if ok(today) && !rough(p, today, prog) {
		if n <= 1 {
			return fmt.Sprintf("Keep today like this, with no set making the pain worse, and %s tomorrow.", then)
		}
		n--
	}
	n = max(n, 1)
	unit := "days"
	if n == 1 {
		unit = "day"
	}
	return fmt.Sprintf("%d more %s %s and %s.", n, unit, like, then)
}

// retryWords says where a direction that was red today starts tomorrow:
// the plan already holds that step (R5, R20), so the words agree with the
// coach's own on the day ("at prone lying").
func retryWords(cat *routines.Catalog, f routines.Family, level int) string {
	if cat == nil {
		return "one step gentler"
	}
	e := ladderAt(cat, f, level)
	if e == nil {
		return "one step gentler"
	}
	return "at " + stepOf(e).lname()
}
