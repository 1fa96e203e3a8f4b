package flow_test

import (
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/content"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
)

var t0 = time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)

type rig struct {
	t     *testing.T
	f     *flow.Flow
	clock *routines.FakeClock
	recs  []flow.Record
}

func catalog(t *testing.T) *routines.Catalog {
	t.Helper()
	cat, err := content.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

func newRoutine(t *testing.T, id string) *rig {
	cat := catalog(t)
	r, _ := cat.Routine(id)
	c := routines.NewFakeClock(t0)
	plan := coach.DefaultPlan(coach.Answers{}, t0)
	return &rig{t: t, clock: c, f: flow.NewRoutine(cat, r, plan, c, flow.Options{})}
}

func newTest(t *testing.T) *rig {
	c := routines.NewFakeClock(t0)
	plan := coach.DefaultPlan(coach.Answers{}, t0)
	return &rig{t: t, clock: c, f: flow.NewTest(catalog(t), plan, c, flow.Options{})}
}

func pain(moved routines.Moved, reach routines.Reach, legPain int) routines.CheckIn {
	return routines.CheckIn{Moved: moved, Reach: reach, Leg: routines.LegRight, LegPain: legPain}
}

// runToCheckIn lets time pass until the flow asks for a check-in.
func (r *rig) runToCheckIn() {
	r.t.Helper()
	for i := 0; i < 10000; i++ {
		switch r.f.Need() {
		case flow.NeedCheckIn, flow.NeedRecheck:
			return
		case flow.NeedTimer:
			r.clock.Advance(time.Second)
			r.f.Advance()
		default:
			r.t.Fatalf("waiting for a check-in, but the flow needs %v", r.f.Need())
		}
	}
	r.t.Fatal("no check-in came")
}

func (r *rig) answer(c routines.CheckIn) {
	r.t.Helper()
	if err := r.f.CheckIn(c); err != nil {
		r.t.Fatal(err)
	}
	r.recs = append(r.recs, r.f.Drain()...)
}

func (r *rig) decisions() []routines.DecisionRecord {
	var out []routines.DecisionRecord
	for _, rec := range append(r.recs, r.f.Drain()...) {
		if d, ok := rec.(flow.Decision); ok {
			out = append(out, d.Record)
		}
	}
	return out
}

func TestRoutineRecordsEverythingInOrder(t *testing.T) {
	r := newRoutine(t, "extension")
	if err := r.f.Baseline(pain("", routines.ReachBelowKnee, 6)); err != nil {
		t.Fatal(err)
	}
	r.runToCheckIn()
	r.answer(pain(routines.MovedUp, routines.ReachThigh, 6))
	var kinds []string
	setRef := 0
	for _, rec := range r.recs {
		switch v := rec.(type) {
		case flow.Start:
			kinds = append(kinds, "start")
		case flow.CheckIn:
			kinds = append(kinds, "check-in:"+string(v.CheckIn.Kind))
			if v.CheckIn.Kind == routines.CheckInAfterSet && v.SetRef != setRef {
				t.Fatalf("check-in names set %d, the set was %d", v.SetRef, setRef)
			}
		case flow.Set:
			kinds = append(kinds, "set")
			setRef = v.Ref
		case flow.Decision:
			kinds = append(kinds, "decision:"+v.Record.RuleID)
		}
	}
	want := "start check-in:baseline decision:R3 set check-in:after-set decision:R4"
	if got := strings.Join(kinds, " "); got != want {
		t.Fatalf("records:\n got %s\nwant %s", got, want)
	}
	if r.f.Need() != flow.NeedTimer {
		t.Fatalf("after a good answer the routine goes on, need = %v", r.f.Need())
	}
}

func TestWorseThenStillWorseRechecksThenSwapsDown(t *testing.T) {
	r := newRoutine(t, "extension")
	r.f.Baseline(pain("", routines.ReachThigh, 5))
	r.runToCheckIn() // prone lying
	r.answer(pain(routines.MovedSame, routines.ReachThigh, 5))
	r.runToCheckIn() // prone on elbows
	r.answer(pain(routines.MovedSame, routines.ReachThigh, 5))
	r.runToCheckIn() // press-up, set 1
	if ex := r.f.Runner().Status().Exercise; ex.ID != "press-up" {
		t.Fatalf("expected press-ups, at %s", ex.ID)
	}
	r.answer(pain(routines.MovedDown, routines.ReachBelowKnee, 5))
	if r.f.Need() != flow.NeedAck {
		t.Fatalf("a worse answer should be explained first, need = %v", r.f.Need())
	}
	d, _ := r.f.Shown()
	if d.Action != coach.ActionRecheck {
		t.Fatalf("decision = %s %s, want recheck", d.Action, d.RuleID)
	}
	r.f.Ack()
	if !r.f.Rechecking() {
		t.Fatal("the recheck rest should be running")
	}
	r.runToCheckIn()
	if r.f.Need() != flow.NeedRecheck {
		t.Fatalf("need = %v, want the recheck", r.f.Need())
	}
	r.answer(pain(routines.MovedDown, routines.ReachBelowKnee, 5))
	d, changed := r.f.Shown()
	if d == nil || d.Light != coach.LightRed || !d.Action.ChangesRoutine() {
		t.Fatalf("still worse after the rest should be red and change the routine: %+v", d)
	}
	if changed == "" || d.Reason == "" {
		t.Fatalf("the screen must say what changed and why: %q / %q", changed, d.Reason)
	}
	r.f.Ack()
	// Nothing escalates after a red: no press-up is left in this session.
	for _, b := range r.f.Runner().Blocks()[r.f.Runner().Status().Block-1:] {
		if b.Exercise.Family == routines.FamilyExtension && b.Exercise.Level >= 3 {
			t.Fatalf("after a red at press-ups, %s (level %d) is still planned", b.Exercise.ID, b.Exercise.Level)
		}
	}
	if last := r.decisions(); last[len(last)-1].RuleID != "R5" {
		t.Fatalf("last decision rule = %s, want R5", last[len(last)-1].RuleID)
	}
}

func TestDirectionTestFindsExtension(t *testing.T) {
	r := newTest(t)
	r.f.Baseline(pain("", routines.ReachBelowKnee, 6))
	if d, _ := r.f.Shown(); d == nil || r.f.Need() != flow.NeedAck {
		t.Fatal("the test opens by naming its first direction")
	}
	r.f.Ack()
	r.runToCheckIn()
	r.answer(pain(routines.MovedUp, routines.ReachThigh, 6))
	for i := 0; r.f.Result() == nil && i < 10; i++ {
		if r.f.Need() == flow.NeedAck {
			r.f.Ack()
		}
		r.runToCheckIn()
		r.answer(pain(routines.MovedUp, routines.ReachThigh, 5))
	}
	res := r.f.Result()
	if res == nil || !res.Found || res.Direction != routines.DirectionExtension {
		t.Fatalf("result = %+v", res)
	}
	if len(res.Evidence) == 0 || !strings.Contains(strings.Join(res.Evidence, " "), "thigh") {
		t.Fatalf("evidence should quote the person's answers: %q", res.Evidence)
	}
	var sawResult, sawPlan bool
	for _, rec := range append(r.recs, r.f.Drain()...) {
		switch v := rec.(type) {
		case flow.TestResult:
			sawResult = true
		case flow.Plan:
			sawPlan = v.Plan.Direction == routines.DirectionExtension
		}
	}
	if !sawResult || !sawPlan {
		t.Fatalf("the result and the extension plan must be saved (result %v, plan %v)", sawResult, sawPlan)
	}
}

func TestUrgentSymptomStops(t *testing.T) {
	r := newRoutine(t, "extension")
	r.f.Baseline(pain("", routines.ReachThigh, 5))
	r.runToCheckIn()
	c := pain(routines.MovedSame, routines.ReachThigh, 5)
	c.Urgent = []string{coach.FlagSaddleNumbness}
	if err := r.f.Urgent(c); err != nil {
		t.Fatal(err)
	}
	var held bool
	for _, rec := range r.f.Drain() {
		if p, ok := rec.(flow.Plan); ok {
			held = p.Plan.Held()
		}
	}
	if !held {
		t.Fatal("after an emergency stop the saved plan must be on hold")
	}
	if st, _ := r.f.Status(); st != routines.StatusStopped {
		t.Fatalf("status = %s, want stopped", st)
	}
	if d, _ := r.f.Shown(); d == nil || d.Action != coach.ActionEmergencyStop {
		t.Fatalf("shown = %+v", d)
	}
}

func TestQuitKeepsWhatWasDone(t *testing.T) {
	r := newRoutine(t, "extension")
	r.f.Baseline(pain("", routines.ReachThigh, 5))
	r.runToCheckIn()
	r.answer(pain(routines.MovedSame, routines.ReachThigh, 5))
	r.clock.Advance(10 * time.Second)
	r.f.Advance()
	r.f.Quit("quit")
	recs := r.f.Drain()
	fin, ok := recs[len(recs)-1].(flow.Finish)
	if !ok || fin.Status != routines.StatusCutShort {
		t.Fatalf("last record = %#v, want a cut-short finish", recs[len(recs)-1])
	}
	if sets, checkIns := r.f.Counts(); sets != 1 || checkIns != 2 {
		t.Fatalf("counts = %d sets, %d check-ins", sets, checkIns)
	}
}
