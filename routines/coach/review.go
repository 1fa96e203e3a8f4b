package coach

import (
	"fmt"
	"time"

	"github.com/centra-app/centra/routines"
)

// Review applies the rules across days (R21 to R23) to the plan at now and
// returns the plan with the changes it made, each dated now with its rule
// and reason. It is safe to call as often as wanted (home, the start of a
// session): a day is judged once, and the stage moves forward at most one
// step a day. A flare (R23) steps back even on a day the stage moved
// forward: safety comes first. Nothing moves while the program is on hold
// or before a direction is found.
func Review(p Plan, now time.Time) (Plan, []PlanChange) {
	p = p.Clone()
	if p.Held() || p.Family() == "" || p.Stage == routines.StageFindDirection {
		return p, nil
	}
	prog := p.Program.Filled()
	today := dayKey(now)
	var out []PlanChange
	if d, why, ok := dayLogs(p.Days).flare(today, prog); ok && p.Flared != d {
		p.Flared = d
		back := routines.StageRelief
		if i := stageIndex(p.Stage); i > stageIndex(routines.StageRelief) {
			back = routines.Stages[i-1]
		}
		why += " Your direction stays the same; the plan moves forward again once the leg settles."
		if back == p.Stage {
			why = "A flare: " + lowerFirst(why)
			out = append(out, p.change(now, "R23", "flare", "", d, why))
		} else {
			out = append(out, p.setStage(now, "R23", back, why)...)
		}
	}
	if changeLog(p.Log).stageMovedOn(today) || p.Flared == today {
		return p, out
	}
	switch p.Stage {
	case routines.StageRelief:
		if calmRun(p, today, prog, DayLog.steady) >= prog.MobilityDays {
			why := fmt.Sprintf("Your leg has been steady or easing for %s, with no set making it worse. "+
				"The seated nerve slider joins once a day, after a relief set.", dayCount(prog.MobilityDays))
			out = append(out, p.setStage(now, "R21", routines.StageMobility, why)...)
		}
	case routines.StageMobility:
		if calmRun(p, today, prog, func(d DayLog) bool { return d.settled(prog.StrengthLegPain) }) >= prog.StrengthDays {
			why := fmt.Sprintf("The pain has stayed in your back, or the leg pain at %d/10 or less, for %s running. "+
				"A short core session joins once a day; the relief sets go on.", prog.StrengthLegPain, dayCount(prog.StrengthDays))
			out = append(out, p.setStage(now, "R21", routines.StageStrength, why)...)
		}
	case routines.StageStrength:
		if calmRun(p, today, prog, DayLog.painFree) >= prog.MaintenanceDays {
			why := fmt.Sprintf("No leg pain for %s running. Your plan is now one daily routine of 15 to 20 minutes "+
				"and %d relief sets a day, and %s comes back gently, watching that the pain stays away.",
				dayCount(prog.MaintenanceDays), prog.MaintenanceReliefSets, dirWords(otherFamily(p.Family())))
			out = append(out, p.setStage(now, "R22", routines.StageMaintenance, why)...)
		}
	}
	return p, out
}

// flaredToday reports a flare judged on the day of now (R23): no force is
// added that day.
func (p Plan) flaredToday(now time.Time) bool { return p.Flared != "" && p.Flared == dayKey(now) }

// flareRecent reports a flare judged for the day of now or the day before
// it (R23): the leg is not steady, so the nerve slider and core work wait
// a day, as after a red (R13, R14).
func (p Plan) flareRecent(now time.Time) bool {
	if p.Flared == "" || now.IsZero() {
		return p.Flared != ""
	}
	today := dayKey(now)
	return p.Flared == today || p.Flared == dayBefore(today)
}

// legCalm says whether the leg is calm enough now for the nerve slider and
// core work: no red within a day (R13, R14) and no flare today or yesterday
// (R23). Home's routines and the session's opening ask it alike.
func legCalm(p Plan, now time.Time) bool { return !p.redMemory().recently(now) && !p.flareRecent(now) }

// otherFamily is the direction reintroduced in maintenance (R11, R22):
// flexion for extension, extension for flexion and the side glide.
func otherFamily(f routines.Family) routines.Family {
	if f == routines.FamilyExtension {
		return routines.FamilyFlexion
	}
	return routines.FamilyExtension
}

// Asked is what the plan asks for in a day (R24) and what is done of it.
type Asked struct {
	Stage routines.Stage
	// Relief is the relief sets asked for, ReliefDone those done (before a
	// direction is found, any session counts).
	Relief, ReliefDone int
	// Core is asked in the strength stage, Routine in maintenance.
	Core, CoreDone       bool
	Routine, RoutineDone bool
}

// Asked says what the plan asks for on the day of now (R24): relief and
// mobility, a relief set every Every while awake; strength, the same and
// one core session; maintenance, the daily routine and a few relief sets.
func (p Plan) Asked(now time.Time) Asked {
	d := p.Day(now)
	a := Asked{Stage: p.Stage, Relief: p.SetsPerDay(), ReliefDone: d.Relief}
	switch p.Stage {
	case routines.StageFindDirection, "":
		a.ReliefDone = d.Sessions
	case routines.StageStrength:
		a.Core, a.CoreDone = true, d.Core
	case routines.StageMaintenance:
		a.Relief = p.Program.Filled().MaintenanceReliefSets
		a.Routine, a.RoutineDone = true, d.Routine
	}
	return a
}

