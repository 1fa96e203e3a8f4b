package tui

import (
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/save"
)

// ci is a check-in for the fixtures.
func ci(at time.Time, kind routines.CheckInKind, moved routines.Moved, reach routines.Reach, leg, back int) *routines.CheckIn {
	side := routines.LegLeft
	if !reach.InLeg() {
		side = routines.LegNone
	}
	return &routines.CheckIn{At: at, Kind: kind, Moved: moved, Reach: reach, Leg: side, LegPain: leg, BackPain: back}
}

// fixtureHistory is a few days of a person's history ending at t0, with
// one session of each kind of response and ending.
func fixtureHistory() *fakeHistory {
	day := func(d, h, m int) time.Time { return time.Date(2026, 11, d, h, m, 0, 0, time.UTC) }
	base := routines.CheckInBaseline
	after := routines.CheckInAfterSet
	row := func(id int64, rid, name string, at time.Time, st routines.SessionStatus, reason string, done, planned int,
		b, l *routines.CheckIn) SessionRow {
		return SessionRow{ID: id, Kind: routines.SessionRoutine, RoutineID: rid, RoutineName: name, StartedAt: at,
			EndedAt: at.Add(14 * time.Minute), Status: st, Reason: reason, SetsDone: done, SetsPlanned: planned, Baseline: b, Last: l}
	}
	sessions := []SessionRow{
		row(9, "extension", "Extension", day(21, 8, 10), routines.StatusCompleted, "", 5, 5,
			ci(day(21, 8, 10), base, "", 5, 6, 2), ci(day(21, 8, 22), after, routines.MovedUp, 4, 5, 3)),
		row(8, "core", "Core", day(20, 19, 30), routines.StatusCutShort, "quit", 2, 4,
			ci(day(20, 19, 30), base, "", 4, 4, 2), ci(day(20, 19, 36), after, routines.MovedSame, 4, 4, 2)),
		row(7, "extension", "Extension", day(20, 16, 0), routines.StatusCompleted, "", 5, 5,
			ci(day(20, 16, 0), base, "", 4, 5, 2), ci(day(20, 16, 12), after, routines.MovedUp, 3, 3, 3)),
		row(6, "extension", "Extension", day(20, 12, 5), routines.StatusStopped, "pain spread further down the leg", 3, 5,
			ci(day(20, 12, 5), base, "", 4, 4, 2), ci(day(20, 12, 15), after, routines.MovedDown, 5, 6, 2)),
		row(5, "flexion", "Flexion in lying and sitting", day(19, 10, 0), routines.StatusCompleted, "", 4, 4,
			ci(day(19, 10, 0), base, "", 4, 6, 2), ci(day(19, 10, 12), after, routines.MovedSame, 4, 3, 2)),
		row(4, "extension", "Extension", day(18, 15, 0), routines.StatusCompleted, "", 5, 5,
			ci(day(18, 15, 0), base, "", 2, 0, 3), ci(day(18, 15, 12), after, routines.MovedGone, 0, 0, 0)),
		row(3, "extension", "Extension", day(18, 9, 0), routines.StatusCutShort, "interrupted", 0, 5,
			ci(day(18, 9, 0), base, "", 4, 5, 2), nil),
		row(2, "extension", "Extension", day(17, 9, 0), routines.StatusCompleted, "", 5, 5,
			ci(day(17, 9, 0), base, "", 4, 3, 2), ci(day(17, 9, 12), after, routines.MovedSame, 4, 6, 2)),
		row(1, "core", "Core", day(16, 18, 0), routines.StatusCompleted, "", 4, 4, nil, nil),
	}
	s9 := sessions[0]
	at := s9.StartedAt
	set := func(block, n int, ex string, fam routines.Family, start time.Time, unit routines.Unit, planned, done int) routines.SetResult {
		return routines.SetResult{Block: block, Set: n, ExerciseID: ex, Family: fam, Level: 1, StartedAt: start,
			EndedAt: start.Add(time.Minute), Unit: unit, Planned: planned, Done: done, Completed: done == planned}
	}
	detail := SessionDetail{SessionRow: s9,
		Sets: []routines.SetResult{
			set(0, 0, "prone-lying", routines.FamilyExtension, at.Add(time.Minute), routines.UnitSeconds, 60, 60),
			set(1, 0, "press-up", routines.FamilyExtension, at.Add(3*time.Minute), routines.UnitReps, 10, 10),
			set(1, 1, "press-up", routines.FamilyExtension, at.Add(6*time.Minute), routines.UnitReps, 10, 10),
			set(1, 2, "press-up", routines.FamilyExtension, at.Add(9*time.Minute), routines.UnitReps, 10, 8),
		},
		SetIDs: []int64{31, 32, 33, 34},
		CheckIns: []routines.CheckIn{*s9.Baseline,
			*ci(at.Add(2*time.Minute), after, routines.MovedSame, 5, 6, 2),
			*ci(at.Add(4*time.Minute), after, routines.MovedUp, 4, 5, 3),
			*ci(at.Add(7*time.Minute), after, routines.MovedDown, 5, 6, 3),
			*ci(at.Add(8*time.Minute), routines.CheckInRecheck, routines.MovedUp, 4, 5, 3),
			*s9.Last,
		},
		CheckInSets: []int64{0, 31, 32, 33, 33, 34},
		Decisions: []routines.DecisionRecord{
			{At: at.Add(4 * time.Minute), RuleID: "R4", Action: "continue", Reason: "Your leg pain moved up from below the knee to the thigh: that is centralization, a good sign. Keep going."},
			{At: at.Add(7 * time.Minute), RuleID: "R6", Action: "recheck", Reason: "It spread further down: rest lying on your back for 3 minutes, then tell me again."},
			{At: at.Add(8 * time.Minute), RuleID: "R6", Action: "continue", Reason: "It settled after the rest: amber. Same force, no step up."},
		},
	}
	detail.CheckIns[0].Tingling, detail.CheckIns[0].TinglingReach = true, routines.ReachFoot
	return &fakeHistory{
		sessions: sessions,
		details:  map[int64]SessionDetail{9: detail},
		days:     fixtureDay,
		triggers: []routines.Trigger{
			{At: day(20, 11, 0), Kind: routines.TriggerSitting},
			{At: day(19, 8, 0), Kind: routines.TriggerOther, Note: "long drive to the coast"},
			{At: day(12, 9, 0), Kind: routines.TriggerSitting},
			{At: day(3, 9, 0), Kind: routines.TriggerMornings},
		},
		state: map[string][]byte{StateTests: testResults()},
	}
}

