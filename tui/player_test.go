package tui

import (
	"math/rand"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/centra-app/centra/routines"
)

func TestEnterStartsTheSuggestedRoutineWithABaseline(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.see("Extension", "suggested")
	hs.keys("enter")
	hs.see("Check-in", "How far down it reaches")
	hs.startWithBaselineRest("5", "6")
	if len(hs.store.checkIns) != 1 || hs.store.checkIns[0].Kind != routines.CheckInBaseline {
		t.Fatalf("baseline not saved: %+v", hs.store.checkIns)
	}
	if c := hs.store.checkIns[0]; c.Reach != routines.ReachBelowKnee || c.LegPain != 6 || c.Leg != routines.LegRight {
		t.Fatalf("baseline = %+v", c)
	}
	if hs.store.planned != 5 {
		t.Fatalf("planned sets = %d, want 5", hs.store.planned)
	}
	hs.see("Get ready", "Lying face down", "Next up: Press-up")
}

func (hs *harness) startWithBaselineRest(reach, legPain string) {
	hs.keys(reach, "enter", "r", "enter", legPain, "enter", "enter", "enter")
}

func TestASetEndsInACheckInThatIsSavedWithItsSet(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.startWithBaseline("5", "6")
	hs.wait(secs(5 + 60))
	hs.see("Check-in", "After set 1 of 1", "Since that set, the pain")
	if len(hs.store.sets) != 1 || !hs.store.sets[0].Completed || hs.store.sets[0].Done != 60 {
		t.Fatalf("set not saved when it ended: %+v", hs.store.sets)
	}
	// u: moved up; then Enter keeps every pre-filled detail but the reach.
	hs.keys("u", "4", "enter", "enter", "enter", "enter", "enter")
	c := hs.store.checkIns[1]
	if c.Moved != routines.MovedUp || c.Reach != routines.ReachThigh || c.LegPain != 6 || c.Leg != routines.LegRight {
		t.Fatalf("check-in = %+v", c)
	}
	if hs.store.setIDs[1] != 101 {
		t.Fatalf("check-in should point at its set (101), got %d", hs.store.setIDs[1])
	}
	if d := hs.store.decisions; len(d) != 2 || d[0].RuleID != "R3" || d[1].RuleID != "R4" || d[1].Reason == "" {
		t.Fatalf("decisions = %+v, want the baseline (R3) then centralization (R4)", d)
	}
	hs.see("centralization", "Press-up", "Get ready")
}

func TestWorseRechecksThenStillWorseSwapsDown(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.startWithBaseline("4", "5")
	hs.wait(secs(65)) // prone lying
	hs.keys("s", "enter", "enter", "enter", "enter", "enter")
	hs.wait(secs(5 + 60)) // first set of press-ups
	hs.keys("d", "5", "enter", "enter", "enter", "enter", "enter")
	hs.see("Let's pause and check again")
	if d := hs.store.decisions; d[len(d)-1].Action != "recheck" {
		t.Fatalf("decision = %+v, want a recheck", d[len(d)-1])
	}
	hs.keys("enter")
	hs.see("recheck rest")
	hs.wait(secs(3 + 60))
	hs.see("After the rest", "compared with before that set")
	hs.keys("d", "enter", "enter", "enter", "enter", "enter")
	hs.see("Changing your routine", "red", "Coming up now")
	last := hs.store.decisions[len(hs.store.decisions)-1]
	if last.RuleID != "R5" {
		t.Fatalf("decision = %+v, want rule R5", last)
	}
	if c := hs.store.checkIns[len(hs.store.checkIns)-1]; c.Kind != routines.CheckInRecheck {
		t.Fatalf("last check-in kind = %s, want recheck", c.Kind)
	}
	hs.keys("enter")
	// Nothing escalates after a red: no press-ups are left in the session.
	r := hs.m.sess.flow.Runner()
	for _, b := range r.Blocks()[r.Status().Block-1:] {
		if b.Exercise.ID == "press-up" {
			t.Fatalf("press-ups still planned after a red: %+v", r.Status())
		}
	}
}

func TestQuitMidSetKeepsWhatWasDone(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.startWithBaseline("5", "6")
	hs.wait(secs(65))
	hs.keys("u", "enter", "enter", "enter", "enter", "enter")
	hs.wait(secs(20)) // into the first set of press-ups
	hs.keys("q")
	hs.see("Session ended early", "Sets done: 1", "saved")
	if hs.store.status != routines.StatusCutShort || hs.store.reason != "quit" {
		t.Fatalf("finished as %q (%q), want cut-short", hs.store.status, hs.store.reason)
	}
	if len(hs.store.sets) != 1 || len(hs.store.checkIns) != 2 {
		t.Fatalf("kept %d sets and %d check-ins, want 1 and 2", len(hs.store.sets), len(hs.store.checkIns))
	}
	hs.keys("enter")
	hs.see("Choose a routine")
}

