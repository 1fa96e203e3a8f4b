//go:build unix

package main

import (
	"bufio"
	"encoding/json"

	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// Case 2 of issue 17, as the fault runs did it: kill -9 the line mode the
// moment it announces a set done or the coach's word on a check-in, then
// read the history. Everything announced must be there. (The old line
// mode announced 2-7 ms before it wrote; 20 of 30 such kills lost a set or
// a check-in.) Each kill lands on a later announcement.
func TestKill9OnEveryAnnouncementLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildCentra(t)
	cfg := "CENTRA_CONFIG_DIR=" + filepath.Join(t.TempDir(), "config")
	for at := 1; at <= 10; at++ {
		dir := newDataDir(t)
		cmd := exec.Command(bin, "--data-dir", dir, "--speed", "1000", "--accessible", "start", "extension")
		cmd.Env = append(cmd.Environ(), "NO_COLOR=1", cfg)
		cmd.Stdin = strings.NewReader(extensionAnswers)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sets, coached, seen := 0, 0, 0
		sc := bufio.NewScanner(out)
		var said []string
		for sc.Scan() {
			line := sc.Text()
			said = append(said, line)
			switch {
			case strings.HasPrefix(line, "Done: "):
				sets++
			case strings.HasPrefix(line, "Coach"):
				coached++
			default:
				continue
			}
			if seen++; seen == at {
				_ = cmd.Process.Signal(syscall.SIGKILL)
				break
			}
		}
		_ = cmd.Wait()
		// The answers are all piped in at once, so after the last set's
		// announcement the run may answer its check-in and end before the
		// kill lands: then it ended by itself and is complete.
		killed := false
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok {
			killed = ws.Signaled()
		}
		if seen < at {
			t.Fatalf("kill %d: the run ended after %d announcements", at, seen)
		}
		// With the same --speed: the sped-up session's times run ahead.
		r := runCentra(t, bin, "--data-dir", dir, "--speed", "1000", "history", "--json")
		var h historyJSON
		if err := json.Unmarshal([]byte(r.stdout), &h); r.code != 0 || err != nil {
			t.Fatalf("history --json: exit %d, %v\n%s", r.code, err, r.stderr)
		}
		var gotSets, gotCheckIns int
		for _, s := range h.Sessions {
			// Case 8: a killed session shows as cut short at once.
			if killed && (s.Status != "cut-short" || s.Reason != "interrupted") {
				t.Errorf("kill %d: the killed session shows as %s (%s), want cut-short (interrupted)", at, s.Status, s.Reason)
			}
			if !killed && s.Status != "completed" {
				t.Errorf("kill %d: the run ended before the kill, but its session shows as %s (%s)", at, s.Status, s.Reason)
			}
			gotSets += len(s.Sets)
			for _, c := range s.CheckIns {
				if c.Kind != "baseline" {
					gotCheckIns++
				}
			}
		}
		// The first coach line answers the baseline.
		if gotSets < sets || gotCheckIns < coached-1 {
			t.Errorf("kill on announcement %d (%q): %d sets and %d check-ins announced, %d and %d saved\n%s",
				at, said[len(said)-1], sets, coached-1, gotSets, gotCheckIns, strings.Join(said[max(0, len(said)-5):], "\n"))
		}
	}

}
