//go:build unix

package history

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Case 7 of issue 17: a FIFO named centra.db hung every command, as the
// open blocked before the regular-file check.
func TestAFIFONamedCentraDBIsRefusedWithoutBlocking(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(dbPath(dir), 0o600); err != nil {
		t.Fatal(err)
	}
	for name, open := range map[string]func(string, ...Option) (*Store, error){"Open": Open, "OpenReadOnly": OpenReadOnly} {
		done := make(chan error, 1)
		go func() {
			s, err := open(dir)
			if err == nil {
				s.Close()
			}
			done <- err
		}()
		select {
		case err := <-done:
			var d *DamagedError
			if !errors.As(err, &d) || !strings.Contains(err.Error(), "named pipe (FIFO), not a regular file") ||
				!strings.Contains(err.Error(), dbPath(dir)) {
				t.Errorf("%s on a FIFO = %v; want a DamagedError naming it a FIFO", name, err)
			}
		case <-time.After(20 * time.Second):
			// The only way out of a blocked open is to feed the FIFO.
			f, _ := os.OpenFile(dbPath(dir), os.O_WRONLY, 0)
			f.Close()
			t.Fatalf("%s blocked on a FIFO named centra.db", name)
		}
	}
	if err := checkHeader(dbPath(dir)); err == nil {
		t.Error("checkHeader accepted a FIFO")
	}
}

// Case 8: a dangling link named centra.db read as "no history yet".
func TestADanglingLinkIsNamedNotTakenForNoHistory(t *testing.T) {
	dir := t.TempDir()
	if err := os.Symlink(filepath.Join(dir, "gone.db"), dbPath(dir)); err != nil {
		t.Fatal(err)
	}
	for name, open := range map[string]func(string, ...Option) (*Store, error){"Open": Open, "OpenReadOnly": OpenReadOnly} {
		s, err := open(dir)
		if err == nil {
			s.Close()
		}
		if errors.Is(err, os.ErrNotExist) || err == nil || !strings.Contains(err.Error(), "it is a link to "+filepath.Join(dir, "gone.db")+", which cannot be reached") {
			t.Errorf("%s on a dangling link = %v", name, err)
		}
	}
	if _, err := os.Lstat(filepath.Join(dir, "gone.db")); !errors.Is(err, os.ErrNotExist) {
		t.Error("opening through a dangling link created its target")
	}
}

// Case 4 of issue 17: window A on the home screen, window B restores a
// backup; A's next routine went into the file moved aside, with no
// warning. Now the restore refuses while any other centra has the history
// open, and changes nothing; once A has quit, it goes ahead.
func TestRestoreRefusesWhileAnotherProcessHasTheHistoryOpen(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	recordSession(t, s, "before", t0, 1)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	backupDir := t.TempDir()
	backup := filepath.Join(backupDir, "centra-backup.db")
	copyForTest(t, dbPath(dir), backup)
	before := readBytes(t, dbPath(dir))

	a := startChild(t, "open", dir)
	if got := a.line(t); got != "open" {
		t.Fatalf("child: %q", got)
	}
	_, err := Restore(dir, backup)
	if !errors.Is(err, ErrInUse) || !strings.Contains(err.Error(), "another centra window or command has it open") {
		t.Fatalf("Restore under a running centra = %v; want ErrInUse saying why", err)
	}
	if !bytes.Equal(readBytes(t, dbPath(dir)), before) {
		t.Fatal("a refused restore changed the history")
	}
	if aside, _ := filepath.Glob(filepath.Join(dir, "centra-replaced-*")); len(aside) != 0 {
		t.Fatalf("a refused restore moved the history aside: %v", aside)
	}
	a.stdin.Close()
	if err := a.cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	if _, err := Restore(dir, backup); err != nil {
		t.Fatalf("Restore once the other centra quit: %v", err)
	}
}

func copyForTest(t *testing.T, from, to string) {
	t.Helper()
	if err := os.WriteFile(to, readBytes(t, from), 0o600); err != nil {
		t.Fatal(err)
	}
}

// Case 8 of issue 17: a read-only database said "attempt to write a
// readonly database", naming no folder and giving no advice, and a full
// disk never said "full". Every failed write now names the file and says
// what is wrong and what to do.
func TestAFailedWriteNamesTheFileAndSaysWhatToDo(t *testing.T) {
	s := openStore(t, t.TempDir())
	if _, err := s.w.Exec("PRAGMA query_only = 1"); err != nil {
		t.Fatal(err)
	}
	err := s.Journal().PutState(bg, "k", []byte("v"))
	if err == nil || !strings.Contains(err.Error(), s.Path()+" cannot be written, as it or its folder is read-only") ||
		!strings.Contains(err.Error(), "chmod u+w") {
		t.Errorf("read-only: %v", err)
	}
	if _, err := s.w.Exec("PRAGMA query_only = 0"); err != nil {
		t.Fatal(err)
	}
	var pages int
	if err := s.w.QueryRow("PRAGMA page_count").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.Exec(fmt.Sprintf("PRAGMA max_page_count = %d", pages)); err != nil {
		t.Fatal(err)
	}
	err = Seed(bg, s, 500, t0, rand.New(rand.NewPCG(1, 1)))
	if err == nil || !strings.Contains(err.Error(), "the disk holding "+s.Path()+" is full") || !strings.Contains(err.Error(), "free some space") {
		t.Errorf("full: %v", err)
	}
}
