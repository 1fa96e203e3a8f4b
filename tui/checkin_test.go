package tui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/centra-app/centra/routines"
)

// The details after the one-key answer are pre-filled so that Enter keeps
// them: the pre-fill must never be an answer that contradicts what was
// just said.

func TestTinglingSwitchedOnIsPreFilledWhereThePainReaches(t *testing.T) {
	hs := newHarness(t, 80, 24)
	// Baseline: below the knee, right leg, leg pain 6, back pain kept,
	// then tingling switched on and its reach kept with Enter.
	hs.keys("enter", "5", "enter", "r", "enter", "6", "enter", "enter", "y", "enter")
	hs.see("▸ How far down it tingles   5 · below the knee")
	hs.keys("enter")
	if len(hs.store.checkIns) != 1 {
		t.Fatalf("baseline not taken: %+v", hs.store.checkIns)
	}
	if c := hs.store.checkIns[0]; !c.Tingling || c.TinglingReach != routines.ReachBelowKnee {
		t.Fatalf("tingling kept with Enter = %v at %d, want yes at 5 (where the pain reaches)", c.Tingling, c.TinglingReach)
	}
}

func TestTinglingWithNoPainReachIsPreFilledOneAndNeverNone(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.keys("enter", "0", "enter", "enter", "0", "enter", "enter", "y", "enter")
	hs.see("▸ How far down it tingles   1 · centre of the low back")
	hs.keys("0", "enter")
	hs.see("You said there is tingling or numbness")
	if len(hs.store.checkIns) != 0 {
		t.Fatalf("tingling that reaches nowhere was taken: %+v", hs.store.checkIns)
	}
	hs.keys("2", "enter")
	if c := hs.store.checkIns[0]; c.TinglingReach != routines.ReachOneSide {
		t.Fatalf("tingling reach = %d, want 2", c.TinglingReach)
	}
}

// afterGone runs a routine to the check-in after the first press-up set,
// having said "gone" after prone lying.
func afterGone(t *testing.T) *harness {
	t.Helper()
	hs := newHarness(t, 80, 24)
	hs.startWithBaseline("4", "5")
	hs.waitFor("Since that set")
	hs.keys("g", "enter", "enter", "enter", "enter", "enter")
	if c := hs.store.checkIns[1]; c.Moved != routines.MovedGone || c.Reach != routines.ReachNone {
		t.Fatalf("gone saved as %+v", c)
	}
	if hs.m.sess.flow.Need() == 0 {
		t.Fatal("the session ended")
	}
	for i := 0; i < 3 && !contains(hs.screen(), "Since that set"); i++ {
		if contains(hs.screen(), "Press enter to go on") {
			hs.keys("enter")
		}
		hs.waitFor("Since that set")
	}
	return hs
}

func TestFurtherDownAfterGoneIsPreFilledOneFurtherDown(t *testing.T) {
	hs := afterGone(t)
	hs.keys("d")
	hs.see("How far down it reaches", "1 · centre of the low back")
	hs.keys("enter", "enter", "enter", "enter", "enter")
	c := hs.store.checkIns[len(hs.store.checkIns)-1]
	if c.Moved != routines.MovedDown || c.Reach != routines.ReachCentral {
		t.Fatalf("further down kept with Enter saved as moved %q reach %d, want down at 1", c.Moved, c.Reach)
	}
}

func TestFurtherDownWithNoReachIsRefusedWithAHint(t *testing.T) {
	hs := afterGone(t)
	n := len(hs.store.checkIns)
	hs.keys("d", "0", "enter")
	hs.see("You said the pain moved further down your leg", "▸ How far down it reaches")
	if len(hs.store.checkIns) != n {
		t.Fatalf("further down with no reach was taken: %+v", hs.store.checkIns[n:])
	}
	hs.keys("3", "enter")
	if contains(hs.screen(), "You said the pain moved further down") {
		t.Fatalf("the hint stayed after a good answer:\n%s", hs.screen())
	}
	hs.keys("enter", "enter", "enter", "enter")
	if c := hs.store.checkIns[n]; c.Moved != routines.MovedDown || c.Reach != routines.ReachButtock {
		t.Fatalf("saved as moved %q reach %d, want down at 3", c.Moved, c.Reach)
	}
}

