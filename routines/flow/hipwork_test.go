package flow_test

import (
	"testing"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
)

// settled is leg pain that has settled: the maintenance stage (rule 22).
var settled = pain(routines.MovedSame, routines.ReachCentral, 0)

// runMaintenance runs the maintenance routine, answering each check-in
// with answer(exercise id), and returns the ids checked in order.
func runMaintenance(t *testing.T, r *rig, answer func(id string) routines.CheckIn) []string {
	t.Helper()
	if err := r.f.Baseline(settled); err != nil {
		t.Fatal(err)
	}
	var checked []string
	for i := 0; i < 100 && !r.f.Ended(); i++ {
		if r.f.Need() == flow.NeedAck {
			r.f.Ack()
			continue
		}
		r.runToCheckIn()
		id := r.f.Runner().Status().Exercise.ID
		if r.f.Need() == flow.NeedCheckIn {
			checked = append(checked, id)
		}
		r.answer(answer(id))
	}
	return checked
}

// TestMaintenanceChecksTheHipAndGluteWorkAfterEverySet: the glute bridge,
// the clamshell and the hip-flexor stretch are in the daily routine and
// each is checked after its set like every other exercise (CLINICAL.md
// rule 22 and section 10).
func TestMaintenanceChecksTheHipAndGluteWorkAfterEverySet(t *testing.T) {
	r := newRoutine(t, "maintenance")
	checked := runMaintenance(t, r, func(string) routines.CheckIn { return settled })
	for _, id := range []string{"glute-bridge", "clamshell", "hip-flexor-stretch"} {
		n := 0
		for _, c := range checked {
			if c == id {
				n++
			}
		}
		if n == 0 {
			t.Errorf("no check-in after %s; checked %v", id, checked)
		}
	}
}

// TestLegPainThatReturnsStopsTheHipAndGluteWork: leg pain that comes back
// after the clamshell and stays after the rest is red; the clamshell is
// dropped, and the rest of the core and hip work waits for a calm day
// (rules 5, 14 and 22: stop if the leg pain returns).
func TestLegPainThatReturnsStopsTheHipAndGluteWork(t *testing.T) {
	r := newRoutine(t, "maintenance")
	if err := r.f.Baseline(settled); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 100; i++ {
		if r.f.Need() == flow.NeedAck {
			r.f.Ack()
			continue
		}
		r.runToCheckIn()
		if r.f.Runner().Status().Exercise.ID == "clamshell" {
			break
		}
		r.answer(settled)
	}
	back := pain(routines.MovedDown, routines.ReachButtock, 2)
	r.answer(back)
	if d, _ := r.f.Shown(); d == nil || d.Action != coach.ActionRecheck {
		t.Fatalf("leg pain after the clamshell should be rechecked first, got %+v", d)
	}
	r.f.Ack()
	r.runToCheckIn()
	r.answer(back)
	d, changed := r.f.Shown()
	if d == nil || d.Action != coach.ActionStopExercise || d.RuleID != "R14" || d.Light != coach.LightRed || changed == "" {
		t.Fatalf("leg pain that stays after the clamshell should drop it (R14, red), got %+v, %q", d, changed)
	}
	r.f.Ack()
	st := r.f.Runner().Status()
	for _, b := range r.f.Runner().Blocks()[st.Block-1:] {
		if b.Exercise.Family == routines.FamilyCore {
			t.Errorf("%s is still planned after the leg pain came back", b.Exercise.ID)
		}
	}
}
