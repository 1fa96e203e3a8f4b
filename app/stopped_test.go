package app

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/content"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
)

// These tests drive what a person does from home: Enter (or centra start)
// runs Home's suggested routine through routines/flow, answered as the
// person feels; home is then read again as it would open.

var monday = time.Date(2026, 11, 16, 8, 0, 0, 0, time.UTC)

func builtin(t *testing.T) *routines.Catalog {
	t.Helper()
	cat, err := content.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

func feels(m routines.Moved, r routines.Reach, leg int) routines.CheckIn {
	c := routines.CheckIn{Moved: m, Reach: r, Leg: routines.LegRight, LegPain: leg, BackPain: 3}
	if r == routines.ReachNone {
		c.Leg = routines.LegNone
	}
	return c
}

// ran is what one run left: the plan, the decisions and the sets run.
type ran struct {
	plan      coach.Plan
	decisions []routines.DecisionRecord
	sets      []string
}

// runFlow answers a flow to its end: after(ex) after each set, recheck at
// each recheck.
func runFlow(t *testing.T, clock *routines.FakeClock, f *flow.Flow, base routines.CheckIn,
	after func(ex *routines.Exercise) routines.CheckIn, recheck routines.CheckIn) ran {
	t.Helper()
	var out ran
	if err := f.Baseline(base); err != nil {
		t.Fatal(err)
	}
	for i := 0; !f.Ended() || f.Need() == flow.NeedAck; i++ {
		if i > 100000 {
			t.Fatal("the flow never ended")
		}
		switch f.Need() {
		case flow.NeedTimer:
			clock.Advance(5 * time.Second)
			f.Advance()
		case flow.NeedCheckIn:
			if err := f.CheckIn(after(f.Runner().Status().Exercise)); err != nil {
				t.Fatal(err)
			}
		case flow.NeedRecheck:
			if err := f.CheckIn(recheck); err != nil {
				t.Fatal(err)
			}
		case flow.NeedAck:
			f.Ack()
		default:
			if !f.Ended() {
				t.Fatalf("the flow waits for %v", f.Need())
			}
		}
		for _, r := range f.Drain() {
			switch r := r.(type) {
			case flow.Decision:
				out.decisions = append(out.decisions, r.Record)
			case flow.Set:
				out.sets = append(out.sets, r.Result.ExerciseID)
			}
		}
	}
	out.plan = f.Plan()
	return out
}

// blocksOf lists a routine's exercise ids.
func blocksOf(r *routines.Routine) []string {
	var ids []string
	for _, b := range r.Blocks {
		ids = append(ids, b.Exercise.ID)
	}
	return ids
}

// On a flare day (R23) the leg is not steady, so the routine has no nerve
// slider and no core work (R13, R14): neither the routine home builds once
// the flare is judged, nor a routine built before the baseline showed it.
func TestAFlareDayRunsNoSlider(t *testing.T) {
	cat := builtin(t)
	for _, stage := range []routines.Stage{routines.StageMobility, routines.StageStrength} {
		clock := routines.NewFakeClock(monday)
		p := coach.DefaultPlan(coach.Answers{}, monday.AddDate(0, 0, -10))
		p.Direction, p.Stage, p.Levels[routines.FamilyExtension] = routines.DirectionExtension, stage, 2
		for d := 3; d >= 1; d-- {
			p.Days = append(p.Days, coach.DayLog{Date: monday.AddDate(0, 0, -d).Format(time.DateOnly), Sessions: 6, Relief: 6,
				CheckIns: 20, First: routines.ReachThigh, Best: routines.ReachButtock, Worst: routines.ReachThigh,
				Last: routines.ReachButtock, LegMax: 3, LegLast: 2})
		}
		h := Home{Catalog: cat, Plan: p, Now: clock.Now()}
		rt := h.Routine("plan")
		if !slices.Contains(blocksOf(rt), "seated-nerve-slider") {
			t.Fatalf("%s: before the flare the routine is %v; the test wants the slider in it", stage, blocksOf(rt))
		}
		// The baseline shows a flare: the pain reaches the foot.
		got := runFlow(t, clock, flow.NewRoutine(cat, rt, p, clock, flow.Options{}), feels("", routines.ReachFoot, 8),
			func(*routines.Exercise) routines.CheckIn { return feels(routines.MovedSame, routines.ReachFoot, 8) }, routines.CheckIn{})
		if !slices.ContainsFunc(got.plan.Log, func(c coach.PlanChange) bool { return c.RuleID == "R23" }) {
			t.Fatalf("%s: no flare judged: %+v", stage, got.plan.Log)
		}
		for _, id := range got.sets {
			if ex, _ := cat.Exercise(id); ex.Family == routines.FamilyNeural || ex.Family == routines.FamilyCore {
				t.Errorf("%s: the flare day's session ran %s", stage, id)
			}
		}
		if len(got.decisions) == 0 || !strings.Contains(got.decisions[0].Reason, "flare") {
			t.Errorf("%s: the session opens with %+v; want why the slider waits", stage, got.decisions)
		}
		clock.Advance(2 * time.Hour)
		again := Home{Catalog: cat, Plan: got.plan, Now: clock.Now()}
		if ids := blocksOf(again.Routine("plan")); slices.Contains(ids, "seated-nerve-slider") || slices.ContainsFunc(ids, func(id string) bool {
			ex, _ := cat.Exercise(id)
			return ex.Family == routines.FamilyCore
		}) {
			t.Errorf("%s: later on the flare day home offers %v", stage, ids)
		}
	}
}
