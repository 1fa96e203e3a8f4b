package tui

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// answerSafety answers every red-flag question no, except the index given.
func (hs *harness) answerSafety(yesAt int) {
	for i := range coach.RedFlagQuestions() {
		if i == yesAt {
			hs.keys("y")
			return
		}
		hs.keys("n")
	}
}

func TestFirstRunRedFlagStopsWithUrgentAdviceAndNoExercise(t *testing.T) {
	hs := newHarnessWith(t, 80, 24, nil)
	hs.see("coach, not a diagnosis")
	hs.keys("enter")
	hs.see("Safety questions", "1 of 12", "genitals")
	hs.answerSafety(1) // a new bladder problem
	hs.see("Stop exercising now", "A&E", "will not offer exercises")
	var p coach.Plan
	if err := json.Unmarshal(hs.store.state[StatePlan], &p); err != nil || !p.Held() {
		t.Fatalf("the saved plan must be on hold: %v %+v", err, p)
	}
	// Nothing leads to an exercise from here: every key closes or nothing.
	for _, k := range []string{"d", "1", "n", "space"} {
		hs.keys(k)
		if hs.m.sess != nil {
			t.Fatalf("key %q started a session after a red flag", k)
		}
	}
	hs.keys("enter")
	if !hs.m.quitting {
		t.Fatal("enter should close centra")
	}
}

func TestHeldPlanOffersNoRoutineUntilCleared(t *testing.T) {
	plan := coach.DefaultPlan(coach.Answers{RedFlags: map[string]bool{coach.FlagFever: true}}, t0)
	hs := newHarnessWith(t, 80, 24, &plan)
	hs.see("Exercises are paused", "cleared me")
	hs.keys("enter", "d")
	if hs.m.sess != nil {
		t.Fatal("a held plan must not start anything")
	}
	hs.keys("c", "y")
	hs.see("Choose a routine")
}

func TestStenosisPatternStartsWithFlexion(t *testing.T) {
	hs := newHarnessWith(t, 80, 24, nil)
	hs.keys("enter")
	hs.answerSafety(-1)
	hs.keys("n") // no starting point noted now
	// sitting, bending: no; standing, walking: yes; eased by sitting and leaning: yes.
	hs.keys("n", "n", "y", "y", "y", "y", "4")
	hs.see("starts with flexion")
	if !hs.m.plan.FlexionFirst {
		t.Fatal("the plan should test flexion first")
	}
}

func TestDirectionTestToResultAndStoredPlan(t *testing.T) {
	hs := newHarnessWith(t, 80, 24, nil)
	hs.keys("enter")
	hs.answerSafety(-1)
	hs.keys("n", "n", "n", "n", "n", "n", "2")
	hs.see("direction test")
	hs.keys("enter")
	hs.see("draws it up toward your back")
	hs.keys("enter")
	hs.keys("5", "enter", "r", "enter", "6", "enter", "enter", "enter")
	hs.see("bending", "backward")
	hs.keys("enter")
	for i := 0; i < 2; i++ {
		hs.waitFor("Since that set")
		hs.keys("u", itoa(4-i), "enter", "enter", "enter", "enter", "enter")
	}
	hs.see("Your direction", "extension", "What you told centra", "below the knee")
	hs.keys("enter")
	hs.see("Session complete", "Direction test")
	hs.keys("enter")
	hs.see("Your plan: bending backward (extension)", "Why:")
	var p coach.Plan
	if err := json.Unmarshal(hs.store.state[StatePlan], &p); err != nil || p.Direction != routines.DirectionExtension {
		t.Fatalf("stored plan = %+v (%v)", p, err)
	}
	var tests []TestRecord
	if err := json.Unmarshal(hs.store.state[StateTests], &tests); err != nil || len(tests) != 1 || !tests[0].Result.Found {
		t.Fatalf("stored test results = %+v (%v)", tests, err)
	}
}

// waitFor lets the fake clock run until the screen shows want.
func (hs *harness) waitFor(want string) {
	hs.t.Helper()
	for i := 0; i < 600; i++ {
		if strings.Contains(hs.screen(), want) {
			return
		}
		hs.wait(secs(1))
	}
	hs.t.Fatalf("screen never showed %q:\n%s", want, hs.screen())
}

// TestDirectionTestInARealProgram runs the whole first run and direction
// test in a real Bubble Tea program, with real ticks on a clock running
// 600 times faster.
func TestDirectionTestInARealProgram(t *testing.T) {
	store := &fakeStore{}
	clock := routines.NewScaledClock(routines.SystemClock{}, 600)
	m := New(Deps{Catalog: testCatalog(), Store: store, Clock: clock})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	enter := func() { tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter}) }
	waitFor := func(s string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
			teatest.WithDuration(10*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
	}
	waitFor("Welcome")
	enter()
	tm.Type(strings.Repeat("n", len(coach.RedFlagQuestions())+1+5) + "2")
	waitFor("direction")
	enter()
	waitFor("20 minutes")
	enter()
	tm.Type("5")
	enter()
	tm.Type("r")
	enter()
	tm.Type("6")
	enter()
	enter()
	enter()
	waitFor("backward")
	enter()
	for i, reach := range []string{"4", "3"} {
		if i > 0 {
			// The first check-in's label stays on screen while its details
			// are answered: wait for the next set to be playing, so that
			// the answers go to the next check-in, however slow the
			// machine.
			waitFor("space pause")
		}
		waitFor("Since that set")
		tm.Type("u" + reach)
		for i := 0; i < 5; i++ {
			enter()
		}
	}
	waitFor("Your direction")
	enter()
	tm.Type("q")
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	var p coach.Plan
	if err := json.Unmarshal(store.state[StatePlan], &p); err != nil || p.Direction != routines.DirectionExtension {
		t.Fatalf("stored plan = %+v (%v)", p, err)
	}
}

