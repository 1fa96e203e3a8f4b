//go:build unix

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/flow"
	"github.com/centra-app/centra/tui"
)

func unsavedSample() *tui.Unsaved {
	return &tui.Unsaved{
		Routine: "Extension",
		Error:   "write centra.db: no space left on device",
		Records: []tui.UnsavedRecord{
			{Kind: "set", Record: flow.Set{Ref: 2, Result: routines.SetResult{ExerciseID: "press-up", Done: 10, Completed: true}}},
			{Kind: "check-in", Record: flow.CheckIn{SetRef: 2, CheckIn: routines.CheckIn{Kind: routines.CheckInAfterSet,
				Moved: routines.MovedUp, Reach: routines.ReachThigh, Leg: routines.LegRight, LegPain: 4}}},
		},
	}
}

func TestUnsavedResultsGoToAPrivateRecoveryFile(t *testing.T) {
	dir := t.TempDir()
	var stderr bytes.Buffer
	now := time.Date(2026, 11, 21, 9, 30, 5, 0, time.Local)
	keepUnsaved(&stderr, dir, unsavedSample(), now)
	path := filepath.Join(dir, "unsaved-20261121-093005.json")
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatalf("no recovery file: %v\nstderr: %s", err, stderr.String())
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("recovery file mode %o, want 600", fi.Mode().Perm())
	}
	if !strings.Contains(stderr.String(), "could not save 2 result(s)") || !strings.Contains(stderr.String(), path) {
		t.Errorf("stderr does not say what happened and where:\n%s", stderr.String())
	}
	var got struct {
		Note    string `json:"note"`
		Routine string `json:"routine"`
		Records []struct {
			Kind   string          `json:"kind"`
			Record json.RawMessage `json:"record"`
		} `json:"records"`
	}
	b, _ := os.ReadFile(path)
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("the recovery file is not JSON: %v\n%s", err, b)
	}
	if got.Routine != "Extension" || len(got.Records) != 2 || got.Records[1].Kind != "check-in" ||
		!strings.Contains(string(got.Records[1].Record), `"LegPain": 4`) || !strings.Contains(got.Note, "no space left") {
		t.Errorf("recovery file:\n%s", b)
	}
}

func TestUnsavedResultsGoToStderrWhenNoFileCanBeWritten(t *testing.T) {
	var stderr bytes.Buffer
	missing := filepath.Join(t.TempDir(), "gone")
	keepUnsaved(&stderr, missing, unsavedSample(), time.Now())
	out := stderr.String()
	if !strings.Contains(out, "Here they are") || !strings.Contains(out, `"ExerciseID": "press-up"`) || !strings.Contains(out, `"LegPain": 4`) {
		t.Errorf("the results are not on stderr:\n%s", out)
	}
}

// What ends a run of the screens, and a quiet exit status, never reach
// fang's error handler: it asks the terminal for its background colour and
// reads the answer from stdin, which after a screen program stopped at once
// could wait forever (the program's own input reader took the answer).
func TestSettledOutcomesBypassFangsErrorHandler(t *testing.T) {
	for _, tc := range []struct {
		name     string
		err      error
		settled  bool
		stderr   string
		exitCode int
	}{
		{"ctrl+c in the screens", afterRun{interruptedError{saved: true}}, true,
			"centra: stopped with ctrl+c; everything you did is saved (a session in progress is kept as cut short).\n", 130},
		{"a signal in the screens", afterRun{signalError{sig: syscall.SIGTERM, saved: true}}, true,
			"centra: stopped by a termination signal (SIGTERM); everything you did is saved (a session in progress is kept as cut short).\n", 143},
		{"centra due: overdue", exitError{code: dueOverdue}, true, "", dueOverdue},
		{"an ordinary error", errors.New("no such routine"), false, "", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := &cobra.Command{Use: "centra", SilenceErrors: true, SilenceUsage: true}
			root.AddCommand(&cobra.Command{Use: "go", RunE: func(*cobra.Command, []string) error { return tc.err }})
			var stderr strings.Builder
			var settled error
			settle(root, &stderr, &settled)
			root.SetArgs([]string{"go"})
			err := root.Execute()
			if tc.settled {
				if err != nil {
					t.Errorf("the command returned %v to fang; want it settled", err)
				}
				if !errors.Is(settled, tc.err) && settled != tc.err {
					t.Errorf("settled %v, want %v", settled, tc.err)
				}
				err = settled
			} else if err == nil || settled != nil {
				t.Errorf("an ordinary error must reach fang's handler: returned %v, settled %v", err, settled)
			}
			if got := stderr.String(); got != tc.stderr {
				t.Errorf("stderr %q, want %q", got, tc.stderr)
			}
			if code := exitCode(err); code != tc.exitCode {
				t.Errorf("exit status %d, want %d", code, tc.exitCode)
			}
		})
	}
}
