package history

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

func TestOpenCreatesPrivateDirAndFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data", "centra")
	s := openStore(t, dir)
	if got := s.Path(); got != dbPath(dir) {
		t.Errorf("Path() = %q, want %q", got, dbPath(dir))
	}
	if p := perm(t, dir); p != 0o700 {
		t.Errorf("dir mode = %o, want 700", p)
	}
	if p := perm(t, s.Path()); p != 0o600 {
		t.Errorf("file mode = %o, want 600", p)
	}
	if n := s.Notices(); len(n) != 0 {
		t.Errorf("Notices() on a new store = %q, want none", n)
	}
	if _, err := s.Journal().StartSession(bg, routines.SessionRoutine, "r", "R", t0); err != nil {
		t.Fatal(err)
	}
	for _, side := range []string{"-wal", "-shm"} {
		if p := perm(t, s.Path()+side); p != 0o600 {
			t.Errorf("%s mode = %o, want 600", side, p)
		}
	}
}

func TestOpenSetsPragmasOnEveryConnection(t *testing.T) {
	s := openStore(t, t.TempDir())
	want := map[string]string{"journal_mode": "wal", "foreign_keys": "1", "busy_timeout": "5000", "synchronous": "2"}
	for pool, db := range map[string]querier{"writer": s.w, "reader": s.r} {
		for p, v := range want {
			var got string
			if err := db.QueryRowContext(bg, "PRAGMA "+p).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != v {
				t.Errorf("%s: PRAGMA %s = %s, want %s", pool, p, got, v)
			}
		}
	}
	if v, err := userVersion(bg, s.w); err != nil || v != SchemaVersion() || v < 1 {
		t.Errorf("user_version = %d, %v; want %d", v, err, SchemaVersion())
	}
}

func TestOpenTightensLooserPermissions(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permissions")
	}
	dir := t.TempDir()
	openStore(t, dir).Close()
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dbPath(dir), 0o644); err != nil {
		t.Fatal(err)
	}
	s := openStore(t, dir)
	if p := perm(t, dir); p != 0o700 {
		t.Errorf("dir mode = %o, want 700", p)
	}
	if p := perm(t, dbPath(dir)); p != 0o600 {
		t.Errorf("file mode = %o, want 600", p)
	}
	n := s.Notices()
	if len(n) != 2 || !strings.Contains(n[0], dir) || !strings.Contains(n[1], dbPath(dir)) {
		t.Errorf("Notices() = %q, want one for the dir and one for the file", n)
	}
	s.Close()

	// Stricter modes are left alone, and say nothing.
	if err := os.Chmod(dbPath(dir), 0o400); err != nil {
		t.Fatal(err)
	}
	if _, err := tighten(dbPath(dir), filePerm); err != nil {
		t.Fatal(err)
	}
	if p := perm(t, dbPath(dir)); p != 0o400 {
		t.Errorf("a 0400 file became %o", p)
	}
}

