package coach

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

// beat is one check-in of a scenario and the decision expected after it.
type beat struct {
	// set is the exercise just done. In a direction test it is the
	// exercise the test must have asked for.
	set  string
	c    routines.CheckIn
	want Action
	rule string
	// light and next are checked when set; next is the id of the next
	// exercise or routine.
	light Light
	next  string
	// says is a phrase the reason must contain, when set.
	says string
}

// scenario is a sequence of check-ins, read as a specification.
type scenario struct {
	name     string
	test     bool // a direction test rather than a routine
	answers  Answers
	plan     func(*Plan) // changes to the starting plan
	baseline routines.CheckIn
	// routine is the id of the library routine being started, when the
	// session is to know it (NewSessionFor).
	routine string
	// open and openRule are the opening decision, when checked; openSays
	// is a phrase its reason must contain.
	open     Action
	openRule string
	openSays string
	beats    []beat
	// end checks what is left afterwards.
	end func(t *testing.T, s *Session, dt *DirectionTest)
}

var sessionScenarios = []scenario{
	{name: "centralized but sharper is green", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(up, thigh, 8), want: ActionContinue, rule: "R7", light: LightGreen, next: "press-up",
				says: "After press-up, your leg pain moved from below the knee to the thigh, even though it feels sharper: that is still centralization"},
		}},
	{name: "milder but further down is red once the recheck confirms it", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(down, foot, 4), want: ActionRecheck, rule: "R7", light: LightAmber, next: "rest-90-90"},
			{c: again(down, foot, 4), want: ActionRegress, rule: "R5", light: LightRed, next: "prone-on-elbows",
				says: "The rest of this session uses prone on elbows, one step gentler."},
		}},
	{name: "worse, then back to baseline after the recheck, is amber and never steps up", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(same, calf, 8), want: ActionRecheck, rule: "R6"},
			{c: again(same, calf, 6), want: ActionHoldStep, rule: "R6", light: LightAmber, next: "press-up"},
			{set: "press-up", c: after(same, calf, 6), want: ActionContinue, rule: "R19"},
			{set: "press-up", c: after(same, calf, 6), want: ActionContinue, rule: "R19"},
			{set: "press-up", c: after(same, calf, 6), want: ActionContinue, rule: "R19", next: "press-up",
				says: "adds no force yet"},
		}},
	{name: "worse and still worse is red: one step gentler", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(same, calf, 8), want: ActionRecheck, rule: "R6"},
			{c: again(same, calf, 8), want: ActionRegress, rule: "R5", light: LightRed, next: "prone-on-elbows"},
		},
		end: func(t *testing.T, s *Session, _ *DirectionTest) {
			p := s.Plan()
			if p.Level(routines.FamilyExtension) != 2 || p.LastRed.IsZero() {
				t.Errorf("plan level %d, last red %v: want level 2 and a red noted", p.Level(routines.FamilyExtension), p.LastRed)
			}
			if r := p.Reds[routines.DirectionExtension]; r.Level != 3 || r.At.IsZero() {
				t.Errorf("reds %v, want the red of press-up (level 3) kept", p.Reds)
			}
			// R13, R14: no slider or core work for the rest of the session.
			got := reshapeAfter(s, testCatalog(), "press-up", "prone-lying", "seated-slider", "curl-up", "press-up-sag")
			if want := []string{"prone-on-elbows", "prone-lying", "prone-on-elbows"}; !slices.Equal(got, want) {
				t.Errorf("rest of the session %v, want %v", got, want)
			}
		}},
	{name: "red at the gentlest step stops the direction and offers the neutral routine", baseline: base(calf, 6),
		plan: func(p *Plan) { p.Levels[routines.FamilyExtension] = 1 },
		beats: []beat{
			{set: "prone-lying", c: after(down, foot, 7), want: ActionRecheck, rule: "R5"},
			{c: again(down, foot, 7), want: ActionStopDirection, rule: "R5", light: LightRed, next: "neutral",
				says: "Tomorrow it is tried again at prone lying."},
		},
		end: func(t *testing.T, s *Session, _ *DirectionTest) {
			// One red day does not lose the direction (R20).
			if st := s.Plan().Stage; st != routines.StageRelief {
				t.Errorf("stage %q, want relief: the direction is tried again tomorrow", st)
			}
			// The neutral routine comes in without its nerve slider (R13).
			if got, want := reshapeAfter(s, testCatalog(), "prone-lying", "walk"), []string{"walk", "rest-90-90"}; !slices.Equal(got, want) {
				t.Errorf("rest of the session %v, want %v", got, want)
			}
		}},
	{name: "red at the gentlest step of a press-up session brings the plan's own step down one, as the words say (R5, R20)",
		baseline: base(central, 0),
		beats: []beat{
			{set: "prone-lying", c: after(same, central, 0, tingle(calf)), want: ActionRecheck, rule: "R17"},
			{c: again(same, central, 0, tingle(calf)), want: ActionStopDirection, rule: "R17", light: LightRed, next: "neutral",
				says: "Tomorrow it is tried again at prone on elbows."},
		},
		end: func(t *testing.T, s *Session, _ *DirectionTest) {
			if l := s.Plan().Level(routines.FamilyExtension); l != 2 {
				t.Errorf("plan level %d after a red at prone lying in a press-up session, want 2 (prone on elbows): the plan must follow its words", l)
			}
		}},
	{name: "no change three times steps the next session up, and this one carries on", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(same, calf, 6), want: ActionContinue, rule: "R19", says: "1 of 3 sets"},
			{set: "press-up", c: after(same, calf, 6), want: ActionContinue, rule: "R19", says: "2 of 3 sets"},
			{set: "press-up", c: after(same, calf, 6), want: ActionContinue, rule: "R19", next: "press-up",
				says: "From the next session: press-up with sag, a little more force."},
			{set: "press-up", c: after(up, thigh, 5), want: ActionContinue, rule: "R4", light: LightGreen},
		},
		end: func(t *testing.T, s *Session, _ *DirectionTest) {
			if l := s.Plan().Level(routines.FamilyExtension); l != 4 {
				t.Errorf("plan level %d, want 4", l)
			}
		}},
	{name: "after a red, no change never steps back up", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(same, calf, 8), want: ActionRecheck, rule: "R6"},
			{c: again(same, calf, 8), want: ActionRegress, rule: "R5", next: "prone-on-elbows"},
			{set: "prone-on-elbows", c: after(same, calf, 8), want: ActionContinue, rule: "R19"},
			{set: "prone-on-elbows", c: after(same, calf, 8), want: ActionContinue, rule: "R19"},
			{set: "prone-on-elbows", c: after(same, calf, 8), want: ActionContinue, rule: "R19", next: "prone-on-elbows", says: "adds no force yet"},
		}},
	{name: "abolished is green, and held it keeps the step; the slider waits for the plan over days", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(gone, none, 0), want: ActionContinue, rule: "R4", light: LightGreen},
			{set: "press-up", c: after(same, none, 0), want: ActionContinue, rule: "R4", next: "press-up"},
		},
		end: func(t *testing.T, s *Session, _ *DirectionTest) {
			// Stages move over days (R21), never within a session.
			if st := s.Plan().Stage; st != routines.StageRelief {
				t.Errorf("stage %q, want relief until a whole day has gone well", st)
			}
		}},
	{name: "centralizing twice in a row keeps going, with no slider mid-session", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(up, thigh, 5), want: ActionContinue, rule: "R4"},
			{set: "press-up", c: after(up, buttock, 3), want: ActionContinue, rule: "R4", light: LightGreen, next: "press-up"},
		}},
	{name: "less pain in the same place is green", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(same, calf, 3), want: ActionContinue, rule: "R15", light: LightGreen},
		}},
	{name: "a one-point change is noise", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(same, calf, 5), want: ActionContinue, rule: "R19", light: LightNone},
		}},
	{name: "residual tingling is amber pending a recheck, and green once it settles", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(up, thigh, 5, tingle(calf)), want: ActionRecheck, rule: "R17", light: LightAmber},
			{c: again(up, thigh, 5), want: ActionContinue, rule: "R4", light: LightGreen},
		}},
	{name: "residual tingling that stays without spreading is amber", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(up, thigh, 5, tingle(calf)), want: ActionRecheck, rule: "R17"},
			{c: again(up, thigh, 5, tingle(calf)), want: ActionHoldStep, rule: "R17", light: LightAmber},
		}},
	{name: "residual tingling that spreads at the recheck is red", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(up, thigh, 5, tingle(calf)), want: ActionRecheck, rule: "R17"},
			{c: again(down, thigh, 5, tingle(foot)), want: ActionRegress, rule: "R17", light: LightRed, next: "prone-on-elbows"},
		}},
	{name: "new tingling counts as worse; still there after the rest it is red", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(same, calf, 6, tingle(calf)), want: ActionRecheck, rule: "R17"},
			{c: again(same, calf, 6, tingle(calf)), want: ActionRegress, rule: "R17", light: LightRed},
		}},
	{name: "tingling spreading past the pain that settles after the rest is amber", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(same, calf, 6, tingle(foot)), want: ActionRecheck, rule: "R17"},
			{c: again(same, calf, 6), want: ActionHoldStep, rule: "R6", light: LightAmber},
		}},
	{name: "new tingling with no reach given is worse, and still there after the rest it is red", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(same, calf, 6, tingle(none)), want: ActionRecheck, rule: "R17", light: LightAmber,
				says: "After press-up, you have new tingling or numbness: that counts as worse."},
			{c: again(same, calf, 6, tingle(none)), want: ActionRegress, rule: "R17", light: LightRed,
				says: "After the rest, the tingling or numbness is still there"},
		}},
	{name: "'further down' after 'gone', with the reach still at 0, is worse, never 'still gone'", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(gone, none, 0), want: ActionContinue, rule: "R4", light: LightGreen},
			{set: "press-up", c: after(down, none, 0), want: ActionRecheck, rule: "R5", light: LightAmber,
				says: "you said the pain moved further down the leg"},
			{c: again(down, none, 0), want: ActionRegress, rule: "R5", light: LightRed, next: "prone-on-elbows"},
		}},
	{name: "'further down' with the reach set to 0 is never green", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(down, none, 0), want: ActionRecheck, rule: "R5", light: LightAmber},
		}},
	{name: "a recheck after residual tingling that is clearly worse is red, not 'settled'", baseline: base(thigh, 5),
		beats: []beat{
			{set: "press-up", c: after(up, buttock, 5, tingle(thigh)), want: ActionRecheck, rule: "R17"},
			{c: again(same, thigh, 9), want: ActionRegress, rule: "R5", light: LightRed, next: "prone-on-elbows",
				says: "your leg pain is 9/10, up from 5/10 before the set"},
		}},
	{name: "symptoms in both legs stop everything, and the session stays stopped", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(same, calf, 6), want: ActionContinue, rule: "R19"},
			{set: "press-up", c: after(down, calf, 6, legs(routines.LegBoth)), want: ActionEmergencyStop, rule: "R1", light: LightRed},
			{set: "press-up", c: after(same, calf, 6), want: ActionEmergencyStop, rule: "R1"},
		},
		end: func(t *testing.T, s *Session, _ *DirectionTest) {
			if !s.Stopped() || !s.Plan().Held() {
				t.Error("want the session stopped and the plan on hold")
			}
		}},
	{name: "saddle numbness mid-session is an emergency stop even when the pain centralized", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(up, thigh, 5, urgent(FlagSaddleNumbness)), want: ActionEmergencyStop, rule: "R1"},
		}},
	{name: "a leg getting weaker mid-session stops for an urgent review", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(same, calf, 6, urgent(FlagLegWeakness)), want: ActionUrgentReview, rule: "R2"},
		}},
	{name: "a red flag at the recheck is an emergency stop", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(down, foot, 6), want: ActionRecheck, rule: "R5"},
			{c: again(same, foot, 6, urgent(FlagBladder)), want: ActionEmergencyStop, rule: "R1"},
		}},
	{name: "'further down' with the reach unchanged is taken at its word", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(down, calf, 6), want: ActionRecheck, rule: "R5"},
			{c: again(same, calf, 6), want: ActionHoldStep, rule: "R6", light: LightAmber},
		}},
	{name: "'up' with the reach unchanged is centralization", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(up, calf, 6), want: ActionContinue, rule: "R4", light: LightGreen},
		}},
	{name: "when the answer and the numbers disagree the worse reading wins", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(up, foot, 6), want: ActionRecheck, rule: "R5"},
		}},
	{name: "back pain rising while the leg pain recedes is still green", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(up, thigh, 5, backPain(7)), want: ActionContinue, rule: "R7", light: LightGreen},
		}},
	{name: "no slider within a day of a red", baseline: base(calf, 6),
		plan: func(p *Plan) { p.LastRed = t0.Add(-10 * time.Hour) },
		beats: []beat{
			{set: "press-up", c: after(up, thigh, 5), want: ActionContinue, rule: "R4"},
			{set: "press-up", c: after(up, buttock, 3), want: ActionContinue, rule: "R4"},
		}},
	{name: "mild leg pain keeps going; core work waits for the strength stage", baseline: base(calf, 6),
		plan: func(p *Plan) { p.Stage = routines.StageMobility },
		beats: []beat{
			{set: "press-up", c: after(up, thigh, 3), want: ActionContinue, rule: "R4"},
			{set: "press-up", c: after(same, thigh, 2), want: ActionContinue, rule: "R15", next: "press-up"},
		},
		end: func(t *testing.T, s *Session, _ *DirectionTest) {
			if st := s.Plan().Stage; st != routines.StageMobility {
				t.Errorf("stage %q, want mobility until the days say otherwise (R21)", st)
			}
		}},
	{name: "a slider that makes it worse is dropped until the leg has been calm for a day", baseline: base(calf, 6),
		plan: func(p *Plan) { p.Stage = routines.StageMobility },
		beats: []beat{
			{set: "seated-slider", c: after(down, foot, 6), want: ActionRecheck, rule: "R5"},
			{c: again(down, foot, 6), want: ActionStopExercise, rule: "R13", light: LightRed},
		},
		end: func(t *testing.T, s *Session, _ *DirectionTest) {
			// The slider waits a day (R13); the stage moves only by the days (R21, R23).
			if p := s.Plan(); p.Stage != routines.StageMobility || !p.redMemory().recently(t0.Add(time.Hour)) {
				t.Errorf("stage %q, last red %v: want mobility kept and the red noted", p.Stage, p.LastRed)
			}
		}},
	{name: "a check-in while a recheck waits is taken as the recheck", baseline: base(calf, 6),
		beats: []beat{
			{set: "press-up", c: after(same, calf, 9), want: ActionRecheck, rule: "R6"},
			{set: "press-up", c: after(same, calf, 6), want: ActionHoldStep, rule: "R6", light: LightAmber},
		}},
	{name: "a walk that changes nothing carries on", baseline: base(calf, 6),
		beats: []beat{
			{set: "walk", c: after(same, calf, 6), want: ActionContinue, rule: "R15", light: LightNone},
		}},
	{name: "pain out of the leg and holding does not call for more force", baseline: base(calf, 6),
		plan: func(p *Plan) { p.LastRed = t0.Add(-2 * time.Hour) },
		beats: []beat{
			{set: "press-up", c: after(up, oneSide, 0), want: ActionContinue, rule: "R4"},
			{set: "press-up", c: after(same, oneSide, 0), want: ActionContinue, rule: "R4"},
			{set: "press-up", c: after(same, oneSide, 0), want: ActionContinue, rule: "R4"},
			{set: "press-up", c: after(same, oneSide, 0), want: ActionContinue, rule: "R4", next: "press-up"},
		}},
}