func TestPauseFreezesTheCountdown(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.startWithBaseline("5", "6")
	hs.wait(secs(5 + 10))
	hs.keys("space")
	hs.see("PAUSED")
	hs.wait(secs(30))
	rem := hs.m.sess.flow.Runner().Status().Remaining
	if rem != secs(50) {
		t.Fatalf("remaining while paused = %v, want 50s", rem)
	}
	hs.keys("space")
	hs.wait(secs(50))
	hs.see("Check-in")
}

func TestUrgentSymptomStopsTheSession(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.startWithBaseline("5", "6")
	hs.wait(secs(65))
	hs.keys("!", "1", "enter")
	hs.see("Stop exercising now", "A&E")
	if hs.store.status != routines.StatusStopped {
		t.Fatalf("status = %q, want stopped", hs.store.status)
	}
	if d := hs.store.decisions; len(d) == 0 || d[len(d)-1].RuleID != "R1" {
		t.Fatalf("decisions = %+v", d)
	}
	if c := hs.store.checkIns[len(hs.store.checkIns)-1]; len(c.Urgent) != 1 {
		t.Fatalf("urgent symptom not recorded: %+v", c)
	}
}

func TestFailedWritesAreKeptAndRetried(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.store.fail = errDiskFull
	hs.startWithBaseline("5", "6")
	hs.see("Not saved yet", "No space left on device")
	hs.wait(secs(65))
	hs.see("Check-in") // the session goes on
	hs.store.fail = nil
	hs.send(retryMsg{})
	if hs.store.started != 1 || len(hs.store.checkIns) != 1 || len(hs.store.sets) != 1 {
		t.Fatalf("after the retry: started %d, %d check-ins, %d sets", hs.store.started, len(hs.store.checkIns), len(hs.store.sets))
	}
	if s := hs.screen(); contains(s, "Not saved yet") {
		t.Fatalf("warning should clear once saved:\n%s", s)
	}
}

func TestHelpShowsOnlyThisScreensKeys(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.keys("?")
	hs.see("Keys on this screen", "start")
	if contains(hs.screen(), "pause") {
		t.Fatal("home help should not list player keys")
	}
	hs.keys("?")
	hs.startWithBaseline("5", "6")
	hs.keys("?")
	hs.see("pause", "skip", "back")
	if contains(hs.screen(), "moved up toward the back") {
		t.Fatal("player help should not list check-in keys")
	}
}

func TestTooSmallWindowSaysSo(t *testing.T) {
	hs := newHarness(t, 30, 10)
	hs.see("bigger window")
	hs.send(tea_ws(80, 24))
	hs.see("Choose a routine")
}

func TestKeyMashingNeverPanics(t *testing.T) {
	keys := []string{"enter", "esc", "space", "up", "down", "left", "right", "q", "n", "b", "?", "u", "d", "s", "g", "!", "1", "5", "0", "y", "m", "x"}
	rng := rand.New(rand.NewSource(7))
	for run := 0; run < 20; run++ {
		hs := newHarness(t, 80, 24)
		for i := 0; i < 400 && !hs.quit; i++ {
			switch rng.Intn(10) {
			case 0:
				hs.wait(secs(float64(rng.Intn(40))))
			case 1:
				hs.send(tea_ws(1+rng.Intn(200), 1+rng.Intn(80)))
			default:
				hs.keys(keys[rng.Intn(len(keys))])
			}
			_ = hs.m.View()
		}
	}
}

func TestGoldenScreens(t *testing.T) {
	hs := newHarness(t, 80, 24)
	golden.RequireEqual(t, []byte(hs.screen()))
	t.Run("baseline", func(t *testing.T) {
		hs.keys("enter", "5", "enter", "r")
		golden.RequireEqual(t, []byte(hs.screen()))
	})
	hs.keys("enter", "6", "enter", "enter", "enter")
	hs.wait(secs(65))
	hs.keys("u", "4", "enter", "enter", "enter", "enter", "enter", "n")
	t.Run("player", func(t *testing.T) {
		hs.wait(secs(15.5))
		golden.RequireEqual(t, []byte(hs.screen()))
	})
	hs.wait(secs(45))
	t.Run("check-in", func(t *testing.T) {
		golden.RequireEqual(t, []byte(hs.screen()))
	})
	hs.keys("s", "enter", "enter", "enter", "enter", "enter")
	t.Run("rest", func(t *testing.T) {
		hs.wait(secs(12))
		golden.RequireEqual(t, []byte(hs.screen()))
	})
}
