package history

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

func TestConcurrentWritersInOneProcess(t *testing.T) {
	dir := t.TempDir()
	stores := []*Store{openStore(t, dir), openStore(t, dir)}
	const writers, each = 4, 15
	var wg sync.WaitGroup
	errs := make(chan error, writers+1)
	for w := range writers {
		s := stores[w%2]
		wg.Go(func() {
			for i := range each {
				if err := writeSession(s, fmt.Sprintf("w%d", w), t0.Add(time.Duration(i)*time.Minute)); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	stop := make(chan struct{})
	var readers sync.WaitGroup
	readers.Go(func() { // a reader and an export running all along
		for {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := stores[1].Sessions().List(bg, Filter{Limit: 50}); err != nil {
				errs <- err
				return
			}
			if err := stores[0].Export().JSON(bg, discard{}, JSONOptions{}); err != nil {
				errs <- err
				return
			}
		}
	})
	wg.Wait()
	close(stop)
	readers.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for table, want := range map[string]int{"sessions": writers * each, "sets": writers * each * 3, "check_ins": writers * each * 4} {
		if got := count(t, stores[0], table); got != want {
			t.Errorf("%s: %d rows, want %d", table, got, want)
		}
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func TestConcurrentWritersInSeveralProcesses(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	const each = 20
	kids := []*child{
		startChild(t, "write", dir, fmt.Sprintf("CENTRA_HISTORY_N=%d", each)),
		startChild(t, "write", dir, fmt.Sprintf("CENTRA_HISTORY_N=%d", each)),
	}
	for i := range each {
		if err := writeSession(s, "parent", t0.Add(time.Duration(i)*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	for _, k := range kids {
		if got := k.line(t); got != "done" {
			t.Fatalf("child said %q", got)
		}
		if err := k.cmd.Wait(); err != nil {
			t.Fatalf("child: %v", err)
		}
	}
	if got := count(t, s, "sessions"); got != 3*each {
		t.Errorf("%d sessions, want %d", got, 3*each)
	}
}

// TestFullDiskGivesErrorsAndNoHalfWrites fills the database to a page
// limit: writes must fail with an error (the UI keeps the data and retries),
// a big transaction must leave nothing behind, and writes must work again
// once there is room.
func TestFullDiskGivesErrorsAndNoHalfWrites(t *testing.T) {
	s := openStore(t, t.TempDir())
	var pages int
	if err := s.w.QueryRow("PRAGMA page_count").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	// The writer pool has exactly one connection, so the limit sticks.
	if _, err := s.w.Exec(fmt.Sprintf("PRAGMA max_page_count = %d", pages+40)); err != nil {
		t.Fatal(err)
	}
	err := Seed(bg, s, 5000, t0, rngFor(1))
	var se *sqlite.Error
	if !errors.As(err, &se) || se.Code()&0xff != sqlite3.SQLITE_FULL {
		t.Fatalf("Seed on a full disk: err = %v, want SQLITE_FULL", err)
	}
	if n := count(t, s, "sessions"); n != 0 {
		t.Errorf("the failed batch left %d sessions behind", n)
	}
	var last error
	saved := 0
	for i := range 500 {
		if last = writeSession(s, "r", t0.Add(time.Duration(i)*time.Minute)); last != nil {
			break
		}
		saved++
	}
	if last == nil {
		t.Fatal("writes never failed on a full disk")
	}
	// writeSession is several calls: each one that succeeded is whole.
	if n := count(t, s, "sets"); n > 3*(saved+1) {
		t.Errorf("%d sets for %d sessions", n, saved+1)
	}
	if _, err := s.w.Exec("PRAGMA max_page_count = 1073741823"); err != nil {
		t.Fatal(err)
	}
	if err := writeSession(s, "r", t0); err != nil {
		t.Errorf("after freeing space: %v", err)
	}
}

// TestReadOnlyDatabaseGivesErrors stands in for a read-only disk (the
// tests may run as root, who can write anyway): every write returns an
// error, none panics, and writing works again afterwards.
func TestReadOnlyDatabaseGivesErrors(t *testing.T) {
	s := openStore(t, t.TempDir())
	want := recordSession(t, s, "r", t0, 1)
	if _, err := s.w.Exec("PRAGMA query_only = 1"); err != nil {
		t.Fatal(err)
	}
	c := checkIn(t0, routines.CheckInAfterSet, routines.MovedUp, routines.ReachThigh, 3)
	if _, err := s.Journal().AddCheckIn(bg, want.ID, 0, c); err == nil {
		t.Error("AddCheckIn on a read-only database: no error")
	}
	if err := s.Journal().FinishSession(bg, want.ID, routines.StatusCompleted, "", t0); err == nil {
		t.Error("FinishSession on a read-only database: no error")
	}
	// MarkInterrupted has nothing to mark here (this process owns the
	// session): it only reads, and so it works on a read-only disk.
	if cut, err := s.Journal().MarkInterrupted(bg, t0.Add(time.Hour)); err != nil || len(cut) != 0 {
		t.Errorf("MarkInterrupted with nothing to mark on a read-only database: %v, %v", cut, err)
	}
	if err := s.Journal().PutState(bg, "k", []byte("v")); err == nil {
		t.Error("PutState on a read-only database: no error")
	}
	got, err := s.Sessions().Detail(bg, want.ID)
	if err != nil {
		t.Fatal(err)
	}
	sameDetail(t, got, want)
	if _, err := s.w.Exec("PRAGMA query_only = 0"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Journal().AddCheckIn(bg, want.ID, 0, c); err != nil {
		t.Errorf("after the disk is writable again: %v", err)
	}
}
