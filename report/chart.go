package report

import (
	"bytes"
	"fmt"
	"image/color"
	"regexp"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/function"
)

// The charts are drawn with gonum/plot into SVG and set inline in the
// HTML. They read in black and white: each series has its own marker and
// dash pattern, and a legend names them.
var (
	ink   = color.Gray{Y: 0}
	grey  = color.Gray{Y: 110}
	faint = color.Gray{Y: 200}
	solid = []vg.Length(nil)
	dash  = []vg.Length{vg.Points(5), vg.Points(3)}
	dots  = []vg.Length{vg.Points(1.2), vg.Points(2.2)}
)

// legendAt places a chart's legend where its lines are not.
type legendAt struct{ top, left bool }

// series is one line on a chart: its points (NaN Y breaks the line), how
// it is drawn, and its name in the legend.
type series struct {
	name   string
	xys    plotter.XYs
	dashes []vg.Length
	shape  draw.GlyphDrawer
	col    color.Color
	width  float64
}

// Charts draws the report's charts as SVG: how far down the pain reached
// per day, leg pain beside the function score, and the sitting and walking
// times. Each is nil when there is nothing to draw.
func Charts(r Report) (reach, painFunction, minutes []byte, err error) {
	if len(r.Pain.Days) == 0 {
		return nil, nil, nil, nil
	}
	x := func(t time.Time) float64 {
		return float64(t.Sub(r.From).Round(24*time.Hour) / (24 * time.Hour))
	}
	var avg, far, leg plotter.XYs
	for _, d := range r.Pain.Days {
		if d.CheckIns == 0 {
			continue
		}
		avg = append(avg, plotter.XY{X: x(d.Day), Y: d.ReachAvg})
		far = append(far, plotter.XY{X: x(d.Day), Y: float64(d.ReachMax)})
		leg = append(leg, plotter.XY{X: x(d.Day), Y: d.LegPain})
	}
	var psfs, sit, walk plotter.XYs
	for _, m := range r.Function.Measures {
		if a, ok := m.Average(); ok {
			psfs = append(psfs, plotter.XY{X: x(m.At), Y: a})
		}
		if m.Sitting != function.Unanswered {
			sit = append(sit, plotter.XY{X: x(m.At), Y: float64(m.Sitting)})
		}
		if m.Walking != function.Unanswered {
			walk = append(walk, plotter.XY{X: x(m.At), Y: float64(m.Walking)})
		}
	}
	days := float64(r.Days - 1)
	ticks := dayTicks(r.From, r.Days)
	if len(avg) > 0 {
		reach, err = drawChart("How far down the pain reached (lower is better)", legendAt{top: false, left: true}, ticks, days, 0, 6, reachTicks(),
			series{"furthest that day", far, dash, draw.TriangleGlyph{}, grey, 1},
			series{"average that day", avg, solid, draw.CircleGlyph{}, ink, 1.5})
		if err != nil {
			return nil, nil, nil, err
		}
		painFunction, err = drawChart("Leg pain (lower is better) and activities, PSFS (higher is better), 0-10", legendAt{top: false, left: true}, ticks, days, 0, 10, tenTicks(),
			series{"leg pain, day's average", leg, solid, draw.CircleGlyph{}, ink, 1.2},
			series{"activities, weekly average", psfs, dash, draw.SquareGlyph{}, ink, 1.5})
		if err != nil {
			return nil, nil, nil, err
		}
	}
	if len(sit)+len(walk) > 0 {
		top := 10.0
		for _, p := range append(append(plotter.XYs{}, sit...), walk...) {
			top = max(top, p.Y)
		}
		minutes, err = drawChart("Minutes before the leg pain starts (higher is better)", legendAt{top: false, left: false}, ticks, days, 0, top*1.1, minuteTicks(top),
			series{"sitting", sit, solid, draw.BoxGlyph{}, ink, 1.5},
			series{"walking", walk, dots, draw.RingGlyph{}, ink, 1.5})
	}
	return reach, painFunction, minutes, err
}

