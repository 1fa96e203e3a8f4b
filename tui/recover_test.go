package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/save"
)

// Issue 13 item 3 and issue 17 case 3: results a run could not save go to
// a recovery file; the next start offers it on the home screen, r saves it
// to the history, and help lists r only while there is one.
func TestTheHomeScreenOffersToSaveARecoveryFile(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.store.fail = errDiskFull
	hs.startWithBaseline("5", "6")
	hs.wait(secs(65))
	hs.keys("u", "enter", "enter", "enter", "enter", "enter")
	hs.keys("ctrl+c", "ctrl+c")
	u := hs.m.Finish(ctxFor(t, 300*time.Millisecond))
	if u == nil {
		t.Fatal("nothing unsaved on a full disk")
	}
	dir := t.TempDir()
	path, err := save.Keep(dir, u, t0)
	if err != nil {
		t.Fatal(err)
	}

	next := newHarness(t, 100, 30)
	next.keys("?")
	if contains(next.screen(), "earlier session") {
		t.Fatalf("help offers r with no recovery file:\n%s", next.screen())
	}
	next.keys("?")
	plan := next.m.plan
	next.m.Update(loadedMsg{l: Loaded{Store: next.store, Plan: &plan, Recovery: []string{path}}})
	// The path may wrap anywhere: read the notice as one line.
	if flat := strings.Join(strings.Fields(next.screen()), " "); !contains(flat, "could not be saved then; they are kept in "+path+". Press r to save them") {
		t.Fatalf("the home screen does not offer the file:\n%s", next.screen())
	}
	next.keys("?")
	next.see("save results kept from an earlier session")
	next.keys("?")
	_, cmd := next.m.Update(keyPress("r"))
	if cmd == nil {
		t.Fatal("r did nothing")
	}
	next.see("Saving the results")
	next.m.Update(cmd())
	next.see("Saved", "result(s) kept from an earlier session")
	if next.store.started != 1 || len(next.store.sets) != 1 || len(next.store.checkIns) != 2 || next.store.status != routines.StatusCutShort {
		t.Fatalf("saved %d sessions, %d sets, %d check-ins, status %q", next.store.started, len(next.store.sets), len(next.store.checkIns), next.store.status)
	}
	if pending, _ := save.Pending(dir); len(pending) != 0 {
		t.Fatalf("still offered: %v", pending)
	}
	if _, cmd := next.m.Update(keyPress("r")); cmd != nil {
		t.Fatal("r still works once everything is saved")
	}
}
