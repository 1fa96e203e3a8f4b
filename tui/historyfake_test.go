package tui

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// fakeHistory is an in-memory HistoryReader. Its sessions are sorted
// newest first; it counts the calls and the rows it hands out, so that
// tests can check the screens never ask for everything.
type fakeHistory struct {
	sessions []SessionRow // newest first
	details  map[int64]SessionDetail
	days     func(day time.Time) Day
	triggers []routines.Trigger // newest first
	state    map[string][]byte
	fail     error

	pageCalls, maxPage, rowsServed int
	added                          []routines.Trigger
}

func (f *fakeHistory) Sessions(_ context.Context, q SessionQuery) ([]SessionRow, error) {
	if f.fail != nil {
		return nil, f.fail
	}
	f.pageCalls++
	var out []SessionRow
	seen := q.BeforeID == 0
	for _, s := range f.sessions {
		if !seen {
			seen = s.ID == q.BeforeID
			continue
		}
		if (!q.Since.IsZero() && s.StartedAt.Before(q.Since)) || (!q.Until.IsZero() && !s.StartedAt.Before(q.Until)) ||
			(q.RoutineID != "" && s.RoutineID != q.RoutineID) {
			continue
		}
		out = append(out, s)
		if q.Limit > 0 && len(out) == q.Limit {
			break
		}
	}
	f.maxPage = max(f.maxPage, len(out))
	f.rowsServed += len(out)
	return out, nil
}

func (f *fakeHistory) CountSessions(ctx context.Context, q SessionQuery) (int, error) {
	q.Limit, q.BeforeID = 0, 0
	n := 0
	for _, s := range f.sessions {
		if (q.Since.IsZero() || !s.StartedAt.Before(q.Since)) && (q.RoutineID == "" || s.RoutineID == q.RoutineID) {
			n++
		}
	}
	return n, f.fail
}

func (f *fakeHistory) Session(_ context.Context, id int64) (SessionDetail, error) {
	if d, ok := f.details[id]; ok {
		return d, nil
	}
	for _, s := range f.sessions {
		if s.ID == id {
			return SessionDetail{SessionRow: s}, nil
		}
	}
	return SessionDetail{}, errors.New("not found")
}

func (f *fakeHistory) Routines(context.Context) ([]RoutineRef, error) {
	var out []RoutineRef
	seen := map[string]bool{}
	for _, s := range f.sessions {
		if !seen[s.RoutineID] {
			seen[s.RoutineID] = true
			out = append(out, RoutineRef{ID: s.RoutineID, Name: s.RoutineName})
		}
	}
	return out, nil
}

func (f *fakeHistory) Daily(_ context.Context, since, until time.Time) ([]Day, error) {
	var out []Day
	for d := since; d.Before(until); d = d.AddDate(0, 0, 1) {
		day := Day{Day: d}
		if f.days != nil {
			day = f.days(d)
			day.Day = d
		}
		out = append(out, day)
	}
	return out, f.fail
}

func (f *fakeHistory) Streak(context.Context, time.Time) (int, error) { return 12, f.fail }

func (f *fakeHistory) LastSetDone(context.Context) (time.Time, bool, error) {
	if len(f.sessions) == 0 {
		return time.Time{}, false, f.fail
	}
	return f.sessions[0].EndedAt, true, f.fail
}

func (f *fakeHistory) Triggers(_ context.Context, since, until time.Time, limit int) ([]routines.Trigger, error) {
	var out []routines.Trigger
	for _, t := range f.triggers {
		if !t.At.Before(since) && t.At.Before(until) && len(out) < limit {
			out = append(out, t)
		}
	}
	return out, f.fail
}

func (f *fakeHistory) TriggerCounts(_ context.Context, since, until time.Time) ([]TriggerCount, error) {
	n := map[routines.TriggerKind]int{}
	for _, t := range f.triggers {
		if !t.At.Before(since) && t.At.Before(until) {
			n[t.Kind]++
		}
	}
	var out []TriggerCount
	for _, k := range routines.TriggerKinds {
		if n[k] > 0 {
			out = append(out, TriggerCount{Kind: k, Count: n[k]})
		}
	}
	return out, f.fail
}

func (f *fakeHistory) GetState(_ context.Context, k string) ([]byte, bool, error) {
	v, ok := f.state[k]
	return v, ok, f.fail
}

func (f *fakeHistory) AddTrigger(_ context.Context, t routines.Trigger) (int64, error) {
	if f.fail != nil {
		return 0, f.fail
	}
	f.added = append(f.added, t)
	f.triggers = append([]routines.Trigger{t}, f.triggers...)
	return int64(len(f.added)), nil
}

// manySessions makes n sessions, two hours apart, newest (id n) first.
func manySessions(n int) []SessionRow {
	out := make([]SessionRow, n)
	for i := range out {
		id := int64(n - i)
		at := t0.Add(-time.Duration(i) * 2 * time.Hour)
		out[i] = SessionRow{ID: id, Kind: routines.SessionRoutine, RoutineID: []string{"extension", "core"}[id%2],
			RoutineName: []string{"Extension", "Core"}[id%2], StartedAt: at, EndedAt: at.Add(10 * time.Minute),
			Status: routines.StatusCompleted, SetsDone: 5, SetsPlanned: 5}
	}
	return out
}

// withHistory gives the harness's model a history to read.
func (hs *harness) withHistory(f *fakeHistory) *harness {
	hs.m.deps.History, hs.m.deps.Triggers = f, f
	return hs
}

// press types keys, running the commands they return and feeding every
// history message back, as the program would.
func (hs *harness) press(ks ...string) {
	hs.t.Helper()
	for _, k := range ks {
		_, cmd := hs.m.Update(histKey(k))
		hs.drain(cmd)
	}
}

func (hs *harness) drain(cmd tea.Cmd) {
	walk(cmd, func(msg tea.Msg) tea.Cmd {
		switch msg.(type) {
		case historyMsg, savedMsg:
			_, next := hs.m.Update(msg)
			return next
		case tea.QuitMsg, tea.InterruptMsg:
			hs.quit = true
		}
		return nil
	})
}

// histKey builds the keys the history screens use beyond keyPress's.
func histKey(k string) tea.KeyPressMsg {
	switch k {
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	}
	return keyPress(k)
}

// testResults is the direction-tests state with two results.
func testResults() []byte {
	recs := []TestRecord{
		{At: t0.AddDate(0, 0, -20), Result: coach.TestResult{Found: false, Direction: routines.DirectionNeutral,
			Evidence: []string{"Lying face down made no difference to the leg pain."}}},
		{At: t0.AddDate(0, 0, -6), Result: coach.TestResult{Found: true, Direction: routines.DirectionExtension, Level: 2,
			Evidence: []string{"After 2 sets of press-up, your leg pain moved from below the knee to the thigh."}}},
	}
	b, err := json.Marshal(recs)
	if err != nil {
		panic(fmt.Sprint(err))
	}
	return b
}
