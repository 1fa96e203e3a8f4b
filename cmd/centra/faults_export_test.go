//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/centra-app/centra/history"
)

// Case 1 of issue 17: `export --out` run in the data folder replaced the
// live history with a CSV, and wrote into backups/, over /dev/stdout and
// over files the person had not named as new.
func TestExportCannotTouchTheHistoryADeviceOrALink(t *testing.T) {
	dir := summaryFixture(t)
	db := filepath.Join(dir, history.FileName)
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	old := filepath.Join(t.TempDir(), "old.csv")
	if err := os.WriteFile(old, []byte("an older export"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		out  []string
		want string
	}{
		{[]string{"--out", "centra.db"}, "inside centra's data folder"},
		{[]string{"--out", "centra.db", "--force"}, "inside centra's data folder"},
		{[]string{"--out", filepath.Join("backups", "x.csv")}, "inside centra's data folder"},
		{[]string{"--out", "/dev/stdout", "--force"}, "symbolic link"},
		{[]string{"--out", "/dev/null", "--force"}, "a device, not a regular file"},
		{[]string{"--out", old}, "already exists. Name a new file, or add --force"},
	} {
		args := append([]string{"--data-dir", dir, "export", "--format", "csv"}, tc.out...)
		code, _, stderr := runInProcess(t, bg, args...)
		stderr = strings.Join(strings.Fields(stderr), " ") // fang wraps lines
		if code == 0 || !strings.Contains(stderr, tc.want) || strings.Contains(stderr, "Wrote") {
			t.Errorf("centra %v: exit %d, stderr %q; want a refusal saying %q", tc.out, code, stderr, tc.want)
		}
	}
	after, _ := os.ReadFile(db)
	if string(after) != string(before) {
		t.Fatal("the history file was changed by an export")
	}
	if b, _ := os.ReadFile(old); string(b) != "an older export" {
		t.Fatalf("an existing file was replaced without --force: %q", b)
	}
	code, _, stderr := runInProcess(t, bg, "--data-dir", dir, "export", "--format", "csv", "--out", old, "--force")
	if b, _ := os.ReadFile(old); code != 0 || !strings.HasPrefix(string(b), strings.Join(history.CSVHeader, ",")) {
		t.Fatalf("--force: exit %d, %s; file %.80q", code, stderr, b)
	}
}
