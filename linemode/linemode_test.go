package linemode

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines"
)

// Answers to one check-in after a set: the one question, then how far
// down, which leg, leg pain, back pain and tingling (empty keeps the last
// answer).
func after(moved, reach, leg, legPain, backPain, tingling string) string {
	return lines(moved, reach, leg, legPain, backPain, tingling)
}

// extensionScript answers a whole extension routine: a baseline, then
// prone lying, prone on elbows, two sets of press-ups and prone lying.
var extensionScript = lines("4", "l", "5", "2", "n") + // baseline: thigh, left, 5/10, 2/10
	after("u", "3", "", "4", "", "") + // prone lying: up to the buttock
	after("s", "", "", "", "", "") + // prone on elbows: the same
	after("u", "2", "n", "0", "3", "") + // press-up: up to one side of the back, the leg clear
	after("s", "", "", "", "", "") + // press-up again: the same
	after("g", "", "", "", "0", "") // prone lying: gone

func sessions(t *testing.T, h *harness) []history.SessionDetail {
	t.Helper()
	sums, err := h.store.Sessions().List(context.Background(), history.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var out []history.SessionDetail
	for _, s := range sums {
		d, err := h.store.Sessions().Detail(context.Background(), s.ID)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
	return out
}

func TestAFullRoutineFromAScript(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Start = "extension"
	out, err := h.run(extensionScript)
	if err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, out)

	ss := sessions(t, h)
	if len(ss) != 1 {
		t.Fatalf("want 1 session saved, got %d", len(ss))
	}
	s := ss[0]
	if s.Status != routines.StatusCompleted || s.SetsDone != 5 || s.SetsPlanned != 5 {
		t.Errorf("session saved as %s with %d of %d sets, want completed with 5 of 5", s.Status, s.SetsDone, s.SetsPlanned)
	}
	if len(s.CheckIns) != 6 || len(s.Decisions) != 6 {
		t.Errorf("want 6 check-ins and 6 decisions saved, got %d and %d", len(s.CheckIns), len(s.Decisions))
	}
	if c := s.CheckIns[0]; c.Kind != routines.CheckInBaseline || c.Reach != routines.ReachThigh || c.Leg != routines.LegLeft || c.LegPain != 5 || c.BackPain != 2 {
		t.Errorf("baseline saved as %+v", c.CheckIn)
	}
	if c := s.CheckIns[3]; c.Moved != routines.MovedUp || c.Reach != routines.ReachOneSide || c.Leg != routines.LegNone || c.LegPain != 0 || c.BackPain != 3 {
		t.Errorf("third check-in after a set saved as %+v", c.CheckIn)
	}
	if c := s.CheckIns[5]; c.Moved != routines.MovedGone || c.Reach != routines.ReachNone || c.BackPain != 0 {
		t.Errorf("last check-in saved as %+v", c.CheckIn)
	}
	// The timers slept from milestone to milestone, never second by
	// second: a routine of ten minutes takes a few dozen wakes.
	if h.slept < 9*time.Minute || h.wakes > 80 {
		t.Errorf("slept %v in %d wakes; want over 9 min in at most 80", h.slept, h.wakes)
	}
}

func TestTheEndOfTheInputKeepsWhatWasDone(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Start = "extension"
	// The baseline and the first check-in, then nothing.
	out, err := h.run(lines("4", "l", "5", "2", "n") + after("u", "3", "", "4", "", ""))
	if err != nil {
		t.Fatalf("the end of the input is not an error, got %v", err)
	}
	if !strings.Contains(out, "Session ended early · Extension") || !strings.Contains(out, "Everything you did is saved.") {
		t.Errorf("the transcript does not end cleanly:\n%s", tail(out))
	}
	ss := sessions(t, h)
	if len(ss) != 1 {
		t.Fatalf("want the session kept, got %d sessions", len(ss))
	}
	s := ss[0]
	if s.Status != routines.StatusCutShort || s.Reason != "end of input" {
		t.Errorf("session saved as %s (%q), want cut short at the end of the input", s.Status, s.Reason)
	}
	// Prone lying was done and checked in; prone on elbows ran to its
	// check-in before the input was found to be over.
	if s.SetsDone != 2 || len(s.CheckIns) != 2 {
		t.Errorf("want 2 sets and 2 check-ins kept, got %d and %d", s.SetsDone, len(s.CheckIns))
	}
}

func TestAnswersNotUnderstoodAreAskedAgainWithAHint(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Start = "extension"
	out, err := h.run(lines("thigh", "x", "left", "11", "five", "2", "maybe", "no") +
		lines("sideways") + after("u", "buttock", "", "4", "", ""))
	if err != nil {
		t.Fatal(err)
	}
	for _, hint := range []string{
		"Please type l (left), r (right), b (both) or n (no leg pain), then Enter.",
		"Please type a whole number from 0 to 10, then Enter.",
		"Please type y for yes or n for no, then Enter.",
		"Please type u (up), d (down), s (same) or g (gone), then Enter.",
	} {
		if !strings.Contains(out, hint) {
			t.Errorf("no hint %q in:\n%s", hint, out)
		}
	}
	c := sessions(t, h)[0].CheckIns
	if c[0].Reach != routines.ReachThigh || c[0].Leg != routines.LegLeft || c[0].LegPain != 5 || c[1].Reach != routines.ReachButtock {
		t.Errorf("words were not understood: baseline %+v, then %+v", c[0].CheckIn, c[1].CheckIn)
	}
}

func TestAnUrgentSymptomStopsTheSessionAndPausesThePlan(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Start = "extension"
	// At the leg pain question of the first check-in: "!", then nothing
	// ticked (back to the question), then "!" again and symptom 2.
	out, err := h.run(lines("4", "l", "5", "2", "n") + lines("u", "", "", "!", "", "!", "2", ""))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Do you have any of these now?") || !strings.Contains(out, "Stop exercising now") {
		t.Errorf("no urgent list or no stop:\n%s", tail(out))
	}
	s := sessions(t, h)[0]
	if s.Status != routines.StatusStopped || s.Reason != "emergency-stop" {
		t.Errorf("session saved as %s (%q), want stopped", s.Status, s.Reason)
	}
	last := s.CheckIns[len(s.CheckIns)-1]
	if len(last.Urgent) != 1 || last.Urgent[0] != core.UrgentSymptoms[1].ID {
		t.Errorf("urgent symptoms saved as %v", last.Urgent)
	}
	p, _, err := persist.LoadPlan(context.Background(), h.store.Journal())
	if err != nil || !p.Held() {
		t.Errorf("the plan is not on hold after an urgent symptom (err %v)", err)
	}
}