// The first run offers a starting point after the safety questions; noted,
// it is where the first session's baseline starts.
func TestTheFirstRunsBaselinePreFillsTheFirstSession(t *testing.T) {
	hs := newHarnessWith(t, 80, 24, nil)
	hs.keys("enter")
	hs.answerSafety(-1)
	hs.see("Your starting point", "y yes, note it", "n skip it")
	hs.keys("y")
	hs.see("Before any exercise: how is the pain right now?")
	hs.keys("esc") // back to the offer, then into it again
	hs.see("Your starting point")
	hs.keys("y", "5", "enter", "r", "enter", "6", "enter", "3", "enter", "enter")
	hs.see("About your pain")
	hs.keys("n", "n", "n", "n", "n", "2")
	hs.see("start the direction test")
	hs.keys("h")
	hs.see("Choose a routine")
	hs.keys("enter")
	hs.see("How far down it reaches   5 · below the knee", "Leg pain (0-10)           6")
}

// A yes to the first safety question stops the first run. Once a
// clinician has cleared the hold (c, y on home), the first run goes on
// at the second safety question, then the starting point and the
// questions about the pain, before any exercise; and home no longer says
// that exercises are paused.
func TestAFirstRunStoppedByARedFlagGoesOnAfterTheClearance(t *testing.T) {
	hs := newHarnessWith(t, 80, 24, nil)
	hs.keys("enter", "y")
	hs.see("Stop exercising now")
	var p coach.Plan
	var a coach.Answers
	if json.Unmarshal(hs.store.state[StatePlan], &p) != nil || json.Unmarshal(hs.store.state[StateAnswers], &a) != nil {
		t.Fatal("the plan and answers were not saved")
	}
	// The next day, centra opens on the pause; a clinician has cleared it.
	hs = newHarnessWith(t, 80, 24, &p)
	hs.m.deps.Answers = &a
	hs.m.apply(Loaded{Store: hs.store, Plan: &p, Answers: &a})
	hs.see("Exercises are paused")
	hs.keys("c", "y")
	hs.see("Welcome back", "safety questions not answered yet")
	hs.keys("enter")
	hs.see("Safety questions", "2 of 12", "bladder")
	for range coach.RedFlagQuestions()[1:] {
		hs.keys("n")
	}
	hs.see("Your starting point")
	hs.keys("n")
	hs.see("About your pain", "1 of")
	hs.keys("n", "n", "n", "n", "n", "2")
	hs.see("Thank you", "direction test")
	if json.Unmarshal(hs.store.state[StateAnswers], &a) != nil || a.Unfinished() || len(a.RedFlags) != 12 || a.AgeBand == "" {
		t.Fatalf("answers kept: %+v", a)
	}
	hs.keys("h")
	hs.see("Choose a routine")
	if strings.Contains(hs.screen(), "paused") {
		t.Errorf("home still says paused:\n%s", hs.screen())
	}
}

// Home read again at the clearance: its glance no longer says that
// exercises are paused while it lists the routines.
func TestHomeAfterTheClearanceNoLongerSaysPaused(t *testing.T) {
	plan := coach.DefaultPlan(coach.Answers{RedFlags: map[string]bool{coach.FlagFever: true}, AgeBand: coach.Age20to49}, t0)
	hs := newHarnessWith(t, 80, 24, &plan).withHistory(&fakeHistory{})
	feed := func(cmd tea.Cmd) {
		walk(cmd, func(msg tea.Msg) tea.Cmd {
			switch msg.(type) {
			case glanceMsg, savedMsg:
				_, next := hs.m.Update(msg)
				return next
			}
			return nil
		})
	}
	feed(hs.m.home.loadGlance()) // read while held, as at launch
	if !strings.Contains(hs.m.glance.TodayLine(), "paused") {
		t.Fatalf("the glance read while held says %q", hs.m.glance.TodayLine())
	}
	for _, k := range []string{"c", "y"} {
		_, cmd := hs.m.Update(keyPress(k))
		feed(cmd)
	}
	hs.see("Choose a routine", "Today: 0 of")
	if strings.Contains(hs.screen(), "paused") {
		t.Errorf("home still says paused:\n%s", hs.screen())
	}
}

// A hold lifted before this version asked the rest: the screens open on
// the rest of the first run, not on home.
func TestAClearedFirstRunThatStoppedGoesOnAtLaunch(t *testing.T) {
	a := coach.Answers{RedFlags: map[string]bool{coach.FlagSaddleNumbness: true}}
	p := coach.DefaultPlan(a, t0).Resume(t0.Add(time.Hour))
	hs := newHarnessWith(t, 80, 24, nil)
	hs.send(loadedMsg{l: Loaded{Store: hs.store, Plan: &p, Answers: &a}})
	hs.see("Welcome back")
	hs.keys("enter")
	hs.see("Safety questions", "2 of 12")
	// esc where the run resumed goes back to its introduction, as esc on
	// the first question of a first run does.
	hs.keys("esc")
	hs.see("Welcome back")
	hs.keys("enter")
	hs.see("Safety questions", "2 of 12")
}
