package report

import (
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/content"
	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
)

// stopForBothLegs runs an extension session through the real flow whose
// baseline says the pain is in both legs (an emergency stop, rule 1), and
// keeps it in st as centra does. old stores the check-in as centra did
// before it kept "both legs" as an urgent symptom: with none listed.
func stopForBothLegs(t *testing.T, st *history.Store, at time.Time, old bool) {
	t.Helper()
	stopFor(t, st, at, routines.CheckIn{Reach: routines.ReachThigh, Leg: routines.LegBoth, LegPain: 5, BackPain: 2}, old)
}

// stopFor runs a session through the real flow whose baseline c stops it.
func stopFor(t *testing.T, st *history.Store, at time.Time, c routines.CheckIn, old bool) {
	t.Helper()
	cat, err := content.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	plan, ok, err := persist.LoadPlan(bg, st.Journal())
	if err != nil {
		t.Fatal(err)
	}
	if !ok {
		plan = coach.DefaultPlan(coach.Answers{}, at.Add(-time.Hour))
	}
	rt, _ := cat.Routine("extension")
	f := flow.NewRoutine(cat, rt, plan, routines.NewFakeClock(at), flow.Options{})
	if err := f.Baseline(c); err != nil {
		t.Fatal(err)
	}
	if st, _ := f.Status(); st != routines.StatusStopped {
		t.Fatalf("the session was not stopped (%s)", st)
	}
	var ids persist.IDs
	for _, rec := range f.Drain() {
		if ci, ok := rec.(flow.CheckIn); ok && old {
			ci.CheckIn.Urgent = nil
			rec = ci
		}
		if err := persist.Write(bg, st.Journal(), &ids, rec); err != nil {
			t.Fatal(err)
		}
	}
}

// clear records that a clinician cleared the person, as home does.
func clear(t *testing.T, st *history.Store, at time.Time) {
	t.Helper()
	plan, _, err := persist.LoadPlan(bg, st.Journal())
	if err != nil {
		t.Fatal(err)
	}
	if err := persist.SavePlan(bg, st.Journal(), plan.Resume(at)); err != nil {
		t.Fatal(err)
	}
}

// An emergency stop for symptoms in both legs is what a physiotherapist
// must not miss: it is listed under Red flags with its date, what was
// reported and whether a clinician cleared it, and it stays listed after
// the clearance. History kept before the check-in recorded "both legs"
// reads the same, from the stop itself.
func TestEveryEmergencyStopIsListedUnderRedFlags(t *testing.T) {
	for _, old := range []bool{false, true} {
		name := "stored now"
		if old {
			name = "stored before the check-in kept it"
		}
		t.Run(name, func(t *testing.T) {
			st := newStore(t)
			stop := smallNow.Add(-48 * time.Hour)
			stopForBothLegs(t, st, stop, old)

			r, out := markdown(t, st, time.Time{})
			if len(r.RedFlags.Stops) != 1 {
				t.Fatalf("%d stops listed, want 1:\n%s", len(r.RedFlags.Stops), out)
			}
			for _, want := range []string{
				"Emergency stop (rule 1) on Wed 18 Nov 2026 18:00, at the check-in before a session. " +
					"Reported: pain, tingling or numbness in both legs. Not cleared",
				"- Anything worrying: No red or amber episode. Emergency stop (rule 1) on Wed 18 Nov for pain, tingling or numbness in both legs; not cleared yet",
				"Exercises paused since Wed 18 Nov 2026 after an emergency stop (rule 1): pain, tingling or numbness in both legs reported.",
				"- Rule 1: ",
			} {
				if !strings.Contains(out, want) {
					t.Errorf("missing %q in\n%s", want, out)
				}
			}
			for _, bad := range []string{"No urgent symptom", "Urgent symptoms reported during sessions: none", "You told me", "Please stop"} {
				if strings.Contains(out, bad) {
					t.Errorf("the report says %q after an emergency stop", bad)
				}
			}

			clear(t, st, smallNow.Add(-24*time.Hour))
			r, out = markdown(t, st, time.Time{})
			if len(r.RedFlags.Stops) != 1 {
				t.Fatalf("after the clearance %d stops listed, want 1:\n%s", len(r.RedFlags.Stops), out)
			}
			for _, want := range []string{
				"Reported: pain, tingling or numbness in both legs. Cleared on Thu 19 Nov 2026 18:00: the person confirmed " +
					"that a clinician had checked them and cleared them to exercise (rule 25).",
				"cleared by a clinician on Thu 19 Nov",
				"| Thu 19 Nov | Exercises resumed after a clinician's clearance |",
				"- Rule 25: ",
			} {
				if !strings.Contains(out, want) {
					t.Errorf("after the clearance, missing %q in\n%s", want, out)
				}
			}
		})
	}
}

// A second stop after a clearance is a second line; a session opened while
// the exercises are paused stops again, and that is not a new stop.
func TestEachStopIsListedOnce(t *testing.T) {
	st := newStore(t)
	stopForBothLegs(t, st, smallNow.Add(-72*time.Hour), false)
	stopForBothLegs(t, st, smallNow.Add(-71*time.Hour), false) // paused: stops for the pause
	clear(t, st, smallNow.Add(-48*time.Hour))
	// Cleared with both legs known: a new bladder problem stops again.
	stopFor(t, st, smallNow.Add(-24*time.Hour), routines.CheckIn{Reach: routines.ReachThigh, Leg: routines.LegBoth, LegPain: 5,
		Urgent: []string{coach.FlagBladder}}, false)
	r, out := markdown(t, st, time.Time{})
	if len(r.RedFlags.Stops) != 2 {
		t.Fatalf("%d stops listed, want 2:\n%s", len(r.RedFlags.Stops), out)
	}
	if r.RedFlags.Stops[0].Cleared.IsZero() || !r.RedFlags.Stops[1].Cleared.IsZero() {
		t.Errorf("the first stop should read cleared and the second not: %+v", r.RedFlags.Stops)
	}
	if !strings.Contains(out, "Emergency stop (rule 1) on Tue 17 Nov for pain, tingling or numbness in both legs; cleared by a clinician on Wed 18 Nov; ") || !strings.Contains(out, "emergency stop (rule 1) on Thu 19 Nov for a new change in bladder control or feeling; not cleared") {
		t.Errorf("the summary should name both stops:\n%s", out)
	}
}
