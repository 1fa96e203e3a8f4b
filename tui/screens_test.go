package tui

import (
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// newHarnessCat is newHarness with another library.
func newHarnessCat(t testing.TB, w, h int, cat *routines.Catalog) *harness {
	t.Helper()
	plan := coach.DefaultPlan(coach.Answers{}, t0)
	return newHarnessCatPlan(t, w, h, cat, plan)
}

// newHarnessCatPlan is newHarness with another library and plan.
func newHarnessCatPlan(t testing.TB, w, h int, cat *routines.Catalog, plan coach.Plan) *harness {
	t.Helper()
	hs := &harness{t: t, clock: routines.NewFakeClock(t0), store: &fakeStore{}}
	hs.m = New(Deps{Catalog: cat, Store: hs.store, Clock: hs.clock, Plan: &plan, RecheckRest: secs(60),
		Reading: guideText{}})
	hs.m.after = func(time.Duration, tea.Msg) tea.Cmd { return nil }
	hs.m.journal.after = hs.m.after
	hs.m.Init()
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

// A routine may dose an exercise differently from the library: "Next up"
// says the dose that will run, the routine's.
func TestNextUpShowsTheRoutinesDoseNotTheLibrarys(t *testing.T) {
	cat := testCatalog()
	ext, _ := cat.Routine("extension")
	prone, press := ext.Blocks[0].Exercise, ext.Blocks[1].Exercise
	short := prone.Dose
	short.Duration = 2 * time.Minute
	fewer := press.Dose
	fewer.Sets = 2
	ext.Blocks = []routines.Block{{Exercise: prone, Dose: short}, {Exercise: press, Dose: fewer}, {Exercise: prone, Dose: short}}
	hs := newHarnessCat(t, 80, 24, cat)
	hs.startWithBaseline("4", "5")
	hs.see("Next up: Press-up (2 × 10 reps)")
	hs.wait(secs(5 + 120))
	hs.keys("s", "enter", "enter", "enter", "enter", "enter") // the same
	hs.see("Press-up")
	hs.wait(secs(5))
	hs.see("Next up: Lying face down (2 min)")
}

// A session left at its first screen (the direction test's intro, the
// baseline question), nothing done and nothing answered, is not kept:
// it would replace home's "Last" with nothing.
func TestASessionLeftBeforeAnythingIsNotKept(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.keys("d")
	hs.see("Direction test")
	hs.keys("q")
	hs.see("Nothing done this time", "Nothing was done or answered, so your history is as it was.")
	hs.keys("enter")
	hs.keys("enter")
	hs.see("How far down it reaches")
	hs.keys("q")
	hs.see("Nothing done this time")
	hs.keys("enter")
	hs.see("Choose a routine")
	if hs.store.started != 0 || len(hs.store.decisions) != 0 || hs.store.status != "" {
		t.Fatalf("empty sessions kept: %d started, status %q", hs.store.started, hs.store.status)
	}
	// One answer is enough to keep it.
	hs.keys("enter")
	hs.startWithBaselineRest("4", "5")
	hs.keys("q")
	if hs.store.started != 1 || len(hs.store.checkIns) != 1 {
		t.Fatalf("a session with its baseline answered was not kept: %d started, %d check-ins", hs.store.started, len(hs.store.checkIns))
	}
}

// The list, the detail and home's Last read a session by its most telling
// answer: the pain went further down the leg after a set, and the answer
// after the rest was back where it started: "further down", never "no
// change".
func TestASessionThatWentDownReadsFurtherDownEverywhere(t *testing.T) {
	at := t0.Add(-2 * time.Hour)
	b := ci(at, routines.CheckInBaseline, "", routines.ReachThigh, 5, 2)
	down := ci(at.Add(3*time.Minute), routines.CheckInAfterSet, routines.MovedDown, routines.ReachThigh, 6, 2)
	back := ci(at.Add(8*time.Minute), routines.CheckInRecheck, routines.MovedSame, routines.ReachThigh, 5, 2)
	row := SessionRow{ID: 1, Kind: routines.SessionRoutine, RoutineID: "extension", RoutineName: "Extension", StartedAt: at,
		EndedAt: at.Add(9 * time.Minute), Status: routines.StatusCutShort, SetsDone: 1, SetsPlanned: 5,
		Baseline: b, Last: back, Worst: down}
	h := &fakeHistory{sessions: []SessionRow{row}, details: map[int64]SessionDetail{1: {SessionRow: row}}}
	hs := newHarness(t, 80, 24).withHistory(h)
	hs.send(<-glanceOf(hs))
	hs.see("Last: Extension", "↓ further down")
	hs.press("h")
	hs.see("↓ further down")
	hs.press("enter")
	hs.see("further down")
	if contains(hs.screen(), "no change") {
		t.Fatalf("the detail reads no change:\n%s", hs.screen())
	}
}

// At 80x24 home keeps the plan's Next and Why lines, the plan's own words:
// today's walks, the last session and the routine's purpose give way
// first, and today's sets shorten to one line.
func TestHomeKeepsNextAndWhyAt80x24(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {100, 30}, {160, 45}} {
		plan := coach.DefaultPlan(coach.Answers{}, t0.AddDate(0, 0, -3))
		plan.Stage = routines.StageRelief
		plan.Log = append(plan.Log, coach.PlanChange{At: t0.Add(-time.Hour), RuleID: "R8", What: "level:extension", From: "2", To: "3",
			Reason: "Three sets in a row with no real change at prone on elbows: the next session goes one step up, to press-up."})
		// A library with as many routines as the built-in one.
		small := testCatalog()
		var exs []*routines.Exercise
		for _, id := range []string{"prone-lying", "press-up", "side-bridge-knees"} {
			ex, _ := small.Exercise(id)
			exs = append(exs, ex)
		}
		rs := small.Routines()
		for i, name := range []string{"Flexion", "Side glide", "Gentle mobility", "Daily maintenance"} {
			r := *rs[0]
			r.ID, r.Name = fmt.Sprintf("extra-%d", i), name
			rs = append(rs, &r)
		}
		hs := newHarnessCatPlan(t, size[0], size[1], routines.NewCatalog(exs, rs), plan)
		sessions := manySessions(3)
		base := routines.CheckIn{Reach: routines.ReachBelowKnee, LegPain: 6}
		last := routines.CheckIn{Reach: routines.ReachThigh, LegPain: 6}
		sessions[0].Baseline, sessions[0].Last = &base, &last
		hs.withHistory(&fakeHistory{sessions: sessions, days: func(time.Time) Day { return Day{} }})
		hs.m.deps.Walks = &fakeWalks{}
		hs.send(<-glanceOf(hs))
		hs.see("Your plan:", "Next: 1 more day", "Why: Three sets in a row", "Today:", "Choose a routine", "q quit", "s settings")
		if n := len(splitLines(hs.screen())); n > size[1] {
			t.Errorf("%dx%d: %d lines", size[0], size[1], n)
		}
		if size[1] >= 30 {
			hs.see("Last:", "A coach, not a diagnosis")
		}
	}
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}
