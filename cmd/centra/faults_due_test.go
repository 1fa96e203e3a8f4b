//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/centra-app/centra/history"
)

// Case 7 and 8 of issue 17: `due` on a dangling link said "No sets done
// yet" with exit 0, and a FIFO named centra.db hung every command.
func TestDueNamesAFileItCannotUse(t *testing.T) {
	for name, make := range map[string]func(path string) error{
		"dangling link": func(p string) error { return os.Symlink(filepath.Join(filepath.Dir(p), "gone.db"), p) },
		"fifo":          func(p string) error { return syscall.Mkfifo(p, 0o600) },
	} {
		dir := t.TempDir()
		db := filepath.Join(dir, history.FileName)
		if err := make(db); err != nil {
			t.Fatal(err)
		}
		for _, cmd := range [][]string{{"due"}, {"history"}} {
			code, stdout, stderr := runInProcess(t, bg, append([]string{"--data-dir", dir}, cmd...)...)
			stderr = strings.Join(strings.Fields(stderr), " ")
			if code == 0 || strings.Contains(stdout, "No sets") || !strings.Contains(stderr, db) {
				t.Errorf("%s: centra %v: exit %d, stdout %q, stderr %q; want an error naming %s", name, cmd, code, stdout, stderr, db)
			}
		}
	}
}
