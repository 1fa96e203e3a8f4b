//go:build unix

package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
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

const e2eSpeed = "100"

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
	tm.waitFor(`Since that set, the pain +—`, 10*time.Second)
	tm.keys("u", "Enter", "Enter", "Enter", "Enter", "Enter")
	tm.waitGone(`Check-in  ·`, 5*time.Second)
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

// intoSecondSet starts the extension routine in dir and stops a moment
// into its second set (prone on elbows, 1.8 s at e2eSpeed): one set and
// two check-ins are saved by then.
func intoSecondSet(t *testing.T, bin, dir string) *terminal {
	t.Helper()
	tm := newTerminal(t, 100, 30, shellLine(bin, "--data-dir", dir, "--speed", e2eSpeed, "start", "extension"))
	tm.baseline()
	tm.answerCheckIn()
	tm.waitFor(`exercise 2 of 4 · set 1 of 1`, 5*time.Second)
	time.Sleep(300 * time.Millisecond) // the set is running
	if s := tm.screen(); !strings.Contains(s, "Prone on elbows") || strings.Contains(s, "Check-in") {
		t.Fatalf("expected the second set to be running:\n%s", s)
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

func TestTerminal(t *testing.T) {
	bin := buildCentra(t)
	crashBin := buildCentra(t, "centra_crashkey")

	t.Run("a full routine while another centra reads, then kill -9 mid-set and relaunch", func(t *testing.T) {
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

		tm := newTerminal(t, 100, 30, shellLine(bin, "--data-dir", dir, "--speed", e2eSpeed, "start", "extension"))
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

		// kill -9 in the middle of a set: only that set is lost.
		dir2 := newDataDir(t)
		tm2 := intoSecondSet(t, bin, dir2)
		pid := tm2.centraPID()
		if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		tm2.waitFor(`EXIT=137`, 5*time.Second)
		oneSetKept(t, bin, dir2, "in-progress", "")

		// The next launch marks it cut short and says what was kept.
		tm3 := newTerminal(t, 100, 30, shellLine(bin, "--data-dir", dir2, "--speed", e2eSpeed))
		tm3.waitFor(`Your Extension session of .* was cut short\. What you did was kept: 1 set\(s\) saved\.`, 5*time.Second)
		tm3.keys("q")
		tm3.checkRestored(0)
		oneSetKept(t, bin, dir2, "cut-short", "interrupted")
	})

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

	t.Run("closing the window mid-set keeps the session as cut short", func(t *testing.T) {
		t.Parallel()
		dir := newDataDir(t)
		tm := intoSecondSet(t, bin, dir)
		pid := tm.centraPID()
		tm.tmux("kill-server") // the terminal goes away: SIGHUP, and reads fail
		pidGone(t, pid, 5*time.Second)
		oneSetKept(t, bin, dir, "cut-short", "interrupted")
	})

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
