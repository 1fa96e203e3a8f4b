package tui

import (
	"fmt"
	"math"
	"strings"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/tui/theme"
)

// The centralization chart draws, for each day, how far down the leg the
// pain reached as a bar hanging from the back: the scale runs from "no
// pain" at the top to the foot at the bottom, so a bar that gets shorter,
// its end moving up toward the back, is the pain centralizing. The shape
// carries the meaning; colour only adds to it, so the chart reads the same
// with NO_COLOR:
//
//	█ the usual reach that day (the average of its check-ins, rounded)
//	╎ further down, as far as it reached at worst that day
//	○ the pain was usually gone
//	(blank) no check-in that day
//
// Under the bars: the leg pain (0-10, the day's average), the sessions
// done against the day's target, and the triggers logged.

// chartLabel is the width of the labels left of the chart.
const chartLabel = 13

// chartCol is one column: a day, or a few days when the period is wider
// than the screen.
type chartCol struct {
	days     []Day
	checkIns int
	reach    float64 // average over the check-ins
	reachMax int
	legPain  float64
	sessions float64 // sessions done per day
	triggers int
}

// chartColumns groups days into at most avail columns and says how wide
// each is drawn: wide bars with a gap when there is room, else one cell.
func chartColumns(days []Day, avail int) (cols []chartCol, width int) {
	if len(days) == 0 || avail < 1 {
		return nil, 1
	}
	per := (len(days) + avail - 1) / avail
	for i := 0; i < len(days); i += per {
		c := chartCol{days: days[i:min(i+per, len(days))]}
		var reach, leg float64
		for _, d := range c.days {
			c.checkIns += d.CheckIns
			reach += d.ReachAvg * float64(d.CheckIns)
			leg += d.LegPainAvg * float64(d.CheckIns)
			c.reachMax = max(c.reachMax, d.ReachMax)
			c.sessions += float64(d.Done)
			c.triggers += d.Triggers
		}
		if c.checkIns > 0 {
			c.reach, c.legPain = reach/float64(c.checkIns), leg/float64(c.checkIns)
		}
		c.sessions /= float64(len(c.days))
		cols = append(cols, c)
	}
	width = max(min(avail/len(cols), 6), 1)
	return cols, width
}

// renderChart draws the chart for days in width cells; target is the
// plan's sets per day.
func renderChart(s *theme.Styles, days []Day, width, target int) string {
	cols, w := chartColumns(days, width-chartLabel)
	bar := max(w-1, 1) // leave a gap between bars when there is room
	var b strings.Builder
	for level := 0; level <= int(routines.MaxReach); level++ {
		b.WriteString(s.Muted.Render(fmt.Sprintf("%10s %d┤", reachShortLabel(level), level)))
		for _, c := range cols {
			b.WriteString(chartCell(s, c, level, bar) + strings.Repeat(" ", w-bar))
		}
		b.WriteString("\n")
	}
	b.WriteString(s.Muted.Render(strings.Repeat(" ", chartLabel-1)+"└"+strings.Repeat("─", len(cols)*w)) + "\n")
	b.WriteString(s.Muted.Render(fmt.Sprintf("%*s  ", chartLabel-2, "leg pain")))
	for _, c := range cols {
		cell := ""
		if c.checkIns > 0 {
			cell = painDigits(c.legPain, bar)
		}
		b.WriteString(s.Text.Render(center(cell, bar)) + strings.Repeat(" ", w-bar))
	}
	b.WriteString("\n" + s.Muted.Render(fmt.Sprintf("%*s  ", chartLabel-2, "sessions")))
	for _, c := range cols {
		b.WriteString(s.Accent.Render(center(sessionCell(c.sessions, target, bar), bar)) + strings.Repeat(" ", w-bar))
	}
	b.WriteString("\n" + s.Muted.Render(fmt.Sprintf("%*s  ", chartLabel-2, "triggers")))
	for _, c := range cols {
		cell := ""
		if c.triggers > 0 {
			cell = countCell(c.triggers, bar)
		}
		b.WriteString(s.Caution.Render(center(cell, bar)) + strings.Repeat(" ", w-bar))
	}
	b.WriteString("\n" + s.Muted.Render(strings.Repeat(" ", chartLabel)+dateAxis(cols, w)))
	return b.String()
}

// reachShortLabel names a level of the scale on the chart's left.
func reachShortLabel(level int) string {
	if level == 0 {
		return "no pain"
	}
	return app.ShortReach(routines.Reach(level))
}

// chartCell draws one column at one level of the scale.
func chartCell(s *theme.Styles, c chartCol, level, bar int) string {
	if c.checkIns == 0 {
		return strings.Repeat(" ", bar)
	}
	usual := int(math.Round(c.reach))
	switch {
	case level == 0 && usual == 0:
		return s.Good.Render(center("○", bar))
	case level > 0 && level <= usual:
		return s.Accent.Render(strings.Repeat("█", bar))
	case level > usual && level <= c.reachMax:
		return s.Muted.Render(center("╎", bar))
	}
	return strings.Repeat(" ", bar)
}

// painDigits writes a leg pain for a cell: "6", "10", or "X" for 10 in a
// one-cell column.
func painDigits(v float64, bar int) string {
	n := int(math.Round(v))
	if n >= 10 && bar < 2 {
		return "X"
	}
	return fmt.Sprint(n)
}

// sessionCell draws sessions per day against the target: the count when
// there is room, else a block whose height is the share of the target
// (█ = target met); "·" is none.
func sessionCell(perDay float64, target, bar int) string {
	if perDay == 0 {
		return "·"
	}
	if bar >= 3 {
		return fmt.Sprintf("%.0f/%d", perDay, target)
	}
	blocks := []rune("▁▂▃▄▅▆▇█")
	i := int(math.Ceil(perDay/float64(max(target, 1))*8)) - 1
	return string(blocks[min(max(i, 0), 7)])
}

// countCell writes a count in a cell: a digit, or "+" beyond 9 in one cell.
func countCell(n, bar int) string {
	if n > 9 && bar < 2 {
		return "+"
	}
	return fmt.Sprint(n)
}

// dateAxis labels the columns under the chart: every day when each has
// room, else about every week (every two weeks over longer spans), counted
// back from the latest day so that today is always named.
func dateAxis(cols []chartCol, w int) string {
	if len(cols) == 0 {
		return ""
	}
	n := len(cols) * w
	line := []rune(strings.Repeat(" ", n))
	layout, every := "Mon 2", 1
	if w < 6 {
		per, span := len(cols[0].days), 0
		for _, c := range cols {
			span += len(c.days)
		}
		step := 7
		if span > 31 {
			step = 14
		}
		layout, every = "2 Jan", max(step/per, 1)
	}
	free := n // labels are placed right to left, each before the last
	for i := len(cols) - 1; i >= 0; i -= every {
		label := []rune(cols[i].days[0].Day.Format(layout))
		x := min(i*w, n-len(label))
		if x < 0 || x+len(label) >= free && free < n {
			continue
		}
		copy(line[x:], label)
		free = x
	}
	return strings.TrimRight(string(line), " ")
}

// center puts s in the middle of w cells.
func center(s string, w int) string {
	n := len([]rune(s))
	if n >= w {
		return s
	}
	left := (w - n) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", w-n-left)
}
