package tui

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines"
)

// fakeWalks is a walk log in memory; fail makes the next save fail.
type fakeWalks struct {
	walks []routines.Walk
	fail  error
}

func (f *fakeWalks) AddWalk(_ context.Context, w routines.Walk) (int64, error) {
	if f.fail != nil {
		err := f.fail
		f.fail = nil
		return 0, err
	}
	f.walks = append(f.walks, w)
	return int64(len(f.walks)), nil
}

func (f *fakeWalks) Walks(_ context.Context, since, until time.Time) ([]routines.Walk, error) {
	var out []routines.Walk
	for _, w := range f.walks {
		if !w.At.Before(since) && w.At.Before(until) {
			out = append(out, w)
		}
	}
	return out, nil
}

// deliverKeys types keys and delivers every message their commands return.
func (hs *harness) deliverKeys(ks ...string) {
	hs.t.Helper()
	for _, k := range ks {
		_, cmd := hs.m.Update(histKey(k))
		hs.deliverCmd(cmd)
	}
}

// deliverCmd runs cmd and delivers every message it returns.
func (hs *harness) deliverCmd(cmd tea.Cmd) {
	walk(cmd, func(msg tea.Msg) tea.Cmd {
		if _, quit := msg.(tea.QuitMsg); quit {
			hs.quit = true
			return nil
		}
		_, next := hs.m.Update(msg)
		return next
	})
}

// TestAWalkLoggedFromHomeShowsInTodaysSummary: w asks the minutes (the
// plan's 10 offered) and how the leg felt; the walk is saved, said, and
// counted in today's walks apart from the sets.
func TestAWalkLoggedFromHomeShowsInTodaysSummary(t *testing.T) {
	walks := &fakeWalks{}
	hs := newHarness(t, 80, 24).withHistory(richHistory())
	hs.m.deps.Walks = walks
	hs.deliverCmd(hs.m.home.loadGlance())
	hs.see("Walks today: 0 of 3 short walks", "Your next walk: about 10 min", "w log a walk")
	hs.deliverKeys("w")
	hs.see("Log a walk", "How many minutes did you walk?", "10 min")
	hs.deliverKeys("1", "2", "enter")
	hs.see("12 min", "How did your leg feel after it?", "e easier", "w worse")
	hs.deliverKeys("x")
	hs.see("Please type e (easier), s (the same) or w (worse)")
	hs.deliverKeys("e")
	hs.see("Walk logged: 12 min, the leg felt easier.", "Walks today: 1 of 3 short walks (12 min so far).")
	if len(walks.walks) != 1 || walks.walks[0].Minutes != 12 || walks.walks[0].Feel != routines.WalkEasier {
		t.Fatalf("saved %+v", walks.walks)
	}
	// Enter keeps the offered minutes; a walk that made the leg worse
	// makes the next one shorter. A failed save loses nothing: the walk
	// waits on the journal, the save status says so, and the retry saves it.
	walks.fail = errors.New("disk full")
	hs.deliverKeys("w", "enter", "w")
	hs.see("Walk logged: 10 min, the leg felt worse.", "Make the next walk shorter", "Not saved yet: Disk full.")
	if len(walks.walks) != 1 {
		t.Fatalf("after a failed save the log holds %d walks", len(walks.walks))
	}
	hs.deliverCmd(func() tea.Msg { return retryMsg{} }) // the journal's retry, which the harness never waits for
	if len(walks.walks) != 2 || walks.walks[1].Feel != routines.WalkWorse {
		t.Fatalf("the retry saved %+v", walks.walks)
	}
	hs.deliverCmd(hs.m.home.loadGlance())
	hs.see("2 of 3 short walks (22 min so far)", "make the next one shorter, about 5 min")
	if strings.Contains(hs.screen(), "Log a walk") {
		t.Fatal("still on the walk log")
	}
	// The history shows them too, apart from the sessions.
	hs.deliverKeys("h")
	hs.see("[Sessions]", "Walks, last 7 days: 2 (22 min); the last Sat 09:00: 10 min, leg worse.")
}

func TestTheWalkLogSaysWhatIsWrongAndGoesBack(t *testing.T) {
	hs := newHarness(t, 50, 16)
	hs.m.deps.Walks = &fakeWalks{}
	hs.deliverKeys("w", "0", "enter")
	hs.see("Please type the minutes you walked, from 1 to")
	hs.deliverKeys("backspace", "9", "enter", "esc")
	hs.see("How many minutes did you walk?", "9 min")
	hs.deliverKeys("esc")
	hs.see("Choose a routine")
	checkFits(t, hs.screen(), 50, 16)
}
