package app

import (
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
