//go:build unix

package privatefile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func TestWriteIsOwnerOnlyWhateverTheUmask(t *testing.T) {
	old := syscall.Umask(0)
	defer syscall.Umask(old)
	dir := t.TempDir()
	path := filepath.Join(dir, "export.json")
	// An export over an older one that anyone could read.
	if err := os.WriteFile(path, []byte("old"), 0o666); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o666); err != nil {
		t.Fatal(err)
	}
	err := Write(path, Options{Replace: true}, func(w io.Writer) error {
		_, err := io.WriteString(w, `{"sessions":[]}`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Fatalf("mode = %o, want 600", fi.Mode().Perm())
	}
	if b, _ := os.ReadFile(path); string(b) != `{"sessions":[]}` {
		t.Fatalf("content = %q", b)
	}
	onlyFiles(t, dir, "export.json")
}

func TestWriteFailingLeavesTheOldFileAndNoLeftovers(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "export.json")
	if err := os.WriteFile(path, []byte("old export"), 0o600); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("disk full")
	err := Write(path, Options{Replace: true}, func(w io.Writer) error {
		_, _ = io.WriteString(w, "half of it")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want it to wrap %v", err, boom)
	}
	if b, _ := os.ReadFile(path); string(b) != "old export" {
		t.Fatalf("a failed write changed the file: %q", b)
	}
	onlyFiles(t, dir, "export.json")

	// A new file that fails is not left half-written either.
	if err := Write(filepath.Join(dir, "new.json"), Options{}, func(io.Writer) error { return boom }); err == nil {
		t.Fatal("no error")
	}
	onlyFiles(t, dir, "export.json")
	if err := Write(filepath.Join(dir, "missing", "x.json"), Options{}, func(io.Writer) error { return nil }); err == nil {
		t.Fatal("writing into a missing folder should fail")
	}
}

func onlyFiles(t *testing.T, dir string, want ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if len(got) != len(want) {
		t.Fatalf("files in %s = %v, want %v", dir, got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("files in %s = %v, want %v", dir, got, want)
		}
	}
}
