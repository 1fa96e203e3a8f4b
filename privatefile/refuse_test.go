//go:build unix

package privatefile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func writeText(text string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, text); return err }
}

// Case 1 of issue 17: an export could overwrite the live history, a
// backup, a device node or the link /dev/stdout.
func TestWriteRefusesTargetsThatWouldLoseDataOrLeaveTheFileSystem(t *testing.T) {
	data := t.TempDir()
	if err := os.MkdirAll(filepath.Join(data, "backups"), 0o700); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(data, "centra.db")
	if err := os.WriteFile(db, []byte("the history"), 0o600); err != nil {
		t.Fatal(err)
	}
	elsewhere := t.TempDir()
	fifo := filepath.Join(elsewhere, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(elsewhere, "to-db")
	if err := os.Symlink(db, link); err != nil {
		t.Fatal(err)
	}
	linkToData := filepath.Join(elsewhere, "data")
	if err := os.Symlink(data, linkToData); err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(elsewhere, "old.csv")
	if err := os.WriteFile(old, []byte("kept"), 0o600); err != nil {
		t.Fatal(err)
	}
	o := Options{DataDir: data}
	for _, tc := range []struct {
		path string
		o    Options
		want string
	}{
		{db, Options{DataDir: data, Replace: true}, "inside centra's data folder"},
		{filepath.Join(data, "backups", "x.csv"), o, "inside centra's data folder"},
		{filepath.Join(linkToData, "centra.db"), Options{DataDir: data, Replace: true}, "inside centra's data folder"},
		{"/dev/null", Options{Replace: true}, "a device, not a regular file"},
		{"/dev/stdout", Options{Replace: true}, "symbolic link"},
		{fifo, Options{Replace: true}, "named pipe (FIFO), not a regular file"},
		{link, Options{Replace: true}, "symbolic link"},
		{elsewhere, Options{Replace: true}, "a folder, not a regular file"},
		{old, o, "already exists. Name a new file, or add --force"},
		{filepath.Join(elsewhere, "nope", "x.csv"), o, "does not exist"},
		{"", o, "no file name was given"},
	} {
		err := Write(tc.path, tc.o, writeText("health data"))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Write(%q) = %v; want a refusal saying %q", tc.path, err, tc.want)
		}
	}
	if b, _ := os.ReadFile(db); string(b) != "the history" {
		t.Fatalf("the history was changed: %q", b)
	}
	if b, _ := os.ReadFile(old); string(b) != "kept" {
		t.Fatalf("a file not named as new was replaced: %q", b)
	}
	if fi, err := os.Lstat("/dev/null"); err != nil || fi.Mode()&os.ModeDevice == 0 {
		t.Fatalf("/dev/null is no longer a device: %v %v", fi, err)
	}
	if !errors.Is(Write(old, o, writeText("x")), ErrExists) {
		t.Error("refusing an existing file does not match ErrExists")
	}
	// Named as replaceable, a regular file is replaced; a new one is made.
	if err := Write(old, Options{DataDir: data, Replace: true}, writeText("new")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(old); string(b) != "new" {
		t.Fatalf("--force did not replace: %q", b)
	}
	if err := Write(filepath.Join(elsewhere, "fresh.csv"), o, writeText("fresh")); err != nil {
		t.Fatal(err)
	}
	onlyFiles(t, elsewhere, "data", "fresh.csv", "old.csv", "pipe", "to-db")
}
