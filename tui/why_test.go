package tui

import (
	"strings"
	"testing"

	"github.com/centra-app/centra/routines/coach"
)

// TestAfterARedOneKeyOpensThePageThatExplainsIt: the decision screen says
// which page explains it; r opens it, esc comes back to the decision, and
// the session goes on from there.
func TestAfterARedOneKeyOpensThePageThatExplainsIt(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.startWithBaseline("4", "5")
	hs.wait(secs(65)) // prone lying
	hs.keys("s", "enter", "enter", "enter", "enter", "enter")
	hs.wait(secs(5 + 60)) // first set of press-ups
	hs.keys("d", "5", "enter", "enter", "enter", "enter", "enter")
	hs.see("Let's pause and check again", "r reads why: Why we stopped that movement")
	hs.keys("enter")
	hs.wait(secs(3 + 60))
	hs.keys("d", "enter", "enter", "enter", "enter", "enter")
	hs.see("Changing your routine", "red", "r reads why: Why we stopped that movement")
	hs.keys("r")
	hs.see("Guide", "Why we stopped that movement", "Down the leg means stop")
	hs.keys("?")
	// q goes back to the session here, and the help says so.
	hs.see("esc/q", "back to your session", "ctrl+c", "quit centra")
	hs.keys("?", "esc")
	hs.see("Changing your routine", "red")
	// q on the page goes back too: it never leaves the session unsaved.
	hs.keys("r", "q")
	hs.see("Changing your routine")
	if hs.m.quitting {
		t.Fatal("q on a page opened from a session quit centra")
	}
	hs.keys("enter")
	if hs.m.screen != screenSession || hs.m.sess.flow.Runner() == nil {
		t.Fatal("the session did not go on after the page")
	}
}

// TestTheFirstRunEndsByPointingAtWhatSciaticaIs: the last screen of the
// first run names the page, and g opens it.
func TestTheFirstRunEndsByPointingAtWhatSciaticaIs(t *testing.T) {
	keys := append([]string{"enter"}, strings.Split(strings.Repeat("n", 12+1+5), "")...)
	hs := at(nil, append(keys, "2")...)(t)
	hs.see("Thank you", "New to sciatica? Press g to read what it is.", "g what sciatica is")
	hs.keys("g")
	hs.see("Guide", "page 1 of 15", "What sciatica is", "symptom, not a diagnosis")
	hs.keys("esc")
	hs.see("Choose a routine")
}

// TestAFlareOnTheHomeScreenNamesGoodDaysAndBadDays: when the plan's last
// change is a flare (R23), the home screen's "why" names the page.
func TestAFlareOnTheHomeScreenNamesGoodDaysAndBadDays(t *testing.T) {
	p := coach.DefaultPlan(coach.Answers{}, t0)
	p.Log = append(p.Log, coach.PlanChange{At: t0, RuleID: "R23", What: "stage",
		Reason: "Today the pain reaches further down than on your best day of the last 3: a flare."})
	hs := newHarnessWith(t, 80, 24, &p)
	hs.see("a flare.", "More in the guide (g): Good days and bad days.")
	p.Log[len(p.Log)-1].RuleID = "R21"
	hs = newHarnessWith(t, 80, 24, &p)
	if strings.Contains(hs.screen(), "More in the guide") {
		t.Errorf("a change that is not a flare names a page:\n%s", hs.screen())
	}
}
