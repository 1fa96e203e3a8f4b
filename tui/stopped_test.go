package tui

import "testing"

// TestAfterARedHomeNoLongerStartsThatMovement: a new person presses Enter
// on home (extension), the press-up sends the pain down the leg and it
// stays there (red). Back on home, Enter no longer starts extension: home
// says what it offers instead and why, with the rule (R20), and Enter
// starts that, whose first screen says why again.
func TestAfterARedHomeNoLongerStartsThatMovement(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.see("▸ 1 Extension")
	hs.startWithBaseline("4", "5")
	hs.wait(secs(65)) // prone lying
	hs.keys("s", "enter", "enter", "enter", "enter", "enter")
	hs.wait(secs(5 + 60)) // first set of press-ups
	hs.keys("d", "5", "enter", "enter", "enter", "enter", "enter")
	hs.keys("enter")
	hs.wait(secs(3 + 60))
	hs.keys("d", "enter", "enter", "enter", "enter", "enter")
	hs.see("Changing your routine", "red", "tomorrow it starts again at lying face")
	hs.keys("enter", "q")
	for i := 0; i < 3 && !contains(hs.screen(), "Choose a routine"); i++ {
		hs.keys("enter")
	}
	hs.see("Suggested: rest positions and easy walks (rule R20)", "not suggested again today",
		"▸ 1 Rest and easy walks", "suggested")
	sets := len(hs.store.sets)
	hs.startWithBaseline("4", "5")
	hs.see("Rest and easy walks")
	d := hs.store.decisions[len(hs.store.decisions)-1]
	if d.RuleID != "R20" || !contains(d.Reason, "Suggested: rest positions and easy walks") {
		t.Errorf("the session offered instead opened with %+v; want why, by R20", d)
	}
	for _, s := range hs.store.sets[sets:] {
		t.Errorf("Enter on home after a red ran %s", s.ExerciseID)
	}
}
