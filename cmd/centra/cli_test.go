//go:build unix

package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/routines"
)

// testCommandLine (part of TestBinary) runs the command line with bad
// input, damaged or unreachable data, and the backup commands, as a person
// would: the real binary, no terminal.
func testCommandLine(t *testing.T, bin string) {
	t.Run("bad flags and arguments say what is wrong", func(t *testing.T) { cliBadArgs(t, bin) })
	t.Run("a data dir that is a file is named, and left alone", func(t *testing.T) { cliDataDirIsAFile(t, bin) })
	t.Run("a damaged database is named and never touched", func(t *testing.T) { cliDamagedDatabase(t, bin) })
	t.Run("permission denied says so and names the folder", func(t *testing.T) { cliPermissionDenied(t, bin) })
	t.Run("backup, list, restore", func(t *testing.T) { cliBackupListRestore(t, bin) })
}

// cliBadArgs: bad flags and arguments say what is wrong.
func cliBadArgs(t *testing.T, bin string) {
	t.Parallel()
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		code int
		want []string
	}{
		{[]string{"--speed", "0", "start"}, 2, []string{"speed (--speed) must be above 0 and at most 1000, got 0"}},
		{[]string{"--speed", "-3", "start"}, 2, []string{"got -3"}},
		{[]string{"--speed", "1e9", "start"}, 2, []string{"at most 1000"}},
		{[]string{"--speed", "fast", "start"}, 2, []string{"invalid argument", "fast"}},
		{[]string{"start", "nope"}, 2, []string{`there is no routine "nope"`, "extension", "core"}},
		{[]string{"start", "extension", "core"}, 2, []string{"accepts at most 1 arg"}},
		{[]string{"history", "--since", "yesterday"}, 2, []string{"(--since) takes 30d, 2w or a date like 2026-10-01"}},
		{[]string{"restore", "no-such-backup.db"}, 2, []string{`no backup "no-such-backup.db"`, "centra restore"}},
		{[]string{"--bogus"}, 2, []string{"unknown flag: --bogus"}},
		{[]string{"start", "extension"}, 1, []string{"needs a terminal"}},
	} {
		r := runCentra(t, bin, append([]string{"--data-dir", dir}, tc.args...)...)
		if r.code != tc.code {
			t.Errorf("centra %v: exit %d, want %d\n%s", tc.args, r.code, tc.code, r.stderr)
		}
		for _, w := range tc.want {
			if !has(r.stderr, w) {
				t.Errorf("centra %v: stderr lacks %q:\n%s", tc.args, w, r.stderr)
			}
		}
		if strings.Contains(r.stderr, "panic") {
			t.Errorf("centra %v panicked:\n%s", tc.args, r.stderr)
		}
	}
}

// cliDataDirIsAFile: a data dir that is a file is named, and left alone.
func cliDataDirIsAFile(t *testing.T, bin string) {
	t.Parallel()
	file := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(file, []byte("my notes"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCentra(t, bin, "--data-dir", file, "history", "--json")
	if r.code != 1 || !has(r.stderr, file+" is a file, not a folder") || !has(r.stderr, "--data-dir") {
		t.Errorf("exit %d:\n%s", r.code, r.stderr)
	}
	if b, _ := os.ReadFile(file); string(b) != "my notes" {
		t.Errorf("the file was changed: %q", b)
	}
}

// cliDamagedDatabase: a damaged database is named and never touched.
func cliDamagedDatabase(t *testing.T, bin string) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, history.FileName)
	junk := bytes.Repeat([]byte("garbage "), 512)
	if err := os.WriteFile(db, junk, 0o600); err != nil {
		t.Fatal(err)
	}
	r := runCentra(t, bin, "--data-dir", dir, "history", "--json")
	if r.code != 1 || !has(r.stderr, "Your history file "+db+" is damaged") || !has(r.stderr, "centra restore") {
		t.Errorf("exit %d:\n%s", r.code, r.stderr)
	}
	if b, _ := os.ReadFile(db); !bytes.Equal(b, junk) {
		t.Error("the damaged file was changed")
	}
}