// startOfDay is local midnight of t's day.
func startOfDay(t time.Time) time.Time { return app.StartOfDay(t) }

// fixtureDay is a month that centralizes: the pain reached the calf four
// weeks ago and the side of the back today, with a few days missed.
func fixtureDay(d time.Time) Day {
	k := int(startOfDay(t0).Sub(d).Hours() / 24) // days before today
	if k%11 == 7 {
		return Day{}
	}
	reach := min(2.0+float64(k)/10, 5.6)
	done := 8 - k%4
	day := Day{Sessions: done, Done: done, Completed: done, SetsDone: done * 5, CheckIns: done * 6,
		ReachMin: int(reach) - 1, ReachMax: min(int(reach)+1+k%2, 6), ReachAvg: reach,
		LegPainAvg: min(3+float64(k)/8, 9.6), LegPainMax: min(5+k/8, 10)}
	if k%5 == 0 {
		day.Triggers = 1 + k%2
	}
	if k == 0 {
		day.Done, day.Sessions = 5, 5
	}
	return day
}

func TestHistoryGoldens(t *testing.T) {
	hs := newHarness(t, 80, 24).withHistory(fixtureHistory())
	hs.press("h")
	t.Run("list", func(t *testing.T) {
		golden.RequireEqual(t, []byte(hs.screen()))
	})
	hs.press("enter")
	t.Run("detail", func(t *testing.T) {
		golden.RequireEqual(t, []byte(hs.screen()))
	})
	hs.press("esc", "tab")
	t.Run("chart", func(t *testing.T) {
		golden.RequireEqual(t, []byte(hs.screen()))
	})
	hs.press("left")
	t.Run("chart-7", func(t *testing.T) {
		golden.RequireEqual(t, []byte(hs.screen()))
	})
	hs.press("right", "right")
	t.Run("chart-90", func(t *testing.T) {
		golden.RequireEqual(t, []byte(hs.screen()))
	})
	hs.send(tea_ws(130, 30))
	t.Run("chart-wide", func(t *testing.T) {
		golden.RequireEqual(t, []byte(hs.screen()))
	})
	hs.send(tea_ws(80, 24))
	hs.press("tab")
	t.Run("tests", func(t *testing.T) {
		golden.RequireEqual(t, []byte(hs.screen()))
	})
}

