package persist

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
)

// fakeStore logs every call; fail makes the next call fail.
type fakeStore struct {
	log   []string
	state map[string][]byte
	next  int64
	fail  error
}

func (s *fakeStore) call(format string, args ...any) (int64, error) {
	if err := s.fail; err != nil {
		s.fail = nil
		return 0, err
	}
	s.next++
	s.log = append(s.log, fmt.Sprintf(format, args...))
	return s.next, nil
}

func (s *fakeStore) StartSession(_ context.Context, kind routines.SessionKind, id, name string, _ time.Time) (int64, error) {
	return s.call("start %s %s", kind, id)
}
func (s *fakeStore) SetPlanned(_ context.Context, sid int64, n int) error {
	_, err := s.call("planned session=%d %d", sid, n)
	return err
}
func (s *fakeStore) AddSet(_ context.Context, sid int64, r routines.SetResult) (int64, error) {
	return s.call("set session=%d %s", sid, r.ExerciseID)
}
func (s *fakeStore) AddCheckIn(_ context.Context, sid, setID int64, c routines.CheckIn) (int64, error) {
	return s.call("check-in session=%d set=%d %s", sid, setID, c.Kind)
}
func (s *fakeStore) AddDecision(_ context.Context, sid int64, d routines.DecisionRecord) error {
	_, err := s.call("decision session=%d %s", sid, d.Action)
	return err
}
func (s *fakeStore) FinishSession(_ context.Context, id int64, st routines.SessionStatus, reason string, _ time.Time) error {
	_, err := s.call("finish session=%d %s %s", id, st, reason)
	return err
}
func (s *fakeStore) GetState(_ context.Context, k string) ([]byte, bool, error) {
	b, ok := s.state[k]
	return b, ok, nil
}
func (s *fakeStore) PutState(_ context.Context, k string, v []byte) error {
	if s.state == nil {
		s.state = map[string][]byte{}
	}
	s.state[k] = v
	_, err := s.call("state %s", k)
	return err
}

func TestWriteKeepsASessionInOrderWithItsIDs(t *testing.T) {
	s := &fakeStore{}
	var ids IDs
	ctx := context.Background()
	recs := []flow.Record{
		flow.Start{Kind: routines.SessionRoutine, RoutineID: "extension", Planned: 2},
		flow.CheckIn{CheckIn: routines.CheckIn{Kind: routines.CheckInBaseline}},
		flow.Set{Ref: 1, Result: routines.SetResult{ExerciseID: "prone-lying"}},
		flow.CheckIn{SetRef: 1, CheckIn: routines.CheckIn{Kind: routines.CheckInAfterSet}},
		flow.Decision{Record: routines.DecisionRecord{Action: "continue"}},
		flow.Plan{Plan: coach.Plan{Direction: routines.DirectionExtension}},
		flow.Finish{Status: routines.StatusCompleted},
		// A second session resets the ids.
		flow.Start{Kind: routines.SessionTest, RoutineID: "direction-test"},
		flow.CheckIn{CheckIn: routines.CheckIn{Kind: routines.CheckInBaseline}},
		flow.TestResult{Result: coach.TestResult{Found: true}},
	}
	for _, r := range recs {
		if err := Write(ctx, s, &ids, r); err != nil {
			t.Fatal(err)
		}
	}
	want := `start routine extension
planned session=1 2
check-in session=1 set=0 baseline
set session=1 prone-lying
check-in session=1 set=4 after-set
decision session=1 continue
state plan
finish session=1 completed 
start direction-test direction-test
check-in session=9 set=0 baseline
state direction-tests`
	if got := strings.Join(s.log, "\n"); got != want {
		t.Errorf("calls:\n%s\nwant:\n%s", got, want)
	}
	tests, err := LoadTests(ctx, s)
	if err != nil || len(tests) != 1 || !tests[0].Result.Found {
		t.Errorf("test results kept: %+v, %v", tests, err)
	}
}

// A session left at its first question, nothing done and nothing
// answered, is never kept: it would show as the last session and in the
// history with nothing in it. The plan and test results still are.
func TestASessionWithNothingDoneOrAnsweredIsNotKept(t *testing.T) {
	s := &fakeStore{}
	var ids IDs
	ctx := context.Background()
	for _, r := range []flow.Record{
		flow.Start{Kind: routines.SessionTest, RoutineID: "direction-test"},
		flow.Finish{Status: routines.StatusCutShort},
		flow.Start{Kind: routines.SessionRoutine, RoutineID: "extension", Planned: 5},
		flow.Finish{Status: routines.StatusCutShort},
	} {
		if err := Write(ctx, s, &ids, r); err != nil {
			t.Fatal(err)
		}
	}
	if len(s.log) != 0 {
		t.Fatalf("empty sessions were kept: %q", s.log)
	}
	// A start that fails is tried again with the first record, and the
	// session is started once.
	s.fail = errors.New("disk full")
	if err := Write(ctx, s, &ids, flow.Start{Kind: routines.SessionRoutine, RoutineID: "extension", Planned: 5}); err != nil {
		t.Fatal(err)
	}
	base := flow.CheckIn{CheckIn: routines.CheckIn{Kind: routines.CheckInBaseline}}
	if err := Write(ctx, s, &ids, base); err == nil {
		t.Fatal("the failed start went unreported")
	}
	if err := Write(ctx, s, &ids, base); err != nil {
		t.Fatal(err)
	}
	if err := Write(ctx, s, &ids, flow.Finish{Status: routines.StatusCutShort}); err != nil {
		t.Fatal(err)
	}
	want := "start routine extension\nplanned session=1 5\ncheck-in session=1 set=0 baseline\nfinish session=1 cut-short "
	if got := strings.Join(s.log, "\n"); got != want {
		t.Errorf("calls:\n%s\nwant:\n%s", got, want)
	}
}

func TestAFailedWriteCanBeTriedAgain(t *testing.T) {
	s := &fakeStore{}
	var ids IDs
	ctx := context.Background()
	_ = Write(ctx, s, &ids, flow.Start{RoutineID: "core"})
	s.fail = errors.New("disk full")
	set := flow.Set{Ref: 1, Result: routines.SetResult{ExerciseID: "curl-up"}}
	if err := Write(ctx, s, &ids, set); err == nil {
		t.Fatal("want the store's error")
	}
	if err := Write(ctx, s, &ids, set); err != nil {
		t.Fatal(err)
	}
	if err := Write(ctx, s, &ids, flow.CheckIn{SetRef: 1}); err != nil {
		t.Fatal(err)
	}
	if got := s.log[len(s.log)-1]; got != "check-in session=1 set=2 " {
		t.Errorf("the check-in names set %q, want the set saved on the second try", got)
	}
}
