package app

import (
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/content"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
)

// toRecheck runs prone lying from a baseline at the thigh, answers
// "further down, below the knee" after it, and lets the rest run: the
// flow then waits for the recheck.
func toRecheck(t *testing.T) *flow.Flow {
	t.Helper()
	cat, err := content.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	r, _ := cat.Routine("extension")
	start := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	clock := routines.NewFakeClock(start)
	f := flow.NewRoutine(cat, r, coach.DefaultPlan(coach.Answers{}, start), clock, flow.Options{})
	baseline := routines.CheckIn{Reach: routines.ReachThigh, Leg: routines.LegLeft, LegPain: 5, BackPain: 2}
	if err := f.Baseline(baseline); err != nil {
		t.Fatal(err)
	}
	answered := false
	for i := 0; i < 100000 && f.Need() != flow.NeedRecheck; i++ {
		switch f.Need() {
		case flow.NeedAck:
			f.Ack()
		case flow.NeedCheckIn:
			if answered {
				t.Fatal("a second check-in came before the recheck")
			}
			answered = true
			worse := baseline
			worse.Moved, worse.Reach, worse.LegPain = routines.MovedDown, routines.ReachBelowKnee, 7
			if err := f.CheckIn(worse); err != nil {
				t.Fatal(err)
			}
		case flow.NeedTimer:
			clock.Advance(time.Second)
			f.Advance()
		default:
			t.Fatalf("the flow needs %v", f.Need())
		}
	}
	if f.Need() != flow.NeedRecheck {
		t.Fatal("no recheck came")
	}
	f.Drain()
	return f
}

// answerForm answers the first question with key, keeps every detail
// with Enter, and gives the answer to the flow; it returns the
// decision's record.
func answerForm(t *testing.T, f *flow.Flow, form *CheckInForm, key string) routines.DecisionRecord {
	t.Helper()
	if hint, _ := form.Answer(key); hint != "" {
		t.Fatalf("%s was not taken: %s", key, hint)
	}
	for done := false; !done; {
		var hint string
		if hint, done = form.Answer(""); hint != "" {
			t.Fatalf("Enter was not taken: %s", hint)
		}
	}
	if err := f.CheckIn(form.Value); err != nil {
		t.Fatal(err)
	}
	var last routines.DecisionRecord
	for _, rec := range f.Drain() {
		if d, ok := rec.(flow.Decision); ok {
			last = d.Record
		}
	}
	return last
}

// The recheck asks one question in one wording, compared with before the
// set (R5, R6), and starts from the answer before the set, not the worse
// one after it: "the same" and Enter say it is back to how it was, which
// is amber (R6), never red.
func TestTheRecheckComparesWithBeforeTheSetAndSameIsNeverRed(t *testing.T) {
	f := toRecheck(t)
	form := NewCheckInFormFor(f, RecheckTitle)
	text, choices := form.Question()
	if text != RecheckQuestion || !strings.Contains(choices, "s the same as before the set") {
		t.Errorf("the recheck asks %q (%q)", text, choices)
	}
	if label, _ := form.Label(FieldMoved); label != RecheckLabel || strings.Contains(label, "Since that set") {
		t.Errorf("the recheck's label on the screen is %q", label)
	}
	if form.KeyChoices(FieldMoved) != RecheckKeys {
		t.Errorf("the recheck's keys on the screen are %q", form.KeyChoices(FieldMoved))
	}
	if v := form.Value; v.Reach != routines.ReachThigh || v.LegPain != 5 || v.Kind != routines.CheckInRecheck {
		t.Errorf("the recheck is pre-filled with reach %d, leg pain %d (%s); want the thigh and 5, as before the set", v.Reach, v.LegPain, v.Kind)
	}
	d := answerForm(t, f, form, "s")
	if d.RuleID != "R6" || d.Action == string(coach.ActionStopDirection) || d.Action == string(coach.ActionStopExercise) {
		t.Errorf("s and Enter at the recheck: %s %s %q; want R6, amber", d.RuleID, d.Action, d.Reason)
	}
}

// "Still further down" at the recheck starts the details from the worse
// answer after the set, and is red (R5).
func TestStillFurtherDownAtTheRecheckStartsFromTheWorseAnswer(t *testing.T) {
	f := toRecheck(t)
	form := NewCheckInFormFor(f, RecheckTitle)
	form.Move(routines.MovedDown)
	if v := form.Value; v.Reach != routines.ReachBelowKnee || v.LegPain != 7 {
		t.Fatalf("d at the recheck pre-fills reach %d, leg pain %d; want below the knee and 7, the worse answer", v.Reach, v.LegPain)
	}
	form.Back()
	if d := answerForm(t, f, form, "d"); d.RuleID != "R5" {
		t.Errorf("d and Enter at the recheck: %s %s %q; want R5 (red)", d.RuleID, d.Action, d.Reason)
	}
}
