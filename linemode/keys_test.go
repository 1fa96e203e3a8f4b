package linemode

import (
	"context"
	"strings"
	"testing"

	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines/coach"
)

// The README says q stops: it must, at every question, yes-or-no ones too.
// (All no: 12 safety questions, no to noting a starting point, then 5
// about the pain before the age band; whether sitting eases it is not
// asked.)
func TestQStopsAtEveryQuestion(t *testing.T) {
	for name, script := range map[string]string{
		"a safety question":   lines("", "n", "q"),
		"the age band":        lines(append(append([]string{""}, strings.Split(strings.Repeat("n", 12+1+5), "")...), "q")...),
		"start the test now?": lines(append(append([]string{""}, strings.Split(strings.Repeat("n", 12+1+5), "")...), "2", "q")...),
		// In a session q stops the session, and the home menu's q centra.
		"the urgent list":       lines(append(append([]string{""}, strings.Split(strings.Repeat("n", 12+1+5), "")...), "2", "y", "", "!", "q", "q")...),
		"a page of the library": lines(append(append([]string{""}, strings.Split(strings.Repeat("n", 12+1+5), "")...), "2", "n", "l", "q")...),
	} {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t)
			out, err := h.run(script + lines("this line is never read"))
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(out, "Please type") {
				t.Errorf("q was not taken:\n%s", tail(out))
			}
			if strings.Contains(out, "this line is never read") {
				t.Errorf("centra went on after q:\n%s", tail(out))
			}
		})
	}
}

func heldPlan() *coach.Plan {
	p := coach.DefaultPlan(coach.Answers{RedFlags: map[string]bool{coach.FlagBladder: true}}, start)
	return &p
}

func TestWhileHeldOnlyExerciseIsLockedAndLiftingItAsksFirst(t *testing.T) {
	h := newHarness(t)
	h.deps.Plan = heldPlan()
	out, err := h.run(lines("g", "2", "", "", "l", "", "c", "n", "c", "y", "q"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Exercises are paused.",
		"c a doctor or physiotherapist has cleared me · h history",
		"l library · g guide · s settings · q quit",
		"Red flags: when to stop and get help", // g works while held
		"The library of exercises",             // so does l
		"Has a doctor or physiotherapist examined you since and said you can exercise?",
		"The exercises stay paused until a doctor or physiotherapist says you can exercise.",
		"What would you like to do?",
	} {
		if !strings.Contains(flat(out), want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	if !strings.Contains(out, "Type a number or a letter, then Enter.") {
		t.Errorf("y did not lift the pause:\n%s", tail(out))
	}
	p, _, err := persist.LoadPlan(context.Background(), h.store.Journal())
	if err != nil || p.Held() {
		t.Errorf("the lifted pause was not saved (err %v)", err)
	}
}

func TestCAloneDoesNotLiftAHold(t *testing.T) {
	h := newHarness(t)
	h.deps.Plan = heldPlan()
	if _, err := h.run(lines("c")); err != nil {
		t.Fatal(err)
	}
	if p, ok, _ := persist.LoadPlan(context.Background(), h.store.Journal()); ok && !p.Held() {
		t.Error("c alone lifted the pause")
	}
}

// At a decision that has a page of the Guide, an answer that is not
// understood gets a hint and the question again, r reads the page and asks
// again, and Enter goes on.
func TestADecisionAsksAgainAfterAStrayAnswerAndAfterReadingWhy(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Start = "extension"
	out, err := h.run(lines("4", "l", "5", "2", "n") +
		after("d", "5", "", "6", "", "") + "\n" +
		after("d", "", "", "", "", "") + lines("maybe", "r", "", "q"))
	if err != nil {
		t.Fatal(err)
	}
	prompt := "Press Enter to go on, or type r and Enter to read why."
	i := strings.Index(out, "> maybe\n")
	if i < 0 {
		t.Fatalf("the stray answer was not read:\n%s", tail(out))
	}
	rest := out[i:]
	hint := strings.Index(rest, "Press Enter to go on, type r to read why, or q to stop.")
	page := strings.Index(rest, "Down the leg means stop")
	if hint < 0 || page < hint {
		t.Fatalf("want the hint, then the page after r:\n%s", rest)
	}
	if n := strings.Count(rest[hint:page], prompt); n != 1 {
		t.Errorf("the question is asked %d times between the hint and the page, want 1:\n%s", n, rest)
	}
	if !strings.Contains(rest[page:], prompt) {
		t.Errorf("after the page the question is not asked again:\n%s", rest[page:])
	}
}
