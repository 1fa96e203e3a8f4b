package report

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// adherenceOf counts, day by day, what the plan asked for against that
// day's own target (R24): the relief sets of the plan's direction, and the
// core session or the daily routine on the days the stage asked for them.
// Sessions of other routines (the direction test, rest, other directions)
// are not what the plan asked for: they are named apart. A day the plan
// no longer keeps, or paused all day by a red flag, has no target.
func adherenceOf(days []history.DaySummary, done []history.SessionDone, plan coach.Plan, has bool) Adherence {
	var a Adherence
	sessions := len(done)
	byDay := map[string][]history.SessionDone{}
	for _, s := range done {
		byDay[s.Day] = append(byDay[s.Day], s)
	}
	var targets []string
	byTarget := map[string]int{}
	type dayDone struct{ done, target int }
	var counted []dayDone
	for _, d := range days {
		if !has {
			continue
		}
		asked, ok := coach.AskedOn(plan, d.Day)
		if !ok {
			if plan.Started().Before(d.Day) {
				a.Paused++
			}
			continue
		}
		asked = doneOn(asked, coach.FamilyOn(plan, d.Day), byDay[d.Day.Format(time.DateOnly)])
		done, target := min(asked.Done(), asked.Target()), asked.Target()
		counted = append(counted, dayDone{done, target})
		a.Done, a.Asked, a.Target = a.Done+done, a.Asked+target, target
		if done >= target {
			a.MetDays++
		}
		if done == 0 {
			a.NoneDays++
		}
		w := asked.TargetWords()
		if byTarget[w] == 0 {
			targets = append(targets, w)
		}
		byTarget[w]++
	}
	a.Days = len(counted)
	if a.Days == 0 {
		a.Words = fmt.Sprintf("No day with a plan to count against yet: %s of any routine with at least one set done in %s.",
			plural(sessions, "session"), plural(len(days), "day"))
		return a
	}
	a.PerDay = float64(a.Done) / float64(a.Days)
	last := counted[max(len(counted)-7, 0):]
	n, of := 0, 0
	for _, d := range last {
		n, of = n+d.done, of+d.target
	}
	a.Last7 = float64(n) / float64(len(last))
	var per []string
	for _, w := range targets {
		per = append(per, fmt.Sprintf("%s on %s", w, plural(byTarget[w], "day")))
	}
	a.Words = fmt.Sprintf("Of what the plan asked for (the relief sets of its direction, and the core session or the daily routine "+
		"when the stage asked for them), %d of %d were done (%s) over %s, each day against its own target: %s. "+
		"The day's target was met on %s; none of it was done on %s. Last %s: %d of %d. "+
		"Sessions of any routine with a set done, the direction test included: %d.",
		a.Done, a.Asked, percent(a.Done, a.Asked), plural(a.Days, "day"), strings.Join(per, "; "),
		plural(a.MetDays, "day"), plural(a.NoneDays, "day"), plural(len(last), "day"), n, of, sessions)
	if a.Paused > 0 {
		a.Words += fmt.Sprintf(" Not counted: %s with the exercises paused all day by a red flag.", plural(a.Paused, "day"))
	}
	return a
}

// doneOn fills what the history shows done of what the plan asked for on
// one day, as the coach counts it during a session: a session with a set
// of the plan's direction is a relief set, the daily routine counts as
// itself, any core set as the core session; before a direction is found,
// any routine session with a set done. The direction test is not one.
func doneOn(a coach.Asked, fam routines.Family, sessions []history.SessionDone) coach.Asked {
	a.ReliefDone, a.CoreDone, a.RoutineDone = 0, false, false
	finding := a.Stage == routines.StageFindDirection || a.Stage == ""
	for _, s := range sessions {
		if s.Kind != routines.SessionRoutine {
			continue
		}
		daily := s.RoutineID == string(routines.DirectionMaintenance)
		switch {
		case finding:
			a.ReliefDone++
		case daily:
			a.RoutineDone = true
		case fam != "" && slices.Contains(s.Families, fam):
			a.ReliefDone++
		}
		if slices.Contains(s.Families, routines.FamilyCore) {
			a.CoreDone = true
		}
	}
	return a
}

func percent(n, of int) string {
	if of == 0 {
		return "0%"
	}
	return fmt.Sprintf("%d%%", (100*n+of/2)/of)
}