func TestReopenFindsEverythingCommitted(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	a := recordSession(t, s, "extension-relief", t0, 4)
	// A check-in with every field, and a recheck after a set.
	full := routines.CheckIn{At: t0.Add(10 * time.Minute), Kind: routines.CheckInRecheck, Moved: routines.MovedDown,
		Reach: routines.ReachFoot, Leg: routines.LegBoth, LegPain: 8, BackPain: 3, Tingling: true,
		TinglingReach: routines.ReachBelowKnee, Urgent: []string{"saddle numbness"}}
	cid, err := s.Journal().AddCheckIn(bg, a.ID, a.Sets[3].ID, full)
	if err != nil {
		t.Fatal(err)
	}
	a.CheckIns = append(a.CheckIns, CheckInRecord{ID: cid, SetID: a.Sets[3].ID, CheckIn: full})
	a.Last = reading(full)
	d := routines.DecisionRecord{At: t0.Add(11 * time.Minute), RuleID: "red-urgent", Action: "stop", Reason: "Urgent symptom reported."}
	if err := s.Journal().AddDecision(bg, a.ID, d); err != nil {
		t.Fatal(err)
	}
	a.Decisions = append(a.Decisions, DecisionRecord{ID: 1, DecisionRecord: d})
	if err := s.Journal().SetPlanned(bg, a.ID, 9); err != nil {
		t.Fatal(err)
	}
	a.SetsPlanned = 9
	finish(t, s, &a, routines.StatusStopped, "urgent symptom", t0.Add(12*time.Minute))
	b := recordSession(t, s, "nerve-glides", t0.Add(24*time.Hour), 2) // left in progress
	if err := s.Journal().PutState(bg, "plan", []byte(`{"stage":"relief"}`)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = openStore(t, dir)
	for _, want := range []SessionDetail{a, b} {
		got, err := s.Sessions().Detail(bg, want.ID)
		if err != nil {
			t.Fatal(err)
		}
		sameDetail(t, got, want)
	}
	if v, ok, err := s.Journal().GetState(bg, "plan"); err != nil || !ok || string(v) != `{"stage":"relief"}` {
		t.Errorf("GetState(plan) = %q, %v, %v", v, ok, err)
	}
}

func TestWritesAreVisibleToAnotherStoreAtOnce(t *testing.T) {
	dir := t.TempDir()
	a, b := openStore(t, dir), openStore(t, dir)
	want := recordSession(t, a, "r", t0, 2)
	got, err := b.Sessions().Detail(bg, want.ID)
	if err != nil {
		t.Fatal(err)
	}
	sameDetail(t, got, want)
}

func TestKillNineLosesNothingCommitted(t *testing.T) {
	dir := t.TempDir()
	openStore(t, dir).Close()
	c := startChild(t, "crash", dir, "CENTRA_HISTORY_N=3")
	id := c.line(t)
	_ = c.cmd.Wait() // killed by its own SIGKILL

	s := openStore(t, dir)
	sums, err := s.Sessions().List(bg, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sums) != 1 || sums[0].SetsRecorded != 3 || sums[0].Status != routines.StatusInProgress {
		t.Fatalf("after kill -9: %+v, want one in-progress session %s with 3 sets", sums, id)
	}
	if n := count(t, s, "check_ins"); n != 4 {
		t.Errorf("check-ins after kill -9 = %d, want 4", n)
	}
	cut, err := s.Journal().MarkInterrupted(bg, t0.Add(time.Hour))
	if err != nil || len(cut) != 1 || cut[0].Status != routines.StatusCutShort {
		t.Errorf("MarkInterrupted after kill -9 = %+v, %v", cut, err)
	}
}

func TestBadInputIsRefusedAndChangesNothing(t *testing.T) {
	s := openStore(t, t.TempDir())
	a := recordSession(t, s, "a", t0, 1)
	b := recordSession(t, s, "b", t0.Add(time.Hour), 1)
	before := count(t, s, "check_ins") + count(t, s, "sets") + count(t, s, "sessions")

	bad := checkIn(t0, routines.CheckInAfterSet, routines.MovedUp, routines.ReachThigh, 11)
	if _, err := s.Journal().AddCheckIn(bg, a.ID, 0, bad); !errors.Is(err, ErrInvalid) {
		t.Errorf("leg pain 11: err = %v, want ErrInvalid", err)
	}
	ok := checkIn(t0, routines.CheckInAfterSet, routines.MovedUp, routines.ReachThigh, 3)
	if _, err := s.Journal().AddCheckIn(bg, 999, 0, ok); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown session: err = %v, want ErrNotFound", err)
	}
	if _, err := s.Journal().AddCheckIn(bg, a.ID, b.Sets[0].ID, ok); !errors.Is(err, ErrNotFound) {
		t.Errorf("set of another session: err = %v, want ErrNotFound", err)
	}
	if _, err := s.Journal().AddSet(bg, 999, setResult(0, 0, t0)); !errors.Is(err, ErrNotFound) {
		t.Errorf("set of unknown session: err = %v, want ErrNotFound", err)
	}
	if _, err := s.Journal().AddSet(bg, a.ID, routines.SetResult{ExerciseID: "x"}); !errors.Is(err, ErrInvalid) {
		t.Errorf("set without times: err = %v, want ErrInvalid", err)
	}
	if err := s.Journal().AddDecision(bg, 999, routines.DecisionRecord{At: t0, RuleID: "x"}); !errors.Is(err, ErrNotFound) {
		t.Errorf("decision of unknown session: err = %v, want ErrNotFound", err)
	}
	if err := s.Journal().FinishSession(bg, 999, routines.StatusCompleted, "", t0); !errors.Is(err, ErrNotFound) {
		t.Errorf("finish unknown session: err = %v, want ErrNotFound", err)
	}
	if err := s.Journal().FinishSession(bg, a.ID, routines.StatusInProgress, "", t0); !errors.Is(err, ErrInvalid) {
		t.Errorf("finish as in-progress: err = %v, want ErrInvalid", err)
	}
	if _, err := s.Journal().StartSession(bg, routines.SessionRoutine, "", "", t0); !errors.Is(err, ErrInvalid) {
		t.Errorf("start without routine: err = %v, want ErrInvalid", err)
	}
	if after := count(t, s, "check_ins") + count(t, s, "sets") + count(t, s, "sessions"); after != before {
		t.Errorf("rows changed from %d to %d", before, after)
	}
	got, err := s.Sessions().Detail(bg, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	sameDetail(t, got, a)
}

func TestDefaultDirIsUnderXDGDataHome(t *testing.T) {
	if d := DefaultDir(); filepath.Base(d) != "centra" || !filepath.IsAbs(d) {
		t.Errorf("DefaultDir() = %q", d)
	}
}

// TestStoresReleaseTheirClaims: the in-process registry that keeps the raw
// header check away from files with live connections must not leak, or
// Restore would refuse forever.
func TestStoresReleaseTheirClaims(t *testing.T) {
	dir := t.TempDir()
	a := openStore(t, dir)
	b := openStore(t, dir)
	if _, err := Restore(dir, backupNow(t, a)); !errors.Is(err, ErrInUse) {
		t.Errorf("Restore with a Store open here: err = %v, want ErrInUse", err)
	}
	a.Close()
	b.Close()
	bad := t.TempDir()
	if err := os.WriteFile(dbPath(bad), []byte("junk"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(bad); err == nil {
		t.Fatal("Open of junk succeeded")
	}
	inUse.Lock()
	defer inUse.Unlock()
	if len(inUse.n) != 0 {
		t.Errorf("claims left after closing every store: %v", inUse.n)
	}
}

// TestNewDatabaseIgnoresAnOrphanedLog: a person moved centra.db aside but
// not its -wal; the new file must not be fed the old log.
func TestNewDatabaseIgnoresAnOrphanedLog(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	recordSession(t, s, "old", t0, 2)
	// Copy the live log while the store is open: a log with frames.
	wal := readBytes(t, dbPath(dir)+"-wal")
	if len(wal) == 0 {
		t.Fatal("no write-ahead log to orphan")
	}
	s.Close()
	if err := os.Rename(dbPath(dir), dbPath(dir)+".moved"); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dbPath(dir)+"-wal", wal, 0o600); err != nil {
		t.Fatal(err)
	}
	s = openStore(t, dir)
	if got, err := s.Sessions().List(bg, Filter{}); err != nil || len(got) != 0 {
		t.Fatalf("the new database shows %d sessions of the old log (err %v)", len(got), err)
	}
	if err := writeSession(s, "new", t0); err != nil {
		t.Fatal(err)
	}
	if n := s.Notices(); len(n) != 1 || !strings.Contains(n[0], "orphan") {
		t.Errorf("Notices() = %q", n)
	}
	matches, _ := filepath.Glob(dbPath(dir) + "-wal.orphan-*")
	if len(matches) != 1 || !bytes.Equal(readBytes(t, matches[0]), wal) {
		t.Errorf("the orphaned log was not kept as it was: %v", matches)
	}
}