func TestAWorseAnswerIsRecheckedThenTheRoutineChanges(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Start = "extension"
	out, err := h.run(lines("4", "l", "5", "2", "n") +
		after("d", "5", "", "6", "", "") + "\n" + // worse: the recheck is explained, Enter
		after("d", "", "", "", "", "") + "r\n\n" + // still worse after the rest: red, read why, Enter
		lines("q"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Let's pause and check again (amber)", "Recheck: 90-90 rest for 4 min",
		"Check-in · After the rest · compared with before that set", "Changing your routine (red)",
		`The guide explains this: "Why we stopped that movement" (centra guide`,
		"or type r and Enter to read why.", "Down the leg means stop",
		// After a red, the nerve slider waits a day (R13): rest and a walk.
		"Coming up now: 90-90 rest, Easy walk."} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	s := sessions(t, h)[0]
	var actions []string
	for _, d := range s.Decisions {
		actions = append(actions, d.Action)
	}
	if got := strings.Join(actions, " "); got != "continue recheck stop-direction" {
		t.Errorf("decisions saved: %s", got)
	}
	if s.CheckIns[2].Kind != routines.CheckInRecheck || s.Status != routines.StatusCutShort || s.Reason != "quit" {
		t.Errorf("want a recheck saved and the session cut short by q, got %s then %s (%s)", s.CheckIns[2].Kind, s.Status, s.Reason)
	}
}

func TestTheDirectionTestKeepsItsResult(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Start = "test"
	out, err := h.run(lines("", "5", "r", "6", "3", "n", "") +
		after("u", "4", "", "", "", "") + after("u", "", "", "", "", "") + lines(""))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Your direction (green)") || !strings.Contains(out, "Session complete · Direction test") {
		t.Errorf("the test did not end with a direction:\n%s", tail(out))
	}
	tests, err := persist.LoadTests(context.Background(), h.store.Journal())
	if err != nil || len(tests) != 1 || !tests[0].Result.Found || tests[0].Result.Direction != routines.DirectionExtension {
		t.Fatalf("test result kept: %+v (err %v)", tests, err)
	}
	p, _, _ := persist.LoadPlan(context.Background(), h.store.Journal())
	if p.Direction != routines.DirectionExtension || p.Stage == routines.StageFindDirection {
		t.Errorf("the plan was not updated: %s, %s", p.Direction, p.Stage)
	}
}

func tail(s string) string {
	ls := strings.Split(s, "\n")
	return strings.Join(ls[max(0, len(ls)-30):], "\n")
}
