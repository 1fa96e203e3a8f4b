//go:build unix

package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The real binary in a real terminal (tmux): a whole routine with its
// check-ins, kill -9 mid-set, signals, a closed window and crashes. What
// survives is read back with `centra history --json`, as a person would.
//
// The extension routine has five sets: prone lying, prone on elbows, two
// sets of press-ups, prone lying. At --speed 100 a two-minute set takes
// 1.2 s; check-ins wait for their answer.

// e2eSpeed is the speed of the runs that stop mid-test, walkSpeed that of
// the whole routine (about 3 s).
const e2eSpeed, walkSpeed = "100", "250"

// midSetSpeed runs the sessions stopped in their second set: slow enough
// that the set (prone on elbows, 7 s at this speed) is still running when
// the test pauses it, on a loaded machine too.
const midSetSpeed = "25"

// baseline answers the check-in before the first set: below the knee,
// right leg, leg pain 6.
func (tm *terminal) baseline() {
	tm.t.Helper()
	tm.waitFor(`Before you start[\s\S]*How far down it reaches`, 10*time.Second)
	tm.keys("5", "Enter", "r", "Enter", "6", "Enter", "Enter", "Enter")
}

// answerCheckIn waits for the check-in after a set and answers it: the pain
// moved up toward the back, every detail kept.
func (tm *terminal) answerCheckIn() {
	tm.t.Helper()
	s := tm.waitFor(`Since that set, the pain +—`, 10*time.Second)
	title := regexp.MustCompile(`After set \d+ of \d+ · [^\n]+`).FindString(s) // "After set 1 of 2 · Press-up"
	if title == "" {
		tm.t.Fatalf("no check-in title on screen:\n%s", s)
	}
	tm.keys("u", "Enter", "Enter", "Enter", "Enter", "Enter")
	// Gone, or replaced by the next one (whose title differs): a short set
	// can end before the screen is read again.
	tm.waitGone(strings.TrimSpace(title), 5*time.Second)
}

// waitGone polls until the screen no longer matches s.
func (tm *terminal) waitGone(s string, timeout time.Duration) {
	tm.t.Helper()
	deadline := time.Now().Add(timeout)
	for strings.Contains(tm.screen(), s) {
		if time.Now().After(deadline) {
			tm.t.Fatalf("%q is still on screen:\n%s", s, tm.screen())
		}
		time.Sleep(15 * time.Millisecond)
	}
}

// intoSecondSet starts the extension routine in dir and pauses it in its
// second set (prone on elbows): one set and two check-ins are saved by then.
func intoSecondSet(t *testing.T, bin, dir string) *terminal {
	t.Helper()
	tm := newTerminal(t, 100, 30, shellLine(bin, "--data-dir", dir, "--speed", midSetSpeed, "start", "extension"))
	tm.baseline()
	tm.answerCheckIn()
	tm.waitFor(`exercise 2 of 4 · set 1 of 1`, 15*time.Second)
	// Paused at once, the set stays in progress however loaded the
	// machine is: at e2eSpeed it would otherwise end in 1.8 s, and a slow
	// signal could find it done.
	tm.keys("Space")
	tm.waitFor(`PAUSED`, 5*time.Second)
	if s := tm.screen(); !strings.Contains(s, "Prone on elbows") || strings.Contains(s, "Check-in") {
		t.Fatalf("expected the second set to be in progress:\n%s", s)
	}
	return tm
}

// oneSetKept checks the session cut short in the second set: exactly the
// first set and the two check-ins around it, with status and reason.
func oneSetKept(t *testing.T, bin, dir, status, reason string) {
	t.Helper()
	h := readHistory(t, bin, dir)
	if len(h.Sessions) != 1 {
		t.Fatalf("%d sessions, want 1: %+v", len(h.Sessions), h)
	}
	s := h.Sessions[0]
	if s.Status != status || s.Reason != reason {
		t.Errorf("session status %q (%q), want %q (%q)", s.Status, s.Reason, status, reason)
	}
	if len(s.Sets) != 1 || s.Sets[0].ExerciseID != "prone-lying" || !s.Sets[0].Completed || s.SetsPlanned != 5 {
		t.Errorf("sets = %+v (planned %d), want the first prone lying only, completed, of 5", s.Sets, s.SetsPlanned)
	}
	if len(s.CheckIns) != 2 || s.CheckIns[0].Kind != "baseline" || s.CheckIns[0].Reach != 5 || s.CheckIns[0].LegPain != 6 ||
		s.CheckIns[1].Moved != "up" || len(s.Sets) == 0 || s.CheckIns[1].SetID != s.Sets[0].ID {
		t.Errorf("check-ins = %+v, want the baseline and the answer after the first set", s.CheckIns)
	}
}

