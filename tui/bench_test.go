package tui

import (
	"context"
	"runtime"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
)

// screenSizes are the window sizes the View benchmarks render at: the
// classic terminal and a large one.
var screenSizes = []struct{ w, h int }{{80, 24}, {200, 60}}

// atScreen drives a harness to one of the main screens.
var atScreen = []struct {
	name string
	// reach moves the harness there; want is a text the screen must show.
	reach func(hs *harness)
	want  string
}{
	{"home", func(*harness) {}, "Choose a routine"},
	{"checkin", func(hs *harness) { hs.keys("enter") }, "How far down it reaches"},
	{"player", func(hs *harness) {
		hs.startWithBaseline("5", "6")
		hs.wait(secs(5 + 20)) // 20 s into the first set
	}, "Lying face down"},
	{"rest", func(hs *harness) {
		hs.startWithBaseline("5", "6")
		hs.wait(secs(5 + 60)) // prone lying
		hs.keys("u", "4", "enter", "enter", "enter", "enter", "enter")
		hs.wait(secs(5 + 60)) // the first set of press-ups
		hs.keys("u", "3", "enter", "enter", "enter", "enter", "enter")
		hs.wait(secs(10))
	}, "Rest"},
}

// BenchmarkView renders each main screen, as Bubble Tea does after every
// message. The target is under 1 ms at 200x60.
func BenchmarkView(b *testing.B) {
	for _, sc := range atScreen {
		for _, sz := range screenSizes {
			b.Run(sc.name+"/"+itoa(sz.w)+"x"+itoa(sz.h), func(b *testing.B) {
				hs := newHarness(b, sz.w, sz.h)
				sc.reach(hs)
				hs.see(sc.want)
				b.ReportAllocs()
				for b.Loop() {
					viewSink = hs.m.View().Content
				}
			})
		}
	}
}

// viewSink keeps the rendered frames from being optimised away.
var viewSink string

// thirtyMinuteRoutine repeats the test catalog's extension routine until it
// runs for more than half an hour even when every check-in is answered at
// once (Length counts 20 s for each).
func thirtyMinuteRoutine(cat *routines.Catalog) *routines.Routine {
	ext, _ := cat.Routine("extension")
	r := &routines.Routine{ID: "long", Name: "Long", Purpose: ext.Purpose, Direction: ext.Direction, Stage: ext.Stage}
	for r.Length() < 40*time.Minute {
		r.Blocks = append(r.Blocks, ext.Blocks...)
	}
	return r
}

// TestThirtyMinuteSessionAllocatesNoMoreAsItGoesOn plays a session of more
// than half an hour on the fake clock, waking exactly when the screen asks
// to, answering every check-in the same way. Each wake (the tick and the
// frame it draws) must allocate no more in the last ten minutes than in the
// first ten: nothing that is drawn or kept grows with the session. And no
// wake may touch the store.
func TestThirtyMinuteSessionAllocatesNoMoreAsItGoesOn(t *testing.T) {
	hs := newHarness(t, 80, 24)
	// The model asks for its next wake through after.
	var next time.Duration
	var scheduled bool
	hs.m.after = func(d time.Duration, _ tea.Msg) tea.Cmd {
		next, scheduled = d, true
		return nil
	}
	hs.m.journal.after = hs.m.after
	// No store call may happen while a tick is handled or a frame drawn:
	// saving runs in the commands the harness runs after Update.
	var drawing bool
	hs.m.journal.q.SetStore(storeGuard{Store: hs.store, t: t, busy: &drawing})
	hs.run(hs.m.startSession(thirtyMinuteRoutine(testCatalog())))
	hs.keys("5", "enter", "r", "enter", "6", "enter", "enter", "enter") // baseline

	const window = 10 * time.Minute
	start := hs.clock.Now()
	var first, last struct{ allocs, wakes uint64 }
	var ms runtime.MemStats
	for steps := 0; hs.m.screen == screenSession && steps < 100_000; steps++ {
		s := hs.m.sess
		if s.form != nil || !scheduled {
			// A check-in or a screen that waits for a key: answer as
			// before (the pain stayed the same) and go on.
			keys := []string{"enter"}
			if s.form != nil && s.form.Current() == app.FieldMoved {
				keys = []string{"s"}
			}
			scheduled = false
			hs.keys(keys...)
			continue
		}
		hs.clock.Advance(next)
		scheduled = false
		runtime.ReadMemStats(&ms)
		before := ms.Mallocs
		drawing = true
		_, cmd := hs.m.Update(tickMsg{gen: s.gen})
		viewSink = hs.m.View().Content
		drawing = false
		runtime.ReadMemStats(&ms)
		hs.run(cmd)
		switch at := hs.clock.Now().Sub(start); {
		case at < window:
			first.allocs += ms.Mallocs - before
			first.wakes++
		case at >= 3*window-window && at < 3*window:
			last.allocs += ms.Mallocs - before
			last.wakes++
		}
	}
	if elapsed := hs.clock.Now().Sub(start); elapsed < 3*window {
		t.Fatalf("the session lasted %v, want at least %v:\n%s", elapsed, 3*window, hs.screen())
	}
	if first.wakes == 0 || last.wakes == 0 {
		t.Fatalf("no wakes measured: first %+v, last %+v", first, last)
	}
	a, b := first.allocs/first.wakes, last.allocs/last.wakes
	t.Logf("allocations per wake: %d in the first ten minutes (%d wakes), %d in minutes 20-30 (%d wakes)",
		a, first.wakes, b, last.wakes)
	if b > a+a/10 {
		t.Fatalf("allocations per wake grew from %d to %d over the session", a, b)
	}
}

// storeGuard fails the test when the store is used while busy is set.
type storeGuard struct {
	Store
	t    testing.TB
	busy *bool
}

func (g storeGuard) check(what string) {
	if *g.busy {
		g.t.Errorf("%s called while handling a tick or drawing a frame", what)
	}
}

func (g storeGuard) StartSession(ctx context.Context, k routines.SessionKind, id, name string, at time.Time) (int64, error) {
	g.check("StartSession")
	return g.Store.StartSession(ctx, k, id, name, at)
}

func (g storeGuard) SetPlanned(ctx context.Context, id int64, n int) error {
	g.check("SetPlanned")
	return g.Store.SetPlanned(ctx, id, n)
}

func (g storeGuard) AddSet(ctx context.Context, id int64, r routines.SetResult) (int64, error) {
	g.check("AddSet")
	return g.Store.AddSet(ctx, id, r)
}

func (g storeGuard) AddCheckIn(ctx context.Context, id, setID int64, c routines.CheckIn) (int64, error) {
	g.check("AddCheckIn")
	return g.Store.AddCheckIn(ctx, id, setID, c)
}

func (g storeGuard) AddDecision(ctx context.Context, id int64, d routines.DecisionRecord) error {
	g.check("AddDecision")
	return g.Store.AddDecision(ctx, id, d)
}

func (g storeGuard) FinishSession(ctx context.Context, id int64, st routines.SessionStatus, why string, at time.Time) error {
	g.check("FinishSession")
	return g.Store.FinishSession(ctx, id, st, why, at)
}

func (g storeGuard) GetState(ctx context.Context, key string) ([]byte, bool, error) {
	g.check("GetState")
	return g.Store.GetState(ctx, key)
}

func (g storeGuard) PutState(ctx context.Context, key string, v []byte) error {
	g.check("PutState")
	return g.Store.PutState(ctx, key, v)
}
