package app

import (
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// stoppedAt answers the first run's safety questions no until the one with
// id, which is answered yes, and returns the run, stopped by it.
func stoppedAt(t *testing.T, id string) *FirstRun {
	t.Helper()
	f := NewFirstRun()
	for _, q := range coach.RedFlagQuestions() {
		if err := f.Answer(q.ID == id); err != nil {
			t.Fatal(err)
		}
		if q.ID == id {
			break
		}
	}
	if f.Stop == nil {
		t.Fatalf("a yes to %s did not stop the first run", id)
	}
	return f
}

// A clinician cleared a history of cancer (R2); at the resumed first run's
// starting point the person reports pain in both legs, which they had
// answered no to: that is new, and stops as R1 says. The clearance of one
// red flag clears nothing about another.
func TestAClearanceOfAnotherRedFlagDoesNotClearBothLegs(t *testing.T) {
	at := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	f := stoppedAt(t, coach.FlagCancer)
	cleared := f.Plan(at).Resume(at.Add(24 * time.Hour))
	r := ResumeFirstRun(f.Answers, cleared)
	for !r.AtBaseline() {
		if err := r.Answer(false); err != nil {
			t.Fatal(err)
		}
		if r.Stop != nil {
			t.Fatalf("stopped again before the starting point: %+v", r.Stop)
		}
	}
	r.KeepBaseline(routines.CheckIn{Reach: routines.ReachBelowKnee, Leg: routines.LegBoth, LegPain: 5, BackPain: 2, At: at.Add(25 * time.Hour)})
	if r.Stop == nil || r.Stop.RuleID != "R1" {
		t.Fatalf("pain in both legs after a cancer history was cleared: stop %+v, want R1", r.Stop)
	}

	// Every session's starting check-in reads it the same way.
	p := cleared
	p.Direction, p.Stage = routines.DirectionExtension, routines.StageRelief
	b := routines.CheckIn{Kind: routines.CheckInBaseline, Reach: routines.ReachBelowKnee, Leg: routines.LegBoth, LegPain: 5, At: at.Add(48 * time.Hour)}
	if d := coach.ScreenCheckIn(b, b, p.ClearedBothLegs); d == nil || d.RuleID != "R1" {
		t.Errorf("a session's baseline with both legs after another flag's clearance: %+v, want R1", d)
	}

	// Cleared for both legs themselves, they no longer stop each session.
	legs := stoppedAt(t, coach.FlagBothLegs).Plan(at).Resume(at.Add(24 * time.Hour))
	if !legs.ClearedBothLegs {
		t.Fatal("a clearance of a hold both legs made does not say so")
	}
	if d := coach.ScreenCheckIn(b, b, legs.ClearedBothLegs); d != nil {
		t.Errorf("both legs, cleared by a clinician, stopped a session again: %+v", d)
	}
}

// A first run stopped by a red flag whose plan moved on before this version
// asked the rest (a direction found, relief under way) ends by going back
// to that plan, not into the direction test (R25).
func TestAResumedFirstRunWithAPlanUnderWayGoesBackToIt(t *testing.T) {
	at := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	f := stoppedAt(t, coach.FlagCancer)
	p := f.Plan(at).Resume(at.Add(24 * time.Hour))
	if ResumeFirstRun(f.Answers, p).PlanUnderWay() {
		t.Error("a plan still finding its direction reads as under way")
	}
	p.Direction, p.Stage = routines.DirectionExtension, routines.StageRelief
	if !ResumeFirstRun(f.Answers, p).PlanUnderWay() {
		t.Error("a plan at relief with its direction does not read as under way")
	}
}