func TestHistoryFromHomeAndBack(t *testing.T) {
	hs := newHarness(t, 80, 24).withHistory(fixtureHistory())
	hs.see("h history")
	hs.press("h")
	hs.see("[Sessions]", "Sat 21 Nov 08:10", "↑ centralized", "↓ further down", "○ pain gone", "✗", "■")
	hs.press("?")
	hs.see("Keys on this screen", "dates", "routine")
	hs.press("esc", "esc")
	hs.see("Choose a routine")
}

func TestListWindowStaysBoundedWhileScrollingTenYears(t *testing.T) {
	f := &fakeHistory{sessions: manySessions(30000)}
	hs := newHarness(t, 80, 24).withHistory(f)
	hs.press("h")
	for range 1000 {
		hs.press("pgdown")
	}
	l := hs.m.hist.list
	if l.cursor < 10000 {
		t.Fatalf("after 1000 pages down the cursor is at %d", l.cursor)
	}
	if len(l.rows) > maxPages*pageSize || f.maxPage > pageSize {
		t.Errorf("window of %d rows, pages of up to %d: the list must stay windowed", len(l.rows), f.maxPage)
	}
	want := f.sessions[l.cursor]
	hs.see(want.StartedAt.Format("Mon 2 Jan 15:04"))
	// Back up past the dropped pages: they come back, in order.
	for range 1000 {
		hs.press("pgup")
	}
	if l.cursor != 0 || l.first != 0 || l.rows[0].ID != 30000 {
		t.Errorf("back at the top: cursor %d, first page %d, first id %d", l.cursor, l.first, l.rows[0].ID)
	}
	for i := 1; i < len(l.rows); i++ {
		if l.rows[i].ID != l.rows[i-1].ID-1 {
			t.Fatalf("rows out of order at %d: %d after %d", i, l.rows[i].ID, l.rows[i-1].ID)
		}
	}
	hs.see("30,000 sessions", "1 of 30,000")
}

func TestStalePagesOfAnOldFilterAreDropped(t *testing.T) {
	f := &fakeHistory{sessions: manySessions(200)}
	hs := newHarness(t, 80, 24).withHistory(f)
	hs.press("h")
	stale := pageMsg{gen: hs.m.hist.list.gen, page: 1, rows: manySessions(3)}
	hs.press("r") // routine filter: a new generation
	hs.m.hist.list.loading = 1
	hs.drain(func() tea.Msg { return stale })
	if l := hs.m.hist.list; len(l.rows) != pageSize || l.rows[0].RoutineID != hs.m.hist.list.filter.Routines[0].ID {
		t.Errorf("a page of the old filter got in: %d rows, first %+v", len(l.rows), l.rows[0])
	}
}

func TestFiltersByDateAndRoutine(t *testing.T) {
	hs := newHarness(t, 80, 24).withHistory(fixtureHistory())
	hs.press("h", "f") // today
	hs.see("today · all routines · 1 session")
	hs.press("f") // last 7 days
	hs.see("last 7 days", "9 sessions")
	hs.press("r") // the first routine found: Extension
	hs.see("last 7 days · Extension · 6 sessions")
	if strings.Contains(hs.screen(), "Core") {
		t.Errorf("Core shows under the Extension filter:\n%s", hs.screen())
	}
	hs.press("x")
	hs.see("all dates · all routines · 9 sessions")
}

func TestHistoryErrorsAreShownCalmly(t *testing.T) {
	f := fixtureHistory()
	f.fail = errors.New("read centra.db: disk I/O error")
	hs := newHarness(t, 80, 24).withHistory(f)
	hs.press("h")
	hs.see("Could not read the history: Disk I/O error.")
	hs.press("tab")
	hs.see("Could not read the history")
}

func TestEmptyHistory(t *testing.T) {
	hs := newHarness(t, 80, 24).withHistory(&fakeHistory{})
	hs.press("h")
	hs.see("No sessions yet")
	hs.press("tab")
	hs.see("No sets done yet", "Triggers: none logged")
	hs.press("tab")
	hs.see("No direction tests yet")
}

func TestTriggerLogFromHome(t *testing.T) {
	f := fixtureHistory()
	hs := newHarness(t, 80, 24).withHistory(f)
	hs.press("t")
	hs.see("What made the pain worse?", "1 sitting", "8 other")
	hs.press("8", "enter")
	hs.see("Say in a few words what it was")
	hs.press("q", "?", " ", "x", "backspace", "b", "a", "g", "s", "enter")
	if len(f.added) != 1 || f.added[0].Kind != routines.TriggerOther || f.added[0].Note != "q? bags" {
		t.Fatalf("saved %+v", f.added)
	}
	hs.see("Choose a routine", "Logged other (q? bags) at 09:00")
	hs.press("t", "2", "enter")
	if len(f.added) != 2 || f.added[1].Kind != routines.TriggerDriving || f.added[1].Note != "" {
		t.Fatalf("saved %+v", f.added)
	}
	hs.press("h", "tab")
	hs.see("driving 1")
	hs.send(tea_ws(130, 30))
	hs.see("driving, today")
}