func pidGone(t *testing.T, pid int, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil || strings.Contains(string(b), ") Z ") { // gone, or a zombie: exited
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("centra (pid %d) is still running %v later", pid, timeout)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestBinary builds centra once (and once more with the crash keys) for
// every test of the real binary.
func TestBinary(t *testing.T) {
	bin, crashBin := buildCentras(t)
	t.Run("makes no network connection", func(t *testing.T) {
		t.Parallel()
		testBinaryCannotDialOrListen(t, bin)
	})
	t.Run("command line", func(t *testing.T) {
		t.Parallel()
		testCommandLine(t, bin)
	})
	t.Run("terminal", func(t *testing.T) {
		t.Parallel()
		testTerminal(t, bin, crashBin)
	})
}

func testTerminal(t *testing.T, bin, crashBin string) {
	t.Run("a full routine is saved while another centra reads it", func(t *testing.T) { e2eFullRoutineWhileRead(t, bin) })
	t.Run("kill -9 mid-set loses only that set, and the next launch says what was kept", func(t *testing.T) { e2eKillMidSet(t, bin) })
	e2eSignalsMidSet(t, bin)
	e2eLineModeStops(t, bin)
	t.Run("closing the window mid-set keeps the session as cut short", func(t *testing.T) { e2eWindowClosed(t, bin) })
	e2ePanics(t, bin, crashBin)
}

// e2eFullRoutineWhileRead: a full routine is saved while another centra reads it.
func e2eFullRoutineWhileRead(t *testing.T, bin string) {
	t.Parallel()
	dir := newDataDir(t)

	// A second centra reads the history over and over while the first
	// one writes every set and check-in (two windows at once).
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var reads int
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			out, err := exec.Command(bin, "--data-dir", dir, "history", "--json").Output()
			var h historyJSON
			if err != nil || json.Unmarshal(out, &h) != nil {
				t.Errorf("history --json while a session runs: %v\n%s", err, out)
				return
			}
			reads++
		}
	}()

	tm := newTerminal(t, 100, 30, shellLine(bin, "--data-dir", dir, "--speed", walkSpeed, "start", "extension"))
	tm.baseline()
	for i := 0; i < 5; i++ {
		tm.answerCheckIn()
	}
	tm.waitFor(`Session complete`, 5*time.Second)
	close(stop)
	wg.Wait()
	tm.keys("Enter")
	tm.checkRestored(0)
	if reads < 3 {
		t.Errorf("the reader ran only %d times during the session", reads)
	}
	h := readHistory(t, bin, dir)
	if len(h.Sessions) != 1 {
		t.Fatalf("sessions: %+v", h.Sessions)
	}
	s := h.Sessions[0]
	want := []string{"prone-lying", "prone-on-elbows", "press-up", "press-up", "prone-lying"}
	var got []string
	for _, x := range s.Sets {
		got = append(got, x.ExerciseID)
	}
	if s.Status != "completed" || fmt.Sprint(got) != fmt.Sprint(want) || s.SetsDone != 5 || len(s.CheckIns) != 6 {
		t.Fatalf("the full routine was kept as %s with sets %v (%d done) and %d check-ins; want completed, %v, 6 check-ins",
			s.Status, got, s.SetsDone, len(s.CheckIns), want)
	}
	for i, c := range s.CheckIns[1:] {
		if c.Kind != "after-set" || c.SetID != s.Sets[i].ID || c.Moved != "up" {
			t.Errorf("check-in %d = %+v, want the answer after set %d", i+1, c, s.Sets[i].ID)
		}
	}
}

