package linemode

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

// A session whose pain went further down the leg after a set reads
// "further down" on home and in the history, even when the last answer,
// after the rest, was back where it started: down the leg is the stop
// signal (R5), and "no change" would hide it.
func TestASessionThatWentDownTheLegNeverReadsNoChange(t *testing.T) {
	h := newHarness(t).withPlan()
	ctx, j := context.Background(), h.store.Journal()
	at := start.Add(-2 * time.Hour)
	id, err := j.StartSession(ctx, routines.SessionRoutine, "extension", "Extension", at)
	if err != nil {
		t.Fatal(err)
	}
	ci := func(kind routines.CheckInKind, moved routines.Moved, reach routines.Reach, leg int, min int) routines.CheckIn {
		return routines.CheckIn{At: at.Add(time.Duration(min) * time.Minute), Kind: kind, Moved: moved, Reach: reach,
			Leg: routines.LegRight, LegPain: leg, BackPain: 2}
	}
	set, err := j.AddSet(ctx, id, routines.SetResult{ExerciseID: "press-up", Family: routines.FamilyExtension, Level: 3,
		StartedAt: at.Add(time.Minute), EndedAt: at.Add(2 * time.Minute), Unit: routines.UnitReps, Planned: 10, Done: 10, Completed: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		set int64
		c   routines.CheckIn
	}{
		{0, ci(routines.CheckInBaseline, "", routines.ReachThigh, 5, 0)},
		// After the set: "further down", the reach left as it was.
		{set, ci(routines.CheckInAfterSet, routines.MovedDown, routines.ReachThigh, 6, 3)},
		// After the rest: back to how it was.
		{0, ci(routines.CheckInRecheck, routines.MovedSame, routines.ReachThigh, 5, 8)},
	} {
		if _, err := j.AddCheckIn(ctx, id, c.set, c.c); err != nil {
			t.Fatal(err)
		}
	}
	if err := j.FinishSession(ctx, id, routines.StatusCutShort, "quit", at.Add(9*time.Minute)); err != nil {
		t.Fatal(err)
	}
	out, err := h.run(lines("h", "", "q"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Last: Extension, Mon 07:00 · ↓ further down") {
		t.Errorf("home's Last does not say further down:\n%s", out)
	}
	if !strings.Contains(out, "Extension · cut short · 1 set done · ↓ further down") {
		t.Errorf("the history row does not say further down:\n%s", out)
	}
	if strings.Contains(out, "no change") {
		t.Errorf("a session that went down the leg reads no change:\n%s", out)
	}
}

// recordSession keeps one finished session of a set of press-up with the
// given check-ins, the first of them its baseline.
func recordSession(t *testing.T, h *harness, at time.Time, status routines.SessionStatus, reason string, cs ...routines.CheckIn) {
	t.Helper()
	ctx, j := context.Background(), h.store.Journal()
	id, err := j.StartSession(ctx, routines.SessionRoutine, "extension", "Extension", at)
	if err != nil {
		t.Fatal(err)
	}
	set, err := j.AddSet(ctx, id, routines.SetResult{ExerciseID: "press-up", Family: routines.FamilyExtension, Level: 3,
		StartedAt: at.Add(time.Minute), EndedAt: at.Add(2 * time.Minute), Unit: routines.UnitReps, Planned: 10, Done: 10, Completed: true})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cs {
		c.At = at.Add(time.Duration(3*i) * time.Minute)
		ref := set
		if i == 0 {
			c.Kind, ref = routines.CheckInBaseline, 0
		}
		if _, err := j.AddCheckIn(ctx, id, ref, c); err != nil {
			t.Fatal(err)
		}
	}
	if err := j.FinishSession(ctx, id, status, reason, at.Add(10*time.Minute)); err != nil {
		t.Fatal(err)
	}
}

// Tingling that spread below the knee while the pain stayed in the centre
// of the back is the stop signal (R17), not "no change": the session
// reads "further down" on home and in the history.
func TestASessionWhoseTinglingSpreadReadsFurtherDown(t *testing.T) {
	h := newHarness(t).withPlan()
	centre := routines.CheckIn{Reach: routines.ReachCentral, Leg: routines.LegNone, BackPain: 3}
	tingle := centre
	tingle.Kind, tingle.Moved, tingle.Tingling, tingle.TinglingReach = routines.CheckInAfterSet, routines.MovedSame, true, routines.ReachBelowKnee
	recheck := tingle
	recheck.Kind = routines.CheckInRecheck
	recordSession(t, h, start.Add(-2*time.Hour), routines.StatusCutShort, "quit", centre, tingle, recheck)
	out, err := h.run(lines("h", "", "q"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(strings.Fields(out), " "), "Last: Extension, Mon 07:00 · ↓ further down (centre of the low back → centre of the low back; tingling or numbness reached below the knee)") {
		t.Errorf("home's Last does not say further down:\n%s", out)
	}
	if !strings.Contains(out, "Extension · cut short · 1 set done · ↓ further down") {
		t.Errorf("the history row does not say further down:\n%s", out)
	}
	if strings.Contains(out, "no change") {
		t.Errorf("a session whose tingling spread reads no change:\n%s", out)
	}
}

// A session stopped for an urgent symptom (R1) says so, never "no
// change", even though the pain itself stayed where it was.
func TestASessionStoppedForAnUrgentSymptomSaysSo(t *testing.T) {
	h := newHarness(t).withPlan()
	buttock := routines.CheckIn{Reach: routines.ReachButtock, Leg: routines.LegRight, LegPain: 3, BackPain: 3}
	urgent := buttock
	urgent.Kind, urgent.Urgent = routines.CheckInAfterSet, []string{"bladder"}
	recordSession(t, h, start.Add(-2*time.Hour), routines.StatusStopped, "emergency-stop", buttock, urgent)
	out, err := h.run(lines("h", "", "q"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Extension · stopped · 1 set done · ! urgent symptom") {
		t.Errorf("the history row does not say the session stopped for an urgent symptom:\n%s", out)
	}
	if strings.Contains(out, "no change") {
		t.Errorf("a session stopped for an urgent symptom reads no change:\n%s", out)
	}
}
