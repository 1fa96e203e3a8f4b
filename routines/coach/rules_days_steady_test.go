package coach

import (
	"slices"
	"strings"
	"testing"

	"github.com/centra-app/centra/routines"
)

// A day whose check-ins looked steady is still not a steady day for R21
// when a red flag stopped the exercises that day, a set turned red (in a
// session or the direction test), or the day was a flare (R23).
func TestRuleR21NoSteadyDayWithARedFlagARedOrAFlare(t *testing.T) {
	calm := DayLog{First: thigh, Best: buttock, Worst: thigh, Last: buttock, LegMax: 4}
	yesterday := at0(-1, 10)
	tests := []struct {
		name string
		mark func(p *Plan)
	}{
		{"a red-flag stop, then the clearance", func(p *Plan) {
			p.hold(yesterday, Decision{RuleID: "R1", Reason: "Please get medical help now."})
			*p = p.Resume(at0(0, 7))
		}},
		{"a red-flag stop kept before the day log knew it", func(p *Plan) {
			p.hold(yesterday, Decision{RuleID: "R1", Reason: "Please get medical help now."})
			p.Days[len(p.Days)-1].Flag = false
			*p = p.Resume(at0(0, 7))
		}},
		{"a red in the direction test", func(p *Plan) {
			p.MarkRed(yesterday, routines.FamilyExtension, 1)
		}},
		{"a flare judged that day", func(p *Plan) { p.Flared = dayKey(yesterday) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := withDays(reliefPlan(), calm)
			tt.mark(&p)
			got, ch := Review(p, at0(0, 8))
			if got.Stage != routines.StageRelief {
				t.Errorf("stage %s, want relief: %+v", got.Stage, ch)
			}
			if slices.ContainsFunc(ch, func(c PlanChange) bool { return c.RuleID == "R21" }) {
				t.Errorf("R21 counted the day as steady: %+v", ch)
			}
		})
	}
	// Without any of them the same day moves the plan on.
	if got, _ := Review(withDays(reliefPlan(), calm), at0(0, 8)); got.Stage != routines.StageMobility {
		t.Errorf("a calm day: stage %s, want mobility", got.Stage)
	}
}

// The clearance resumes the plan where it was (R25): the day of the stop
// and its flare do not move it forward a moment later (R21).
func TestRuleR25ClearanceAfterAFlareDayStaysPut(t *testing.T) {
	good := DayLog{First: buttock, Best: buttock, Worst: buttock, Last: buttock, LegMax: 3}
	flare := DayLog{First: thigh, Best: thigh, Worst: thigh, Last: thigh, LegMax: 5}
	p := withDays(reliefPlan(), good, good, flare)
	p, _ = Review(p, at0(-1, 8)) // the flare is judged that morning
	p.hold(at0(-1, 10), Decision{RuleID: "R1", Reason: "Please get medical help now."})
	p = p.Resume(at0(0, 9))
	got, ch := Review(p, at0(0, 9))
	if got.Stage != routines.StageRelief || len(ch) > 0 {
		t.Errorf("after the clearance: stage %s, changes %+v; want relief and no change", got.Stage, ch)
	}
	last := got.Log[len(got.Log)-1]
	if last.RuleID != "R25" || !strings.Contains(last.Reason, "resumes where it was") {
		t.Errorf("last change %+v, want the R25 clearance", last)
	}
}

// A red with no check-in of its own that day (the direction test) ends
// the run of steady days: the day before it does not count (R21).
func TestRuleR21ARedDayWithoutCheckInsEndsTheRun(t *testing.T) {
	calm := DayLog{First: thigh, Best: buttock, Worst: thigh, Last: buttock, LegMax: 4}
	p := withDays(reliefPlan(), calm, DayLog{Red: true, CheckIns: -1})
	p.Days[len(p.Days)-1].CheckIns = 0
	if got, ch := Review(p, at0(0, 8)); got.Stage != routines.StageRelief {
		t.Errorf("stage %s, want relief: %+v", got.Stage, ch)
	}
}

