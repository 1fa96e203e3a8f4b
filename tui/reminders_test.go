package tui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines"
)

// timers records what the model asked to be woken for.
type timers struct {
	waits []time.Duration
	msgs  []tea.Msg
}

func (ts *timers) after(d time.Duration, msg tea.Msg) tea.Cmd {
	if _, ok := msg.(ringMsg); ok {
		ts.waits, ts.msgs = append(ts.waits, d), append(ts.msgs, msg)
	}
	return nil
}

// deliver runs cmd as the program would, feeding glance loads back, and
// counts the bells.
func (hs *harness) deliver(cmd tea.Cmd) (rings int) {
	walk(cmd, func(msg tea.Msg) tea.Cmd {
		switch msg := msg.(type) {
		case glanceMsg:
			_, next := hs.m.Update(msg)
			return next
		case tea.RawMsg:
			if msg.Msg == "\a" {
				rings++
			}
		}
		return nil
	})
	return rings
}

func TestAnOpenCentraRingsWhenASetFallsDueAndOnceMore(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.withHistory(&fakeHistory{sessions: []SessionRow{{ID: 1, RoutineName: "Extension", StartedAt: t0.Add(-40 * time.Minute),
		EndedAt: t0.Add(-30 * time.Minute), Status: routines.StatusCompleted, SetsDone: 5, SetsPlanned: 5}}})
	ts := &timers{}
	hs.m.after = ts.after
	hs.deliver(hs.m.home.loadGlance())
	hs.see("Next set due at 10:30, in 1 h 30 min.")
	if len(ts.waits) != 2 || ts.waits[0] != 90*time.Minute || ts.waits[1] != 105*time.Minute {
		t.Fatalf("rings planned after %v, want 1 h 30 (due) and 15 min more", ts.waits)
	}
	hs.clock.Advance(90 * time.Minute)
	_, cmd := hs.m.Update(ts.msgs[0])
	if n := hs.deliver(cmd); n != 1 {
		t.Fatalf("at the due time the bell rang %d times, want once", n)
	}
	hs.see("A set is due now.")
	// The glance read again plans only the second ring, 15 min on.
	if last := ts.waits[len(ts.waits)-1]; len(ts.waits) != 3 || last != 15*time.Minute {
		t.Fatalf("after the first ring, rings planned after %v; want one more in 15 min", ts.waits[2:])
	}
	hs.clock.Advance(15 * time.Minute)
	_, cmd = hs.m.Update(ts.msgs[2])
	if n := hs.deliver(cmd); n != 1 {
		t.Fatalf("after the grace period the bell rang %d times, want once", n)
	}
	hs.see("A set is due: it was due at 10:30, 15 min")
	if len(ts.waits) != 3 {
		t.Errorf("a third ring was planned: %v", ts.waits)
	}
	// A stale ring (an earlier one, delivered late) does nothing.
	_, cmd = hs.m.Update(ts.msgs[0])
	if n := hs.deliver(cmd); n != 0 {
		t.Errorf("a stale ring rang %d times", n)
	}
}

func TestNoRingWhenASetIsUnderWayOrRemindersAreOff(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.withHistory(&fakeHistory{sessions: []SessionRow{{ID: 1, EndedAt: t0.Add(-3 * time.Hour), Status: routines.StatusCompleted}}})
	ts := &timers{}
	hs.m.after = ts.after
	hs.deliver(hs.m.home.loadGlance())
	if len(ts.msgs) == 0 {
		t.Fatal("no ring planned for an overdue set")
	}
	hs.startWithBaseline("5", "6")
	_, cmd := hs.m.Update(ts.msgs[0])
	if n := hs.deliver(cmd); n != 0 {
		t.Errorf("the reminder rang %d times during a set", n)
	}

	off := newHarness(t, 80, 24)
	off.m.prefs.cfg.Reminders = false
	off.withHistory(&fakeHistory{sessions: []SessionRow{{ID: 1, EndedAt: t0.Add(-3 * time.Hour), Status: routines.StatusCompleted}}})
	ts = &timers{}
	off.m.after = ts.after
	off.deliver(off.m.home.loadGlance())
	if len(ts.msgs) != 0 {
		t.Errorf("reminders off, yet rings planned: %v", ts.waits)
	}
}
