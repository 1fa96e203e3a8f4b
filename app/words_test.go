package app

import (
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

func TestUrgentSymptomsInASessionAreNamedInWords(t *testing.T) {
	c := routines.CheckIn{Kind: routines.CheckInAfterSet, Moved: routines.MovedSame, Reach: routines.ReachThigh,
		Urgent: []string{coach.FlagBladder, coach.FlagWeakBothLegs}}
	got := CheckInLine(c, 2)
	for _, want := range []string{"after set 2", "a new change in bladder control or feeling", "weakness in both legs"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in %q", want, got)
		}
	}
	if strings.Contains(got, "bladder;") || strings.Contains(got, "weak-both-legs") {
		t.Errorf("ids in %q", got)
	}
}

// A session reads in the order it happened: each set, then the check-in
// after it, then what the coach made of it, even when they share a minute.
func TestTheTimelineReadsInTheOrderThingsHappened(t *testing.T) {
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	d := SessionDetail{
		Sets: []routines.SetResult{
			{ExerciseID: "press-up", StartedAt: at.Add(time.Minute), Done: 10, Planned: 10, Unit: "reps", Completed: true},
			{ExerciseID: "gone-from-the-library", StartedAt: at.Add(5 * time.Minute), Done: 4, Planned: 10, Unit: "reps"},
		},
		SetIDs: []int64{11, 12},
		CheckIns: []routines.CheckIn{
			{Kind: routines.CheckInBaseline, At: at, Reach: routines.ReachBelowKnee, LegPain: 6},
			{Kind: routines.CheckInAfterSet, At: at.Add(5 * time.Minute), Moved: routines.MovedUp, Reach: routines.ReachThigh, LegPain: 7},
		},
		CheckInSets: []int64{0, 11},
		Decisions:   []routines.DecisionRecord{{At: at.Add(5 * time.Minute), RuleID: "R4", Action: "continue", Reason: "The pain moved up."}},
	}
	names := map[string]string{"press-up": "Press-up"}
	name := func(id string) string {
		if n, ok := names[id]; ok {
			return n
		}
		return id
	}
	var got []string
	for _, e := range Timeline(d, name) {
		got = append(got, e.At.Format("15:04")+" "+e.Text)
	}
	want := []string{
		"09:00 before: reaches below the knee (5) · leg pain 6 · back pain 0",
		"09:01 Set 1 · Press-up · 10 of 10 reps ✓ done",
		"09:05 Set 2 · gone-from-the-library · 4 of 10 reps ✗ not finished",
		"09:05 after set 1: ↑ moved up toward the back · reaches thigh (4) · leg pain 7 · back pain 0",
		"09:05 coach: The pain moved up. (R4, continue)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("timeline:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestTheTrendComparesTheFirstDaysWithTheLast(t *testing.T) {
	day := func(reach, leg float64) Day { return Day{CheckIns: 2, ReachAvg: reach, LegPainAvg: leg} }
	days := []Day{day(5, 7), day(5, 7), day(5, 6), day(4, 6), day(4, 5), day(3, 4), day(3, 4)}
	got := TrendLine(days, 7)
	if !strings.Contains(got, "5.0 → 3.3 (below knee → buttock), ↑ moving up toward the back; leg pain 6.7 → 4.3") {
		t.Errorf("TrendLine = %q", got)
	}
	if got := TrendLine(days[:1], 7); got != "Not enough days yet to see a trend." {
		t.Errorf("one day: %q", got)
	}
}

// A set that sent the pain a little back down, in a session that stayed
// higher up than where it started from the first set on, reads by where the
// session ended: a "further down" answer compares with the set before it,
// so against the session's start it is not further down (section 2, R4).
// Further down than the start, or down within the start's own region,
// still reads "↓ further down" (R5).
func TestASessionReadsFurtherDownOnlyAgainstWhereItStarted(t *testing.T) {
	at := func(m routines.Moved, r routines.Reach, leg int) *routines.CheckIn {
		return &routines.CheckIn{Moved: m, Reach: r, Leg: routines.LegLeft, LegPain: leg, BackPain: 2}
	}
	base := at("", routines.ReachBelowKnee, 6)
	tests := []struct {
		name        string
		worst, last *routines.CheckIn
		want        string
	}{
		{"down from the set before, still above the start", at(routines.MovedDown, routines.ReachThigh, 4), at(routines.MovedUp, routines.ReachButtock, 3), "↑"},
		{"down past the start", at(routines.MovedDown, routines.ReachFoot, 6), at(routines.MovedUp, routines.ReachBelowKnee, 6), "↓"},
		{"down within the start's region", at(routines.MovedDown, routines.ReachBelowKnee, 6), at(routines.MovedSame, routines.ReachBelowKnee, 6), "↓"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sym, word := SessionResponse(SessionRow{Baseline: base, Worst: tt.worst, Last: tt.last, Status: routines.StatusCompleted})
			if sym != tt.want {
				t.Errorf("reads %s %s, want %s", sym, word, tt.want)
			}
		})
	}
}
