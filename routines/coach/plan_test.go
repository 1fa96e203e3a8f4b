package coach

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

func TestDefaultPlan(t *testing.T) {
	p := DefaultPlan(Answers{}, t0)
	if p.Stage != routines.StageFindDirection || p.Every != 2*time.Hour ||
		p.WakingFrom.String() != "07:00" || p.WakingTo.String() != "22:00" {
		t.Errorf("plan %+v, want find-direction, every 2 h, 07:00-22:00", p)
	}
	for _, f := range []routines.Family{routines.FamilyExtension, routines.FamilyFlexion, routines.FamilySideGlide} {
		if p.Level(f) != 1 {
			t.Errorf("%s level %d, want 1", f, p.Level(f))
		}
	}
	if p.Held() || len(p.Log) != 1 {
		t.Errorf("held %v, log %d entries: want a clear plan with one dated entry", p.Held(), len(p.Log))
	}
}

func TestPlanJSONRoundTrip(t *testing.T) {
	p := reliefPlan()
	p.LastRed = t0
	p.Reds = map[routines.Direction]Red{routines.DirectionExtension: {At: t0, Level: 3}}
	p.Tested = map[routines.Direction]Tested{routines.DirectionExtension: {At: t0, Light: LightGreen, Level: 3, Evidence: "After 2 sets..."}}
	p.Advice = []string{"Sit tall."}
	p.Hold = &Hold{At: t0, RuleID: "R2", Reason: "See a doctor."}
	raw, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var back Plan
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(p, back) {
		t.Errorf("round trip changed the plan:\n%+v\n%+v", p, back)
	}
	var tod TimeOfDay
	if err := tod.UnmarshalText([]byte("25:00")); err == nil {
		t.Error("25:00 accepted as a time of day")
	}
}

func TestPlanNextDue(t *testing.T) {
	p := DefaultPlan(Answers{}, t0) // 07:00 to 22:00, every 2 h
	at := func(h, m int) time.Time { return time.Date(2026, 3, 2, h, m, 0, 0, time.UTC) }
	tests := []struct {
		name      string
		last, now time.Time
		want      time.Time
	}{
		{"two hours after the last set", at(9, 0), at(9, 30), at(11, 0)},
		{"no set yet, awake", time.Time{}, at(15, 0), at(15, 0)},
		{"no set yet, before waking", time.Time{}, at(5, 0), at(7, 0)},
		{"due after bedtime moves to the morning", at(21, 0), at(21, 5), at(7, 0).AddDate(0, 0, 1)},
		{"due right at bedtime stays", at(20, 0), at(20, 5), at(22, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := p.NextDue(tt.last, tt.now); !got.Equal(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	night := p
	night.WakingFrom, night.WakingTo = 14*60, 2*60 // a night shift
	if got := night.NextDue(at(23, 0), at(23, 0)); !got.Equal(at(1, 0).AddDate(0, 0, 1)) {
		t.Errorf("night shift: got %v, want 01:00 next day", got)
	}
	if got := night.NextDue(at(1, 30), at(1, 30)); !got.Equal(at(14, 0)) {
		t.Errorf("night shift: got %v, want 14:00", got)
	}
}

func TestPlanHoldAndResume(t *testing.T) {
	a := Answers{}
	_ = a.Set(FlagCancer, true)
	p := DefaultPlan(a, t0)
	if !p.Held() || p.Hold.RuleID != "R2" {
		t.Fatalf("hold %+v, want R2", p.Hold)
	}
	if RoutineFor(testCatalog(), p) != nil {
		t.Error("a routine offered while on hold")
	}
	r := p.Resume(t0.Add(48 * time.Hour))
	if r.Held() || r.ClearedAt.IsZero() || p.Hold == nil {
		t.Errorf("resume: held %v cleared %v; the original must stay held", r.Held(), r.ClearedAt)
	}
	if last := r.Log[len(r.Log)-1]; last.What != "hold" || last.To != "" {
		t.Errorf("last log entry %+v, want the hold lifted", last)
	}
}

func TestPlanClone(t *testing.T) {
	p := reliefPlan()
	p.Reds = map[routines.Direction]Red{routines.DirectionExtension: {At: t0, Level: 3}}
	c := p.Clone()
	c.Levels[routines.FamilyExtension] = 5
	c.Log = append(c.Log, PlanChange{})
	c.MarkRed(t0, routines.FamilyExtension, 2)
	if p.Level(routines.FamilyExtension) != 3 || len(p.Log) != 1 || p.Reds[routines.DirectionExtension].Level != 3 {
		t.Error("changing a clone changed the original")
	}
}

func TestSessionLeavesCallersPlanAlone(t *testing.T) {
	p := reliefPlan()
	s, _, err := NewSession(testCatalog(), p, base(calf, 6), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		s.AfterSet(mustExercise(testCatalog(), "press-up"), after(same, calf, 6))
	}
	if p.Level(routines.FamilyExtension) != 3 || s.Plan().Level(routines.FamilyExtension) != 4 {
		t.Errorf("caller's level %d, session's %d: want 3 and 4", p.Level(routines.FamilyExtension), s.Plan().Level(routines.FamilyExtension))
	}
	log := s.Plan().Log
	if last := log[len(log)-1]; last.RuleID != "R19" || last.What != "level:extension" || last.From != "3" || last.To != "4" {
		t.Errorf("log entry %+v, want R19 level:extension 3 -> 4", last)
	}
	recs := s.Decisions()
	if r := recs[len(recs)-1].Record(t0); r.RuleID != "R19" || r.Action != "continue" || r.Reason == "" {
		t.Errorf("record %+v", r)
	}
}

func TestAnswersSet(t *testing.T) {
	var a Answers
	for _, q := range PatternQuestions() {
		if q.Choices != nil {
			continue
		}
		if err := a.Set(q.ID, true); err != nil {
			t.Errorf("%s: %v", q.ID, err)
		}
	}
	if !a.Worse.Sitting || !a.Worse.Walking || !a.EasedBy.LeaningForward {
		t.Errorf("answers %+v: pattern ids not recorded", a)
	}
	if err := a.Set("no-such-question", true); err == nil {
		t.Error("an unknown question id was accepted")
	}
	for _, q := range CheckInWarnings() {
		if !slices.ContainsFunc(RedFlagQuestions(), func(r Question) bool { return r.ID == q.ID }) || q.Urgency == "" {
			t.Errorf("check-in warning %q is not a red flag", q.ID)
		}
	}
}

func TestWhen(t *testing.T) {
	now := t0 // Monday 2 March 2026, 09:00
	tests := []struct {
		at   time.Time
		want string
	}{
		{t0.Add(-2 * time.Hour), "earlier today"},
		{t0.Add(-20 * time.Hour), "yesterday"},
		{t0.Add(-48 * time.Hour), "on Saturday"},
		{t0.AddDate(0, 0, -10), "on 20 February"},
		{time.Time{}, "recently"},
	}
	for _, tt := range tests {
		if got := when(tt.at, now); got != tt.want {
			t.Errorf("when(%v) = %q, want %q", tt.at, got, tt.want)
		}
	}
}
