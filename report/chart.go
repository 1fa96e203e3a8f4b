package report

import (
	"bytes"
	"fmt"
	"math"
	"time"

	svg "github.com/ajstarks/svgo"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/function"
)

// The charts are SVG set inline in the HTML, written with svgo: the browser
// lays out their text, so nothing here parses a font (gonum/plot, used
// before, parsed twelve embedded fonts at every launch of centra to measure
// text). They read in black and white: each series has its own marker and
// dash pattern, and a legend names them.
const (
	ink   = "#000"
	grey  = "#6e6e6e"
	faint = "#c8c8c8"
	solid = ""
	dash  = "7,4"
	dots  = "1.6,3"
)

// Chart geometry, in SVG units (the page scales the chart to its width).
const (
	chartW, chartH = 700, 135
	fontTick       = 9.5
	fontTitle      = 12
)

// marker is how a series marks its points.
type marker int

const (
	circle   marker = iota // filled circle
	ring                   // hollow circle
	triangle               // hollow triangle
	square                 // hollow square
	box                    // filled square
)

// legendLeft and legendRight place a chart's legend, at the bottom of its
// plotting area, where its lines are not.
const (
	legendLeft  = true
	legendRight = false
)

// point is one point of a series; a NaN Y breaks the line.
type point struct{ X, Y float64 }

// tick is a mark on an axis, labelled or not.
type tick struct {
	Value float64
	Label string
}

// series is one line on a chart: its points, how it is drawn, and its name
// in the legend.
type series struct {
	name   string
	xys    []point
	dashes string
	shape  marker
	col    string
	width  float64
}

// Charts draws the report's charts as SVG: how far down the pain reached
// per day, leg pain beside the function score, and the sitting and walking
// times. Each is nil when there is nothing to draw.
func Charts(r Report) (reach, painFunction, minutes []byte) {
	if len(r.Pain.Days) == 0 {
		return nil, nil, nil
	}
	x := func(t time.Time) float64 {
		return float64(t.Sub(r.From).Round(24*time.Hour) / (24 * time.Hour))
	}
	var avg, far, leg []point
	for _, d := range r.Pain.Days {
		if d.CheckIns == 0 {
			continue
		}
		avg = append(avg, point{x(d.Day), d.ReachAvg})
		far = append(far, point{x(d.Day), float64(d.ReachMax)})
		leg = append(leg, point{x(d.Day), d.LegPain})
	}
	var psfs, sit, walk []point
	for _, m := range r.Function.Measures {
		if a, ok := m.Average(); ok {
			psfs = append(psfs, point{x(m.At), a})
		}
		if m.Sitting != function.Unanswered {
			sit = append(sit, point{x(m.At), float64(m.Sitting)})
		}
		if m.Walking != function.Unanswered {
			walk = append(walk, point{x(m.At), float64(m.Walking)})
		}
	}
	days := float64(r.Days - 1)
	ticks := dayTicks(r.From, r.Days)
	if len(avg) > 0 {
		reach = drawChart("How far down the pain reached (lower is better)", legendLeft, ticks, days, 0, 6, reachTicks(),
			series{"furthest that day", far, dash, triangle, grey, 1},
			series{"average that day", avg, solid, circle, ink, 1.5})
		painFunction = drawChart("Leg pain (lower is better) and activities, PSFS (higher is better), 0-10", legendLeft, ticks, days, 0, 10, tenTicks(),
			series{"leg pain, day's average", leg, solid, circle, ink, 1.2},
			series{"activities, weekly average", psfs, dash, square, ink, 1.5})
	}
	if len(sit)+len(walk) > 0 {
		top := 10.0
		for _, p := range append(append([]point{}, sit...), walk...) {
			top = max(top, p.Y)
		}
		minutes = drawChart("Minutes before the leg pain starts (higher is better)", legendRight, ticks, days, 0, top*1.1, minuteTicks(top),
			series{"sitting", sit, solid, box, ink, 1.5},
			series{"walking", walk, dots, ring, ink, 1.5})
	}
	return reach, painFunction, minutes
}

// frame maps data to the plotting area of one chart.
type frame struct {
	left, right, top, bottom float64
	xmin, xmax, ymin, ymax   float64
}