func TestScenarios(t *testing.T) {
	all := slices.Concat(sessionScenarios, openingScenarios, testScenarios)
	if len(all) < 30 {
		t.Fatalf("%d scenarios, want at least 30", len(all))
	}
	for _, sc := range all {
		t.Run(sc.name, func(t *testing.T) { runScenario(t, sc) })
	}
}

func runScenario(t *testing.T, sc scenario) {
	t.Helper()
	cat := testCatalog()
	plan := DefaultPlan(sc.answers, t0.Add(-72*time.Hour))
	if !sc.test {
		plan = reliefPlan()
	}
	if sc.plan != nil {
		sc.plan(&plan)
	}
	sc.baseline.At = t0
	var (
		s    *Session
		dt   *DirectionTest
		open Decision
		err  error
	)
	if sc.test {
		dt, open, err = NewDirectionTest(cat, plan, sc.baseline, Options{})
	} else {
		s, open, err = NewSessionFor(cat, plan, scenarioRoutine(cat, sc), sc.baseline, Options{})
	}
	if err != nil {
		t.Fatal(err)
	}
	if sc.open != "" && (open.Action != sc.open || open.RuleID != sc.openRule) {
		t.Fatalf("opening: %s (%s), want %s (%s): %s", open.Action, open.RuleID, sc.open, sc.openRule, open.Reason)
	}
	if !strings.Contains(open.Reason, sc.openSays) {
		t.Errorf("opening: reason %q, want it to say %q", open.Reason, sc.openSays)
	}
	now := t0
	for i, b := range sc.beats {
		now = now.Add(3 * time.Minute)
		b.c.At = now
		var d Decision
		switch {
		case dt != nil:
			if b.set != "" && b.c.Kind != routines.CheckInRecheck && !dt.Done() {
				if got := dt.Next().ExerciseID; got != b.set {
					t.Fatalf("beat %d: the test asked for %q, want %q", i+1, got, b.set)
				}
			}
			if b.c.Kind == routines.CheckInRecheck {
				d = dt.AfterRecheck(b.c)
			} else {
				d = dt.AfterSet(b.c)
			}
		case b.c.Kind == routines.CheckInRecheck:
			d = s.AfterRecheck(b.c)
		default:
			d = s.AfterSet(mustExercise(cat, b.set), b.c)
		}
		if d.Action != b.want || d.RuleID != b.rule {
			t.Fatalf("beat %d: %s (%s), want %s (%s): %s", i+1, d.Action, d.RuleID, b.want, b.rule, d.Reason)
		}
		if b.light != "" && d.Light != b.light {
			t.Errorf("beat %d: light %s, want %s: %s", i+1, d.Light, b.light, d.Reason)
		}
		if b.next != "" {
			got := ""
			if d.Next != nil {
				got = d.Next.ExerciseID + d.Next.RoutineID
			}
			if got != b.next {
				t.Errorf("beat %d: next %q, want %q", i+1, got, b.next)
			}
		}
		if d.Reason == "" || !strings.Contains(d.Reason, b.says) {
			t.Errorf("beat %d: reason %q, want it to say %q", i+1, d.Reason, b.says)
		}
	}
	if sc.end != nil {
		sc.end(t, s, dt)
	}
}