// drawChart draws one chart 7 by 1.35 inches.
func drawChart(title string, at legendAt, xt []plot.Tick, xmax, ymin, ymax float64, yt []plot.Tick, ss ...series) ([]byte, error) {
	p := plot.New()
	sans := func(st *text.Style) { st.Font.Variant = "Sans" }
	for _, st := range []*text.Style{&p.Title.TextStyle, &p.X.Tick.Label, &p.Y.Tick.Label, &p.Legend.TextStyle, &p.X.Label.TextStyle, &p.Y.Label.TextStyle} {
		sans(st)
	}
	p.Title.Text = title
	p.Title.TextStyle.Font.Size = vg.Points(9)
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = -0.5, xmax+0.5, ymin, ymax
	p.X.Tick.Marker = plot.ConstantTicks(xt)
	if yt != nil {
		p.Y.Tick.Marker = plot.ConstantTicks(yt)
	}
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		ax.Tick.Label.Font.Size = vg.Points(7)
		ax.Label.TextStyle.Font.Size = vg.Points(7)
	}
	grid := plotter.NewGrid()
	grid.Vertical.Color, grid.Horizontal.Color = faint, faint
	grid.Vertical.Dashes = dots
	p.Add(grid)
	p.Legend.Top, p.Legend.Left = at.top, at.left
	p.Legend.XOffs, p.Legend.YOffs = vg.Points(4), vg.Points(3)
	p.Legend.TextStyle.Font.Size = vg.Points(7)
	p.Legend.ThumbnailWidth = vg.Points(22)
	for _, s := range ss {
		if len(s.xys) == 0 {
			continue
		}
		l, pts, err := plotter.NewLinePoints(s.xys)
		if err != nil {
			return nil, fmt.Errorf("report: chart %q: %w", title, err)
		}
		l.LineStyle = draw.LineStyle{Color: s.col, Width: vg.Points(s.width), Dashes: s.dashes}
		pts.GlyphStyle = draw.GlyphStyle{Color: s.col, Radius: vg.Points(2.2), Shape: s.shape}
		p.Add(l, pts)
		p.Legend.Add(s.name, l, pts)
	}
	c := vgsvg.New(7*vg.Inch, 1.35*vg.Inch)
	p.Draw(draw.New(c))
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("report: chart %q: %w", title, err)
	}
	return inline(buf.Bytes()), nil
}

// minuteTicks marks round numbers of minutes up to top.
func minuteTicks(top float64) []plot.Tick {
	step := 10
	for top/float64(step) > 6 {
		step *= 2
	}
	var out []plot.Tick
	for v := 0; float64(v) <= top*1.1; v += step {
		out = append(out, plot.Tick{Value: float64(v), Label: fmt.Sprint(v)})
	}
	return out
}

// dayTicks marks the first day and every seventh after it with its date.
func dayTicks(from time.Time, days int) []plot.Tick {
	var out []plot.Tick
	for i := range days {
		d := from.AddDate(0, 0, i)
		t := plot.Tick{Value: float64(i)}
		if i%7 == 0 {
			t.Label = d.Format("2 Jan")
		}
		out = append(out, t)
	}
	return out
}

func reachTicks() []plot.Tick {
	var out []plot.Tick
	for r := routines.Reach(0); r <= routines.MaxReach; r++ {
		out = append(out, plot.Tick{Value: float64(r), Label: fmt.Sprintf("%d %s", r, shortReach(r))})
	}
	return out
}

// shortReach names a region briefly for the chart's axis.
func shortReach(r routines.Reach) string {
	return []string{"none", "back, centre", "back, side", "buttock", "thigh", "below knee", "foot"}[min(int(r), 6)]
}

func tenTicks() []plot.Tick {
	var out []plot.Tick
	for v := 0; v <= 10; v += 2 {
		out = append(out, plot.Tick{Value: float64(v), Label: fmt.Sprint(v)})
	}
	return out
}

// xmlDecl and namespaces are what an SVG file needs and inline SVG in HTML
// does not: the HTML parser puts it in the SVG namespace itself. Dropping
// the namespace addresses leaves no http address in the page.
var (
	xmlDecl    = regexp.MustCompile(`<\?xml[^>]*\?>\s*(<!--[^>]*-->\s*)?(<!DOCTYPE[^>]*>\s*)?`)
	namespaces = regexp.MustCompile(`\s+xmlns(:\w+)?="[^"]*"`)
)

func inline(svg []byte) []byte {
	svg = xmlDecl.ReplaceAll(svg, nil)
	return namespaces.ReplaceAll(svg, nil)
}
