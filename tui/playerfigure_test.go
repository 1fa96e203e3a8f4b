package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/centra-app/centra/routines"
)

// pressUpAt is the player in the first rep of a set of press-ups, 0.5 s
// into its first beat, at w×h.
func pressUpAt(t *testing.T, w, h int) *harness {
	t.Helper()
	cat := builtin(t)
	e, _ := cat.Exercise("press-up")
	hs := realHarness(t, oneExercise(cat, e), "one")
	hs.startWithBaselineRest("5", "6")
	hs.send(tea_ws(w, h))
	hs.wait(secs(5.5)) // get ready is 5 s
	if st := hs.m.sess.flow.Runner().Status(); st.Phase.Kind != routines.PhaseWork || st.Rep != 1 {
		t.Fatalf("not in rep 1: %v rep %d", st.Phase.Kind, st.Rep)
	}
	return hs
}

// held checks that the screen fits the window: no more lines than its
// height, none wider than its width.
func held(t *testing.T, hs *harness, w, h int) {
	t.Helper()
	lines := strings.Split(hs.screen(), "\n")
	if len(lines) > h {
		t.Errorf("%d lines at %dx%d", len(lines), w, h)
	}
	for i, l := range lines {
		if n := ansi.StringWidth(l); n > w {
			t.Errorf("line %d is %d wide at %dx%d: %q", i+1, n, w, h, l)
		}
	}
}

// digitRows counts the rows of the countdown's block digits.
func digitRows(screen string) int {
	n := 0
	for _, l := range strings.Split(screen, "\n") {
		if strings.ContainsAny(l, "█▀▄") && !strings.Contains(l, "░") {
			n++
		}
	}
	return n
}

// TestPlayerAtEverySize: the press-up player at 50x16, 80x24, 100x30 and
// 200x60. The digits grow with the window (the golden files show them),
// everything fits, and from 90 columns the figure stands beside the steps.
func TestPlayerAtEverySize(t *testing.T) {
	for _, sz := range []struct{ w, h, minDigits int }{{50, 16, 3}, {80, 24, 5}, {100, 30, 8}, {200, 60, 20}} {
		t.Run(itoa(sz.w)+"x"+itoa(sz.h), func(t *testing.T) {
			hs := pressUpAt(t, sz.w, sz.h)
			scr := hs.screen()
			held(t, hs, sz.w, sz.h)
			hs.see("Rep 1 of 10", "PRESS UP", "space pause")
			if n := digitRows(scr); n < sz.minDigits {
				t.Errorf("the digits are %d rows at %dx%d, want at least %d:\n%s", n, sz.w, sz.h, sz.minDigits, scr)
			}
			if hasFigure := strings.ContainsRune(scr, '↖') || strings.ContainsAny(scr, "⡀⣀"); hasFigure != (sz.w >= figureMinWidth) {
				t.Errorf("figure shown: %v at %d columns:\n%s", hasFigure, sz.w, scr)
			}
			golden.RequireEqual(t, []byte(scr))
		})
	}
}

// figureOf is the figure's part of the player: the right-hand side of the
// lines beside the steps.
func figureOf(hs *harness) string {
	var b strings.Builder
	for _, l := range strings.Split(hs.screen(), "\n")[3:12] {
		plain := []rune(ansi.Strip(l))
		if len(plain) > 66 {
			b.WriteString(string(plain[66:]))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestTheFigureMovesWithTheCadence: at 100x30 the press-up figure changes
// at each second of a moving beat and stands still through the pause at
// the top; the next repetition moves like the first.
func TestTheFigureMovesWithTheCadence(t *testing.T) {
	hs := pressUpAt(t, 100, 30)
	var frames []string
	for range 6 { // one rep: press up 2 s, pause 2 s, lower 2 s
		frames = append(frames, figureOf(hs))
		hs.wait(secs(1))
	}
	frames = append(frames, figureOf(hs)) // rep 2, pressing up again
	if strings.TrimSpace(frames[0]) == "" {
		t.Fatalf("no figure at 100x30:\n%s", hs.screen())
	}
	differ := func(i, j int) bool { return frames[i] != frames[j] }
	// 0.5 s: half way up; 1.5 s: up; 2.5 and 3.5 s: the pause at the top;
	// 4.5 s: half way down; 5.5 s: down.
	if !differ(0, 1) || differ(1, 2) || differ(2, 3) || !differ(3, 4) || !differ(4, 5) || !differ(5, 0) {
		t.Errorf("frames do not follow press up / pause / lower:\n%s", strings.Join(frames, "────\n"))
	}
	if frames[6] != frames[0] {
		t.Errorf("rep 2 does not start like rep 1:\n%s────\n%s", frames[0], frames[6])
	}
}

// BenchmarkPlayerWithFigure renders the press-up player with its figure,
// as Bubble Tea does after every message (BenchmarkView's target: under
// 1 ms at 200x60).
func BenchmarkPlayerWithFigure(b *testing.B) {
	for _, sz := range []struct{ w, h int }{{80, 24}, {100, 30}, {200, 60}} {
		b.Run(itoa(sz.w)+"x"+itoa(sz.h), func(b *testing.B) {
			t := &testing.T{}
			hs := pressUpAt(t, sz.w, sz.h)
			b.ReportAllocs()
			for b.Loop() {
				viewSink = hs.m.View().Content
			}
		})
	}
}
