package speech

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

// reader is a streaming stand-in engine: each process appends its pid to
// dir/pids, then every line it reads, after its pid, to dir/said.
func reader(t *testing.T, dir string) Engine {
	t.Helper()
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh to stand in for a speech engine")
	}
	script := `echo $$ >> "$0/pids"; while IFS= read -r l; do echo "$$ $l" >> "$0/said"; done`
	return Engine{Name: "reader", Path: sh, stream: []string{"-c", script, dir},
		args: func(string) []string { t.Fatal("a streaming engine was started for one utterance"); return nil }}
}

// said waits until the stand-in has said n lines and returns them as
// "pid words".
func said(t *testing.T, dir string, n int) []string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		b, _ := os.ReadFile(filepath.Join(dir, "said"))
		if lines := strings.Split(strings.TrimSpace(string(b)), "\n"); len(b) > 0 && len(lines) >= n {
			return lines
		}
		time.Sleep(5 * time.Millisecond) // polling for a process's output, not waiting out a timer
	}
	b, _ := os.ReadFile(filepath.Join(dir, "said"))
	t.Fatalf("the engine said %q, want %d lines", b, n)
	return nil
}

func pidOfLine(line string) int {
	pid, _ := strconv.Atoi(strings.Fields(line)[0])
	return pid
}

func TestAStreamingEngineSaysASessionsCuesOnOneProcess(t *testing.T) {
	dir := t.TempDir()
	clock := routines.NewFakeClock(time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC))
	s := NewSpeaker(reader(t, dir), nil, nil)
	s.audio = clock
	cues := []string{"Press-up. Get ready.", "1", "2", "Last three", "Switch sides."}
	for i, c := range cues {
		s.Say(c)
		lines := said(t, dir, i+1)
		if got := lines[i]; !strings.HasSuffix(got, " "+c) || pidOfLine(got) != pidOfLine(lines[0]) {
			t.Fatalf("cue %d: the engine said %q; want %q on the first process (%q)", i, got, c, lines[0])
		}
		clock.Advance(speakingTime(c)) // each cue is said before the next
	}
	s.Close()
	if alive(pidOfLine(said(t, dir, len(cues))[0])) {
		t.Error("the engine's process goes on after Close")
	}
}

func TestACueWhileSpeakingCutsOffTheLastOnAFreshProcess(t *testing.T) {
	dir := t.TempDir()
	clock := routines.NewFakeClock(time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC))
	s := NewSpeaker(reader(t, dir), nil, nil)
	s.audio = clock
	defer s.Close()
	s.Say("Rest 30 seconds, then set 2 of 2")
	first := pidOfLine(said(t, dir, 1)[0])
	// The next cue comes while the last may still be speaking: it is cut off.
	s.Say("Set done: how is the pain?")
	second := pidOfLine(said(t, dir, 2)[1])
	if second == first || alive(first) {
		t.Errorf("a cue while speaking went to the same process (%d, then %d; first alive: %v)", first, second, alive(first))
	}
	// Stop while speaking silences it; the next cue starts a fresh one.
	s.Stop()
	s.Say("Press up")
	third := pidOfLine(said(t, dir, 3)[2])
	if third == second || alive(second) {
		t.Errorf("stop did not silence the speaking process %d (next %d)", second, third)
	}
	// Stop when quiet leaves the process for the next cue.
	clock.Advance(time.Minute)
	s.Stop()
	s.Say("Lower slowly")
	if fourth := pidOfLine(said(t, dir, 4)[3]); fourth != third {
		t.Errorf("stop when quiet restarted the engine (%d, then %d)", third, fourth)
	}
}

func TestAStreamingEngineGetsOneLinePerCue(t *testing.T) {
	dir := t.TempDir()
	s := NewSpeaker(reader(t, dir), nil, nil)
	defer s.Close()
	s.Say("Hold\nat the top")
	if got := said(t, dir, 1)[0]; !strings.HasSuffix(got, " Hold at the top") {
		t.Errorf("a cue with a line break reached the engine as %q", got)
	}
}

// TestSpeakingTimeFitsEspeakNG checks the estimate against what espeak-ng
// takes to say a set's cues at its default rate (measured from its WAVs):
// a little long, never much short, so that cues two seconds apart share a
// process and a cue never queues behind one still speaking.
func TestSpeakingTimeFitsEspeakNG(t *testing.T) {
	for _, tc := range []struct {
		words string
		said  time.Duration
	}{
		{"Switch sides.", 1140 * time.Millisecond},
		{"pause at the top...", 1106 * time.Millisecond},
		{"lower slowly...", 912 * time.Millisecond},
		{"Last three. 8. press up...", 1872 * time.Millisecond},
		{"7. press up...", 1129 * time.Millisecond},
		{"Set done: how is the pain?", 1914 * time.Millisecond},
	} {
		est := speakingTime(tc.words)
		if est < tc.said-100*time.Millisecond || est > tc.said+600*time.Millisecond {
			t.Errorf("%q: estimated %v, espeak-ng takes %v", tc.words, est, tc.said)
		}
	}
	if est := speakingTime("pause at the top..."); est >= 2*time.Second {
		t.Errorf("a beat's cue is estimated at %v: cues two seconds apart would each restart the engine", est)
	}
}
