package linemode

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

func TestMilestonesAreFewAndNamed(t *testing.T) {
	s := time.Second
	for _, c := range []struct {
		length time.Duration
		want   []time.Duration
	}{
		{2 * time.Minute, []time.Duration{time.Minute, 10 * s, 3 * s, 2 * s, s}},
		{20 * s, []time.Duration{10 * s, 3 * s, 2 * s, s}},
		{8 * s, []time.Duration{3 * s, 2 * s, s}},
		{3 * s, nil},
	} {
		got := milestones(c.length)
		if len(got) != len(c.want) {
			t.Errorf("milestones(%v) = %v, want %v", c.length, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("milestones(%v) = %v, want %v", c.length, got, c.want)
			}
		}
	}
}

func TestARedFlagAtTheFirstRunStopsBeforeAnyExercise(t *testing.T) {
	h := newHarness(t)
	h.deps.Start = "extension"
	out, err := h.run(lines("", "n", "yes", "n", "n"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Safety question 2 of") || strings.Contains(out, "Safety question 3 of") {
		t.Errorf("the questions did not stop at the first yes:\n%s", out)
	}
	if !strings.Contains(out, "centra will not offer exercises until a clinician has seen you.") || strings.Contains(out, "Check-in") {
		t.Errorf("no stop, or exercises offered anyway:\n%s", out)
	}
	p, ok, err := persist.LoadPlan(context.Background(), h.store.Journal())
	if err != nil || !ok || !p.Held() {
		t.Errorf("want a plan on hold saved, got ok=%v held=%v err=%v", ok, p.Held(), err)
	}
	if a, ok, _ := persist.LoadAnswers(context.Background(), h.store.Journal()); !ok || !a.RedFlags["bladder"] {
		t.Errorf("the answers were not saved: %+v", a)
	}
}

func TestFirstRunThenHomeWithTheGuideTheLibraryAndTheHistory(t *testing.T) {
	h := newHarness(t)
	var answers []string
	answers = append(answers, "") // begin
	for range 12 {
		answers = append(answers, "n") // no red flag
	}
	answers = append(answers, "n") // no starting point noted now
	// Standing and walking make it worse and sitting eases it; "5" is not
	// an age band, "3" is.
	answers = append(answers, "n", "n", "y", "y", "y", "n", "5", "3")
	answers = append(answers, "n") // not the test now
	answers = append(answers, "g", "99", "4", "", "wallet", "12", "", "", "", "l", "3", "", "", "h", "", "q")
	out, err := h.run(lines(answers...))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Please type a number from 1 to 4.", `New to sciatica? The guide's page "What sciatica is"`,
		"starts with flexion (bending forward)",
		"Your plan: find your direction first",
		"Red flags: when to stop and get help", // the guide's fourth page
		"The guide: the pages with \"wallet\"", "  12 Sitting and work", "Please type a number from 1 to 15",
		"Take your wallet out of your back pocket",
		"Press-up", // the library's third exercise
		"Your history", "No sessions yet.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	p, ok, _ := persist.LoadPlan(context.Background(), h.store.Journal())
	if !ok || !p.FlexionFirst {
		t.Errorf("the first run did not keep the stenosis pattern: %+v", p)
	}
}

func TestHomeStartsTheSuggestedRoutineAndSummarizesTheHistory(t *testing.T) {
	h := newHarness(t).withPlan()
	out, err := h.run(lines("", "4", "l", "5", "2", "n", "q") + lines("h", "", "q"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "1 Extension · about 13 min · suggested") || !strings.Contains(out, "Session ended early · Extension") {
		t.Errorf("Enter did not start the suggested routine:\n%s", out)
	}
	if !strings.Contains(out, "1 Mon 3 Mar 09:00 · Extension · cut short · ") {
		t.Errorf("no history summary:\n%s", out)
	}
}

// Quitting at the first question, nothing done and nothing answered,
// keeps no session: home's "Last" and the history stay as they were.
func TestASessionQuitAtItsFirstQuestionIsNotKept(t *testing.T) {
	h := newHarness(t).withPlan()
	out, err := h.run(lines("", "q") + lines("d", "q") + lines("h", "q"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Nothing done this time · Extension") ||
		!strings.Contains(out, "Nothing was done or answered, so your history is as it was.") {
		t.Errorf("the summary does not say nothing was kept:\n%s", out)
	}
	if !strings.Contains(out, "No sessions yet.") || strings.Contains(out, "cut short") {
		t.Errorf("an empty session was kept:\n%s", out)
	}
}

func TestTimerCommandsAtATerminal(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Start = "extension"
	h.deps.Interactive = true
	// The timer never fires by itself: every step comes from a command.
	h.deps.After = func(time.Duration) <-chan time.Time { return nil }
	out, err := h.run(lines("4", "l", "5", "2", "n") + lines("", "x", "n", "p", "x", "p", "q"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Prone lying: 5 s to get ready.",
		"While the timer runs: Enter says where you are",
		"Go: 2 min.", // n skipped the get-ready
		"Paused. Type p and Enter to go on.",
		"Paused. Type p and Enter to go on, or q to stop.",
		"Going on: Prone lying: 2 min to go in this set.",
		"Session ended early",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	// Typed answers are not echoed at a terminal.
	if strings.Contains(out, "> 4") {
		t.Errorf("answers echoed at a terminal")
	}
	if s := sessions(t, h)[0]; s.Status != routines.StatusCutShort || s.Reason != "quit" {
		t.Errorf("session saved as %s (%s)", s.Status, s.Reason)
	}
}

func TestCtrlCDuringATimerKeepsTheSession(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Start = "extension"
	ctx, cancel := context.WithCancel(context.Background())
	h.deps.After = func(time.Duration) <-chan time.Time { cancel(); return nil }
	var out strings.Builder
	d := h.deps
	d.In, d.Out = strings.NewReader(lines("4", "l", "5", "2", "n")), &out
	if err := Run(ctx, d); !errors.Is(err, ErrInterrupted) {
		t.Fatalf("want ErrInterrupted, got %v", err)
	}
	if s := sessions(t, h)[0]; s.Status != routines.StatusCutShort || s.Reason != "interrupted" || len(s.CheckIns) != 1 {
		t.Errorf("session saved as %s (%s) with %d check-ins", s.Status, s.Reason, len(s.CheckIns))
	}
}

// TestTheLibrarySearchesAsTheScreensDo: a word typed at the Library's
// list finds the exercises whose page has it, as / does on the screens.
func TestTheLibrarySearchesAsTheScreensDo(t *testing.T) {
	h := newHarness(t).withPlan()
	out, err := h.run(lines("l", "hips off-centre", "", "zzz", "", "q"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"a word to search for",
		"The library of exercises: the pages with \"hips off-centre\"", "Press-up, hips off-centre",
		"No page has \"zzz\"."} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	found := out[strings.Index(out, "the pages with"):]
	if found = found[:strings.Index(found, "Type a number")]; strings.Contains(found, "Prone lying") {
		t.Errorf("the search kept an exercise without the words:\n%s", out)
	}
}

// TestTheHistoryFiltersByDateAndRoutineAsTheScreensDo: f and r narrow the
// list as they do on the screens (app.SessionFilter), x clears them.
func TestTheHistoryFiltersByDateAndRoutineAsTheScreensDo(t *testing.T) {
	h := newHarness(t).withPlan()
	out, err := h.run(lines("", "4", "l", "5", "2", "n", "q") + lines("h", "f", "r", "r", "x", "", "q"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Showing all dates · all routines: 1 session.",
		"f dates · r routine",
		"Showing today · all routines: 1 session.",
		"Showing today · Extension: 1 session.",
		"x clear filters",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	// Extension is the only routine in the history: a second r goes round
	// to all routines.
	if n := strings.Count(out, "Showing today · all routines: 1 session."); n != 2 {
		t.Errorf("r did not go round to all routines (%d lists of today's sessions):\n%s", n, out)
	}
	if n := strings.Count(out, "Showing all dates · all routines: 1 session."); n != 2 {
		t.Errorf("x did not clear the filters (%d lists of every session):\n%s", n, out)
	}
}

// The first run offers a starting point after the safety questions; noted
// (as every check-in is answered), it is where the first session's
// baseline starts.
func TestTheFirstRunsBaselinePreFillsTheFirstSession(t *testing.T) {
	h := newHarness(t)
	answers := []string{""}
	for range 12 {
		answers = append(answers, "n")
	}
	answers = append(answers, "y", "5", "r", "6", "3", "n") // the starting point
	answers = append(answers, "n", "n", "n", "n", "n", "2") // the pain's pattern, the age band
	answers = append(answers, "n", "", "q", "q")            // not the test now; home's Enter starts a routine
	out, err := h.run(lines(answers...))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Note how the pain is right now, before any exercise?",
		"Check-in · Before any exercise: how is the pain right now?",
		"Check-in · Before you start: how is the pain right now?\nHow far down does the pain reach now? Enter keeps 5 (below the knee)."} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	a, ok, _ := persist.LoadAnswers(context.Background(), h.store.Journal())
	if !ok || a.Baseline == nil || a.Baseline.Reach != 5 || a.Baseline.LegPain != 6 {
		t.Errorf("the first run's baseline was not kept with the answers: %+v", a.Baseline)
	}
}

// A yes to the first safety question stops the first run. The next day a
// clinician has cleared the hold: c, y, and the first run goes on at the
// second safety question, then the starting point and the questions about
// the pain, before home; the cleared yes stays answered.
func TestAFirstRunStoppedByARedFlagGoesOnAfterTheClearance(t *testing.T) {
	h := newHarness(t)
	if _, err := h.run(lines("", "y", "q")); err != nil {
		t.Fatal(err)
	}
	load := func() (coach.Plan, coach.Answers) {
		p, _, err := persist.LoadPlan(bg, h.store.Journal())
		a, _, err2 := persist.LoadAnswers(bg, h.store.Journal())
		if err != nil || err2 != nil {
			t.Fatal(err, err2)
		}
		return p, a
	}
	p, a := load()
	h.deps.Plan, h.deps.Answers = &p, &a
	h.clock.Advance(24 * time.Hour)
	script := lines("c", "y", "") + strings.Repeat("n\n", len(coach.RedFlagQuestions())-1) +
		lines("n", "n", "n", "n", "n", "n", "2", "n", "q")
	out, err := h.run(script)
	if err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(out), " ")
	for _, want := range []string{"Welcome back", "Safety question 2 of 12", "Safety question 12 of 12",
		"Note how the pain is right now", "About your pain · 1 of", "Which age band", "Start the direction test now?", "What would you like to do?"} {
		if !strings.Contains(flat, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Safety question 1 of") {
		t.Errorf("the cleared question was asked again:\n%s", out)
	}
	p, a = load()
	if p.Held() || p.ClearedAt.IsZero() || a.Unfinished() || !a.RedFlags[coach.FlagSaddleNumbness] || len(a.RedFlags) != 12 {
		t.Errorf("plan held %v cleared %v; answers %+v", p.Held(), p.ClearedAt, a)
	}
}

// A hold lifted before this version asked the rest (the plan cleared, the
// answers still those of the stopped run): the rest is asked at launch,
// before home or a routine named on the command line.
func TestAClearedFirstRunThatStoppedGoesOnAtLaunch(t *testing.T) {
	h := newHarness(t)
	a := coach.Answers{RedFlags: map[string]bool{coach.FlagSaddleNumbness: true}}
	p := coach.DefaultPlan(a, start).Resume(start.Add(time.Hour))
	h.deps.Plan, h.deps.Answers, h.deps.Start = &p, &a, "extension"
	out, err := h.run(lines("", "q"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Welcome back") || !strings.Contains(out, "Safety question 2 of 12") || strings.Contains(out, "Prone lying") {
		t.Errorf("the rest of the first run was not asked first:\n%s", out)
	}
}
