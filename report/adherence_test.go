package report

import (
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// R24: adherence counts what the plan asked for, day by day, against that
// day's own target: the direction test, rest and another direction are not
// relief sets, and the strength stage's core session joins the target only
// from the day it began.
func TestAdherenceCountsWhatThePlanAskedForEachDay(t *testing.T) {
	day0 := time.Date(2026, 11, 20, 0, 0, 0, 0, zone)
	at := func(d, h int) time.Time { return day0.AddDate(0, 0, d).Add(time.Duration(h) * time.Hour) }
	p := coach.DefaultPlan(coach.Answers{}, at(0, 7))
	p.Direction, p.Stage = routines.DirectionExtension, routines.StageStrength
	p.Log = append(p.Log,
		coach.PlanChange{At: at(0, 12), RuleID: "R11", What: "stage", From: "find-direction", To: "relief"},
		coach.PlanChange{At: at(2, 9), RuleID: "R21", What: "stage", From: "mobility", To: "strength"},
		coach.PlanChange{At: at(3, 10), RuleID: "R1", What: "hold", To: "emergency"},
		coach.PlanChange{At: at(5, 9), RuleID: "R25", What: "hold", From: "paused"})
	var days []history.DaySummary
	for d := range 6 {
		days = append(days, history.DaySummary{Day: at(d, 0)})
	}
	key := func(d int) string { return at(d, 0).Format(time.DateOnly) }
	sess := func(d int, kind routines.SessionKind, id string, fams ...routines.Family) history.SessionDone {
		return history.SessionDone{Day: key(d), Kind: kind, RoutineID: id, Families: fams}
	}
	ext, core := routines.FamilyExtension, routines.FamilyCore
	done := []history.SessionDone{
		sess(0, routines.SessionTest, "direction-test", ext),
		sess(0, routines.SessionRoutine, "relief", ext),
		sess(0, routines.SessionRoutine, "relief", ext),
		sess(0, routines.SessionRoutine, "flexion", routines.FamilyFlexion),
		sess(0, routines.SessionRoutine, "rest", routines.FamilyPosition),
	}
	for range 8 {
		done = append(done, sess(1, routines.SessionRoutine, "relief", ext), sess(2, routines.SessionRoutine, "relief", ext))
	}
	done = append(done, sess(2, routines.SessionRoutine, "core", core), sess(3, routines.SessionRoutine, "relief", ext))
	a := adherenceOf(days, done, p, true)
	// Day 0: 2 of 8; day 1: 8 of 8; day 2: 9 of 9; day 3: 1 of 9 (stopped
	// at 10:00); day 4 paused all day; day 5 cleared at 09:00: 0 of 9.
	if a.Done != 20 || a.Asked != 43 || a.Days != 5 || a.MetDays != 2 || a.NoneDays != 1 || a.Paused != 1 {
		t.Errorf("done %d of %d over %d days, met %d, none %d, paused %d; want 20 of 43 over 5, met 2, none 1, paused 1",
			a.Done, a.Asked, a.Days, a.MetDays, a.NoneDays, a.Paused)
	}
	for _, want := range []string{"20 of 43", "8 relief sets on 2 days; 8 relief sets and one core session on 3 days",
		"the direction test included: 23.", "1 day with the exercises paused"} {
		if !strings.Contains(a.Words, want) {
			t.Errorf("words lack %q:\n%s", want, a.Words)
		}
	}
	if strings.Contains(a.Words, "of any routine) ") {
		t.Errorf("words still count sessions of any routine as adherence:\n%s", a.Words)
	}
}