func (f frame) px(x float64) int {
	return int(math.Round(f.left + (x-f.xmin)/(f.xmax-f.xmin)*(f.right-f.left)))
}

func (f frame) py(y float64) int {
	return int(math.Round(f.bottom - (y-f.ymin)/(f.ymax-f.ymin)*(f.bottom-f.top)))
}

// textWidth estimates how wide a label is in a sans-serif font: enough to
// leave room for the y axis' labels.
func textWidth(s string, size float64) float64 {
	return float64(len([]rune(s))) * size * 0.55
}

// drawChart draws one chart: its title, grid, axes with their ticks, the
// series and a legend.
func drawChart(title string, left bool, xt []tick, xmax, ymin, ymax float64, yt []tick, ss ...series) []byte {
	labelW := 0.0
	for _, t := range yt {
		labelW = max(labelW, textWidth(t.Label, fontTick))
	}
	f := frame{left: labelW + 10, right: chartW - 8, top: 22, bottom: chartH - 18,
		xmin: -0.5, xmax: xmax + 0.5, ymin: ymin, ymax: ymax}
	// Inline SVG in HTML needs neither an XML declaration nor namespaces
	// (the HTML parser puts it in the SVG namespace itself), so svgo's
	// Start, which writes both, is not used: the page has no http address
	// in it.
	var buf bytes.Buffer
	fmt.Fprintf(&buf, `<svg width="%d" height="%d" viewBox="0 0 %d %d">`+"\n", chartW, chartH, chartW, chartH)
	c := svg.New(&buf)
	c.Text(chartW/2, 13, title, fmt.Sprintf("text-anchor:middle;font-size:%gpx", float64(fontTitle)))
	c.Group(fmt.Sprintf("font-size:%gpx", fontTick))
	drawAxes(c, f, xt, yt)
	for _, s := range ss {
		drawSeries(c, f, s)
	}
	drawLegend(c, f, left, ss)
	c.Gend()
	c.End()
	return buf.Bytes()
}

// drawAxes draws the grid at the labelled ticks and the two axes with
// their ticks and labels.
func drawAxes(c *svg.SVG, f frame, xt, yt []tick) {
	l, r, t, b := int(f.left), int(f.right), int(f.top), int(f.bottom)
	for _, tk := range yt {
		y := f.py(tk.Value)
		c.Line(l, y, r, y, "stroke:"+faint+";stroke-width:0.5")
		c.Line(l-3, y, l, y, "stroke:"+ink+";stroke-width:0.5")
		c.Text(l-5, y+3, tk.Label, "text-anchor:end")
	}
	for _, tk := range xt {
		x := f.px(tk.Value)
		size := 2
		if tk.Label != "" {
			size = 4
			c.Line(x, t, x, b, "stroke:"+faint+";stroke-width:0.5;stroke-dasharray:"+dots)
			// A date centred on the last day would run off the chart's
			// right edge: it ends there instead.
			if float64(x)+textWidth(tk.Label, fontTick)/2 > chartW-1 {
				c.Text(min(x+4, chartW-1), b+13, tk.Label, "text-anchor:end")
			} else {
				c.Text(x, b+13, tk.Label, "text-anchor:middle")
			}
		}
		c.Line(x, b, x, b+size, "stroke:"+ink+";stroke-width:0.5")
	}
	c.Line(l, t, l, b, "stroke:"+ink+";stroke-width:0.7")
	c.Line(l, b, r, b, "stroke:"+ink+";stroke-width:0.7")
}

// drawSeries draws one series' line, broken where Y is NaN, and its
// markers.
func drawSeries(c *svg.SVG, f frame, s series) {
	style := lineStyle(s)
	var xs, ys []int
	flush := func() {
		if len(xs) > 1 {
			c.Polyline(xs, ys, style)
		}
		xs, ys = nil, nil
	}
	for _, p := range s.xys {
		if math.IsNaN(p.Y) {
			flush()
			continue
		}
		xs, ys = append(xs, f.px(p.X)), append(ys, f.py(p.Y))
	}
	flush()
	for _, p := range s.xys {
		if !math.IsNaN(p.Y) {
			drawMarker(c, s.shape, f.px(p.X), f.py(p.Y), s.col)
		}
	}
}

