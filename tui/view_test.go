package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestViewChangesNothing checks that View only hands over the frame the
// last Update drew: calling it changes no state (the frame cache is
// written in Update), and the frame follows every message, resizes too.
func TestViewChangesNothing(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.keys("s") // the settings screen, then back home
	hs.keys("esc")
	cached := len(hs.m.frames.lines)
	first := hs.m.View().Content
	for range 3 {
		if got := hs.m.View().Content; got != first {
			t.Fatal("two Views with no Update between them differ")
		}
	}
	if n := len(hs.m.frames.lines); n != cached {
		t.Errorf("View wrote the frame cache: %d lines, then %d", cached, n)
	}
	hs.m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	if got := hs.m.View().Content; got == first {
		t.Error("after a resize View still hands over the old frame")
	}
}
