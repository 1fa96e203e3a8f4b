//go:build unix

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/centra-app/centra/history"
)

// sqliteErr stands for a *sqlite.Error, which tests cannot make.
type sqliteErr int

func (e sqliteErr) Error() string { return fmt.Sprintf("sqlite error %d", int(e)) }
func (e sqliteErr) Code() int     { return int(e) }

// Each way the disk can refuse gets a message that names the folder, says
// what is wrong in plain words and what to do, and keeps the cause.
func TestOpenErrorsSayWhatIsWrongAndWhatToDo(t *testing.T) {
	dir := t.TempDir()
	pathErr := func(errno syscall.Errno) error {
		return fmt.Errorf("history: create %s: %w", dir, &fs.PathError{Op: "mkdir", Path: dir, Err: errno})
	}
	for _, tc := range []struct {
		name string
		err  error
		want []string
	}{
		{"read-only disk", pathErr(syscall.EROFS), []string{"the disk is read-only", "Nothing was changed", "--data-dir"}},
		{"full disk", pathErr(syscall.ENOSPC), []string{"disk holding", "is full", "Free some space", "Nothing was changed"}},
		{"quota", pathErr(syscall.EDQUOT), []string{"is full", "Free some space"}},
		{"sqlite full", fmt.Errorf("history: open: %w", sqliteErr(13)), []string{"is full"}},
		{"permission denied", pathErr(syscall.EACCES), []string{"Not allowed to write in", "chmod 700", "--data-dir"}},
		{"not permitted", pathErr(syscall.EPERM), []string{"Not allowed to write in", "chown"}},
		{"sqlite read-only", fmt.Errorf("history: open: %w", sqliteErr(8|(1<<8))), []string{"Not allowed to write in"}},
		{"sqlite cannot open", fmt.Errorf("history: open: %w", sqliteErr(14)), []string{"Not allowed to write in"}},
		{"sqlite I/O error", fmt.Errorf("history: open: %w", sqliteErr(10|(13<<8))), []string{"reported an error", "Check the disk"}},
		{"anything else", errors.New("history: something odd"), []string{"Could not open your history in", "something odd"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := explainOpenError(dir, tc.err)
			msg := err.Error()
			for _, w := range append(tc.want, dir) {
				if !strings.Contains(msg, w) {
					t.Errorf("message lacks %q:\n%s", w, msg)
				}
			}
			if strings.Contains(msg, "history: ") {
				t.Errorf("message shows the package prefix:\n%s", msg)
			}
			if !errors.Is(err, tc.err) {
				t.Error("the cause is not wrapped")
			}
		})
	}
}

func TestOpenErrorNamesTheFileInTheWay(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "notes")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, dataDir := range []string{file, filepath.Join(file, "centra")} {
		_, err := history.Open(dataDir)
		if err == nil {
			t.Fatalf("history.Open(%s) worked through a file", dataDir)
		}
		msg := explainOpenError(dataDir, err).Error()
		if !strings.HasPrefix(msg, "Cannot keep your history in "+dataDir+": "+file+" is a file, not a folder") ||
			!strings.Contains(msg, "--data-dir") {
			t.Errorf("message for %s:\n%s", dataDir, msg)
		}
	}
}

func TestOpenErrorKeepsWhatTheStoreSaysOfADamagedFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, history.FileName), []byte("not a database at all, just some text"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := history.Open(dir)
	var damaged *history.DamagedError
	if !errors.As(err, &damaged) {
		t.Fatalf("history.Open = %v, want a *DamagedError", err)
	}
	msg := explainOpenError(dir, err).Error()
	for _, w := range []string{"Your history file " + filepath.Join(dir, history.FileName) + " is damaged", "Nothing was changed", "centra restore"} {
		if !strings.Contains(msg, w) {
			t.Errorf("message lacks %q:\n%s", w, msg)
		}
	}
	if !errors.As(explainOpenError(dir, err), &damaged) {
		t.Error("the *DamagedError is not wrapped")
	}
}

// SQLite reports a write that found no room at launch as a plain I/O
// error: on a disk with no space left, it is said as a full disk.
func TestAnIOErrorOnAFullDiskIsSaidAsAFullDisk(t *testing.T) {
	dir := t.TempDir()
	ioErr := fmt.Errorf("history: open: %w", sqliteErr(10|(3<<8)))
	defer func(f func(string) (uint64, bool)) { freeSpace = f }(freeSpace)
	for _, tc := range []struct {
		free uint64
		want string
	}{
		{0, "is full"},
		{64 << 10, "is full"},
		{10 << 30, "Check the disk"},
	} {
		freeSpace = func(string) (uint64, bool) { return tc.free, true }
		if msg := explainOpenError(dir, ioErr).Error(); !strings.Contains(msg, tc.want) || !strings.Contains(msg, dir) {
			t.Errorf("with %d bytes free: %s\nwant %q and the folder", tc.free, msg, tc.want)
		}
	}
	if free, ok := freeBytes(dir); !ok || free == 0 {
		t.Errorf("freeBytes(%s) = %d, %v; want the real free space", dir, free, ok)
	}
}
