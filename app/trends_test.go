package app

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/adherence"
)

func TestSessionFilterCyclesAndSaysItself(t *testing.T) {
	now := time.Date(2026, 11, 21, 9, 30, 0, 0, time.UTC)
	f := SessionFilter{Routines: []RoutineRef{{ID: "extension", Name: "Extension"}, {ID: "core", Name: "Core"}}}
	if f.Filtered() || f.Name() != "all dates · all routines" || f.Query(now) != (SessionQuery{}) {
		t.Fatalf("a new filter leaves nothing out: %q %+v", f.Name(), f.Query(now))
	}
	f.NextRange()
	f.NextRange() // last 7 days
	f.NextRoutine()
	q := f.Query(now)
	if f.Name() != "last 7 days · Extension" || q.RoutineID != "extension" || !q.Since.Equal(time.Date(2026, 11, 15, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("last 7 days of Extension: %q %+v", f.Name(), q)
	}
	f.NextRoutine()
	f.NextRoutine() // round to all routines
	if f.Name() != "last 7 days · all routines" || !f.Filtered() {
		t.Errorf("round to all routines: %q", f.Name())
	}
	for range DatePresets {
		f.NextRange()
	}
	if f.Name() != "last 7 days · all routines" {
		t.Errorf("a full round of ranges comes back: %q", f.Name())
	}
	f.Clear()
	if f.Filtered() {
		t.Errorf("clear leaves %q", f.Name())
	}
}

func TestTriggerTextSaysTodayByTheClock(t *testing.T) {
	now := time.Date(2026, 11, 21, 18, 0, 0, 0, time.UTC)
	today := routines.Trigger{At: now.Add(-4 * time.Hour), Kind: routines.TriggerOther, Note: "long drive"}
	if got := TriggerText(today, now); got != "other: long drive, today 14:00" {
		t.Errorf("today: %q", got)
	}
	before := routines.Trigger{At: now.AddDate(0, 0, -2), Kind: routines.TriggerSitting}
	if got := TriggerText(before, now); got != "sitting, Thu 19 Nov" {
		t.Errorf("two days ago: %q", got)
	}
}

// trendsReader answers the reads of ReadTrends; fail makes the streak
// fail.
type trendsReader struct {
	HistoryReader
	since, until time.Time
	fail         error
}

func (r *trendsReader) Daily(_ context.Context, since, until time.Time) ([]Day, error) {
	r.since, r.until = since, until
	return []Day{{Day: since}, {Day: until.AddDate(0, 0, -1), Done: 3}}, nil
}
func (r *trendsReader) Streak(context.Context, time.Time) (int, error) { return 4, r.fail }
func (r *trendsReader) LastSetDone(context.Context) (time.Time, bool, error) {
	return time.Time{}, false, nil
}
func (r *trendsReader) TriggerCounts(context.Context, time.Time, time.Time) ([]TriggerCount, error) {
	return []TriggerCount{{Kind: routines.TriggerSitting, Count: 2}}, nil
}
func (r *trendsReader) Triggers(_ context.Context, _, _ time.Time, limit int) ([]routines.Trigger, error) {
	if limit != LatestTriggers {
		return nil, errors.New("asked for the wrong number of triggers")
	}
	return nil, nil
}

func TestReadTrendsReadsThePeriodEndingToday(t *testing.T) {
	now := time.Date(2026, 11, 21, 9, 30, 0, 0, time.UTC)
	r := &trendsReader{}
	tr, err := ReadTrends(context.Background(), r, nil, adherence.DefaultPlan(), now, 7)
	if err != nil {
		t.Fatal(err)
	}
	if !r.since.Equal(time.Date(2026, 11, 15, 0, 0, 0, 0, time.UTC)) || !r.until.Equal(time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("7 days ending today: %v to %v", r.since, r.until)
	}
	if tr.Streak != 4 || len(tr.Counts) != 1 || tr.Measures != nil || adherenceTarget(tr) == 0 {
		t.Errorf("trends read: %+v", tr)
	}
	if st := tr.Adherence(); st.Counts() == "" {
		t.Errorf("no adherence for today")
	}
	r.fail = errors.New("disk I/O error")
	if _, err := ReadTrends(context.Background(), r, nil, adherence.DefaultPlan(), now, 7); !errors.Is(err, r.fail) {
		t.Errorf("a failed read: %v", err)
	}
}

// adherenceTarget is the day's sets the default plan asks for.
func adherenceTarget(tr Trends) int { return tr.Adherence().Target }

func TestTriggerCountsLineNamesEachKind(t *testing.T) {
	if got := TriggerCountsLine(nil); got != "" {
		t.Errorf("no triggers: %q", got)
	}
	got := TriggerCountsLine([]TriggerCount{{Kind: routines.TriggerSitting, Count: 2}, {Kind: routines.TriggerDriving, Count: 1}})
	if got != "Triggers: sitting 2 · driving 1" {
		t.Errorf("two kinds: %q", got)
	}
}

func TestExerciseNameFallsBackToTheID(t *testing.T) {
	cat := routines.NewCatalog([]*routines.Exercise{{ID: "press-up", Name: "Press-up"}}, nil)
	if got := ExerciseName(cat, "press-up"); got != "Press-up" {
		t.Errorf("known: %q", got)
	}
	if got := ExerciseName(cat, "gone"); got != "gone" {
		t.Errorf("removed from the catalog: %q", got)
	}
	if got := ExerciseName(nil, "press-up"); got != "press-up" {
		t.Errorf("no catalog: %q", got)
	}
}

func TestTriggerLoggedSaysTheNote(t *testing.T) {
	at := time.Date(2026, 11, 21, 14, 5, 0, 0, time.UTC)
	if got := TriggerLogged(routines.Trigger{At: at, Kind: routines.TriggerOther, Note: "long drive"}); got != "Logged other (long drive) at 14:05." {
		t.Errorf("with a note: %q", got)
	}
	if got := TriggerLogged(routines.Trigger{At: at, Kind: routines.TriggerSitting}); got != "Logged sitting at 14:05." {
		t.Errorf("without: %q", got)
	}
}
