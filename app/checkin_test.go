package app

import (
	"strings"
	"testing"

	"github.com/centra-app/centra/routines"
)

// answer types the answers in turn, as the line mode does, and fails on a
// hint; it returns whether the form finished.
func answer(t *testing.T, f *CheckInForm, ins ...string) bool {
	t.Helper()
	done := false
	for _, in := range ins {
		var hint string
		hint, done = f.Answer(in)
		if hint != "" {
			t.Fatalf("answer %q: %s", in, hint)
		}
	}
	return done
}

var lastTime = routines.CheckIn{Kind: routines.CheckInAfterSet, Reach: routines.ReachThigh, Leg: routines.LegLeft, LegPain: 5, BackPain: 2}

func TestAfterASetTheOneQuestionComesFirstThenTheDetailsPrefilled(t *testing.T) {
	f := NewCheckInForm(routines.CheckInAfterSet, lastTime, "After set 1")
	if f.Current() != FieldMoved {
		t.Fatalf("the first question is %v", f.Current())
	}
	if !answer(t, f, "u", "3", "", "", "", "") {
		t.Fatal("six answers did not finish the check-in")
	}
	v := f.Value
	if v.Moved != routines.MovedUp || v.Reach != routines.ReachButtock || v.Leg != routines.LegLeft || v.LegPain != 5 || v.BackPain != 2 || v.Tingling {
		t.Errorf("got %+v; want up, buttock, and the rest kept from last time", v)
	}
}

func TestABaselineHasNoFirstQuestion(t *testing.T) {
	f := NewCheckInForm(routines.CheckInBaseline, routines.CheckIn{}, "Before you start")
	if f.Current() != FieldReach || f.Value.Leg != routines.LegNone {
		t.Errorf("a baseline starts at %v with leg %q", f.Current(), f.Value.Leg)
	}
}

func TestPainGoneClearsWhereItReachedAndMovedDownReachesSomewhere(t *testing.T) {
	f := NewCheckInForm(routines.CheckInAfterSet, lastTime, "")
	answer(t, f, "gone")
	if v := f.Value; v.Reach != routines.ReachNone || v.LegPain != 0 || v.Leg != routines.LegNone {
		t.Errorf("after gone: %+v", v)
	}
	prev := lastTime
	prev.Reach = routines.ReachNone
	f = NewCheckInForm(routines.CheckInAfterSet, prev, "")
	answer(t, f, "d")
	if f.Value.Reach != routines.ReachCentral {
		t.Errorf("moved down from nowhere: reach %v; want the centre of the back, pre-filled", f.Value.Reach)
	}
	if hint, _ := f.Answer("0"); hint == "" || f.Value.Reach != routines.ReachCentral || f.Current() != FieldReach {
		t.Errorf("reach 0 after moving down was taken (hint %q, reach %v)", hint, f.Value.Reach)
	}
}

// TestGoneThenEnterFinishesTheCheckIn: "gone" means the pain went, back pain
// too, so Enter on every detail finishes without the form disagreeing with
// its own pre-fill (back pain 2/10 kept with reach 0 asked where it is).
func TestGoneThenEnterFinishesTheCheckIn(t *testing.T) {
	f := NewCheckInForm(routines.CheckInAfterSet, lastTime, "")
	answer(t, f, "gone")
	for done := false; !done; {
		var hint string
		if hint, done = f.Answer(""); hint != "" {
			t.Fatalf("Enter after gone was not taken at %v: %s", f.Current(), hint)
		}
	}
	if v := f.Value; v.BackPain != 0 || v.LegPain != 0 || v.Reach != routines.ReachNone {
		t.Errorf("after gone and Enter: %+v", v)
	}
}

func TestTinglingAsksHowFarItReachesStartingWhereThePainReaches(t *testing.T) {
	f := NewCheckInForm(routines.CheckInAfterSet, lastTime, "")
	answer(t, f, "s", "", "", "", "")
	if done := answer(t, f, "yes"); done || f.Current() != FieldTinglingReach || f.Value.TinglingReach != routines.ReachThigh {
		t.Fatalf("after tingling yes: done %v, at %v, tingling reach %v", done, f.Current(), f.Value.TinglingReach)
	}
	if !answer(t, f, "foot") || f.Value.TinglingReach != routines.ReachFoot {
		t.Errorf("tingling reach %v", f.Value.TinglingReach)
	}
}

func TestAnswersNotUnderstoodAreAskedAgainWithAHint(t *testing.T) {
	f := NewCheckInForm(routines.CheckInAfterSet, lastTime, "")
	for _, in := range []string{"", "sideways"} {
		if hint, _ := f.Answer(in); hint == "" || f.Current() != FieldMoved {
			t.Errorf("%q on the first question: hint %q, now at %v", in, hint, f.Current())
		}
	}
	answer(t, f, "u")
	for _, in := range []string{"7", "knees"} {
		if hint, _ := f.Answer(in); hint == "" {
			t.Errorf("reach %q was taken", in)
		}
	}
	answer(t, f, "the thigh", "both")
	if hint, _ := f.Answer("eleven"); hint == "" {
		t.Error("leg pain eleven was taken")
	}
	answer(t, f, "seven")
	if f.Value.LegPain != 7 || f.Value.Leg != routines.LegBoth {
		t.Errorf("got %+v", f.Value)
	}
}

