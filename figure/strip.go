package figure

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/centra-app/centra/routines"
)

// Strip draws an exercise's keyframes side by side in at most width cells,
// rows high, each with an arrow to the pose that comes next and its label
// underneath, numbered in order. It returns nil when the exercise has no
// figure or the width holds not even one keyframe.
func Strip(e *routines.Exercise, width, rows int) []string {
	keys := Keyframes(e)
	if len(keys) == 0 {
		return nil
	}
	const gap = 3
	cols := min((width-gap*(len(keys)-1))/len(keys), 30)
	if cols < MinCols {
		return nil
	}
	loop := e.Dose.Kind == routines.DoseReps
	var pics, labels [][]string
	for i, p := range keys {
		f := Frame{Pose: p}
		switch {
		case i+1 < len(keys):
			f.Next = &keys[i+1]
		case loop && i > 0:
			f.Next = &keys[0]
		}
		pics = append(pics, Render(e.Figure, f, cols, rows))
		labels = append(labels, wrapWords(strconv.Itoa(i+1)+". "+p.Label, cols))
	}
	var out []string
	join := func(cells [][]string, n int) {
		for row := range n {
			var b strings.Builder
			for i, c := range cells {
				line := ""
				if row < len(c) {
					line = c[row]
				}
				if i > 0 {
					b.WriteString(strings.Repeat(" ", gap))
				}
				b.WriteString(line + strings.Repeat(" ", max(cols-ansi.StringWidth(line), 0)))
			}
			out = append(out, strings.TrimRight(b.String(), " "))
		}
	}
	join(pics, rows)
	n := 0
	for _, l := range labels {
		n = max(n, len(l))
	}
	join(labels, n)
	return out
}

// wrapWords breaks text into lines of at most width cells, at spaces.
func wrapWords(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		switch {
		case line == "":
			line = w
		case ansi.StringWidth(line)+1+ansi.StringWidth(w) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, width, "…")
	}
	return lines
}
