package coach_test

import (
	"strings"
	"testing"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

const ext, flex = routines.FamilyExtension, routines.FamilyFlexion

// foundExtension is a person whose direction test finds extension at
// prone lying, with the pain below the knee.
func foundExtension(t *testing.T) *person {
	p := newPerson(t, coach.Answers{})
	p.directionTest(1, pain("", calf, 6), pain(up, thigh, 5))
	p.want(1, routines.StageRelief, ext, 1)
	return p
}

// TestFastResponder: the pain centralizes in 3 days and is gone by day 10;
// the ladder moves up across sessions, the stages follow the days one step
// at a time, and maintenance comes on day 17 with a daily routine and a
// lower target.
func TestFastResponder(t *testing.T) {
	p := foundExtension(t)
	// Day 1: prone lying changes nothing three times, across three
	// sessions; the fourth starts on elbows, which centralizes.
	first := true
	p.live(1, 8, feel{base: pain("", calf, 6), after: func(ex *routines.Exercise) routines.CheckIn {
		if ex != nil && ex.ID == "prone-on-elbows" {
			first = false
		}
		if first {
			return pain(same, calf, 6)
		}
		return pain(up, thigh, 5)
	}})
	p.want(1, routines.StageRelief, ext, 2)
	if !p.changed(1, "R19", "level:extension", "2") {
		t.Error("day 1: no step up by R19 after three unchanged sets")
	}
	if a := p.plan.Asked(p.clock.Now()); a.Relief != 8 || a.ReliefDone != 8 {
		t.Errorf("day 1: %s, want 8 of 8 relief sets", a.Words())
	}
	// Day 2: a steady day behind, the nerve slider joins once (R21).
	if rt := p.morning(2); !strings.Contains(blockIDs(rt), "seated-nerve-slider") {
		t.Errorf("day 2: routine %s, want the nerve slider after the relief set", blockIDs(rt))
	}
	p.want(2, routines.StageMobility, ext, 2)
	p.live(2, 8, steady(pain("", thigh, 5), pain(up, buttock, 3)))
	if rt := p.morning(2); strings.Contains(blockIDs(rt), "slider") {
		t.Errorf("day 2, after the slider: routine %s, want the slider only once a day", blockIDs(rt))
	}
	// Days 3 and 4: out of the leg; day 5 adds core work (R21).
	p.live(3, 8, steady(pain("", buttock, 3), pain(up, oneSide, 2)))
	p.want(3, routines.StageMobility, ext, 2)
	p.live(4, 8, steady(pain("", oneSide, 2), pain(same, oneSide, 2)))
	rt := p.morning(5)
	p.want(5, routines.StageStrength, ext, 2)
	if !strings.Contains(blockIDs(rt), "curl-up") || p.plan.Asked(p.clock.Now()).Target() != 9 {
		t.Errorf("day 5: routine %s, target %d: want core work once and 8 relief sets + 1 core session", blockIDs(rt), p.plan.Asked(p.clock.Now()).Target())
	}
	for d := 5; d <= 9; d++ {
		p.live(d, 8, steady(pain("", oneSide, 2), pain(same, oneSide, 2)))
	}
	// Days 10 to 16: no leg pain; maintenance on day 17 (R22).
	for d := 10; d <= 16; d++ {
		p.live(d, 8, steady(pain("", central, 0), pain(same, central, 0)))
		p.want(d, routines.StageStrength, ext, 2)
	}
	rt = p.morning(17)
	p.want(17, routines.StageMaintenance, ext, 2)
	if !p.changed(17, "R22", "stage", "maintenance") {
		t.Error("day 17: maintenance not logged by R22")
	}
	if min := rt.Length().Minutes(); rt.Direction != routines.DirectionMaintenance || min < 15 || min > 21 {
		t.Errorf("day 17: routine %s (%s), %.0f min: want the daily routine of 15 to 20 minutes", rt.Name, blockIDs(rt), min)
	}
	if ids := blockIDs(rt); !strings.Contains(ids, "knees-to-chest prone-lying") {
		t.Errorf("day 17: routine %s, want flexion brought back, followed by a set of extension (R22)", ids)
	}
	if a := p.plan.Asked(p.clock.Now()); a.Target() != 4 || !a.Routine {
		t.Errorf("day 17: target %d (%s), want the daily routine and 3 relief sets", a.Target(), a.Words())
	}
	p.live(17, 4, steady(pain("", none, 0), pain(same, none, 0)))
	if a := p.plan.Asked(p.clock.Now()); !a.RoutineDone || a.ReliefDone != 3 {
		t.Errorf("day 17 done: %s, want the daily routine and 3 relief sets", a.Words())
	}
	if rt := p.morning(18); rt.Direction != routines.DirectionMaintenance {
		t.Errorf("day 18: %s, want the daily routine first again", rt.Name)
	}
}

// TestSlowResponder: nothing changes for a day and a half, so the force
// climbs one step every three unchanged sets; at press-up with sag the leg
// slowly eases. Steady days bring the slider, but core work waits for the
// leg pain to settle.
func TestSlowResponder(t *testing.T) {
	p := foundExtension(t)
	p.live(1, 5, steady(pain("", calf, 6), pain(same, calf, 6)))
	p.want(1, routines.StageRelief, ext, 2) // 3 sets, one step up, 2 sets counted
	p.live(2, 5, steady(pain("", calf, 6), pain(same, calf, 6)))
	p.want(2, routines.StageMobility, ext, 4) // a steady day; two steps up
	for d, r := range []routines.Reach{calf, thigh, thigh, thigh, buttock, buttock} {
		p.live(d+3, 5, steady(pain("", r, 5), pain(up, r, 4)))
		p.want(d+3, routines.StageMobility, ext, 4) // easing: green keeps the step
	}
	if p.plan.Stage == routines.StageStrength {
		t.Error("core work with leg pain of 4/10")
	}
	if d := coach.Referral(p.plan, p.progress, p.clock.Now()); d != nil {
		t.Errorf("a referral for a slow responder who centralizes: %s", d.Reason)
	}
}

// TestNonResponder: two weeks of regular sets with no change at all: the
// force climbs to the top of the ladder, and after about two weeks home
// suggests a review (R16).
func TestNonResponder(t *testing.T) {
	p := foundExtension(t)
	for d := 1; d <= 14; d++ {
		p.live(d, 6, steady(pain("", calf, 6), pain(same, calf, 6)))
		if r := coach.Referral(p.plan, p.progress, p.clock.Now()); r != nil {
			t.Fatalf("day %d: a referral already: %s", d, r.Reason)
		}
	}
	if top := 6; p.plan.Level(ext) != top {
		t.Errorf("after two weeks, step %d, want the top of the ladder (%d)", p.plan.Level(ext), top)
	}
	p.at(15, 8)
	r := coach.Referral(p.plan, p.progress, p.clock.Now())
	if r == nil || r.RuleID != "R16" {
		t.Fatalf("day 15: no review suggested after two weeks without improvement")
	}
	p.say("day 15: home says: %s", r.Reason)
}

// TestFlareOnDay9: a fast responder in the strength stage has a bad day:
// the plan steps back one stage and keeps the direction (R23), then moves
// forward again once the leg settles.
func TestFlareOnDay9(t *testing.T) {
	p := foundExtension(t)
	p.live(1, 8, steady(pain("", calf, 6), pain(up, thigh, 5)))
	p.live(2, 8, steady(pain("", thigh, 5), pain(up, buttock, 3)))
	for d := 3; d <= 8; d++ {
		p.live(d, 8, steady(pain("", oneSide, 2), pain(same, oneSide, 1)))
	}
	p.want(8, routines.StageStrength, ext, 1)
	p.live(9, 8, steady(pain("", thigh, 5), pain(same, thigh, 5)))
	p.want(9, routines.StageMobility, ext, 1)
	if !p.changed(9, "R23", "stage", string(routines.StageMobility)) {
		t.Error("day 9: the flare is not logged by R23")
	}
	if rt := p.morning(10); strings.Contains(blockIDs(rt), "curl-up") {
		t.Errorf("day 10: routine %s, want no core work after the flare", blockIDs(rt))
	}
	// Day 10 still reaches the buttock, further down than the best of the
	// days before (one side of the back): a flare too, so not a steady day.
	p.live(10, 8, steady(pain("", buttock, 3), pain(up, oneSide, 2)))
	p.live(11, 8, steady(pain("", oneSide, 2), pain(same, oneSide, 1)))
	p.morning(12)
	p.want(12, routines.StageMobility, ext, 1)
	p.live(12, 8, steady(pain("", oneSide, 2), pain(same, oneSide, 1)))
	p.morning(13)
	p.want(13, routines.StageStrength, ext, 1)
}

// TestStenosisPatternFlexionResponder: pain with standing and walking,
// eased by sitting: the test starts with flexion, which helps; the relief
// set is knees to chest alone, with no prone lying.
func TestStenosisPatternFlexionResponder(t *testing.T) {
	var a coach.Answers
	for _, id := range []string{coach.PatternWorseStanding, coach.PatternWorseWalking, coach.PatternEasedSitting} {
		if err := a.Set(id, true); err != nil {
			t.Fatal(err)
		}
	}
	p := newPerson(t, a)
	p.directionTest(1, pain("", calf, 6), pain(up, thigh, 5))
	p.want(1, routines.StageRelief, flex, 1)
	rt := p.morning(1)
	if got := blockIDs(rt); got != "knees-to-chest" {
		t.Errorf("relief set %q, want knees-to-chest alone", got)
	}
	p.live(1, 8, steady(pain("", thigh, 5), pain(up, buttock, 3)))
	p.live(2, 8, steady(pain("", buttock, 3), pain(up, oneSide, 2)))
	p.want(2, routines.StageMobility, flex, 1)
	if rt := p.morning(3); strings.Contains(blockIDs(rt), "prone") {
		t.Errorf("routine %s: extension in a flexion plan", blockIDs(rt))
	}
}

// TestRedDayThenAGoodOne: press-up makes it worse and stays worse, down to
// the foot; the rest of the day suggests rest and walks (R20), the day
// counts as a flare (R23), and the next day starts one step gentler, with
// the reason shown; a good day moves the plan on again.
func TestRedDayThenAGoodOne(t *testing.T) {
	p := foundExtension(t)
	p.live(1, 8, steady(pain("", calf, 6), pain(same, calf, 6)))
	p.want(1, routines.StageRelief, ext, 3)
	p.at(2, 8)
	p.session(feel{base: pain("", calf, 6), recheck: pain(down, foot, 7), after: func(ex *routines.Exercise) routines.CheckIn {
		if ex.ID == "press-up" {
			return pain(down, foot, 7)
		}
		return pain(same, calf, 6)
	}})
	rt := p.morning(2) // home after the session
	p.want(2, routines.StageRelief, ext, 2)
	if !p.changed(2, "R23", "stage", string(routines.StageRelief)) {
		t.Error("day 2: the pain reaching the foot is not taken as a flare (R23)")
	}
	if rt.Direction != routines.DirectionNeutral || !strings.Contains(rt.Purpose, "tried again at prone on elbows") {
		t.Errorf("after the red: %s (%s), want rest and walks today, with the reason", rt.Name, rt.Purpose)
	}
	if o := coach.Outlook(p.cat, p.plan, p.clock.Now()); !strings.Contains(o, "made the pain worse today") {
		t.Errorf("home's outlook %q, want the red of today", o)
	}
	rt = p.morning(3)
	if got := blockIDs(rt); !strings.Contains(got, "prone-on-elbows") || strings.Contains(got, "press-up") {
		t.Errorf("day 3: routine %s, want prone on elbows, one step gentler", got)
	}
	p.live(3, 8, steady(pain("", calf, 6), pain(up, thigh, 5)))
	p.want(3, routines.StageRelief, ext, 2)
	p.morning(4)
	p.want(4, routines.StageMobility, ext, 2)
}

// TestRedFlagHoldClearedByAClinician: new numbness around the saddle stops
// everything; two days later a clinician clears the person, and the plan
// resumes where it was (R25), nothing reset.
func TestRedFlagHoldClearedByAClinician(t *testing.T) {
	p := foundExtension(t)
	p.live(1, 8, steady(pain("", calf, 6), pain(up, thigh, 5)))
	p.live(2, 8, steady(pain("", thigh, 5), pain(up, buttock, 3)))
	p.want(2, routines.StageMobility, ext, 1)
	p.at(3, 8)
	saddle := pain(up, buttock, 3)
	saddle.Urgent = []string{coach.FlagSaddleNumbness}
	p.session(steady(pain("", thigh, 5), saddle))
	if !p.plan.Held() {
		t.Fatal("no hold after saddle numbness")
	}
	if rt := p.morning(4); rt != nil {
		t.Errorf("day 4: %s offered while on hold", rt.Name)
	}
	p.at(5, 9)
	p.plan = p.plan.Resume(p.clock.Now())
	p.say("day 5: a clinician has cleared the person")
	p.want(5, routines.StageMobility, ext, 1)
	last := p.plan.Log[len(p.plan.Log)-1]
	if last.RuleID != "R25" || !p.changed(5, "R25", "hold", "") || !strings.Contains(last.Reason, "resumes where it was") {
		t.Errorf("log %+v, want the clearance dated by R25", last)
	}
	if rt := p.morning(5); rt == nil || rt.Direction != routines.DirectionExtension {
		t.Errorf("day 5: %v, want the relief set again", rt)
	}
}
