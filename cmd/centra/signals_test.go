//go:build unix

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
