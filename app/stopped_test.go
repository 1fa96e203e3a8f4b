package app

import (
	"slices"
	"strconv"
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

// press-up answers: nothing changes, except that the press-up sends the
// pain to the foot, and it stays there after the rest (red).
func redAtPressUp(ex *routines.Exercise) routines.CheckIn {
	if ex != nil && ex.ID == "press-up" {
		return feels(routines.MovedDown, routines.ReachFoot, 7)
	}
	return feels(routines.MovedSame, routines.ReachBelowKnee, 6)
}

// blocksOf lists a routine's exercise ids.
func blocksOf(r *routines.Routine) []string {
	var ids []string
	for _, b := range r.Blocks {
		ids = append(ids, b.Exercise.ID)
	}
	return ids
}

func loadsExtension(r *routines.Routine) bool {
	return slices.ContainsFunc(r.Blocks, func(b routines.Block) bool { return b.Exercise.Family == routines.FamilyExtension })
}

// wantWithheld checks that home neither suggests nor starts extension
// (Enter and centra start both run Routine("plan")), and says what is
// offered instead and why, with the rule.
func wantWithheld(t *testing.T, h Home, when, rule string, says ...string) {
	t.Helper()
	if id := h.SuggestedID(); id == "extension" {
		t.Errorf("%s: home still suggests extension", when)
	}
	r := h.Routine("plan")
	if r == nil || loadsExtension(r) {
		t.Fatalf("%s: Enter or centra start would run %v", when, r)
	}
	if got := h.Routines()[h.SuggestedIndex()]; got.ID != r.ID {
		t.Errorf("%s: the cursor is on %s, not on the routine offered instead", when, got.ID)
	}
	in := h.Instead()
	if !strings.Contains(in, "(rule "+rule+")") || !strings.Contains(r.Purpose, "(rule "+rule+")") {
		t.Errorf("%s: home says %q, the routine %q; want the reason with rule %s", when, in, r.Purpose, rule)
	}
	for _, s := range says {
		if !strings.Contains(in, s) {
			t.Errorf("%s: home says %q, want %q in it", when, in, s)
		}
	}
}

// A new person starts the suggested extension routine before any direction
// test; the press-up sends the pain down the leg and it stays there (red).
// The plan is never stepped up by it (R5), and for the rest of the day home
// neither suggests nor starts extension (R20); the next day it does again,
// at the gentlest step.
func TestARedPressUpBeforeADirectionStopsExtensionForTheDay(t *testing.T) {
	cat := builtin(t)
	clock := routines.NewFakeClock(monday)
	h := Home{Catalog: cat, Plan: coach.DefaultPlan(coach.Answers{}, monday.Add(-time.Hour)), Now: clock.Now()}
	rt := h.Routine("plan")
	if rt == nil || rt.ID != "extension" {
		t.Fatalf("a new person: home starts %v, want extension", rt)
	}
	got := runFlow(t, clock, flow.NewRoutine(cat, rt, h.Plan, clock, flow.Options{}),
		feels("", routines.ReachBelowKnee, 6), redAtPressUp, feels(routines.MovedDown, routines.ReachFoot, 7))

	for _, c := range got.plan.Log {
		from, _ := strconv.Atoi(c.From)
		to, _ := strconv.Atoi(c.To)
		if strings.HasPrefix(c.What, "level:") && to > from && c.At.After(monday) {
			t.Errorf("a red stepped the plan up: %s %s -> %s (%s): %s", c.What, c.From, c.To, c.RuleID, c.Reason)
		}
	}
	if l := got.plan.Level(routines.FamilyExtension); l != 1 {
		t.Errorf("after the red the plan holds extension at step %d, want 1", l)
	}
	for _, d := range got.decisions {
		if strings.Contains(d.Reason, "starts again at prone on elbows") {
			t.Errorf("the coach said %q: tomorrow must not start above where the plan stood", d.Reason)
		}
	}
	if !slices.ContainsFunc(got.decisions, func(d routines.DecisionRecord) bool {
		return d.RuleID == "R5" && strings.Contains(d.Reason, "tomorrow it starts again at prone lying")
	}) {
		t.Errorf("no R5 decision saying tomorrow starts at prone lying: %+v", got.decisions)
	}

	clock.Advance(2 * time.Hour)
	later := Home{Catalog: cat, Plan: got.plan, Now: clock.Now()}
	wantWithheld(t, later, "two hours later", "R20", "further down your leg earlier today", "not suggested again today")

	// centra start runs the routine home offers; its opening says why.
	second := runFlow(t, clock, flow.NewRoutine(cat, later.Routine("plan"), later.Plan, clock, flow.Options{}),
		feels("", routines.ReachBelowKnee, 6), func(*routines.Exercise) routines.CheckIn {
			return feels(routines.MovedSame, routines.ReachBelowKnee, 6)
		}, routines.CheckIn{})
	if len(second.decisions) == 0 || second.decisions[0].RuleID != "R20" ||
		!strings.Contains(second.decisions[0].Reason, "not suggested again today") {
		t.Errorf("the session offered instead opens with %+v; want why, by R20", second.decisions)
	}
	for _, id := range second.sets {
		if ex, _ := cat.Exercise(id); ex.Family == routines.FamilyExtension {
			t.Errorf("the session offered instead ran %s", id)
		}
	}

	tomorrow := Home{Catalog: cat, Plan: second.plan, Now: monday.AddDate(0, 0, 1).Add(time.Hour)}
	if id := tomorrow.SuggestedID(); id != "extension" || tomorrow.Instead() != "" {
		t.Errorf("the next day home suggests %q (%q); want extension tried again", id, tomorrow.Instead())
	}
}

// Red on two days running: the plan says extension no longer counts, and
// from then on home neither suggests nor starts it until the direction
// test looks again (R20).
func TestExtensionRedOnTwoDaysIsNotSuggestedUntilTheTest(t *testing.T) {
	cat := builtin(t)
	clock := routines.NewFakeClock(monday)
	p := coach.DefaultPlan(coach.Answers{}, monday.AddDate(0, 0, -3))
	p.Direction, p.Stage, p.Levels[routines.FamilyExtension] = routines.DirectionExtension, routines.StageRelief, 3
	for day := range 2 {
		clock.Advance(monday.AddDate(0, 0, day).Sub(clock.Now()))
		h := Home{Catalog: cat, Plan: p, Now: clock.Now()}
		got := runFlow(t, clock, flow.NewRoutine(cat, h.Routine("plan"), p, clock, flow.Options{}),
			feels("", routines.ReachBelowKnee, 6), func(ex *routines.Exercise) routines.CheckIn {
				if ex != nil && ex.Family == routines.FamilyExtension && ex.Level > 1 {
					return feels(routines.MovedDown, routines.ReachFoot, 7)
				}
				return feels(routines.MovedSame, routines.ReachBelowKnee, 6)
			}, feels(routines.MovedDown, routines.ReachFoot, 7))
		p = got.plan
	}
	if !slices.ContainsFunc(p.Log, func(c coach.PlanChange) bool {
		return c.RuleID == "R20" && strings.Contains(c.Reason, "no longer counts on it")
	}) {
		t.Fatalf("two red days did not lose the direction: %+v", p.Log)
	}
	clock.Advance(time.Hour)
	wantWithheld(t, Home{Catalog: cat, Plan: p, Now: clock.Now()}, "the second red day", "R20", "2 days running", "press d")
	wantWithheld(t, Home{Catalog: cat, Plan: p, Now: monday.AddDate(0, 0, 3)}, "two days later", "R20", "2 days running")
}

// A direction test in which nothing helps ends with "No direction helped"
// (R12): home then suggests rest and easy walks, not extension.
func TestNoDirectionHelpedHomeSuggestsNoDirection(t *testing.T) {
	cat := builtin(t)
	clock := routines.NewFakeClock(monday)
	p := coach.DefaultPlan(coach.Answers{}, monday.Add(-time.Hour))
	got := runFlow(t, clock, flow.NewTest(cat, p, clock, flow.Options{}), feels("", routines.ReachBelowKnee, 6),
		func(*routines.Exercise) routines.CheckIn {
			return feels(routines.MovedSame, routines.ReachBelowKnee, 6)
		},
		routines.CheckIn{})
	if !slices.ContainsFunc(got.decisions, func(d routines.DecisionRecord) bool { return d.RuleID == "R12" }) {
		t.Fatalf("the test did not end with no direction: %+v", got.decisions)
	}
	clock.Advance(time.Minute)
	wantWithheld(t, Home{Catalog: cat, Plan: got.plan, Now: clock.Now()}, "after the test", "R12", "No direction", "press d")
	wantWithheld(t, Home{Catalog: cat, Plan: got.plan, Now: monday.AddDate(0, 0, 2)}, "two days later", "R12")
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

// With the directions stopped (R12) on a flare day, the routine home offers
// instead has no nerve slider or core work either: the same calm test as
// the plan's own routine (R13, R14, R23), so home never offers what the
// session's opening then takes away.
func TestTheRoutineOfferedInsteadOnAFlareDayHasNoSlider(t *testing.T) {
	cat := builtin(t)
	p := coach.DefaultPlan(coach.Answers{}, monday.AddDate(0, 0, -10))
	p.Direction, p.Flared = routines.DirectionNeutral, monday.Format(time.DateOnly)
	h := Home{Catalog: cat, Plan: p, Now: monday.Add(3 * time.Hour)}
	if _, ok := coach.WithheldAt(cat, p, h.Now); !ok {
		t.Fatal("with no direction that helped nothing is withheld; the test needs R12")
	}
	ids := blocksOf(h.Routine("plan"))
	for _, id := range ids {
		if ex, _ := cat.Exercise(id); ex.Family == routines.FamilyNeural || ex.Family == routines.FamilyCore {
			t.Errorf("on a flare day home offers %v", ids)
		}
	}
}