// e2eKillMidSet: kill -9 mid-set loses only that set, and the next launch says what was kept.
func e2eKillMidSet(t *testing.T, bin string) {
	t.Parallel()
	dir2 := newDataDir(t)
	tm2 := intoSecondSet(t, bin, dir2)
	pid := tm2.centraPID()
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	tm2.waitFor(`EXIT=137`, 5*time.Second)

	// The next launch marks it cut short and says what was kept. (Any
	// command that reads the history marks it too: see the faults
	// tests; this one opens centra first.)
	tm3 := newTerminal(t, 100, 30, shellLine(bin, "--data-dir", dir2, "--speed", e2eSpeed))
	tm3.waitFor(`Your Extension session of .* was cut short\. What you did was kept: 1 set\(s\) saved\.`, 5*time.Second)
	tm3.keys("q")
	tm3.checkRestored(0)
	oneSetKept(t, bin, dir2, "cut-short", "interrupted")
}

// e2eSignalsMidSet: SIGTERM, SIGHUP and SIGINT mid-set keep the session
// as cut short and restore the terminal.
func e2eSignalsMidSet(t *testing.T, bin string) {
	for _, tc := range []struct {
		name string
		sig  syscall.Signal
	}{
		{"SIGTERM", syscall.SIGTERM},
		{"SIGHUP", syscall.SIGHUP},
		{"SIGINT", syscall.SIGINT},
	} {
		t.Run(tc.name+" mid-set keeps the session as cut short and restores the terminal", func(t *testing.T) {
			t.Parallel()
			dir := newDataDir(t)
			tm := intoSecondSet(t, bin, dir)
			if err := syscall.Kill(tm.centraPID(), tc.sig); err != nil {
				t.Fatal(err)
			}
			tm.checkRestored(128 + int(tc.sig))
			oneSetKept(t, bin, dir, "cut-short", "interrupted")
		})
	}
}

// e2eLineModeStops: the line mode's reader is still waiting on the
// terminal when it stops: centra must exit at once all the same (it used to
// hang until a key was pressed, in fang's terminal query), with the status
// of what stopped it.
func e2eLineModeStops(t *testing.T, bin string) {
	for _, tc := range []struct {
		name string
		stop func(t *testing.T, tm *terminal)
		code int
	}{
		{"ctrl+c", func(_ *testing.T, tm *terminal) { tm.keys("C-c") }, 130},
		{"SIGTERM", func(t *testing.T, tm *terminal) {
			if err := syscall.Kill(tm.centraPID(), syscall.SIGTERM); err != nil {
				t.Fatal(err)
			}
		}, 128 + int(syscall.SIGTERM)},
	} {
		t.Run("line mode: "+tc.name+" at a prompt exits at once and says what was kept", func(t *testing.T) {
			t.Parallel()
			tm := newTerminal(t, 100, 30, shellLine(bin, "--accessible", "--data-dir", newDataDir(t), "start", "extension"))
			tm.waitFor(`How far down does the pain reach now\?`, 5*time.Second)
			tc.stop(t, tm)
			tm.checkRestored(tc.code)
			if s := tm.scrollback(); !strings.Contains(strings.Join(strings.Fields(s), " "), "everything you did is saved") {
				t.Errorf("no word of what was kept:\n%s", s)
			}
		})
	}
}

// e2eWindowClosed: closing the window mid-set keeps the session as cut short.
func e2eWindowClosed(t *testing.T, bin string) {
	t.Parallel()
	dir := newDataDir(t)
	tm := intoSecondSet(t, bin, dir)
	pid := tm.centraPID()
	tm.tmux("kill-server") // the terminal goes away: SIGHUP, and reads fail
	pidGone(t, pid, 5*time.Second)
	oneSetKept(t, bin, dir, "cut-short", "interrupted")
}

// e2ePanics: a panic in Update or in a command restores the terminal and
// loses nothing saved.
func e2ePanics(t *testing.T, bin, crashBin string) {
	for _, tc := range []struct{ name, key string }{
		{"a panic in Update", "F12"},
		{"a panic in a command", "F11"},
	} {
		t.Run(tc.name+" restores the terminal and loses nothing saved", func(t *testing.T) {
			t.Parallel()
			dir := newDataDir(t)
			tm := intoSecondSet(t, crashBin, dir)
			tm.keys(tc.key)
			tm.checkRestored(1)
			if s := tm.scrollback(); !strings.Contains(s, "crash key "+tc.key+" pressed") || !has(s, "centra hit a bug") {
				t.Errorf("the crash was not reported:\n%s", s)
			}
			oneSetKept(t, bin, dir, "cut-short", "interrupted")
		})
	}
}
