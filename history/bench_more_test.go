package history

import (
	"io"
	"testing"
	"time"
)

// benchNow is the day after the last seeded session of the benchmark
// database (benchSessions at eight a day, from ten years before t0).
func benchNow() time.Time { return t0.AddDate(-10, 0, benchSessions/8) }

// benchDays is the span of the last n days up to benchNow, on midnights.
func benchDays(n int) (since, until time.Time) {
	y, m, d := benchNow().Date()
	until = time.Date(y, m, d+1, 0, 0, 0, 0, t0.Location())
	return until.AddDate(0, 0, -n), until
}

// BenchmarkDaily90 is the centralization chart's query over 90 days.
func BenchmarkDaily90(b *testing.B) {
	s := benchStore(b)
	since, until := benchDays(90)
	for b.Loop() {
		got, err := s.Days().Summaries(bg, since, until)
		if err != nil || len(got) != 90 {
			b.Fatal(len(got), err)
		}
	}
}

// BenchmarkStreak walks back over ten years without a missed day: the
// worst case, cut at MaxStreak.
func BenchmarkStreak(b *testing.B) {
	s := benchStore(b)
	now := benchNow()
	for b.Loop() {
		if n, err := s.Days().Streak(bg, now); err != nil || n < MaxStreak {
			b.Fatal(n, err)
		}
	}
}

// BenchmarkCountSessions is the list's "of N" line.
func BenchmarkCountSessions(b *testing.B) {
	s := benchStore(b)
	for b.Loop() {
		if _, err := s.Sessions().Count(bg, Filter{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRoutines is the list's routine filter choices.
func BenchmarkRoutines(b *testing.B) {
	s := benchStore(b)
	for b.Loop() {
		if _, err := s.Sessions().Routines(bg); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExportCSV writes every check-in of ten years.
func BenchmarkExportCSV(b *testing.B) {
	s := benchStore(b)
	for b.Loop() {
		if err := s.Export().CSV(bg, io.Discard, Filter{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkResponses30 is the clinician summary's per-movement table.
func BenchmarkResponses30(b *testing.B) {
	s := benchStore(b)
	now := benchNow()
	for b.Loop() {
		if _, err := s.Report().Responses(bg, now.AddDate(0, 0, -30), now); err != nil {
			b.Fatal(err)
		}
	}
}
