//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/history"
)

// Case 8 of issue 17: `restore` listed a 0-byte file as a backup, and
// offered it; case 4: a restore under a running centra.
func TestRestoreSaysAnEmptyBackupIsNoneAndRefusesUnderARunningCentra(t *testing.T) {
	dir := newDataDir(t)
	bdir := filepath.Join(dir, history.BackupDir)
	if err := os.MkdirAll(bdir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(bdir, "centra-20261201.db"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runInProcess(t, bg, "--data-dir", dir, "restore")
	if code != 0 || !strings.Contains(stdout, "centra-20261201.db") || !strings.Contains(stdout, "empty (0 bytes): not a usable backup") ||
		strings.Contains(stdout, "Put one back with: centra restore centra-20261201.db") {
		t.Fatalf("restore: exit %d\n%s%s", code, stdout, stderr)
	}

	// A centra with the history open (here: this process's store).
	st, err := history.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	good, _, err := st.BackupIfDue(bg, time.Date(2026, 12, 2, 9, 0, 0, 0, time.Local), 7)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	code, _, stderr = runInProcess(t, bg, "--data-dir", dir, "restore", filepath.Base(good))
	if code == 0 || !strings.Contains(strings.Join(strings.Fields(stderr), " "), "close it first") {
		t.Fatalf("restore under an open history: exit %d, %s", code, stderr)
	}
}
