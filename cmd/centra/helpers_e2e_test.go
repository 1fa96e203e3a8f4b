package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/tui"
)

// buildCentra builds the real binary into a temporary folder, with the
// given build tags, and returns its path.
func buildCentra(t *testing.T, tags ...string) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "centra")
	out, err := exec.Command("go", "build", "-tags", strings.Join(tags, ","), "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// buildCentras builds the real binary, and the one with the crash keys
// (crashkey.go), side by side into a temporary folder.
func buildCentras(t *testing.T) (bin, crashBin string) {
	t.Helper()
	dir := t.TempDir()
	bin, crashBin = filepath.Join(dir, "centra"), filepath.Join(dir, "centra-crashkey")
	errs := make(chan error, 2)
	for _, b := range []struct{ out, tags string }{{bin, ""}, {crashBin, "centra_crashkey"}} {
		go func() {
			out, err := exec.Command("go", "build", "-tags", b.tags, "-o", b.out, ".").CombinedOutput()
			if err != nil {
				err = fmt.Errorf("go build -tags %q: %w\n%s", b.tags, err, out)
			}
			errs <- err
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	return bin, crashBin
}

// newDataDir makes an empty data folder past the first run: it holds the
// plan a new person gets, so that `centra start ROUTINE` goes straight in.
func newDataDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "data")
	st, err := history.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	plan, err := json.Marshal(coach.DefaultPlan(coach.Answers{}, time.Now()))
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Journal().PutState(context.Background(), tui.StatePlan, plan); err != nil {
		t.Fatal(err)
	}
	return dir
}

// result is how a run of the binary ended.
type result struct {
	code           int
	stdout, stderr string
}

// runCentra runs the binary to its end, with no terminal.
func runCentra(t *testing.T, bin string, args ...string) result {
	t.Helper()
	return runBinary(t, bin, nil, nil, args...)
}

// runWithInput runs the binary with stdin from input and no terminal.
func runWithInput(t *testing.T, bin, input string, env []string, args ...string) result {
	t.Helper()
	return runBinary(t, bin, strings.NewReader(input), env, args...)
}

// runBinary runs the binary to its end (30 s at most) with no terminal,
// NO_COLOR and env set, and stdin from in (nil: the null device).
func runBinary(t *testing.T, bin string, in io.Reader, env []string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(append(os.Environ(), "NO_COLOR=1"), env...)
	cmd.Stdin = in
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run centra %v: %v", args, err)
	}
	return result{code: code, stdout: out.String(), stderr: errb.String()}
}

// historyJSON is the part of `centra history --json` the tests read.
type historyJSON struct {
	Sessions []struct {
		ID           int64  `json:"id"`
		RoutineID    string `json:"routine_id"`
		Status       string `json:"status"`
		Reason       string `json:"reason"`
		SetsDone     int    `json:"sets_done"`
		SetsRecorded int    `json:"sets_recorded"`
		SetsPlanned  int    `json:"sets_planned"`
		Sets         []struct {
			ID         int64  `json:"id"`
			Block      int    `json:"block"`
			Set        int    `json:"set"`
			ExerciseID string `json:"exercise_id"`
			Completed  bool   `json:"completed"`
		} `json:"sets"`
		CheckIns []struct {
			SetID   int64  `json:"set_id"`
			Kind    string `json:"kind"`
			Moved   string `json:"moved"`
			Reach   int    `json:"reach"`
			LegPain int    `json:"leg_pain"`
		} `json:"check_ins"`
	} `json:"sessions"`
}

// readHistory runs `centra history --json` on dir.
func readHistory(t *testing.T, bin, dir string) historyJSON {
	t.Helper()
	r := runCentra(t, bin, "--data-dir", dir, "history", "--json")
	if r.code != 0 {
		t.Fatalf("centra history --json: exit %d\n%s", r.code, r.stderr)
	}
	var h historyJSON
	if err := json.Unmarshal([]byte(r.stdout), &h); err != nil {
		t.Fatalf("history --json is not JSON: %v\n%s", err, r.stdout)
	}
	return h
}

// terminal is a real terminal: a tmux server of its own, one window.
type terminal struct {
	t    *testing.T
	sock string
}

// newTerminal starts shellCmd in a w x h tmux window. The test is skipped
// when tmux is missing (.ci/run installs it).
func newTerminal(t *testing.T, w, h int, shellCmd string) *terminal {
	t.Helper()
	if runtime.GOOS != "linux" {
		t.Skip("the terminal tests read /proc to find centra's process; they run on Linux")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed, so the real-terminal tests cannot run (.ci/run installs it)")
	}
	tm := &terminal{t: t, sock: fmt.Sprintf("centra-e2e-%d-%d", os.Getpid(), time.Now().UnixNano())}
	tm.tmux("-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", strconv.Itoa(w), "-y", strconv.Itoa(h), shellCmd)
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", tm.sock, "kill-server").Run() })
	return tm
}