func TestKeysTypeTenAsOneThenZeroAndDownMeansFurtherDownTheLeg(t *testing.T) {
	f := NewCheckInForm(routines.CheckInAfterSet, lastTime, "")
	f.Move(routines.MovedSame)
	f.Change(f.DownBy())
	if f.Value.Reach != routines.ReachBelowKnee {
		t.Errorf("down on the reach: %v; want one further down the leg", f.Value.Reach)
	}
	f.Accept()
	f.Accept()
	f.Type('1')
	f.Type('0')
	if f.Value.LegPain != 10 {
		t.Errorf("1 then 0 gave leg pain %d", f.Value.LegPain)
	}
	f.Back()
	if f.Current() != FieldLeg {
		t.Errorf("back from leg pain went to %v", f.Current())
	}
}

// A rating that does not agree with the reach is not taken silently: the
// form says so in one sentence and goes back to the reach, keeping the
// rating (R3, R22: leg pain reaches at least the buttock; any pain reaches
// somewhere).
func TestARatingThatContradictsTheReachGoesBackToTheReach(t *testing.T) {
	tests := []struct {
		name string
		ins  []string
		hint string
	}{
		{"leg pain with the reach in the back", []string{"u", "2", "", ""},
			"You rated leg pain 5/10 but said the pain reaches no further than your back: how far down does it reach?"},
		{"leg pain with no reach", []string{"u", "0", "", "3"},
			"You rated leg pain 3/10 but chose 0 (no pain) for where it reaches: how far down does it reach?"},
		{"back pain with no reach", []string{"u", "0", "n", "0", ""},
			"You rated back pain 2/10 but chose 0 (no pain) for where it reaches: where is it?"},
		{"'gone', then a back pain typed in", []string{"g", "", "", "", "2"},
			"You rated back pain 2/10 but chose 0 (no pain) for where it reaches: where is it?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := NewCheckInForm(routines.CheckInAfterSet, lastTime, "")
			answer(t, f, tt.ins[:len(tt.ins)-1]...)
			hint, done := f.Answer(tt.ins[len(tt.ins)-1])
			if hint != tt.hint || done {
				t.Fatalf("hint %q done %v, want %q", hint, done, tt.hint)
			}
			if f.Current() != FieldReach {
				t.Fatalf("focus on %v, want the reach again", f.Current())
			}
			rated := f.Value
			// Where it really reaches, then Enter keeps the rest.
			if !answer(t, f, "3", "", "", "", "") {
				t.Fatal("the check-in did not finish once the reach agreed")
			}
			if v := f.Value; v.Reach != routines.ReachButtock || v.LegPain != rated.LegPain || v.BackPain != rated.BackPain {
				t.Errorf("got %+v; want the buttock and the ratings kept", v)
			}
		})
	}
}

func TestRatingsThatAgreeWithTheReachAreTaken(t *testing.T) {
	for _, ins := range [][]string{
		{"g", "", "", "", "0", ""},   // all gone
		{"u", "1", "n", "0", "", ""}, // back pain at the centre
		{"u", "3", "", "", "", ""},   // leg pain, reaching the buttock
	} {
		f := NewCheckInForm(routines.CheckInAfterSet, lastTime, "")
		if !answer(t, f, ins...) {
			t.Errorf("%q did not finish", ins)
		}
	}
}

// On the screen the same check runs on Enter: the focus goes back to the
// reach with the reason in Err, and Enter through agreeing answers ends it.
func TestOnEnterARatingThatContradictsTheReachFocusesTheReach(t *testing.T) {
	f := NewCheckInForm(routines.CheckInBaseline, routines.CheckIn{}, "Before you start")
	f.Type('0')
	f.Accept() // reach 0
	f.Accept() // leg
	f.Type('4')
	if f.Accept() || f.Current() != FieldReach || f.Err == "" {
		t.Fatalf("leg pain 4 with reach 0 taken: focus %v, err %q", f.Current(), f.Err)
	}
	f.Type('4')
	f.Accept()
	f.Type('l') // leg pain is in a leg
	for i := 0; i < 3; i++ {
		f.Accept()
	}
	if !f.Accept() || f.Err != "" {
		t.Fatalf("not finished at %v: %q", f.Current(), f.Err)
	}
}

// Leg pain rated above 0 is in a leg: "none" for which leg is not taken
// silently; the form says so and asks the leg again, keeping the rating.
// The tingling's reach lists no "0 no pain".
func TestLegPainWithNoLegAsksTheLegAgain(t *testing.T) {
	f := NewCheckInForm(routines.CheckInBaseline, routines.CheckIn{}, "")
	answer(t, f, "4", "n")
	hint, done := f.Answer("1")
	if want := "You rated leg pain 1/10 but said no leg has pain: which leg is it in?"; hint != want || done {
		t.Fatalf("hint %q done %v, want %q", hint, done, want)
	}
	if f.Current() != FieldLeg {
		t.Fatalf("focus on %v, want the leg again", f.Current())
	}
	if !answer(t, f, "l", "", "0", "y") {
		if f.Current() != FieldTinglingReach {
			t.Fatalf("focus on %v", f.Current())
		}
		if _, choices := f.Question(); strings.Contains(choices, "no pain") || !strings.HasPrefix(choices, "1 ") {
			t.Errorf("the tingling's reach offers %q", choices)
		}
		if !answer(t, f, "") {
			t.Fatal("the check-in did not finish")
		}
	}
	if v := f.Value; v.Leg != routines.LegLeft || v.LegPain != 1 {
		t.Errorf("got %+v; want the left leg and the rating kept", v)
	}
}
