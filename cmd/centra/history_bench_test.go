package main

import (
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/content"
	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/tui"
)

// The history at ten years: about eight sessions a day, 30,000 sessions
// and 300,000 check-ins, seeded once per run (a few seconds, logged). Each
// benchmark reports its time as a ratio to opening an empty database on
// the same run (x_empty_open), and the largest live heap it saw (heap_MB).

const tenYears = 30000

var (
	benchOnce            sync.Once
	benchRoot            string
	benchTen, benchEmpty string
	benchErr             error
	emptyOpen            time.Duration
)

func benchDirs(b *testing.B) (ten, empty string) {
	b.Helper()
	benchOnce.Do(func() {
		if benchRoot, benchErr = os.MkdirTemp("", "centra-history-bench-"); benchErr != nil {
			return
		}
		benchTen, benchEmpty = filepath.Join(benchRoot, "ten"), filepath.Join(benchRoot, "empty")
		start := time.Now()
		st, err := history.Open(benchTen)
		if err != nil {
			benchErr = err
			return
		}
		days := tenYears / 8
		y, m, d := time.Now().Date()
		first := time.Date(y, m, d-days, 7, 0, 0, 0, time.Local)
		rng := rand.New(rand.NewPCG(42, 42))
		if benchErr = history.Seed(bg, st, tenYears, first, rng); benchErr == nil {
			benchErr = history.SeedTriggers(bg, st, first, days, rng)
		}
		st.Close()
		var e *history.Store
		if e, err = history.Open(benchEmpty); err != nil {
			benchErr = err
			return
		}
		e.Close()
		emptyOpen = medianOpen(benchEmpty, 15)
		fi, _ := os.Stat(filepath.Join(benchTen, history.FileName))
		b.Logf("seeded %d sessions in %v (%.1f MB); opening the empty database takes %v",
			tenYears, time.Since(start).Round(time.Millisecond), float64(fi.Size())/1e6, emptyOpen)
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchTen, benchEmpty
}

// TestMain removes the benchmark databases after the run.
func TestMain(m *testing.M) {
	code := m.Run()
	if benchRoot != "" {
		os.RemoveAll(benchRoot)
	}
	os.Exit(code)
}

// openTen opens the ten-year history for one benchmark, closed after it.
func openTen(b *testing.B) *history.Store {
	b.Helper()
	ten, _ := benchDirs(b)
	st, err := history.Open(ten)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}

// medianOpen is the median time of n opens and closes of the store in dir.
func medianOpen(dir string, n int) time.Duration {
	var ds []time.Duration
	for range n {
		t := time.Now()
		st, err := history.Open(dir)
		if err != nil {
			return 0
		}
		st.Close()
		ds = append(ds, time.Since(t))
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	return ds[n/2]
}

// report adds the ratio to an empty open and the largest heap seen.
func report(b *testing.B, heap uint64) {
	b.Helper()
	per := float64(b.Elapsed()) / float64(b.N)
	if emptyOpen > 0 {
		b.ReportMetric(per/float64(emptyOpen), "x_empty_open")
	}
	b.ReportMetric(float64(heap)/1e6, "heap_MB")
}

// heapNow is the live heap after a collection.
func heapNow() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// historyModel is the interface on the store, at 80x24, its plan set so
// that it opens on the home screen.
func historyModel(b *testing.B, st *history.Store) *tui.Model {
	b.Helper()
	cat, err := content.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	plan := coach.DefaultPlan(coach.Answers{}, time.Now())
	m := tui.New(tui.Deps{Catalog: cat, Plan: &plan, History: st.Reader(), Triggers: st.Reader()})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	return m
}

// drive sends msg and runs every command it leads to, feeding the
// results back, as the program would (there are no timers on these
// screens).
func drive(m *tui.Model, msg tea.Msg) {
	_, cmd := m.Update(msg)
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case nil:
		default:
			_, next := m.Update(msg)
			queue = append(queue, next)
		}
	}
}

func key(k string) tea.KeyPressMsg {
	switch k {
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	}
	return tea.KeyPressMsg{Code: []rune(k)[0], Text: k}
}

// BenchmarkOpenEmpty is the yardstick: opening and closing an empty
// database.
func BenchmarkOpenEmpty(b *testing.B) {
	_, empty := benchDirs(b)
	for b.Loop() {
		st, err := history.Open(empty)
		if err != nil {
			b.Fatal(err)
		}
		st.Close()
	}
	report(b, heapNow())
}

// BenchmarkHistoryOpenAndFirstFrame opens the ten-year database (with its
// health check), then presses h on the home screen and draws the first
// frame of the sessions list with everything it reads (the first page,
// the count, the routines and the trends).
func BenchmarkHistoryOpenAndFirstFrame(b *testing.B) {
	ten, _ := benchDirs(b)
	var heap uint64
	for b.Loop() {
		st, err := history.Open(ten)
		if err != nil {
			b.Fatal(err)
		}
		m := historyModel(b, st)
		drive(m, key("h"))
		_ = m.View()
		b.StopTimer()
		heap = max(heap, heapNow())
		st.Close()
		b.StartTimer()
	}
	report(b, heap)
}

// BenchmarkHistoryFirstFrame is the screen alone, on a store already open:
// h on the home screen to the first frame of the list.
func BenchmarkHistoryFirstFrame(b *testing.B) {
	st := openTen(b)
	m := historyModel(b, st)
	for b.Loop() {
		drive(m, key("h"))
		_ = m.View()
		b.StopTimer()
		drive(m, tea.KeyPressMsg{Code: tea.KeyEscape}) // back home, untimed
		b.StartTimer()
	}
	report(b, heapNow())
}

// BenchmarkHistoryScrollStep is one step down the list and its frame,
// page loads included as they fall (one page of 50 every 50 steps).
func BenchmarkHistoryScrollStep(b *testing.B) {
	st := openTen(b)
	m := historyModel(b, st)
	drive(m, key("h"))
	var heap uint64
	steps := 0
	for b.Loop() {
		drive(m, key("down"))
		_ = m.View()
		if steps++; steps%5000 == 0 {
			b.StopTimer()
			heap = max(heap, heapNow())
			b.StartTimer()
		}
	}
	report(b, max(heap, heapNow()))
}

// BenchmarkHistoryChart90 reads the 90-day chart (days, streak, last set,
// triggers, plan) and draws it.
func BenchmarkHistoryChart90(b *testing.B) {
	st := openTen(b)
	m := historyModel(b, st)
	drive(m, key("h"))
	drive(m, key("tab"))
	drive(m, key("right")) // 30 -> 90 days
	for b.Loop() {
		b.StopTimer()
		drive(m, key("left")) // back to 30 days, untimed
		b.StartTimer()
		drive(m, key("right"))
		_ = m.View()
	}
	report(b, heapNow())
}

// BenchmarkExportCSVTenYears writes every check-in of ten years as CSV,
// as `centra export --format csv` does.
func BenchmarkExportCSVTenYears(b *testing.B) {
	st := openTen(b)
	for b.Loop() {
		if err := exportTo(bg, st, io.Discard, "csv", history.Filter{}, time.Now()); err != nil {
			b.Fatal(err)
		}
	}
	report(b, heapNow())
}
