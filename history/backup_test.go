package history

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestBackupAtMostOnceADay(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	want := recordSession(t, s, "ext", t0, 2)

	p, made, err := s.BackupIfDue(bg, t0, 7)
	if err != nil || !made || p != filepath.Join(dir, "backups", "centra-20250303.db") {
		t.Fatalf("first BackupIfDue = %q, %v, %v", p, made, err)
	}
	if m := perm(t, p); m != 0o600 {
		t.Errorf("backup mode = %o, want 600", m)
	}
	if m := perm(t, filepath.Dir(p)); m != 0o700 {
		t.Errorf("backups dir mode = %o, want 700", m)
	}
	first := readBytes(t, p)
	recordSession(t, s, "ext", t0.Add(time.Hour), 1)
	if p2, made, err := s.BackupIfDue(bg, t0.Add(15*time.Hour), 7); err != nil || made || p2 != p {
		t.Errorf("same-day BackupIfDue = %q, %v, %v; want %q, not made", p2, made, err, p)
	}
	if !bytes.Equal(readBytes(t, p), first) {
		t.Error("the same-day call rewrote today's backup")
	}
	if _, made, err := s.BackupIfDue(bg, t0.Add(24*time.Hour), 7); err != nil || !made {
		t.Errorf("next-day BackupIfDue: made = %v, err = %v", made, err)
	}

	// The backup is a whole, healthy database holding what was committed.
	if _, err := checkFile(bg, p); err != nil {
		t.Fatal(err)
	}
	other := t.TempDir()
	if err := copyFile(p, dbPath(other)); err != nil {
		t.Fatal(err)
	}
	got, err := openStore(t, other).Sessions().Detail(bg, want.ID)
	if err != nil {
		t.Fatal(err)
	}
	sameDetail(t, got, want)
}

func TestBackupRotationKeepsTheNewest(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	recordSession(t, s, "ext", t0, 1)
	// A copy kept before an upgrade is never rotated.
	if _, err := s.vacuumInto(bg, "centra-v1-before-upgrade-20250101-000000.db"); err != nil {
		t.Fatal(err)
	}
	for d := range 6 {
		if _, made, err := s.BackupIfDue(bg, t0.Add(time.Duration(d)*24*time.Hour), 3); err != nil || !made {
			t.Fatalf("day %d: made = %v, err = %v", d, made, err)
		}
	}
	list, err := ListBackups(dir)
	if err != nil {
		t.Fatal(err)
	}
	var daily []string
	upgrade := 0
	for _, b := range list {
		if b.Daily {
			daily = append(daily, filepath.Base(b.Path))
		} else {
			upgrade++
		}
		if b.Size == 0 || b.Time.IsZero() {
			t.Errorf("backup %+v has no size or time", b)
		}
	}
	want := []string{"centra-20250308.db", "centra-20250307.db", "centra-20250306.db"}
	if len(daily) != 3 || daily[0] != want[0] || daily[1] != want[1] || daily[2] != want[2] || upgrade != 1 {
		t.Errorf("after rotation: daily %v (want %v), %d upgrade copies (want 1)", daily, want, upgrade)
	}
	if list, err := ListBackups(t.TempDir()); err != nil || len(list) != 0 {
		t.Errorf("ListBackups with no backups dir = %v, %v", list, err)
	}
}

func TestRestorePutsBackupBackAndKeepsTheCurrentFile(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	before := recordSession(t, s, "ext", t0, 2)
	p, _, err := s.BackupIfDue(bg, t0, 7)
	if err != nil {
		t.Fatal(err)
	}
	after := recordSession(t, s, "ext", t0.Add(time.Hour), 1) // committed, not yet checkpointed
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	aside, err := Restore(dir, p)
	if err != nil {
		t.Fatal(err)
	}
	if aside == "" || filepath.Dir(aside) != dir {
		t.Fatalf("moved aside to %q", aside)
	}
	if m := perm(t, dbPath(dir)); m != 0o600 {
		t.Errorf("restored file mode = %o", m)
	}
	r := openStore(t, dir)
	if sums, err := r.Sessions().List(bg, Filter{}); err != nil || len(sums) != 1 || sums[0].ID != before.ID {
		t.Errorf("after restore: %v, %v; want only session %d", ids(sums), err, before.ID)
	}
	// Nothing is lost: the replaced file still holds the later session.
	old := t.TempDir()
	if err := copyFile(aside, dbPath(old)); err != nil {
		t.Fatal(err)
	}
	got, err := openStore(t, old).Sessions().Detail(bg, after.ID)
	if err != nil {
		t.Fatal(err)
	}
	sameDetail(t, got, after)
	if _, err := os.Stat(p); err != nil {
		t.Errorf("the backup itself is gone: %v", err)
	}
}

func TestRestoreRefusesADamagedBackup(t *testing.T) {
	dir := t.TempDir()
	openStore(t, dir).Close()
	current := readBytes(t, dbPath(dir))
	bad := filepath.Join(t.TempDir(), "centra-20250101.db")
	if err := os.WriteFile(bad, []byte("not a database"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Restore(dir, bad)
	var de *DamagedError
	if !errors.As(err, &de) || de.Path != bad {
		t.Fatalf("Restore of a damaged backup: err = %v, want *DamagedError for %s", err, bad)
	}
	if !bytes.Equal(readBytes(t, dbPath(dir)), current) {
		t.Error("the current database changed")
	}
	// The database and the lock every open takes (LockName), nothing else.
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("files in the data dir after a refused restore: %v", entries)
	}
}

func TestRestoreOverADamagedFileKeepsItsBytes(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	want := recordSession(t, s, "ext", t0, 1)
	p, _, err := s.BackupIfDue(bg, t0, 7)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	junk := []byte("SQLite format 3\x00 but then garbage")
	if err := os.WriteFile(dbPath(dir), junk, 0o600); err != nil {
		t.Fatal(err)
	}
	aside, err := Restore(dir, p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(readBytes(t, aside), junk) {
		t.Error("the damaged file was not kept as it was")
	}
	got, err := openStore(t, dir).Sessions().Detail(bg, want.ID)
	if err != nil {
		t.Fatal(err)
	}
	sameDetail(t, got, want)
}