// cliPermissionDenied: permission denied says so and names the folder.
func cliPermissionDenied(t *testing.T, bin string) {
	t.Parallel()
	parent := t.TempDir()
	locked := filepath.Join(parent, "locked")
	if err := os.Mkdir(locked, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--data-dir", filepath.Join(locked, "centra"), "history", "--json")
	if os.Geteuid() == 0 {
		// root may write anywhere: run as nobody, for whom the folder
		// (root's, 0755) is read-only.
		openUp(t, bin, parent)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	} else if err := os.Chmod(locked, 0o555); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != 1 {
		t.Fatalf("err = %v\n%s", err, stderr.String())
	}
	for _, w := range []string{"Not allowed to write in " + filepath.Join(locked, "centra"), "--data-dir", "Nothing was changed"} {
		if !has(stderr.String(), w) {
			t.Errorf("stderr lacks %q:\n%s", w, stderr.String())
		}
	}
}

// cliBackupListRestore: backup, list, restore.
func cliBackupListRestore(t *testing.T, bin string) {
	t.Parallel()
	dir := t.TempDir()
	r := runCentra(t, bin, "--data-dir", dir, "restore")
	if r.code != 0 || !strings.Contains(r.stdout, "No backups yet") {
		t.Fatalf("restore with no backups: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	addSession(t, dir, "extension")
	r = runCentra(t, bin, "--data-dir", dir, "backup")
	name := "centra-" + time.Now().Format("20060102") + ".db"
	backup := filepath.Join(dir, history.BackupDir, name)
	if r.code != 0 || !strings.Contains(r.stdout, "Backed up your history to "+backup) {
		t.Fatalf("backup: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if fi, err := os.Stat(backup); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("backup file: %v, %v", fi, err)
	}
	// A second backup the same day is made again, with what came since.
	addSession(t, dir, "core")
	if r = runCentra(t, bin, "--data-dir", dir, "backup"); r.code != 0 {
		t.Fatalf("second backup: exit %d\n%s", r.code, r.stderr)
	}
	if n := len(sessionsIn(t, backup)); n != 2 {
		t.Fatalf("the backup made again holds %d sessions, want 2", n)
	}
	if bs, _ := history.ListBackups(dir); len(bs) != 1 {
		t.Fatalf("backups = %+v, want today's only", bs)
	}

	r = runCentra(t, bin, "--data-dir", dir, "restore")
	if r.code != 0 || !regexp.MustCompile(name+`\s+\w{3} \d+ \w{3} \d{4} \d\d:\d\d\s+\d+(\.\d)? [KM]?B`).MatchString(r.stdout) {
		t.Fatalf("restore list: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}

	addSession(t, dir, "flexion") // to be undone by the restore
	r = runCentra(t, bin, "--data-dir", dir, "restore", name)
	if r.code != 0 || !strings.Contains(r.stdout, "Restored "+backup) {
		t.Fatalf("restore: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	aside := regexp.MustCompile(`kept at (\S+\.db)\.`).FindStringSubmatch(r.stdout)
	if aside == nil {
		t.Fatalf("restore did not say where the old history went:\n%s", r.stdout)
	}
	if n := len(sessionsIn(t, aside[1])); n != 3 {
		t.Errorf("the history moved aside holds %d sessions, want 3", n)
	}
	if h := readHistory(t, bin, dir); len(h.Sessions) != 2 {
		t.Errorf("after the restore the history holds %d sessions, want 2", len(h.Sessions))
	}
}

// openUp lets another user reach bin and parent (tests run as root).
func openUp(t *testing.T, bin, parent string) {
	t.Helper()
	for _, p := range []string{filepath.Dir(bin), filepath.Dir(filepath.Dir(bin)), parent, filepath.Dir(parent)} {
		if err := os.Chmod(p, 0o755); err != nil {
			t.Fatal(err)
		}
	}
}

// addSession records a finished session of one set in the history in dir.
func addSession(t *testing.T, dir, routineID string) {
	t.Helper()
	st, err := history.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	at := time.Now().Add(-time.Hour)
	id, err := st.Journal().StartSession(ctx, routines.SessionRoutine, routineID, routineID, at)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Journal().FinishSession(ctx, id, routines.StatusCompleted, "", at.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
}

// sessionsIn lists the sessions of a database file (a backup, a file moved
// aside), opened as a copy so the file itself is not touched.
func sessionsIn(t *testing.T, file string) []history.SessionSummary {
	t.Helper()
	dir := t.TempDir()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, history.FileName), b, 0o600); err != nil {
		t.Fatal(err)
	}
	st, err := history.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ss, err := st.Sessions().List(context.Background(), history.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

// has reports whether the error output holds want, whatever the spaces and
// the case of letters: fang wraps and indents error messages to the
// terminal's width and capitalises their first word.
func has(out, want string) bool {
	squeeze := func(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), "")) }
	return strings.Contains(squeeze(out), squeeze(want))
}