// Target is how many things the day asks for.
func (a Asked) Target() int { return a.Relief + b2i(a.Core) + b2i(a.Routine) }

// Done is how many of them are done (relief sets beyond the target count
// too).
func (a Asked) Done() int {
	return a.ReliefDone + b2i(a.Core && a.CoreDone) + b2i(a.Routine && a.RoutineDone)
}

// Words says the day's count as a person reads it: "relief sets 3 of 8 ·
// core work done".
func (a Asked) Words() string {
	s := fmt.Sprintf("relief sets %d of %d", a.ReliefDone, a.Relief)
	if a.Stage == routines.StageFindDirection || a.Stage == "" {
		s = fmt.Sprintf("sessions %d of %d", a.ReliefDone, a.Relief)
	}
	if a.Routine {
		s = "daily routine " + doneWord(a.RoutineDone) + " · " + s
	}
	if a.Core {
		s += " · core work " + doneWord(a.CoreDone)
	}
	return s
}

// TargetWords says the day's target as a person reads it: "8 relief
// sets", "8 relief sets and one core session", "the daily routine and 3
// relief sets".
func (a Asked) TargetWords() string {
	s := fmt.Sprintf("%d relief sets", a.Relief)
	switch {
	case a.Stage == routines.StageFindDirection || a.Stage == "":
		return fmt.Sprintf("%d sessions", a.Relief)
	case a.Routine:
		return "the daily routine and " + s
	case a.Core:
		return s + " and one core session"
	}
	return s
}

func doneWord(b bool) string {
	if b {
		return "done"
	}
	return "not yet"
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// SetsPerDay is how many sets the rhythm fits in the waking hours: one at
// their start and one every Every after it until they end (07:00-22:00
// every 2 h gives 8). Unset fields take the defaults.
func (p Plan) SetsPerDay() int {
	every := p.Every
	if every <= 0 {
		every = DefaultEvery
	}
	from, to := p.WakingFrom, p.WakingTo
	if from == 0 && to == 0 {
		from, to = DefaultWakingFrom, DefaultWakingTo
	}
	awake := time.Duration(to-from) * time.Minute
	if to <= from {
		awake += 24 * time.Hour // waking hours run past midnight
	}
	return int(awake/every) + 1
}

// AskedOn says what the plan p asked for on the day of t (R24), with that
// day's own target: the stage is the one in force at the end of that day,
// as the plan's log of changes tells it, not today's. What was done is the
// plan's day log of that day (zero for a day it no longer keeps). ok is
// false before the plan began and on a day a red flag paused the
// exercises from start to end: the plan asked for nothing then.
func AskedOn(p Plan, t time.Time) (Asked, bool) {
	start := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
	end := start.AddDate(0, 0, 1)
	if s := p.Started(); !s.IsZero() && !s.Before(end) {
		return Asked{}, false
	}
	if changeLog(p.Log).heldAllDay(start, end) {
		return Asked{}, false
	}
	q := p
	q.Stage = changeLog(p.Log).stageAt(end, p.Stage)
	return q.Asked(t), true
}

// FamilyOn is the ladder of p's direction at the end of the day of
// t, as the log of changes tells it ("" when none was found by then).
func FamilyOn(p Plan, t time.Time) routines.Family {
	end := time.Date(t.Year(), t.Month(), t.Day()+1, 0, 0, 0, 0, t.Location())
	if changeLog(p.Log).stageAt(end, p.Stage) == routines.StageFindDirection {
		return ""
	}
	d := p.Direction
	for i := len(p.Log) - 1; i >= 0; i-- {
		if c := p.Log[i]; c.What == "direction" {
			if c.At.Before(end) {
				d = routines.Direction(c.To)
				break
			}
			d = routines.Direction(c.From)
		}
	}
	return familyOf(d)
}

// stageAt is the stage in force just before t: the last stage change
// logged before it, or the stage the first change left when t is before
// every change (now when the log has none).
func (l changeLog) stageAt(t time.Time, now routines.Stage) routines.Stage {
	var first *PlanChange
	for i := len(l) - 1; i >= 0; i-- {
		c := l[i]
		if c.What != "stage" {
			continue
		}
		if c.At.Before(t) {
			return routines.Stage(c.To)
		}
		first = &l[i]
	}
	if first != nil {
		return routines.Stage(first.From)
	}
	return now
}

// heldAllDay reports a red-flag hold in force from start to end, with no
// clearance between (R1, R2, R25).
func (l changeLog) heldAllDay(start, end time.Time) bool {
	held := false
	for _, c := range l {
		if c.What != "hold" {
			continue
		}
		if !c.At.Before(start) {
			if c.At.Before(end) && c.To == "" {
				return false // cleared that day
			}
			continue
		}
		held = c.To != ""
	}
	return held
}