func (tm *terminal) tmux(args ...string) string {
	tm.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", tm.sock}, args...)...).CombinedOutput()
	if err != nil {
		tm.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// keys types each key in turn (tmux key names: Enter, Escape, C-c, F12).
func (tm *terminal) keys(keys ...string) {
	tm.t.Helper()
	for _, k := range keys {
		tm.tmux("send-keys", "-t", "main", k)
	}
}

func (tm *terminal) screen() string {
	tm.t.Helper()
	return tm.tmux("capture-pane", "-p", "-t", "main")
}

// scrollback is everything the window showed, the screen and above.
func (tm *terminal) scrollback() string {
	tm.t.Helper()
	return tm.tmux("capture-pane", "-p", "-S", "-", "-t", "main")
}

func (tm *terminal) display(format string) string {
	tm.t.Helper()
	return strings.TrimSpace(tm.tmux("display", "-p", "-t", "main", format))
}

// waitFor polls the screen until it matches re, and returns it.
func (tm *terminal) waitFor(re string, timeout time.Duration) string {
	tm.t.Helper()
	s, ok := tm.poll(re, timeout)
	if !ok {
		tm.t.Fatalf("timed out waiting for /%s/; the screen shows:\n%s", re, s)
	}
	return s
}

// poll polls the screen until it matches re or timeout passes, and returns
// the last screen and whether it matched.
func (tm *terminal) poll(re string, timeout time.Duration) (string, bool) {
	tm.t.Helper()
	rx := regexp.MustCompile(re)
	deadline := time.Now().Add(timeout)
	for {
		s := tm.screen()
		if rx.MatchString(s) {
			return s, true
		}
		if time.Now().After(deadline) {
			return s, false
		}
		time.Sleep(15 * time.Millisecond)
	}
}

// shellChild is the process id of the window's shell's child (centra), or
// 0 if it has none.
func (tm *terminal) shellChild() int {
	sh := tm.display("#{pane_pid}")
	b, _ := os.ReadFile(filepath.Join("/proc", sh, "task", sh, "children"))
	if f := strings.Fields(string(b)); len(f) > 0 {
		if pid, err := strconv.Atoi(f[0]); err == nil {
			return pid
		}
	}
	return 0
}

// centraPID returns the process id of centra, the child of the window's
// shell.
func (tm *terminal) centraPID() int {
	tm.t.Helper()
	sh := tm.display("#{pane_pid}")
	deadline := time.Now().Add(5 * time.Second)
	for {
		b, _ := os.ReadFile(filepath.Join("/proc", sh, "task", sh, "children"))
		if f := strings.Fields(string(b)); len(f) > 0 {
			pid, err := strconv.Atoi(f[0])
			if err != nil {
				tm.t.Fatal(err)
			}
			return pid
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("no centra process under the shell %s", sh)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// shellLine runs centra with args in the window, then reports its exit
// status and the terminal's line settings, and keeps the window open.
func shellLine(bin string, args ...string) string {
	q := []string{shellQuote(bin)}
	for _, a := range args {
		q = append(q, shellQuote(a))
	}
	// The exit status starts a line of its own: a centra killed outright
	// leaves the terminal raw (no carriage return on a newline) and the
	// cursor anywhere, where a plain echo could wrap it across two lines.
	return strings.Join(q, " ") + `; printf '\r\nEXIT=%s\r\n' "$?"; stty -a | tr '\n' ' '; echo; echo STTY-DONE; exec sleep 600`
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// checkRestored fails unless centra has exited with want and left the
// terminal as it found it: out of the alternate screen, cursor shown, mouse
// reporting off, and the line discipline back in cooked mode with echo.
func (tm *terminal) checkRestored(want int) {
	tm.t.Helper()
	s, ok := tm.poll(`STTY-DONE`, 10*time.Second)
	if !ok {
		// Still running: say where it is stuck (Go prints every
		// goroutine's stack on SIGQUIT, to the window).
		if pid := tm.shellChild(); pid > 0 {
			_ = syscall.Kill(pid, syscall.SIGQUIT)
			time.Sleep(time.Second)
		}
		tm.t.Fatalf("centra did not exit within 10 s; the window and its scrollback show:\n%s", tm.scrollback())
	}
	m := regexp.MustCompile(`EXIT=(\d+)`).FindStringSubmatch(s)
	if m == nil || m[1] != strconv.Itoa(want) {
		tm.t.Errorf("exit status: got %v, want %d\n%s", m, want, s)
	}
	for _, mode := range []string{"icanon", "echo", "isig", "icrnl", "opost"} {
		if !regexp.MustCompile(`(^|\s)` + mode + `(\s|$)`).MatchString(s) {
			tm.t.Errorf("the terminal was left without %s (raw mode):\n%s", mode, s)
		}
	}
	for format, want := range map[string]string{"#{alternate_on}": "0", "#{cursor_flag}": "1", "#{mouse_any_flag}": "0"} {
		if got := tm.display(format); got != want {
			tm.t.Errorf("%s = %q after centra exited, want %q", format, got, want)
		}
	}
}
