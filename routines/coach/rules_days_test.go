package coach

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

// at0 is day d of these tests (day 0 is t0's day) at hour h.
func at0(d int, h int) time.Time { return time.Date(2026, 3, 2+d, h, 0, 0, 0, time.UTC) }

// withDays gives the plan a log of past days, the last one yesterday
// (day -1), oldest first; a day dated "gap" is left out.
func withDays(p Plan, days ...DayLog) Plan {
	for i, d := range days {
		if d.Date == "gap" {
			continue
		}
		d.Date = dayKey(at0(i-len(days), 12))
		if d.CheckIns == 0 {
			d.CheckIns = 8
		}
		p.Days = append(p.Days, d)
	}
	return p
}

// oneSession runs one session of the plan's routine at now with one answer
// for every set and returns the plan after it, with the decision after the
// set at the plan's step.
func oneSession(t *testing.T, cat *routines.Catalog, p Plan, now time.Time, b, c routines.CheckIn) (Plan, Decision) {
	t.Helper()
	rt := RoutineForAt(cat, p, now)
	b.At, c.At = now, now.Add(5*time.Minute)
	s, _, err := NewSessionFor(cat, p, rt, b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var d Decision
	for _, bl := range rt.Blocks {
		for range bl.Dose.Sets {
			if got := s.AfterSet(bl.Exercise, c); bl.Exercise.Level == p.Level(p.Family()) {
				d = got // the decision about the plan's step
			}
		}
	}
	return s.Plan(), d
}

func TestRuleR19ReliefSetAcrossSessions(t *testing.T) {
	cat := testCatalog()
	p := reliefPlan() // extension, press-up
	if got := prescribed(cat, p, t0); !slices.Equal(got, []string{"prone-lying", "press-up", "prone-lying"}) {
		t.Errorf("relief set %v, want press-up between prone lying", got)
	}
	for _, b := range RoutineForAt(cat, p, t0).Blocks {
		if b.Dose.Sets != 1 {
			t.Errorf("%s: %d sets, want one relief set", b.Exercise.ID, b.Dose.Sets)
		}
	}
	p.Levels[routines.FamilyExtension] = 1
	if got := prescribed(cat, p, t0); !slices.Equal(got, []string{"prone-lying"}) {
		t.Errorf("relief set at step 1: %v, want prone lying alone", got)
	}
	// One unchanged set in each of three sessions: the fourth starts one
	// step up.
	p = reliefPlan()
	var d Decision
	for i := range 3 {
		if p.Level(routines.FamilyExtension) != 3 {
			t.Fatalf("session %d at step %d, want 3", i+1, p.Level(routines.FamilyExtension))
		}
		p, d = oneSession(t, cat, p, at0(0, 8+2*i), base(calf, 6), after(same, calf, 6))
	}
	if p.Level(routines.FamilyExtension) != 4 || d.RuleID != "R19" || !strings.Contains(d.Reason, "From the next session: press-up with sag") {
		t.Errorf("after 3 sessions: step %d, %s: %s", p.Level(routines.FamilyExtension), d.RuleID, d.Reason)
	}
	// Green keeps the step and starts the count again.
	p = reliefPlan()
	p, _ = oneSession(t, cat, p, at0(0, 8), base(calf, 6), after(same, calf, 6))
	p, _ = oneSession(t, cat, p, at0(0, 10), base(calf, 6), after(up, thigh, 5))
	if _, ok := p.Unchanged[routines.FamilyExtension]; ok || p.Level(routines.FamilyExtension) != 3 {
		t.Errorf("after a green: count %v, step %d, want no count and step 3", p.Unchanged, p.Level(routines.FamilyExtension))
	}
}

func TestRuleR19AmberCapsTheSessionAndTheNext(t *testing.T) {
	cat := testCatalog()
	p := reliefPlan()
	p.Levels[routines.FamilyExtension] = 1
	ext, _ := cat.Routine("extension") // prone lying, on elbows, press-up, prone lying
	s, _, err := NewSessionFor(cat, p, ext, base(calf, 6), Options{})
	if err != nil {
		t.Fatal(err)
	}
	prone := mustExercise(cat, "prone-lying")
	s.AfterSet(prone, after(down, calf, 6))
	d := s.AfterRecheck(again(same, calf, 6))
	if d.Action != ActionHoldStep || d.Light != LightAmber {
		t.Fatalf("amber: %s %s, want hold-step", d.Action, d.Light)
	}
	if got := blockIDs(s.Reshape(ext.Blocks[1:], d)); !slices.Equal(got, []string{"prone-lying"}) {
		t.Errorf("rest of the session after an amber: %v, want prone lying only (no prone on elbows, no press-up)", got)
	}
	// The next session stays at prone lying too, and says why.
	s2, open, _ := NewSessionFor(cat, s.Plan(), ext, base(calf, 6, func(c *routines.CheckIn) { c.At = t0.Add(2 * time.Hour) }), Options{})
	if open.RuleID != "R19" || open.Action != ActionRegress || !strings.Contains(open.Reason, "no step up") {
		t.Errorf("next session opens with %s %s: %s", open.RuleID, open.Action, open.Reason)
	}
	// The one after is free again.
	_, open, _ = NewSessionFor(cat, s2.Plan(), ext, base(calf, 6, func(c *routines.CheckIn) { c.At = t0.Add(4 * time.Hour) }), Options{})
	if open.Action != ActionContinue {
		t.Errorf("two sessions after the amber: %s %s: %s", open.RuleID, open.Action, open.Reason)
	}
}

func TestRuleR20RedToday(t *testing.T) {
	cat := testCatalog()
	// Press-up makes it worse, and still worse after the rest: red.
	s, _, _ := NewSessionFor(cat, reliefPlan(), RoutineForAt(cat, reliefPlan(), at0(0, 8)), base(calf, 6, func(c *routines.CheckIn) { c.At = at0(0, 8) }), Options{})
	s.AfterSet(mustExercise(cat, "press-up"), after(down, foot, 7, func(c *routines.CheckIn) { c.At = at0(0, 8) }))
	d := s.AfterRecheck(again(down, foot, 7, func(c *routines.CheckIn) { c.At = at0(0, 9) }))
	p := s.Plan()
	if d.Light != LightRed || !strings.Contains(d.Reason, "no more bending backwards (extension) today") {
		t.Errorf("red: %s: %s", d.Light, d.Reason)
	}
	if rt := RoutineForAt(cat, p, at0(0, 11)); rt.Direction != routines.DirectionNeutral {
		t.Errorf("later that day: %s, want no extension", rt.Name)
	}
	if got := prescribed(cat, p, at0(1, 8)); !slices.Contains(got, "prone-on-elbows") {
		t.Errorf("next day: %v, want one step gentler", got)
	}
	// Red again the next day: the direction is lost.
	s, _, _ = NewSessionFor(cat, p, RoutineForAt(cat, p, at0(1, 8)), base(calf, 6, func(c *routines.CheckIn) { c.At = at0(1, 8) }), Options{})
	s.AfterSet(mustExercise(cat, "prone-on-elbows"), after(down, foot, 7, func(c *routines.CheckIn) { c.At = at0(1, 8) }))
	d = s.AfterRecheck(again(down, foot, 7, func(c *routines.CheckIn) { c.At = at0(1, 9) }))
	if st := s.Plan().Stage; st != routines.StageFindDirection || !slices.ContainsFunc(d.Changes, func(c PlanChange) bool { return c.RuleID == "R20" }) {
		t.Errorf("two red days: stage %s, changes %+v: want the direction test again by R20", st, d.Changes)
	}
}

func TestRuleR21StagesOverDays(t *testing.T) {
	steady := DayLog{First: calf, Best: thigh, Worst: calf, Last: thigh, LegMax: 6}
	settled := DayLog{First: buttock, Best: oneSide, Worst: buttock, Last: oneSide, LegMax: 3}
	tests := []struct {
		name  string
		stage routines.Stage
		days  []DayLog
		want  routines.Stage
	}{
		{"a steady day: the slider", routines.StageRelief, []DayLog{steady}, routines.StageMobility},
		{"an amber day: not yet", routines.StageRelief, []DayLog{{First: calf, Worst: calf, Last: calf, Amber: true}}, routines.StageRelief},
		{"a worse day: not yet", routines.StageRelief, []DayLog{{First: thigh, Worst: calf, Last: thigh}}, routines.StageRelief},
		{"two settled days: core work", routines.StageMobility, []DayLog{settled, settled}, routines.StageStrength},
		{"one settled day: not yet", routines.StageMobility, []DayLog{steady, settled}, routines.StageMobility},
		{"leg pain 2/10 two days: core work", routines.StageMobility, []DayLog{{First: thigh, Worst: thigh, Last: thigh, LegMax: 2}, {First: thigh, Worst: thigh, Last: thigh, LegMax: 2}}, routines.StageStrength},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := reliefPlan()
			p.Stage = tt.stage
			p = withDays(p, tt.days...)
			got, ch := Review(p, at0(0, 8))
			if got.Stage != tt.want {
				t.Errorf("stage %s, want %s", got.Stage, tt.want)
			}
			if tt.want != tt.stage && (len(ch) != 1 || ch[0].RuleID != "R21" || ch[0].Reason == "") {
				t.Errorf("changes %+v, want one R21 change with its reason", ch)
			}
			if again, ch := Review(got, at0(0, 12)); again.Stage != got.Stage || len(ch) > 0 {
				t.Errorf("a second review the same day moved the plan again: %+v", ch)
			}
		})
	}
}

