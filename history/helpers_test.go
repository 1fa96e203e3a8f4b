package history

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

// TestMain doubles as a child process for the tests that need a second
// program on the same file (a live owner, a kill -9, a concurrent writer):
// run with CENTRA_HISTORY_CHILD set, the test binary plays that part.
func TestMain(m *testing.M) {
	if mode := os.Getenv("CENTRA_HISTORY_CHILD"); mode != "" {
		os.Exit(runChild(mode, os.Getenv("CENTRA_HISTORY_DIR")))
	}
	code := m.Run()
	removeBenchDir()
	os.Exit(code)
}

// t0 is the start of the test histories, on a whole millisecond as stored.
var t0 = time.Date(2025, 3, 3, 8, 0, 0, 0, time.Local)

var bg = context.Background()

// openStore opens a store in dir, closed when the test ends.
func openStore(t testing.TB, dir string) *Store {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatalf("Open(%s): %v", dir, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func checkIn(at time.Time, kind routines.CheckInKind, moved routines.Moved, reach routines.Reach, legPain int) routines.CheckIn {
	leg := routines.LegLeft
	if !reach.InLeg() {
		leg = routines.LegNone
	}
	return routines.CheckIn{At: at, Kind: kind, Moved: moved, Reach: reach, Leg: leg, LegPain: legPain, BackPain: 2}
}

func setResult(block, set int, at time.Time) routines.SetResult {
	return routines.SetResult{
		Block: block, Set: set, ExerciseID: "press-up", Family: routines.FamilyExtension, Level: 3,
		StartedAt: at, EndedAt: at.Add(40 * time.Second), Unit: routines.UnitReps, Planned: 10, Done: 10, Completed: true,
	}
}

// recordSession writes a session with a baseline and n sets, each followed
// by a check-in, and returns what Session should give back (still in
// progress: the caller finishes it if it wants).
func recordSession(t testing.TB, s *Store, routineID string, at time.Time, n int) SessionDetail {
	t.Helper()
	id, err := s.Journal().StartSession(bg, routines.SessionRoutine, routineID, "Routine "+routineID, at)
	if err != nil {
		t.Fatal(err)
	}
	want := SessionDetail{
		SessionSummary: SessionSummary{ID: id, Kind: routines.SessionRoutine, RoutineID: routineID,
			RoutineName: "Routine " + routineID, StartedAt: at, Status: routines.StatusInProgress, SetsDone: n, SetsRecorded: n},
		Sets: []SetRecord{}, CheckIns: []CheckInRecord{}, Decisions: []DecisionRecord{},
	}
	base := checkIn(at, routines.CheckInBaseline, "", routines.ReachBelowKnee, 6)
	cid, err := s.Journal().AddCheckIn(bg, id, 0, base)
	if err != nil {
		t.Fatal(err)
	}
	want.CheckIns = append(want.CheckIns, CheckInRecord{ID: cid, CheckIn: base})
	want.Baseline = reading(base)
	for i := range n {
		st := setResult(0, i, at.Add(time.Duration(i+1)*time.Minute))
		sid, err := s.Journal().AddSet(bg, id, st)
		if err != nil {
			t.Fatal(err)
		}
		want.Sets = append(want.Sets, SetRecord{ID: sid, SetResult: st})
		c := checkIn(st.EndedAt.Add(5*time.Second), routines.CheckInAfterSet, routines.MovedUp, routines.ReachThigh, 5-i%5)
		cid, err := s.Journal().AddCheckIn(bg, id, sid, c)
		if err != nil {
			t.Fatal(err)
		}
		want.CheckIns = append(want.CheckIns, CheckInRecord{ID: cid, SetID: sid, CheckIn: c})
		want.Last = reading(c)
	}
	return want
}

// finish ends a session recorded by recordSession and updates want.
func finish(t testing.TB, s *Store, want *SessionDetail, status routines.SessionStatus, reason string, at time.Time) {
	t.Helper()
	if err := s.Journal().FinishSession(bg, want.ID, status, reason, at); err != nil {
		t.Fatal(err)
	}
	want.Status, want.Reason, want.EndedAt = status, reason, at
}

// sameDetail fails the test unless got equals want field by field.
func sameDetail(t testing.TB, got, want SessionDetail) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("session %d differs:\n got: %+v\nwant: %+v", want.ID, got, want)
	}
}

func readBytes(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func perm(t testing.TB, path string) os.FileMode {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode().Perm()
}

// child starts this test binary as a child process in the given mode,
// with stdin and stdout piped. It is killed when the test ends.
type child struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	out   *bufio.Reader
}