// TestTriggerNotSavedSaysSoAndKeepsTheEntry: a trigger goes through the
// journal like everything else the person does: a write that fails is
// kept, said under the screen, tried again, and once saved the warning
// goes.
func TestTriggerNotSavedSaysSoAndKeepsTheEntry(t *testing.T) {
	f := fixtureHistory()
	hs := newHarness(t, 80, 24).withHistory(f)
	f.fail = errors.New("database is locked")
	hs.press("t", "1", "enter")
	hs.see("Logged sitting at 09:00.", "Not saved yet: Database is locked.", "Your results are kept")
	if len(f.added) != 0 {
		t.Fatalf("saved %+v while the store fails", f.added)
	}
	f.fail = nil
	hs.send(retryMsg{})
	if len(f.added) != 1 || f.added[0].Kind != routines.TriggerSitting {
		t.Fatalf("the retry saved %+v", f.added)
	}
	if strings.Contains(hs.screen(), "Not saved yet") {
		t.Errorf("still says not saved once saved:\n%s", hs.screen())
	}
}

// TestWithoutAHistoryOnlyEscAndQuitWork: the history screen says it is not
// available, and its other keys read nothing (they used to start reads of
// a history that is not there).
func TestWithoutAHistoryOnlyEscAndQuitWork(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.m.deps.History = nil
	hs.press("h")
	hs.see("The history is not available here.", "esc back out")
	for _, k := range []string{"tab", "f", "r", "x", "g", "enter", "pgdown", "down", "shift+tab"} {
		hs.press(k)
	}
	hs.see("The history is not available here.")
	hs.press("esc")
	hs.see("Choose a routine")
}

// TestATriggerThatCannotBeSavedIsHandedBackAtTheEnd: quitting with a
// trigger still unsaved leaves it among the records for the recovery
// file, as a session's are.
func TestATriggerThatCannotBeSavedIsHandedBackAtTheEnd(t *testing.T) {
	f := fixtureHistory()
	hs := newHarness(t, 80, 24).withHistory(f)
	f.fail = errors.New("attempt to write a readonly database")
	hs.press("t", "8")
	for _, r := range "lifting a box" {
		hs.press(string(r))
	}
	hs.press("enter", "ctrl+c", "ctrl+c")
	u := hs.m.Finish(ctxFor(t, 300*time.Millisecond))
	if u == nil || len(u.Records) != 1 || u.Records[0].Kind != "trigger" {
		t.Fatalf("unsaved = %+v, want the trigger", u)
	}
	if tr, ok := u.Records[0].Record.(save.Trigger); !ok || tr.Trigger.Note != "lifting a box" || tr.Trigger.Kind != routines.TriggerOther {
		t.Errorf("the trigger handed back is %+v", u.Records[0].Record)
	}
}

// A session stopped for an urgent symptom (R1) says so in the list, in
// its colour of a stop, never "= no change", at 80 columns.
func TestHistorySaysASessionStoppedForAnUrgentSymptom(t *testing.T) {
	at := time.Date(2026, 11, 20, 10, 9, 0, 0, time.UTC)
	b := ci(at, routines.CheckInBaseline, "", 3, 3, 3)
	l := ci(at.Add(3*time.Minute), routines.CheckInAfterSet, "", 3, 3, 3)
	l.Urgent = []string{"bladder"}
	row := SessionRow{ID: 1, Kind: routines.SessionRoutine, RoutineID: "plan", RoutineName: "Your relief set", StartedAt: at,
		EndedAt: at.Add(4 * time.Minute), Status: routines.StatusStopped, Reason: "emergency-stop", SetsDone: 1, SetsPlanned: 1,
		Baseline: b, Last: l, Worst: l}
	hs := newHarness(t, 80, 24).withHistory(&fakeHistory{sessions: []SessionRow{row}, days: fixtureDay})
	hs.press("h")
	hs.see("[Sessions]", "■", "! urgent")
	if scr := hs.screen(); strings.Contains(scr, "no change") || strings.Contains(scr, "! urgent symp…") {
		t.Errorf("an urgent stop reads no change, or cut short:\n%s", scr)
	}
}
