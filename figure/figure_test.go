package figure_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/centra-app/centra/content"
	"github.com/centra-app/centra/figure"
	"github.com/centra-app/centra/routines"
)

func builtin(t *testing.T) *routines.Catalog {
	t.Helper()
	cat, err := content.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// moments are the phases a set goes through, as statuses of the runner
// for exercise e: getting ready, every frame of every beat of a
// repetition or the start and the middle of a hold, and a rest.
func moments(e *routines.Exercise) (names []string, sts []routines.Status) {
	base := routines.Status{Exercise: e, Dose: e.Dose}
	add := func(name string, st routines.Status) {
		names, sts = append(names, name), append(sts, st)
	}
	ready := base
	ready.Phase.Kind = routines.PhaseGetReady
	add("get ready", ready)
	work := base
	work.Phase.Kind = routines.PhaseWork
	switch e.Dose.Kind {
	case routines.DoseReps:
		for i, b := range e.Dose.Cadence {
			n := routines.FigureFrames(b.Length)
			for k := range n {
				st := work
				st.Rep, st.BeatIndex, st.Beat, st.BeatElapsed = 2, i, b, b.Length*time.Duration(k)/time.Duration(n)
				add(fmt.Sprintf("beat %d %q, frame %d of %d", i+1, b.Cue, k+1, n), st)
			}
		}
	default:
		add("work, first second", work)
		work.Elapsed = 5 * time.Second
		add("work, after 5 s", work)
	}
	if e.Dose.PerSide {
		work.Phase.Side = 2
		add("work, second side", work)
	}
	rest := base
	rest.Phase.Kind = routines.PhaseRest
	add("rest", rest)
	return names, sts
}

// TestFigureFrames draws every built-in exercise at each moment of a set:
// the golden files are what a person sees beside the steps.
func TestFigureFrames(t *testing.T) {
	for _, e := range builtin(t).Exercises() {
		t.Run(e.ID, func(t *testing.T) {
			var b strings.Builder
			names, sts := moments(e)
			for i, st := range sts {
				f, ok := figure.Now(st)
				if !ok {
					t.Fatalf("%s has no figure", e.ID)
				}
				fmt.Fprintf(&b, "── %s: %s\n", names[i], f.Pose.Label)
				for _, l := range figure.Render(e.Figure, f, 28, 7) {
					b.WriteString(strings.TrimRight(l, " ") + "\n")
				}
			}
			golden.RequireEqual(t, []byte(b.String()))
		})
	}
}

// TestEveryExerciseHasAFigure: every built-in exercise is drawn, every
// beat that moves names a pose of its figure, and every exercise shows a
// movement in the Library (more than one keyframe) unless it is a
// position that is only held.
func TestEveryExerciseHasAFigure(t *testing.T) {
	still := map[string]bool{"prone-lying": true, "rest-90-90": true, "walk": true}
	for _, e := range builtin(t).Exercises() {
		if e.Figure == nil {
			t.Errorf("%s has no [exercise.figure]", e.ID)
			continue
		}
		for _, p := range e.Figure.Poses {
			if p.Label == "" {
				t.Errorf("%s: a pose has no label", e.ID)
			}
		}
		if keys := figure.Keyframes(e); len(keys) < 2 && !still[e.ID] {
			t.Errorf("%s: the figure does not move (%d keyframes)", e.ID, len(keys))
		}
		if lines := figure.Strip(e, 80, 6); len(lines) < 7 {
			t.Errorf("%s: the Library strip has %d lines, want the figure and its labels", e.ID, len(lines))
		}
	}
}

// TestArrowShowsTheWayUp: getting ready for a press-up, the figure lies
// flat and an arrow points up (the chest rises); lowering, it points down.
func TestArrowShowsTheWayUp(t *testing.T) {
	e, _ := builtin(t).Exercise("press-up")
	names, sts := moments(e)
	arrowIn := func(i int) string {
		f, _ := figure.Now(sts[i])
		for _, l := range figure.Render(e.Figure, f, 28, 7) {
			for _, r := range l {
				if r >= '←' && r <= '↙' {
					return string(r)
				}
			}
		}
		return ""
	}
	for i, name := range names {
		got := arrowIn(i)
		switch {
		case name == "get ready" && !strings.ContainsAny(got, "↑↖↗"):
			t.Errorf("%s: arrow %q, want one pointing up", name, got)
		case strings.Contains(name, "Lower") && strings.Contains(name, "frame 1 ") && !strings.ContainsAny(got, "↓↙↘"):
			t.Errorf("%s: arrow %q, want one pointing down", name, got)
		case strings.Contains(name, "Pause") && got != "":
			t.Errorf("%s: arrow %q while the body is still", name, got)
		}
	}
}

// TestLerpTurnsTheShortWay: from 350° to 10° a part turns 20° through 0,
// not 340° the long way round.
func TestLerpTurnsTheShortWay(t *testing.T) {
	a := routines.Pose{Label: "a", Torso: 350}
	b := routines.Pose{Label: "b", Torso: 10}
	if got := figure.Lerp(a, b, 0.5).Torso; got != 360 {
		t.Errorf("half way from 350 to 10: %v, want 360", got)
	}
	if got := figure.Lerp(a, b, 1).Label; got != "b" {
		t.Errorf("label at the end: %q", got)
	}
}

// TestSmallCanvasDrawsNothing: a canvas too small to read gives no lines,
// so a narrow window shows the steps alone.
func TestSmallCanvasDrawsNothing(t *testing.T) {
	e, _ := builtin(t).Exercise("press-up")
	if got := figure.Render(e.Figure, figure.Frame{Pose: e.Figure.Poses["up"]}, figure.MinCols-1, 8); got != nil {
		t.Errorf("got %d lines", len(got))
	}
}
