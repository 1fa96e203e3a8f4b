package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// stormSizes go from 1x1 to 500x200, through the edges of the minimum
// window (minWidth x minHeight) where the layout switches.
var stormWidths = []int{1, 2, 3, 7, 19, 20, 21, minWidth - 1, minWidth, minWidth + 1, 80, 133, 200, 321, 500}
var stormHeights = []int{1, 2, 3, 5, minHeight - 1, minHeight, minHeight + 1, 24, 50, 97, 200}

// TestResizeStormsOnEveryScreen resizes every screen through every size,
// back and forth, while the clock runs: nothing may panic, and from the
// minimum size up what is drawn must fit the window (Bubble Tea clips the
// rest, which would cut off the help line or the end of a question).
// Below the minimum only the "bigger window" note shows, clipped.
func TestResizeStormsOnEveryScreen(t *testing.T) {
	screens := []struct {
		name  string
		setup func(hs *harness)
	}{
		{"first run", nil},
		{"home", func(*harness) {}},
		{"help", func(hs *harness) { hs.keys("?") }},
		{"baseline", func(hs *harness) { hs.keys("enter") }},
		{"player", func(hs *harness) { hs.startWithBaseline("5", "6"); hs.wait(secs(8)) }},
		{"paused", func(hs *harness) { hs.startWithBaseline("5", "6"); hs.wait(secs(8)); hs.keys("space") }},
		{"check-in", func(hs *harness) { hs.startWithBaseline("5", "6"); hs.wait(secs(65)) }},
		{"urgent list", func(hs *harness) { hs.startWithBaseline("5", "6"); hs.wait(secs(65)); hs.keys("!") }},
		{"leave?", func(hs *harness) { hs.startWithBaseline("5", "6"); hs.keys("esc") }},
		{"summary", func(hs *harness) { hs.startWithBaseline("5", "6"); hs.wait(secs(20)); hs.keys("q") }},
		{"saving, unsaved", func(hs *harness) {
			hs.store.fail = errDiskFull
			hs.startWithBaseline("5", "6")
			hs.keys("ctrl+c")
		}},
	}
	for _, sc := range screens {
		t.Run(sc.name, func(t *testing.T) {
			var hs *harness
			if sc.setup == nil {
				hs = newHarnessWith(t, 80, 24, nil)
			} else {
				hs = newHarness(t, 80, 24)
				sc.setup(hs)
			}
			before := hs.screen()
			for pass := 0; pass < 2; pass++ {
				for i, w := range stormWidths {
					for j := range stormHeights {
						h := stormHeights[j]
						if pass == 1 { // the other way round, so each size follows a different one
							w, h = stormWidths[len(stormWidths)-1-i], stormHeights[len(stormHeights)-1-j]
						}
						hs.send(tea_ws(w, h))
						frame := hs.screen()
						if w >= minWidth && h >= minHeight {
							checkFits(t, frame, w, h)
						}
					}
					hs.wait(secs(0.5))
				}
			}
			hs.send(tea_ws(80, 24))
			if after := hs.screen(); sc.name != "player" && sc.name != "summary" && after != before {
				t.Errorf("back at 80x24 the screen changed:\n%s\n---- was ----\n%s", after, before)
			}
		})
	}
}

// checkFits fails when a frame is taller or wider than a w x h window.
func checkFits(t *testing.T, frame string, w, h int) {
	t.Helper()
	lines := strings.Split(frame, "\n")
	if len(lines) > h {
		t.Fatalf("at %dx%d the frame has %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Fatalf("at %dx%d line %d is %d cells wide: %q", w, h, i+1, lw, l)
		}
	}
}