func startChild(t *testing.T, mode, dir string, env ...string) *child {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), append(env, "CENTRA_HISTORY_CHILD="+mode, "CENTRA_HISTORY_DIR="+dir)...)
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &child{cmd: cmd, stdin: in, out: bufio.NewReader(out)}
	t.Cleanup(func() {
		c.stdin.Close()
		_ = c.cmd.Process.Kill()
		_ = c.cmd.Wait()
	})
	return c
}

// line reads the next line the child prints.
func (c *child) line(t *testing.T) string {
	t.Helper()
	s, err := c.out.ReadString('\n')
	if err != nil {
		t.Fatalf("child: %v", err)
	}
	return strings.TrimSpace(s)
}

// deadPID returns the pid of a process that has exited and been reaped.
func deadPID(t *testing.T) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "CENTRA_HISTORY_CHILD=exit")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return cmd.Process.Pid
}

// runChild is the child process's main. Modes:
//
//	exit  - exit at once (its pid is then a dead one)
//	open  - open the store, print "open", wait for stdin to close
//	hold  - start a session with a baseline, print its id, then wait for
//	        stdin to close and exit without finishing it or closing the store
//	crash - start a session, record CENTRA_HISTORY_N sets, print its id,
//	        then kill itself with SIGKILL
//	write - record CENTRA_HISTORY_N finished sessions, then print "done"
func runChild(mode, dir string) int {
	if mode == "exit" {
		return 0
	}
	n, _ := strconv.Atoi(os.Getenv("CENTRA_HISTORY_N"))
	s, err := Open(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 1
	}
	fail := func(err error) int { fmt.Fprintln(os.Stderr, "child:", err); return 1 }
	switch mode {
	case "open":
		// A window on the home screen: the store open, nothing running.
		fmt.Println("open")
		io.Copy(io.Discard, os.Stdin)
		return 0
	case "hold", "crash":
		id, err := s.Journal().StartSession(bg, routines.SessionRoutine, "child", "Child", t0)
		if err != nil {
			return fail(err)
		}
		if _, err := s.Journal().AddCheckIn(bg, id, 0, checkIn(t0, routines.CheckInBaseline, "", routines.ReachFoot, 7)); err != nil {
			return fail(err)
		}
		for i := range n {
			st := setResult(0, i, t0.Add(time.Duration(i+1)*time.Minute))
			sid, err := s.Journal().AddSet(bg, id, st)
			if err != nil {
				return fail(err)
			}
			c := checkIn(st.EndedAt, routines.CheckInAfterSet, routines.MovedUp, routines.ReachThigh, 4)
			if _, err := s.Journal().AddCheckIn(bg, id, sid, c); err != nil {
				return fail(err)
			}
		}
		fmt.Println(id)
		if mode == "crash" {
			syscall.Kill(os.Getpid(), syscall.SIGKILL)
		}
		io.Copy(io.Discard, os.Stdin)
		return 0
	case "write":
		for i := range n {
			if err := writeSession(s, "child-"+strconv.Itoa(os.Getpid()), t0.Add(time.Duration(i)*time.Hour)); err != nil {
				return fail(err)
			}
		}
		if err := s.Close(); err != nil {
			return fail(err)
		}
		fmt.Println("done")
		return 0
	}
	return fail(fmt.Errorf("unknown mode %q", mode))
}

// writeSession records a small finished session through the public API.
func writeSession(s *Store, routineID string, at time.Time) error {
	id, err := s.Journal().StartSession(bg, routines.SessionRoutine, routineID, routineID, at)
	if err != nil {
		return err
	}
	if _, err := s.Journal().AddCheckIn(bg, id, 0, checkIn(at, routines.CheckInBaseline, "", routines.ReachThigh, 5)); err != nil {
		return err
	}
	for i := range 3 {
		sid, err := s.Journal().AddSet(bg, id, setResult(0, i, at.Add(time.Duration(i)*time.Minute)))
		if err != nil {
			return err
		}
		if _, err := s.Journal().AddCheckIn(bg, id, sid, checkIn(at.Add(time.Duration(i)*time.Minute), routines.CheckInAfterSet, routines.MovedSame, routines.ReachThigh, 4)); err != nil {
			return err
		}
	}
	if err := s.Journal().AddDecision(bg, id, routines.DecisionRecord{At: at, RuleID: "green", Action: "continue", Reason: "steady"}); err != nil {
		return err
	}
	return s.Journal().FinishSession(bg, id, routines.StatusCompleted, "", at.Add(5*time.Minute))
}

// count returns the number of rows in table, read through the store.
func count(t testing.TB, s *Store, table string) int {
	t.Helper()
	var n int
	if err := s.r.QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func dbPath(dir string) string { return filepath.Join(dir, FileName) }
