package tui

import (
	"context"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines"
)

// The guarantees of a stop from outside (a signal, a closed terminal, a
// crash caught by Bubble Tea): the session in progress is kept as cut
// short, nothing queued is dropped, and what cannot be saved is handed
// back, never lost silently.

func TestInterruptMsgKeepsTheSessionAsCutShortAndQuits(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.startWithBaseline("5", "6")
	hs.wait(secs(65))
	hs.keys("u", "enter", "enter", "enter", "enter", "enter")
	hs.wait(secs(20)) // into the next set
	hs.send(InterruptMsg{})
	if !hs.quit {
		t.Fatal("the program should quit once everything is saved")
	}
	if hs.store.status != routines.StatusCutShort || hs.store.reason != "interrupted" {
		t.Fatalf("finished as %q (%q), want cut-short (interrupted)", hs.store.status, hs.store.reason)
	}
	if len(hs.store.sets) != 1 || len(hs.store.checkIns) != 2 {
		t.Fatalf("kept %d sets and %d check-ins, want 1 and 2", len(hs.store.sets), len(hs.store.checkIns))
	}
}

func TestFinishAfterTheProgramStoppedKeepsTheSessionAsCutShort(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.startWithBaseline("5", "6")
	hs.wait(secs(65))
	hs.keys("s", "enter", "enter", "enter", "enter", "enter")
	hs.wait(secs(10))
	// The program was stopped from outside (SIGHUP, a panic): no message
	// reached the model. Finish does what it could not.
	if u := hs.m.Finish(ctxFor(t, time.Second)); u != nil {
		t.Fatalf("Finish left unsaved records: %+v", u)
	}
	if hs.store.status != routines.StatusCutShort {
		t.Fatalf("status = %q, want cut-short", hs.store.status)
	}
	if len(hs.store.sets) != 1 || len(hs.store.checkIns) != 2 {
		t.Fatalf("kept %d sets and %d check-ins, want 1 and 2", len(hs.store.sets), len(hs.store.checkIns))
	}
	if u := hs.m.Finish(ctxFor(t, time.Second)); u != nil || hs.store.started != 1 {
		t.Fatalf("a second Finish must change nothing: %+v, %d sessions", u, hs.store.started)
	}
}

func TestQuittingWhileUnsavedTellsTheTruthAndHandsBackTheResults(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.store.fail = errDiskFull
	hs.startWithBaseline("5", "6")
	hs.wait(secs(65))
	hs.keys("u", "enter", "enter", "enter", "enter", "enter")
	hs.see("Not saved yet")
	hs.keys("ctrl+c")
	hs.see("Saving…", "Could not save", "No space left on device", "ctrl+c again")
	if hs.quit {
		t.Fatal("the first ctrl+c must wait for the save")
	}
	hs.keys("ctrl+c")
	if !hs.quit {
		t.Fatal("a second ctrl+c must leave")
	}

	// The disk is still full: nothing may vanish.
	u := hs.m.Finish(ctxFor(t, 600*time.Millisecond))
	if u == nil {
		t.Fatal("Finish reported everything saved on a full disk")
	}
	var kinds []string
	for _, r := range u.Records {
		kinds = append(kinds, r.Kind)
	}
	count := func(k string) int {
		n := 0
		for _, x := range kinds {
			if x == k {
				n++
			}
		}
		return n
	}
	if len(kinds) < 2 || kinds[0] != "start" || kinds[len(kinds)-1] != "finish" ||
		count("set") != 1 || count("check-in") != 2 || count("other") != 0 {
		t.Fatalf("unsaved records = %v, want the start, 1 set, 2 check-ins and the finish, in order", kinds)
	}
	if u.Routine != "Extension" || !contains(u.Error, "no space left") {
		t.Fatalf("unsaved = routine %q, error %q", u.Routine, u.Error)
	}

	// Space comes back before the deadline: everything lands, in order.
	hs.store.fail = nil
	if u := hs.m.Finish(ctxFor(t, time.Second)); u != nil {
		t.Fatalf("Finish left %d records unsaved after the disk recovered", len(u.Records))
	}
	if hs.store.started != 1 || len(hs.store.sets) != 1 || len(hs.store.checkIns) != 2 || hs.store.status != routines.StatusCutShort {
		t.Fatalf("saved %d sessions, %d sets, %d check-ins, status %q", hs.store.started, len(hs.store.sets), len(hs.store.checkIns), hs.store.status)
	}
}