func TestDownArrowMeansFurtherDownTheLegOnTheReachScale(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.keys("enter", "3")
	hs.see("↓ further down · ↑ closer to the back")
	hs.keys("down")
	hs.see("4 · thigh")
	hs.keys("up", "up")
	hs.see("2 · one side of the back")
	hs.keys("?")
	hs.see("further down the leg / closer to the back")
	hs.keys("?")
	// Pain is a number: ↑ raises it, ↓ lowers it.
	hs.keys("enter", "enter", "5", "up")
	hs.see("Leg pain (0-10)           6")
}

func TestTheNextBaselineIsPreFilledFromTheLastAnswerOfThisRun(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.startWithBaseline("5", "6")
	hs.waitFor("Since that set")
	hs.keys("u", "4", "enter", "enter", "3", "enter", "enter", "enter")
	hs.keys("q") // quit the session, with the summary
	hs.see("Session ended early")
	hs.keys("enter")
	hs.see("Choose a routine")
	hs.keys("enter")
	hs.see("How far down it reaches   4 · thigh", "Leg pain (0-10)           3")
}

// The check-in's scales are laid out a whole choice at a time: at 80
// columns and narrower, down to the app's minimum width, no choice is
// split across lines ("3" at the end of one line and "buttock" on the
// next), and no line runs past the window.
func TestTheScalesBreakBetweenChoicesAtEveryWidth(t *testing.T) {
	for _, w := range []int{80, 72, 64, 56, minWidth} {
		hs := newHarness(t, w, 24)
		hs.keys("enter") // home: Enter starts the suggested routine, at its baseline
		hs.see("How far down it reaches")
		screens := map[string]string{"the reach": hs.screen()}
		hs.keys("enter", "enter")
		screens["leg pain"] = hs.screen()
		for what, screen := range screens {
			for _, l := range strings.Split(screen, "\n") {
				if n := len([]rune(strings.TrimRight(l, " "))); n > w {
					t.Errorf("%d columns, %s: a line of %d columns: %q", w, what, n, l)
				}
				if regexp.MustCompile(`(^|· )\d+\s*$`).MatchString(strings.TrimSpace(l)) {
					t.Errorf("%d columns, %s: a line ends with a number whose words are on the next line: %q", w, what, l)
				}
			}
		}
		flat := screens["the reach"]
		for r := routines.ReachNone; r <= routines.MaxReach; r++ {
			if !strings.Contains(flat, itoa(int(r))+" "+r.String()) {
				t.Errorf("%d columns: the reach scale does not show %q whole on one line:\n%s", w, itoa(int(r))+" "+r.String(), flat)
			}
		}
		if !strings.Contains(screens["leg pain"], "0 no pain … 10 worst imaginable") {
			t.Errorf("%d columns: the 0-10 scale is not whole on one line:\n%s", w, screens["leg pain"])
		}
	}
}

// The case that made the coach say "the pain has gone" with leg pain 3/10:
// "0 · no pain" for the reach, then leg pain 3. The check-in says so and
// goes back to the reach; nothing is saved until the answers agree.
func TestLegPainWithNoReachGoesBackToTheReachOnScreen(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.keys("enter", "0", "enter", "l", "enter", "3", "enter")
	hs.see("You rated leg pain 3/10 but chose 0 (no pain)", "▸ How far down it reaches")
	if len(hs.store.checkIns) != 0 {
		t.Fatalf("a contradicting check-in was taken: %+v", hs.store.checkIns)
	}
	hs.keys("4", "enter")
	if contains(hs.screen(), "You rated leg pain") {
		t.Fatalf("the hint stayed after a good answer:\n%s", hs.screen())
	}
	hs.keys("enter", "enter", "enter", "enter")
	if len(hs.store.checkIns) != 1 {
		t.Fatalf("baseline not taken: %+v", hs.store.checkIns)
	}
	if c := hs.store.checkIns[0]; c.Reach != routines.ReachThigh || c.LegPain != 3 {
		t.Fatalf("saved reach %d leg pain %d, want 4 and 3", c.Reach, c.LegPain)
	}
}