func lineStyle(s series) string {
	st := fmt.Sprintf("fill:none;stroke:%s;stroke-width:%g", s.col, s.width)
	if s.dashes != "" {
		st += ";stroke-dasharray:" + s.dashes
	}
	return st
}

// drawMarker draws a point's marker, 3 units in radius.
func drawMarker(c *svg.SVG, m marker, x, y int, col string) {
	const r = 3
	hollow := "fill:#fff;stroke:" + col + ";stroke-width:1"
	switch m {
	case circle:
		c.Circle(x, y, r, "fill:"+col)
	case ring:
		c.Circle(x, y, r, hollow)
	case triangle:
		c.Polygon([]int{x - r, x + r, x}, []int{y + r, y + r, y - r - 1}, hollow)
	case square:
		c.Rect(x-r, y-r, 2*r, 2*r, hollow)
	case box:
		c.Rect(x-r, y-r, 2*r, 2*r, "fill:"+col)
	}
}

// drawLegend names the series in a box in a corner of the plotting area,
// each beside a sample of its line and marker.
func drawLegend(c *svg.SVG, f frame, left bool, ss []series) {
	const thumb, rowH = 22, 12
	var shown []series
	w := 0.0
	for _, s := range ss {
		if len(s.xys) > 0 {
			shown = append(shown, s)
			w = max(w, textWidth(s.name, fontTick))
		}
	}
	boxW := int(w) + thumb + 12
	x := int(f.right) - boxW - 4
	if left {
		x = int(f.left) + 4
	}
	y := int(f.bottom) - len(shown)*rowH - 3
	c.Rect(x-2, y-1, boxW, len(shown)*rowH+2, "fill:#fff;fill-opacity:0.85")
	for i, s := range shown {
		cy := y + i*rowH + rowH/2
		c.Line(x, cy, x+thumb, cy, lineStyle(s))
		drawMarker(c, s.shape, x+thumb/2, cy, s.col)
		c.Text(x+thumb+4, cy+3, s.name)
	}
}

// minuteTicks marks round numbers of minutes up to top.
func minuteTicks(top float64) []tick {
	step := 10
	for top/float64(step) > 6 {
		step *= 2
	}
	var out []tick
	for v := 0; float64(v) <= top*1.1; v += step {
		out = append(out, tick{Value: float64(v), Label: fmt.Sprint(v)})
	}
	return out
}

// dayLabelGap is the least room between two dates on the x axis, in SVG
// units: a date ("30 Nov") is about 32 wide, and needs a little air.
const dayLabelGap = 42

// dayPlotWidth is about how wide the plotting area is, the y axis' labels
// taken off.
const dayPlotWidth = chartW - 100

// dayTicks marks every day, and labels days with their date: every day
// when they fit, else every 2nd, 3rd or 7th day (a multiple of a week for
// longer spans), evenly from the first; the last day is always labelled,
// and the even label before it left out when the two would touch.
func dayTicks(from time.Time, days int) []tick {
	if days <= 0 {
		return nil
	}
	step := 1
	perDay := float64(dayPlotWidth) / float64(days)
	for _, s := range []int{1, 2, 3, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84} {
		step = s
		if float64(s)*perDay >= dayLabelGap {
			break
		}
	}
	last := days - 1
	labelled := func(i int) bool {
		switch {
		case i == 0 || i == last:
			return true
		case i%step != 0:
			return false
		}
		return float64(last-i)*perDay >= dayLabelGap
	}
	out := make([]tick, 0, days)
	for i := range days {
		t := tick{Value: float64(i)}
		if labelled(i) {
			t.Label = from.AddDate(0, 0, i).Format("2 Jan")
		}
		out = append(out, t)
	}
	return out
}

func reachTicks() []tick {
	var out []tick
	for r := routines.Reach(0); r <= routines.MaxReach; r++ {
		out = append(out, tick{Value: float64(r), Label: fmt.Sprintf("%d %s", r, shortReach(r))})
	}
	return out
}

// shortReach names a region briefly for the chart's axis, as every other
// screen does (routines.Reach.Short).
func shortReach(r routines.Reach) string { return r.Short() }

func tenTicks() []tick {
	var out []tick
	for v := 0; v <= 10; v += 2 {
		out = append(out, tick{Value: float64(v), Label: fmt.Sprint(v)})
	}
	return out
}
