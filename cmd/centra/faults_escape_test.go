package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/routines"
)

// hostileRoutine carries escape sequences (clear screen, a window title,
// a colour, a bell) in its name, purpose, summary and steps: TOML's \u
// escapes put them in the strings.
const hostileRoutine = `id = "towel-rest"
name = "Towel rest\u001b[2J"
purpose = "Rest on a rolled towel\u001b]0;owned\u0007, then walk."
direction = "neutral"
stage = "relief"

[[exercise]]
id = "towel-roll"
name = "Towel\u001b[31m roll"
family = "position"
summary = "Lie on your back\u001b[H with a rolled towel under your low back."
steps = ["Roll a small towel.\u0007", "Lie on your back with it under your low back.\u001b[2J", "Breathe slowly."]
cautions = ["Stop if the pain spreads further down your leg."]
[exercise.dose]
kind = "timed"
duration = "3m"

[[block]]
exercise = "towel-roll"
`

// Case 6 of issue 17: escape sequences in a routine file's name, summary
// or steps, and in a trigger note saved in the database, reached the
// terminal raw through routines list/show, library, the line mode and the
// Markdown export.
func TestNoEscapeSequenceFromAFileReachesTheTerminal(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "config")
	if err := os.MkdirAll(filepath.Join(cfg, "routines"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(cfg, "routines", "towel.toml"), []byte(hostileRoutine), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv(config.EnvDir, cfg)
	dir := newDataDir(t)
	st, err := history.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Now().Add(-time.Hour)
	if _, err := st.Journal().AddTrigger(bg, routines.Trigger{At: at, Kind: routines.TriggerOther, Note: "lifting\x1b]0;owned\x07 a box\x1b[2J"}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"routines", "list"}, "Towel rest"},
		{[]string{"routines", "show", "towel-rest"}, "Rest on a rolled towel"},
		{[]string{"library", "towel-roll"}, "Roll a small towel."},
		{[]string{"export", "--format", "md"}, "lifting"},
		{[]string{"export", "--format", "json"}, "lifting"},
		{[]string{"history"}, "No sessions"},
	} {
		args := tc.args
		code, stdout, stderr := runInProcess(t, bg, append([]string{"--data-dir", dir}, args...)...)
		if code != 0 {
			t.Errorf("centra %v: exit %d\n%s", args, code, stderr)
		}
		if !strings.Contains(stdout, tc.want) {
			t.Errorf("centra %v does not show %q:\n%s", args, tc.want, stdout)
		}
		if strings.ContainsAny(stdout+stderr, "\x1b\x07") {
			t.Errorf("centra %v printed an escape sequence from a file:\n%q", args, stdout+stderr)
		}
	}
}