func TestRuleR22Maintenance(t *testing.T) {
	free := DayLog{First: central, Best: none, Worst: central, Last: none, LegMax: 0}
	week := slices.Repeat([]DayLog{free}, 7)
	p := reliefPlan()
	p.Stage = routines.StageStrength
	got, ch := Review(withDays(p, week...), at0(0, 8))
	if got.Stage != routines.StageMaintenance || len(ch) != 1 || ch[0].RuleID != "R22" {
		t.Fatalf("7 days without leg pain: %s, %+v", got.Stage, ch)
	}
	if got, _ := Review(withDays(p, week[1:]...), at0(0, 8)); got.Stage != routines.StageStrength {
		t.Error("6 days were enough")
	}
	gap := slices.Clone(week)
	gap[3].Date = "gap" // a day without check-ins ends the run
	if got, _ := Review(withDays(p, gap...), at0(0, 8)); got.Stage != routines.StageStrength {
		t.Error("a day without check-ins counted")
	}
	cat := testCatalog()
	ext, _ := cat.Exercise("prone-lying")
	maint := &routines.Routine{ID: "maintenance", Name: "Daily maintenance", Direction: routines.DirectionMaintenance,
		Blocks: []routines.Block{{Exercise: ext, Dose: ext.Dose}}}
	cat = routines.NewCatalog(cat.Exercises(), append(cat.Routines(), maint))
	rt := RoutineForAt(cat, got, at0(0, 8))
	if ids := blockIDs(rt.Blocks); !slices.Equal(ids, []string{"knees-to-chest", "prone-lying"}) {
		t.Errorf("daily routine %v, want flexion brought back, then a set of extension", ids)
	}
	// Flexion made it worse since: it stays out, and the routine says why.
	got.MarkRed(at0(0, 9), routines.FamilyFlexion, 1)
	rt = RoutineForAt(cat, got, at0(1, 9))
	if slices.Contains(blockIDs(rt.Blocks), "knees-to-chest") || !strings.Contains(rt.Purpose, "stays out for now") {
		t.Errorf("after a red in flexion: %v, %q", blockIDs(rt.Blocks), rt.Purpose)
	}
}

