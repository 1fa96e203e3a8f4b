package save

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
	"github.com/centra-app/centra/routines/function"
)

var (
	bg = context.Background()
	t0 = time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
)

// brokenStore fails every write while broken, as a full disk does.
type brokenStore struct {
	persist.Store
	broken bool
}

var errFull = errors.New("database or disk is full")

func (b *brokenStore) AddSet(ctx context.Context, id int64, r routines.SetResult) (int64, error) {
	if b.broken {
		return 0, errFull
	}
	return b.Store.AddSet(ctx, id, r)
}

func (b *brokenStore) AddCheckIn(ctx context.Context, id, set int64, c routines.CheckIn) (int64, error) {
	if b.broken {
		return 0, errFull
	}
	return b.Store.AddCheckIn(ctx, id, set, c)
}

func session() []flow.Record {
	set := routines.SetResult{ExerciseID: "prone-lying", StartedAt: t0.Add(time.Minute), EndedAt: t0.Add(3 * time.Minute), Done: 1, Completed: true}
	return []flow.Record{
		flow.Start{Kind: routines.SessionRoutine, RoutineID: "extension", RoutineName: "Extension", At: t0, Planned: 1},
		flow.Set{Ref: 1, Result: set},
		flow.CheckIn{SetRef: 1, CheckIn: routines.CheckIn{At: t0.Add(4 * time.Minute), Kind: routines.CheckInAfterSet,
			Moved: routines.MovedUp, Reach: routines.ReachButtock, Leg: routines.LegLeft, LegPain: 3}},
		flow.Finish{Status: routines.StatusCompleted, At: t0.Add(5 * time.Minute)},
	}
}

// What a full disk kept from being saved goes to a recovery file that a
// later run reads back and adds to the same session: nothing is lost, and
// nothing is saved twice.
func TestAFailedWriteWaitsInOrderThenTheRecoveryFileCompletesTheSession(t *testing.T) {
	dir := t.TempDir()
	st, err := history.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	b := &brokenStore{Store: st.Journal()}
	q := NewQueue(b)
	q.Add(Answers{Answers: coach.Answers{AgeBand: coach.Age20to49}}, flow.Plan{Plan: coach.DefaultPlan(coach.Answers{}, t0)})
	q.AddRecords(session()[:1])
	if err := q.Flush(bg); err != nil {
		t.Fatal(err)
	}
	b.broken = true
	q.AddRecords(session()[1:])
	if err := q.Flush(bg); !errors.Is(err, errFull) || q.Len() != 3 || q.Err() == nil || q.Retries() != 1 {
		t.Fatalf("Flush on a full disk = %v, %d queued, err %v, %d retries", err, q.Len(), q.Err(), q.Retries())
	}
	u := q.Unsaved("Extension", false, "stopped")
	path, err := Keep(dir, u, t0)
	if err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 || filepath.Base(path) != "unsaved-20261130-090000.json" {
		t.Fatalf("recovery file %s: %v %v", path, fi, err)
	}
	// A second file in the same second gets its own name.
	if p2, err := Keep(dir, u, t0); err != nil || p2 == path {
		t.Fatalf("second recovery file %s: %v", p2, err)
	} else {
		os.Remove(p2)
	}
	pending, err := Pending(dir)
	if err != nil || len(pending) != 1 || pending[0] != path {
		t.Fatalf("Pending = %v, %v", pending, err)
	}
	back, err := Load(path)
	if err != nil || len(back.Records) != 3 || back.Records[1].Kind != "check-in" {
		t.Fatalf("Load = %+v, %v", back, err)
	}
	if c, ok := back.Records[1].Record.(flow.CheckIn); !ok || c.CheckIn.LegPain != 3 || c.CheckIn.Reach != routines.ReachButtock {
		t.Fatalf("the check-in read back as %#v", back.Records[1].Record)
	}

	n, err := Restore(bg, st.Journal(), path)
	if err != nil || n != 3 {
		t.Fatalf("Restore = %d, %v", n, err)
	}
	sums, err := st.Sessions().List(bg, history.Filter{})
	if err != nil || len(sums) != 1 {
		t.Fatalf("sessions: %v %v", sums, err)
	}
	d, err := st.Sessions().Detail(bg, sums[0].ID)
	if err != nil || len(d.Sets) != 1 || len(d.CheckIns) != 1 || d.Status != routines.StatusCompleted {
		t.Fatalf("the restored session: %d sets, %d check-ins, %s (%v)", len(d.Sets), len(d.CheckIns), d.Status, err)
	}
	if pending, _ := Pending(dir); len(pending) != 0 {
		t.Fatalf("still offered after saving: %v", pending)
	}
	if _, err := os.Stat(filepath.Join(dir, "restored-20261130-090000.json")); err != nil {
		t.Fatalf("the saved recovery file was not kept as restored-…: %v", err)
	}
}

// brokenFunctionLog fails as a full disk does.
type brokenFunctionLog struct{}

func (brokenFunctionLog) AddFunction(context.Context, function.Measure) (int64, error) {
	return 0, errFull
}

// A weekly function measure that could not be written goes to the
// recovery file with the rest, and is kept from there.
func TestAFunctionMeasureSurvivesAFullDisk(t *testing.T) {
	dir := t.TempDir()
	st, err := history.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	m := function.Measure{At: t0, Ratings: []function.Rating{{Activity: "Putting on socks", Score: 4}}, Sitting: 20, Walking: function.Unanswered}
	q := NewQueue(st.Journal())
	q.Add(Function{Measure: m, Log: brokenFunctionLog{}}, FunctionSkip{At: t0})
	if err := q.Flush(bg); !errors.Is(err, errFull) || q.Len() != 2 {
		t.Fatalf("Flush = %v, %d queued", err, q.Len())
	}
	path, err := Keep(dir, q.Unsaved("", false, "stopped"), t0)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := Restore(bg, st.Journal(), path); err != nil || n != 2 {
		t.Fatalf("Restore = %d, %v", n, err)
	}
	got, err := st.Function().Measures(bg, time.Time{}, time.Time{})
	if err != nil || len(got) != 1 || got[0].Sitting != 20 || got[0].Walking != function.Unanswered || got[0].Ratings[0].Score != 4 {
		t.Fatalf("kept %+v, %v", got, err)
	}
	if at, err := persist.LoadFunctionSkip(bg, st.Journal()); err != nil || !at.Equal(t0) {
		t.Errorf("skip kept as %v, %v", at, err)
	}
}
