package history

import (
	"database/sql"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

func TestMigrationsAreNumberedFromOne(t *testing.T) {
	migs, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	if len(migs) == 0 || SchemaVersion() != len(migs) {
		t.Fatalf("%d migrations, SchemaVersion() = %d", len(migs), SchemaVersion())
	}
	for i, m := range migs {
		if m.version != i+1 || strings.TrimSpace(m.sql) == "" {
			t.Errorf("migration %d: %+v", i+1, m.name)
		}
	}
}

// loadFixture builds dir/centra.db from testdata/fixtures/v<version>.sql.
func loadFixture(t *testing.T, dir string, version int) {
	t.Helper()
	script, err := os.ReadFile(fmt.Sprintf("testdata/fixtures/v%d.sql", version))
	if err != nil {
		t.Fatalf("no fixture for schema v%d (add one: see testdata/fixtures/README.md): %v", version, err)
	}
	db, err := sql.Open("sqlite", dbPath(dir))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(string(script)); err != nil {
		t.Fatalf("fixture v%d: %v", version, err)
	}
}

// checkFixtureData checks, through the public API, the rows every fixture
// holds.
func checkFixtureData(t *testing.T, s *Store) {
	t.Helper()
	at := func(ms int64) time.Time { return time.UnixMilli(ms) }
	d, err := s.Sessions().Detail(bg, 1)
	if err != nil {
		t.Fatal(err)
	}
	want := SessionDetail{
		SessionSummary: SessionSummary{ID: 1, Kind: routines.SessionRoutine, RoutineID: "extension-relief",
			RoutineName: "Extension relief", StartedAt: at(1714550400000), EndedAt: at(1714551000000),
			Status: routines.StatusCompleted, SetsDone: 1, SetsRecorded: 2, SetsPlanned: 2,
			Baseline: &Reading{At: at(1714550400000), Reach: 5, ReachName: "below the knee", Leg: routines.LegLeft, LegPain: 6, BackPain: 3},
			Last:     &Reading{At: at(1714550595000), Reach: 3, ReachName: "buttock", Leg: routines.LegNone, LegPain: 2, BackPain: 4},
		},
		Sets: []SetRecord{
			{1, routines.SetResult{Block: 0, Set: 0, ExerciseID: "press-up", Family: routines.FamilyExtension, Level: 3,
				StartedAt: at(1714550460000), EndedAt: at(1714550500000), Unit: routines.UnitReps, Planned: 10, Done: 10, Completed: true}},
			{2, routines.SetResult{Block: 0, Set: 1, ExerciseID: "press-up", Family: routines.FamilyExtension, Level: 3,
				StartedAt: at(1714550560000), EndedAt: at(1714550590000), Unit: routines.UnitReps, Planned: 10, Done: 7}},
		},
		CheckIns: []CheckInRecord{
			{1, 0, routines.CheckIn{At: at(1714550400000), Kind: routines.CheckInBaseline, Reach: 5, Leg: routines.LegLeft,
				LegPain: 6, BackPain: 3, Tingling: true, TinglingReach: 6}},
			{2, 1, routines.CheckIn{At: at(1714550505000), Kind: routines.CheckInAfterSet, Moved: routines.MovedUp, Reach: 4,
				Leg: routines.LegLeft, LegPain: 5, BackPain: 3}},
			{3, 2, routines.CheckIn{At: at(1714550595000), Kind: routines.CheckInAfterSet, Moved: routines.MovedUp, Reach: 3,
				Leg: routines.LegNone, LegPain: 2, BackPain: 4, Urgent: []string{"saddle numbness"}}},
		},
		Decisions: []DecisionRecord{{1, routines.DecisionRecord{At: at(1714550596000), RuleID: "green-centralising",
			Action: "continue", Reason: "The pain moved up: keep going."}}},
	}
	sameDetail(t, d, want)
	sums, err := s.Sessions().List(bg, Filter{})
	if err != nil || len(sums) != 2 || sums[0].ID != 2 || sums[0].Kind != routines.SessionTest || sums[0].Status != routines.StatusInProgress {
		t.Errorf("Sessions = %+v, %v", sums, err)
	}
	if v, ok, err := s.Journal().GetState(bg, "plan"); err != nil || !ok || string(v) != "{}" {
		t.Errorf("GetState(plan) = %q, %v, %v", v, ok, err)
	}
	if cut, err := s.Journal().MarkInterrupted(bg, time.Now()); err != nil || len(cut) != 1 || cut[0].ID != 2 {
		t.Errorf("MarkInterrupted = %v, %v; want session 2", ids(cut), err)
	}
}

// TestUpgradeFromEveryVersion opens a frozen database of each schema
// version (the current one included) and finds all its data, upgraded.
func TestUpgradeFromEveryVersion(t *testing.T) {
	for v := 1; v <= SchemaVersion(); v++ {
		t.Run(fmt.Sprintf("v%d", v), func(t *testing.T) {
			dir := t.TempDir()
			loadFixture(t, dir, v)
			s := openStore(t, dir)
			if got, err := userVersion(bg, s.w); err != nil || got != SchemaVersion() {
				t.Fatalf("user_version after Open = %d, %v; want %d", got, err, SchemaVersion())
			}
			backups, err := ListBackups(dir)
			if err != nil {
				t.Fatal(err)
			}
			upgradeNotices := 0
			for _, n := range s.Notices() {
				if strings.Contains(n, "Upgraded") || strings.Contains(n, "copy of your history") {
					upgradeNotices++
				}
			}
			if upgraded := v < SchemaVersion(); upgraded != (len(backups) == 1) || upgraded != (upgradeNotices == 2) {
				t.Errorf("upgraded = %v, but backups = %v, notices = %q", upgraded, backups, s.Notices())
			}
			checkFixtureData(t, s)
		})
	}
}

func TestEmptySQLiteFileGetsTheSchema(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(dbPath(dir), rawFile(t, "CREATE TABLE t (x); DROP TABLE t;"), 0o600); err != nil {
		t.Fatal(err)
	}
	s := openStore(t, dir)
	if v, err := userVersion(bg, s.w); err != nil || v != SchemaVersion() {
		t.Errorf("user_version = %d, %v", v, err)
	}
	if backups, _ := ListBackups(dir); len(backups) != 0 {
		t.Errorf("an empty file was backed up: %v", backups)
	}
}

// withNext returns the real migrations plus a next one.
func withNext(t *testing.T, sql string) []migration {
	t.Helper()
	migs, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	n := len(migs) + 1
	return append(migs[:len(migs):len(migs)], migration{version: n, name: fmt.Sprintf("%04d_test.sql", n), sql: sql})
}

func TestFailedMigrationLeavesTheDatabaseAsItWas(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	want := recordSession(t, s, "ext", t0, 2)

	bad := withNext(t, `CREATE TABLE extra (x INTEGER);
		UPDATE sessions SET routine_name = 'changed';
		INSERT INTO no_such_table VALUES (1);`)
	if err := s.upgradeWith(bg, bad, t0); err == nil {
		t.Fatal("a failing migration returned no error")
	}
	if v, _ := userVersion(bg, s.w); v != SchemaVersion() {
		t.Errorf("user_version = %d after a failed migration, want %d", v, SchemaVersion())
	}
	var tables int
	if err := s.r.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name = 'extra'").Scan(&tables); err != nil || tables != 0 {
		t.Errorf("the failed migration's table exists (%d, %v)", tables, err)
	}
	got, err := s.Sessions().Detail(bg, want.ID)
	if err != nil {
		t.Fatal(err)
	}
	sameDetail(t, got, want)
	if b, _ := ListBackups(dir); len(b) != 1 || b[0].Daily {
		t.Errorf("backups before the upgrade = %+v, want one non-daily copy", b)
	}

	good := withNext(t, "ALTER TABLE sessions ADD COLUMN note TEXT NOT NULL DEFAULT '';")
	if err := s.upgradeWith(bg, good, t0.Add(time.Second)); err != nil {
		t.Fatal(err)
	}
	if v, _ := userVersion(bg, s.w); v != SchemaVersion()+1 {
		t.Errorf("user_version = %d after upgrading, want %d", v, SchemaVersion()+1)
	}
	if n := s.Notices(); len(n) < 2 || !strings.Contains(n[len(n)-1], fmt.Sprintf("from data version %d to %d", SchemaVersion(), SchemaVersion()+1)) {
		t.Errorf("Notices() = %q", n)
	}
	if got, err = s.Sessions().Detail(bg, want.ID); err != nil {
		t.Fatal(err)
	}
	sameDetail(t, got, want)
}

func TestTwoProcessesUpgradingAtOnceApplyEachStepOnce(t *testing.T) {
	dir := t.TempDir()
	a, b := openStore(t, dir), openStore(t, dir)
	next := withNext(t, "ALTER TABLE sessions ADD COLUMN note TEXT NOT NULL DEFAULT '';")
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, s := range []*Store{a, b} {
		wg.Go(func() { _, errs[i] = migrate(bg, s.w, next) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err) // applying the ALTER twice would fail: duplicate column
	}
	if v, _ := userVersion(bg, a.w); v != len(next) {
		t.Errorf("user_version = %d, want %d", v, len(next))
	}
}
