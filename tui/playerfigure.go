package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/centra-app/centra/figure"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/tui/theme"
)

// figureMinWidth is the narrowest window that shows the exercise's figure
// beside the steps: below it the steps need the whole width.
const figureMinWidth = 90

// figureCols is the width of the figure beside the steps: about a third of
// the window, at most 64 columns.
func (p *player) figureCols() int { return min((p.width-2)/3, 64) }

// stepsBeside is the exercise's steps with, in a window wide enough, its
// figure beside them (figure.Now), in at most room lines: the steps are
// cut first, then the figure shrinks, then it goes.
func (p *player) stepsBeside(st routines.Status, width, room int) []string {
	fr, ok := figure.Now(st)
	cols := p.figureCols()
	if !ok || p.width < figureMinWidth || room < figure.MinRows {
		return p.cutSteps(p.stepLines(st.Exercise, width), room)
	}
	textW := width - cols - 3
	steps := p.stepLines(st.Exercise, textW)
	rows := min(max(len(steps), cols/4), room, 16)
	pic := figure.Render(st.Exercise.Figure, fr, cols, rows)
	steps = p.cutSteps(steps, room)
	lines := make([]string, max(len(steps), len(pic)))
	for i := range lines {
		left := ""
		if i < len(steps) {
			left = steps[i]
		}
		right := ""
		if i < len(pic) {
			right = figureLine(p.styles, pic[i])
		}
		lines[i] = left + strings.Repeat(" ", max(textW-ansi.StringWidth(left), 0)) + "   " + right
	}
	return lines
}

// cutSteps keeps the steps that fit in room lines, marking the cut.
func (p *player) cutSteps(steps []string, room int) []string {
	if len(steps) > room {
		return cutLines(steps, room, p.styles.Muted.Render("    …"))
	}
	return steps
}

// figureLine styles one line of a figure: the body in the text colour, the
// arrow that shows the way to move in the accent colour.
func figureLine(s *theme.Styles, l string) string {
	var b strings.Builder
	run := []rune{}
	flush := func() {
		if len(run) > 0 {
			b.WriteString(s.Text.Render(string(run)))
			run = run[:0]
		}
	}
	for _, r := range l {
		if r >= '←' && r <= '↙' {
			flush()
			b.WriteString(s.Title.Render(string(r)))
			continue
		}
		run = append(run, r)
	}
	flush()
	return b.String()
}

// figureStrip is an exercise's keyframes for its Library page, each with
// its arrow and its label, between blank lines; empty when the exercise has
// no figure or the width holds none.
func figureStrip(s *theme.Styles, ex *routines.Exercise, width int) string {
	lines := figure.Strip(ex, width-2, 6)
	if len(lines) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("\n")
	for _, l := range lines {
		b.WriteString("  " + figureLine(s, l) + "\n")
	}
	b.WriteString("\n")
	return b.String()
}
