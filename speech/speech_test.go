package speech

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

func TestFindPrefersEachSystemsOwnEngine(t *testing.T) {
	has := func(names ...string) func(string) (string, error) {
		return func(n string) (string, error) {
			for _, h := range names {
				if h == n {
					return "/usr/bin/" + n, nil
				}
			}
			return "", exec.ErrNotFound
		}
	}
	for _, tc := range []struct {
		goos  string
		have  []string
		want  string
		fails bool
	}{
		{"darwin", []string{"say", "espeak-ng"}, "say", false},
		{"linux", []string{"spd-say", "espeak-ng"}, "espeak-ng", false},
		{"linux", []string{"spd-say"}, "spd-say", false},
		{"freebsd", []string{"espeak"}, "espeak", false},
		{"linux", nil, "", true},
		{"darwin", []string{"espeak-ng"}, "", true},
	} {
		e, err := find(tc.goos, has(tc.have...))
		if tc.fails {
			if err == nil || !strings.Contains(err.Error(), "no speech engine found") {
				t.Errorf("%s with %v: %v, %v; want a plain 'no speech engine found'", tc.goos, tc.have, e.Name, err)
			}
			continue
		}
		if err != nil || e.Name != tc.want || e.Path != "/usr/bin/"+tc.want {
			t.Errorf("%s with %v: %q at %q (%v), want %s", tc.goos, tc.have, e.Name, e.Path, err, tc.want)
		}
	}
}

// lineLog is a speaker's log that tells the test when a line arrives.
type lineLog struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	lines chan string
}

func (l *lineLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf.Write(p)
	l.lines <- strings.TrimSpace(string(p))
	return len(p), nil
}

// sleeper is an engine that writes its pid to dir/<words> and then talks
// for a minute: a stand-in for a long utterance.
func sleeper(t *testing.T, dir string) Engine {
	t.Helper()
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh to stand in for a speech engine")
	}
	return Engine{Name: "sleeper", Path: sh, args: func(w string) []string {
		return []string{"-c", `echo $$ > "$0.tmp" && mv "$0.tmp" "$0" && exec sleep 60`, filepath.Join(dir, w)}
	}}
}

// pidOf waits for the stand-in engine to have started for words.
func pidOf(t *testing.T, dir, words string) int {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(filepath.Join(dir, words)); err == nil {
			pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
			return pid
		}
		time.Sleep(5 * time.Millisecond) // polling for a process to start, not waiting out a timer
	}
	t.Fatalf("the engine never started for %q", words)
	return 0
}

func alive(pid int) bool { return syscall.Kill(pid, 0) == nil }

func TestANewCueCutsOffTheOneBeforeAndCloseSilencesAll(t *testing.T) {
	dir := t.TempDir()
	log := &lineLog{lines: make(chan string, 10)}
	s := NewSpeaker(sleeper(t, dir), log, nil)
	s.Say("one")
	if got := <-log.lines; got != "one" {
		t.Fatalf("logged %q, want one", got)
	}
	first := pidOf(t, dir, "one")
	s.Say("two")
	<-log.lines
	second := pidOf(t, dir, "two")
	if alive(first) {
		t.Errorf("the first utterance (pid %d) still runs after the second began", first)
	}
	s.Stop()
	s.Say("three")
	<-log.lines
	third := pidOf(t, dir, "three")
	if alive(second) {
		t.Errorf("the second utterance (pid %d) still runs after stop", second)
	}
	s.Close()
	if alive(third) {
		t.Errorf("speech (pid %d) goes on after Close", third)
	}
	s.Say("after")
	s.Close() // twice is fine
	if strings.Contains(log.buf.String(), "after") {
		t.Error("a speaker spoke after it was closed")
	}
}

func TestSayNeverWaitsForTheEngine(t *testing.T) {
	dir := t.TempDir()
	log := &lineLog{lines: make(chan string, 1000)}
	s := NewSpeaker(sleeper(t, dir), log, nil)
	defer s.Close()
	// A hundred requests in a row return without waiting on any process:
	// only the latest is due to be said.
	for i := range 100 {
		s.Say("w" + strconv.Itoa(i))
	}
	s.Say("last")
	for got := range log.lines {
		if got == "last" {
			break
		}
	}
	pidOf(t, dir, "last")
}

func TestTheRealEngineSpeaksIntoAFile(t *testing.T) {
	e, err := Find()
	if err != nil {
		t.Skipf("skipped: %v; install espeak-ng (apt-get install espeak-ng sox) to test real speech", err)
	}
	if !e.CanWriteFile() {
		t.Skipf("skipped: %s cannot write audio to a file", e.Name)
	}
	sox, err := exec.LookPath("sox")
	if err != nil {
		t.Skip("skipped: sox is not installed to measure the audio (apt-get install sox)")
	}
	ctx := context.Background()
	short, long := filepath.Join(t.TempDir(), "short.wav"), filepath.Join(t.TempDir(), "long.wav")
	if err := e.WriteFile(ctx, "Switch sides.", short); err != nil {
		t.Fatal(err)
	}
	if err := e.WriteFile(ctx, "Press-up. Get ready. 1. press up... hold at the top... lower slowly...", long); err != nil {
		t.Fatal(err)
	}
	ds, dl := soxLength(t, sox, short), soxLength(t, sox, long)
	if ds < 0.4 || ds > 5 {
		t.Errorf("'Switch sides.' lasts %.2f s; want a short spoken phrase", ds)
	}
	if dl <= 2*ds {
		t.Errorf("a sentence of a dozen words (%.2f s) is not much longer than two words (%.2f s)", dl, ds)
	}
	if rms := soxRMS(t, sox, short); rms < 0.01 {
		t.Errorf("the audio is silent: RMS amplitude %.4f", rms)
	}
}

func soxLength(t *testing.T, sox, path string) float64 {
	t.Helper()
	out, err := exec.Command(sox, "--i", "-D", path).Output()
	if err != nil {
		t.Fatalf("sox --i %s: %v", path, err)
	}
	d, err := strconv.ParseFloat(strings.TrimSpace(string(out)), 64)
	if err != nil {
		t.Fatalf("sox --i said %q", out)
	}
	return d
}

func soxRMS(t *testing.T, sox, path string) float64 {
	t.Helper()
	out, err := exec.Command(sox, path, "-n", "stat").CombinedOutput()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatalf("sox stat: %v", err)
	}
	m := regexp.MustCompile(`RMS\s+amplitude:\s+([0-9.]+)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("sox stat said:\n%s", out)
	}
	v, _ := strconv.ParseFloat(string(m[1]), 64)
	return v
}
