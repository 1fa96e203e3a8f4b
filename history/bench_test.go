package history

import (
	"os"
	"sync"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

// benchSessions is the size of the benchmark database: ten years of about
// eight sessions a day, the "ten years of data" quality bar.
const benchSessions = 30000

var (
	benchOnce sync.Once
	benchDir  string
	benchErr  error
)

// benchStore opens the shared benchmark database, seeding it on first use
// (a few seconds; the time is logged). It is removed when the tests end.
func benchStore(b *testing.B) *Store {
	b.Helper()
	benchOnce.Do(func() {
		if benchDir, benchErr = os.MkdirTemp("", "centra-bench-"); benchErr != nil {
			return
		}
		start := time.Now()
		var s *Store
		if s, benchErr = Open(benchDir); benchErr != nil {
			return
		}
		benchErr = Seed(bg, s, benchSessions, t0.AddDate(-10, 0, 0), rngFor(42))
		if err := s.Close(); benchErr == nil {
			benchErr = err
		}
		fi, _ := os.Stat(dbPath(benchDir))
		b.Logf("seeded %d sessions in %v (%.1f MB)", benchSessions, time.Since(start).Round(time.Millisecond), float64(fi.Size())/1e6)
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return openStore(b, benchDir)
}

// removeBenchDir is called by TestMain after the run.
func removeBenchDir() {
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
}

// BenchmarkSessionsFirstPage is the history screen opening: the newest 50
// sessions with their pain before and after.
func BenchmarkSessionsFirstPage(b *testing.B) {
	s := benchStore(b)
	for b.Loop() {
		got, err := s.Sessions().List(bg, Filter{Limit: 50})
		if err != nil || len(got) != 50 {
			b.Fatal(len(got), err)
		}
	}
}

// BenchmarkSessionsDeepPage pages from the middle of ten years.
func BenchmarkSessionsDeepPage(b *testing.B) {
	s := benchStore(b)
	for b.Loop() {
		got, err := s.Sessions().List(bg, Filter{Limit: 50, BeforeID: benchSessions / 2})
		if err != nil || len(got) != 50 {
			b.Fatal(len(got), err)
		}
	}
}

// BenchmarkSessionsRoutineMonth filters one routine over one month.
func BenchmarkSessionsRoutineMonth(b *testing.B) {
	s := benchStore(b)
	since := t0.AddDate(-5, 0, 0)
	for b.Loop() {
		got, err := s.Sessions().List(bg, Filter{RoutineID: "extension-relief", Since: since, Until: since.AddDate(0, 1, 0)})
		if err != nil {
			b.Fatal(err)
		}
		_ = got
	}
}

// BenchmarkSession reads one session in full.
func BenchmarkSession(b *testing.B) {
	s := benchStore(b)
	for b.Loop() {
		if _, err := s.Sessions().Detail(bg, benchSessions/3); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLastCheckIn pre-fills the next baseline.
func BenchmarkLastCheckIn(b *testing.B) {
	s := benchStore(b)
	for b.Loop() {
		if _, ok, err := s.Sessions().LastCheckIn(bg); err != nil || !ok {
			b.Fatal(ok, err)
		}
	}
}

// BenchmarkOpen is the store's share of launch time on ten years of data,
// including the read-only health check (header and PRAGMA quick_check).
func BenchmarkOpen(b *testing.B) {
	benchStore(b).Close()
	for b.Loop() {
		s, err := Open(benchDir)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkAddCheckIn is one committed (synchronous=FULL) check-in.
func BenchmarkAddCheckIn(b *testing.B) {
	s := openStore(b, b.TempDir())
	id, err := s.Journal().StartSession(bg, routines.SessionRoutine, "r", "R", t0)
	if err != nil {
		b.Fatal(err)
	}
	c := checkIn(t0, routines.CheckInAfterSet, routines.MovedUp, routines.ReachThigh, 4)
	for b.Loop() {
		if _, err := s.Journal().AddCheckIn(bg, id, 0, c); err != nil {
			b.Fatal(err)
		}
	}
}