func TestRuleR23Flare(t *testing.T) {
	good := DayLog{First: buttock, Best: oneSide, Worst: buttock, Last: oneSide, LegMax: 2}
	tests := []struct {
		name  string
		stage routines.Stage
		today DayLog
		want  routines.Stage
		flare bool
	}{
		{"further down: one stage back", routines.StageStrength, DayLog{First: calf, Worst: calf, Last: calf, LegMax: 3}, routines.StageMobility, true},
		{"leg pain up 2: one stage back", routines.StageMobility, DayLog{First: buttock, Worst: buttock, Last: buttock, LegMax: 4}, routines.StageRelief, true},
		{"leg pain up 1: noise", routines.StageMaintenance, DayLog{First: buttock, Worst: buttock, Last: buttock, LegMax: 3}, routines.StageMaintenance, false},
		{"in relief: said, nothing to step back", routines.StageRelief, DayLog{First: calf, Worst: calf, Last: calf, LegMax: 6}, routines.StageRelief, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := reliefPlan()
			p.Stage = tt.stage
			p = withDays(p, good, good, good)
			tt.today.Date, tt.today.CheckIns = dayKey(at0(0, 8)), 1
			p.Days = append(p.Days, tt.today)
			got, ch := Review(p, at0(0, 9))
			if got.Stage != tt.want || got.Direction != p.Direction || got.Level(routines.FamilyExtension) != 3 {
				t.Errorf("%s at step %d, want %s with the direction and step kept", got.Stage, got.Level(routines.FamilyExtension), tt.want)
			}
			if flared := slices.ContainsFunc(ch, func(c PlanChange) bool { return c.RuleID == "R23" }); flared != tt.flare {
				t.Errorf("flare logged %v, want %v: %+v", flared, tt.flare, ch)
			}
		})
	}
}

