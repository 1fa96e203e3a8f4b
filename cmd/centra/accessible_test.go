package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// extensionAnswers answer a whole extension routine: the baseline, then
// each check-in (the one question, how far down, leg, leg pain, back
// pain, tingling; empty keeps the last answer).
const extensionAnswers = "4\nl\n5\n2\nn\n" +
	"u\n3\n\n4\n\n\n" + // prone lying
	"s\n\n\n\n\n\n" + // prone on elbows
	"u\n2\nn\n0\n3\n\n" + // press-up: one side of the back, the leg clear
	"s\n\n\n\n\n\n" + // press-up
	"g\n\n\n\n0\n\n" // prone lying: gone

// The "done when": printf a full routine's answers into
// `centra --accessible start` and get a clean transcript with milestone
// announcements and the session saved.
func TestAScriptedRoutineInAccessibleModeIsSaved(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildCentra(t)
	dir := newDataDir(t)
	cfg := []string{"CENTRA_CONFIG_DIR=" + filepath.Join(t.TempDir(), "config")}
	// At 300 times the speed the routine takes about 2 s.
	r := runWithInput(t, bin, extensionAnswers, cfg, "--data-dir", dir, "--speed", "300", "--accessible", "start", "extension")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{"Get ready: starting in 5 s.", "Half-way: 1 min to go.", "10 seconds left.", "\n1\n",
		"Done: Prone lying.", "Session complete · Extension", "Everything you did is saved."} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("the transcript lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "\x1b") {
		t.Errorf("the transcript carries escape codes")
	}
	h := readHistory(t, bin, dir)
	if len(h.Sessions) != 1 {
		t.Fatalf("want 1 session, got %d", len(h.Sessions))
	}
	s := h.Sessions[0]
	if s.Status != "completed" || s.SetsDone != 5 || len(s.CheckIns) != 6 || s.CheckIns[5].Moved != "gone" {
		t.Errorf("saved: %s, %d sets, %d check-ins", s.Status, s.SetsDone, len(s.CheckIns))
	}

	// ACCESSIBLE=1 does the same as the flag; the input ends after the
	// baseline, and the session is kept as cut short.
	r = runWithInput(t, bin, "4\nl\n5\n2\nn\n", append(cfg, "ACCESSIBLE=1"), "--data-dir", dir, "--speed", "1000", "start", "core")
	if r.code != 0 || !strings.Contains(r.stdout, "Session ended early · Core stability") {
		t.Fatalf("exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	h = readHistory(t, bin, dir) // oldest first
	if s := h.Sessions[len(h.Sessions)-1]; s.RoutineID != "core" || s.Status != "cut-short" || s.Reason != "end of input" {
		t.Errorf("the cut-short session was saved as %s %s (%s)", s.RoutineID, s.Status, s.Reason)
	}
}