// slowStore holds AddSet until released, counting the calls, to catch a
// write made twice.
type slowStore struct {
	*fakeStore
	release chan struct{}
	mu      sync.Mutex
	addSets int
}

func (s *slowStore) AddSet(ctx context.Context, id int64, r routines.SetResult) (int64, error) {
	s.mu.Lock()
	s.addSets++
	s.mu.Unlock()
	<-s.release
	return s.fakeStore.AddSet(ctx, id, r)
}

func TestFinishWaitsForTheWriteInFlightAndNeverWritesItTwice(t *testing.T) {
	hs := newHarness(t, 80, 24)
	slow := &slowStore{fakeStore: hs.store, release: make(chan struct{})}
	hs.m.journal.q.SetStore(slow)
	hs.startWithBaseline("5", "6")
	// The set ends; its write starts, as the program would start it, and
	// the program stops before it lands.
	hs.clock.Advance(secs(65))
	_, cmd := hs.m.Update(tickMsg{gen: hs.m.sess.gen})
	go runDetached(cmd)
	waitFor(t, func() bool { slow.mu.Lock(); defer slow.mu.Unlock(); return slow.addSets == 1 })

	done := make(chan *Unsaved)
	go func() { done <- hs.m.Finish(ctxFor(t, 2*time.Second)) }()
	select {
	case u := <-done:
		t.Fatalf("Finish returned (%+v) before the write in flight landed", u)
	case <-time.After(50 * time.Millisecond):
	}
	close(slow.release)
	if u := <-done; u != nil {
		t.Fatalf("unsaved: %+v", u)
	}
	if slow.addSets != 1 || len(hs.store.sets) != 1 {
		t.Fatalf("AddSet called %d times, %d sets saved; want 1 and 1", slow.addSets, len(hs.store.sets))
	}
	if hs.store.status != routines.StatusCutShort {
		t.Fatalf("status = %q, want cut-short", hs.store.status)
	}
}

func TestFinishGivesUpOnAStuckWriteAndSaysItMayBeSaved(t *testing.T) {
	hs := newHarness(t, 80, 24)
	slow := &slowStore{fakeStore: hs.store, release: make(chan struct{})}
	defer close(slow.release)
	hs.m.journal.q.SetStore(slow)
	hs.startWithBaseline("5", "6")
	hs.clock.Advance(secs(65))
	_, cmd := hs.m.Update(tickMsg{gen: hs.m.sess.gen})
	go runDetached(cmd)
	u := hs.m.Finish(ctxFor(t, 100*time.Millisecond))
	if u == nil || !u.MaybeSaved || len(u.Records) == 0 || u.Records[0].Kind != "set" {
		t.Fatalf("unsaved = %+v, want the set first, flagged as maybe saved", u)
	}
}

// runDetached runs a command and everything it batches, dropping results,
// as a program that has stopped would.
func runDetached(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	if b, ok := cmd().(tea.BatchMsg); ok {
		for _, c := range b {
			go runDetached(c)
		}
	}
}

func ctxFor(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

func waitFor(t *testing.T, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatal("timed out")
		}
		time.Sleep(time.Millisecond)
	}
}

// panicStore panics on every write, as a bug in the store would.
type panicStore struct{ *fakeStore }

func (panicStore) AddSet(context.Context, int64, routines.SetResult) (int64, error) {
	panic("store bug")
}

func TestFinishSurvivesAWriteThatPanics(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.startWithBaseline("5", "6")
	hs.store.fail = errDiskFull
	hs.wait(secs(65)) // the set ends; its write fails and waits for a retry
	hs.store.fail = nil
	hs.m.journal.q.SetStore(panicStore{hs.store})
	u := hs.m.Finish(ctxFor(t, 300*time.Millisecond))
	if u == nil || len(u.Records) == 0 || u.Records[0].Kind != "set" || !contains(u.Error, "store bug") {
		t.Fatalf("unsaved = %+v, want the set, with the panic as the error", u)
	}
}