// R23 against R22: pain that stays in the back, with leg pain at most
// 1/10, is "no leg pain", so moving from the centre to one side is not a
// flare; reaching the buttock is.
func TestRuleR23NoFlareInsideTheBack(t *testing.T) {
	good := DayLog{First: oneSide, Best: central, Worst: central, Last: central, LegMax: 0}
	tests := []struct {
		name  string
		today DayLog
		flare bool
	}{
		{"centre to one side, leg 1/10", DayLog{First: oneSide, Worst: oneSide, Last: central, LegMax: 1}, false},
		{"into the buttock", DayLog{First: buttock, Worst: buttock, Last: buttock, LegMax: 1}, true},
		{"leg pain up 2", DayLog{First: oneSide, Worst: oneSide, Last: oneSide, LegMax: 2}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := reliefPlan()
			p.Stage = routines.StageStrength
			p = withDays(p, good, good, good)
			tt.today.Date, tt.today.CheckIns = dayKey(at0(0, 8)), 2
			p.Days = append(p.Days, tt.today)
			got, ch := Review(p, at0(0, 9))
			flared := slices.ContainsFunc(ch, func(c PlanChange) bool { return c.RuleID == "R23" })
			if flared != tt.flare {
				t.Errorf("flare %v, want %v: %+v", flared, tt.flare, ch)
			}
			if want := map[bool]routines.Stage{false: routines.StageStrength, true: routines.StageMobility}[tt.flare]; got.Stage != want {
				t.Errorf("stage %s, want %s", got.Stage, want)
			}
		})
	}
}

// Only lasting change counts (CLINICAL section 2): a worse reading that
// settles at the recheck is not the day's worst, so it cannot make the
// day a flare (R23); one that lasts (red) is.
func TestDayLogKeepsOnlyALastingWorseReading(t *testing.T) {
	cat := testCatalog()
	ex := mustExercise(cat, "press-up")
	tests := []struct {
		name      string
		recheck   routines.CheckIn
		worst     routines.Reach
		legMax    int
		wantLight Light
	}{
		{"settled: amber", again(routines.MovedSame, buttock, 3), buttock, 3, LightAmber},
		{"lasted: red", again(routines.MovedDown, thigh, 5), thigh, 5, LightRed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := base(buttock, 3)
			b.At = t0
			s, _, err := NewSessionFor(cat, reliefPlan(), nil, b, Options{})
			if err != nil {
				t.Fatal(err)
			}
			worse := after(routines.MovedDown, thigh, 5)
			worse.At = t0.Add(5 * 60e9)
			if d := s.AfterSet(ex, worse); !s.Pending() {
				t.Fatalf("a worse reading: %+v, want a recheck", d)
			}
			if d := s.Plan().Day(t0); d.Worst != thigh {
				t.Errorf("while the recheck waits, the day's worst is %s, want the thigh: not yet shown to settle", d.Worst)
			}
			tt.recheck.At = t0.Add(10 * 60e9)
			if d := s.AfterRecheck(tt.recheck); d.Light != tt.wantLight {
				t.Fatalf("recheck: %s, want %s", d.Light, tt.wantLight)
			}
			d := s.Plan().Day(t0)
			if d.Worst != tt.worst || d.LegMax != tt.legMax {
				t.Errorf("day's worst %s, leg max %d; want %s, %d", d.Worst, d.LegMax, tt.worst, tt.legMax)
			}
		})
	}
}

// A flare day whose check-ins never got worse than its first is still not
// the steady day the outlook asks to keep (R21, R23).
func TestOutlookDoesNotAskToKeepAFlareDay(t *testing.T) {
	good := DayLog{First: buttock, Best: buttock, Worst: buttock, Last: buttock, LegMax: 3}
	p := withDays(reliefPlan(), good, good, good)
	p.Days = append(p.Days, DayLog{Date: dayKey(at0(0, 8)), CheckIns: 2, First: thigh, Best: thigh, Worst: thigh, Last: thigh, LegMax: 5})
	p, _ = Review(p, at0(0, 9))
	if got := Outlook(testCatalog(), p, at0(0, 10)); strings.Contains(got, "Keep today like this") {
		t.Errorf("outlook on a flare day: %q", got)
	}
}