func TestRuleR24TargetFollowsTheStage(t *testing.T) {
	tests := []struct {
		stage  routines.Stage
		target int
		words  string
	}{
		{routines.StageRelief, 8, "relief sets 2 of 8"},
		{routines.StageMobility, 8, "relief sets 2 of 8"},
		{routines.StageStrength, 9, "relief sets 2 of 8 · core work not yet"},
		{routines.StageMaintenance, 4, "daily routine not yet · relief sets 2 of 3"},
	}
	for _, tt := range tests {
		p := reliefPlan()
		p.Stage = tt.stage
		d := p.dayLog().day(t0)
		d.Relief, d.Sessions = 2, 5 // three of the sessions were not what the plan asked for
		a := p.Asked(t0)
		if a.Target() != tt.target || a.Words() != tt.words || a.Done() != 2 {
			t.Errorf("%s: target %d, %q, done %d; want %d, %q, 2", tt.stage, a.Target(), a.Words(), a.Done(), tt.target, tt.words)
		}
	}
	p := reliefPlan()
	p.Stage, p.Program.MaintenanceReliefSets = routines.StageMaintenance, 2
	if a := p.Asked(t0); a.Target() != 3 {
		t.Errorf("maintenance with 2 relief sets set: target %d, want 3", a.Target())
	}
}

func TestRuleR25ClearanceResumes(t *testing.T) {
	p := reliefPlan()
	p.Stage = routines.StageMobility
	p.Hold = &Hold{At: t0, RuleID: "R1", Reason: "Please get medical help now."}
	got := p.Resume(t0.Add(48 * time.Hour))
	if got.Held() || got.Stage != routines.StageMobility || got.Direction != p.Direction || got.Level(routines.FamilyExtension) != 3 {
		t.Errorf("after clearance: %s, want mobility, extension, step 3", got.where())
	}
	last := got.Log[len(got.Log)-1]
	if last.RuleID != "R25" || !last.At.Equal(t0.Add(48*time.Hour)) || !got.ClearedAt.Equal(last.At) {
		t.Errorf("log %+v, want the clearance dated by R25", last)
	}
}

func TestRuleR19AClinicianCanChangeTheSetsBeforeAStepUp(t *testing.T) {
	cat := testCatalog()
	p := reliefPlan()
	p.Program.StepUpSets = 2
	p, _ = oneSession(t, cat, p, at0(0, 8), base(calf, 6), after(same, calf, 6))
	p, d := oneSession(t, cat, p, at0(0, 10), base(calf, 6), after(same, calf, 6))
	if p.Level(routines.FamilyExtension) != 4 || !strings.Contains(d.Reason, "No change after 2 sets") {
		t.Errorf("with step_up_sets 2: step %d, %q", p.Level(routines.FamilyExtension), d.Reason)
	}
	if got := p.Program.Defaults()[0].Value; got != "after 2 sets in a row with no change at one step" {
		t.Errorf("the default shown says %q", got)
	}
}

// A flare day whose tingling spread below the knee while the pain stayed
// in the back names the tingling (R23 with R17), never "the pain reached
// below the knee"; a day the pain itself went there names the pain.
func TestRuleR23FlareNamesTheTinglingWhenItWasTheTingling(t *testing.T) {
	good := DayLog{First: central, Best: central, Worst: central, Last: central, LegMax: 0}
	for _, tc := range []struct {
		name      string
		today     routines.CheckIn
		want, not string
	}{
		{"tingling", routines.CheckIn{Reach: central, Tingling: true, TinglingReach: calf},
			"The tingling or numbness reached below the knee", "The pain reached"},
		{"pain", routines.CheckIn{Reach: calf, LegPain: 4, Tingling: true, TinglingReach: calf},
			"The pain reached below the knee", "tingling"},
	} {
		p := reliefPlan()
		p.Stage = routines.StageMobility
		p = withDays(p, good, good, good)
		base := routines.CheckIn{At: at0(0, 8), Reach: central}
		p.dayLog().noteCheckIn(base)
		tc.today.At = at0(0, 8).Add(5 * time.Minute)
		p.dayLog().noteCheckIn(tc.today)
		_, ch := Review(p, at0(0, 9))
		i := slices.IndexFunc(ch, func(c PlanChange) bool { return c.RuleID == "R23" })
		if i < 0 {
			t.Fatalf("%s: no flare: %+v", tc.name, ch)
		}
		if r := ch[i].Reason; !strings.Contains(r, tc.want) || strings.Contains(r, tc.not) {
			t.Errorf("%s: the flare says %q; want %q and never %q", tc.name, r, tc.want, tc.not)
		}
	}
}
