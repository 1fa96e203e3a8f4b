package figure

import (
	"math"

	"github.com/centra-app/centra/routines"
)

// Frame is one drawing of a figure: the pose, and the pose it is moving
// to, which an arrow points at.
type Frame struct {
	Pose routines.Pose
	// Next is where the body goes from here; nil draws no arrow.
	Next *routines.Pose
	// Mirror draws the figure facing the other way, for the second side
	// of a set done on each side.
	Mirror bool
}

// MinCols and MinRows are the smallest canvas a figure is drawn on: below
// it the body is too few dots to read.
const (
	MinCols = 12
	MinRows = 4
)

// view maps body units to dots: the same for every frame of one figure at
// one size, so that the body does not jump between frames.
type view struct {
	scale      float64
	midX       float64 // the body x drawn at the canvas's middle
	cols, rows int
}

// newView fits every pose of the figure, mirrored or not, into the canvas.
func newView(fig *routines.Figure, cols, rows int) view {
	lo, hi := vec{math.Inf(1), 0}, vec{math.Inf(-1), 0}
	grow := func(p vec, r float64) {
		lo.x, hi.x = min(lo.x, p.x-r), max(hi.x, p.x+r)
		hi.y = max(hi.y, p.y+r)
	}
	for _, p := range fig.Poses {
		b := rest(fig.Support, layout(p))
		for j, q := range b {
			r := 0.0
			if joint(j) == head {
				r = headRadius
			}
			grow(q, r)
		}
	}
	if fig.Support == routines.SupportChair {
		for _, p := range chairLines() {
			grow(p[0], 0)
			grow(p[1], 0)
		}
	}
	// The middle is the hips' x, so that a mirrored figure stays in place;
	// the wider side decides the scale.
	half := max(-lo.x, hi.x, 1)
	w, h := float64(cols*2-2), float64(rows*4-2)
	return view{scale: min(w/(2*half), h/max(hi.y, 1)), cols: cols, rows: rows}
}

// dot is the canvas dot of a point in body units.
func (v view) dot(p vec) (int, int) {
	x := float64(v.cols) + (p.x-v.midX)*v.scale
	y := float64(v.rows*4-1) - p.y*v.scale
	return int(math.Round(x)), int(math.Round(y))
}

// chairLines is the chair as line segments, the hips at x = 0: a seat
// under the thighs, two legs and a back.
func chairLines() [][2]vec {
	back, front := -1.4, 2.6
	return [][2]vec{
		{{back, seatHeight}, {front, seatHeight}},
		{{back, 0}, {back, seatHeight + 5}},
		{{front, 0}, {front, seatHeight}},
	}
}

// Render draws a frame of the figure on a canvas of cols by rows cells
// and returns its lines, each cols cells wide. A canvas smaller than
// MinCols by MinRows gives no lines.
func Render(fig *routines.Figure, f Frame, cols, rows int) []string {
	if fig == nil || cols < MinCols || rows < MinRows {
		return nil
	}
	v := newView(fig, cols, rows)
	c := newCanvas(cols, rows)
	place := func(p routines.Pose) body {
		b := rest(fig.Support, layout(p))
		if f.Mirror {
			b = b.mirrored()
		}
		return b
	}
	b := place(f.Pose)
	seg := func(a, z vec, every int) {
		x0, y0 := v.dot(a)
		x1, y1 := v.dot(z)
		c.line(x0, y0, x1, y1, every)
	}
	floor := c.height() - 1
	c.line(0, floor, c.width()-1, floor, 2)
	if fig.Support == routines.SupportChair {
		for _, l := range chairLines() {
			a, z := l[0], l[1]
			if f.Mirror {
				a.x, z.x = -a.x, -z.x
			}
			seg(a, z, 2)
		}
	}
	seg(b[shoulder], b[elbow2], 1)
	seg(b[elbow2], b[hand2], 1)
	seg(b[hip], b[knee2], 1)
	seg(b[knee2], b[foot2], 1)
	seg(b[hip], b[shoulder], 1)
	seg(b[shoulder], b[neck], 1)
	seg(b[shoulder], b[elbow], 1)
	seg(b[elbow], b[hand], 1)
	seg(b[hip], b[knee], 1)
	seg(b[knee], b[foot], 1)
	hx, hy := v.dot(b[head])
	c.circle(hx, hy, max(int(math.Round(headRadius*v.scale)), 1))
	if f.Next != nil {
		arrow(c, v, b, place(*f.Next))
	}
	return c.lines()
}

// minMove is how far, in body units, a part must move for the arrow to
// show it.
const minMove = 0.6

// arrows point the eight ways, anticlockwise from right.
var arrows = []rune{'→', '↗', '↑', '↖', '←', '↙', '↓', '↘'}

// arrow marks the part of the body that moves most on the way from b to
// to, with an arrow just ahead of it pointing the way it goes.
func arrow(c *canvas, v view, from, to body) {
	best, far := joint(-1), minMove
	for j := range from {
		if d := to[j].sub(from[j]).length(); d > far {
			best, far = joint(j), d
		}
	}
	if best < 0 {
		return
	}
	d := to[best].sub(from[best])
	angle := math.Atan2(d.y, d.x) * 180 / math.Pi
	r := arrows[int(math.Round(angle/45)+8)%8]
	unit := d.scale(1 / far)
	// The first free cell ahead of the part, one cell to a few away.
	step := 3 / max(v.scale, 0.1) // about a cell
	var first [2]int
	for k := 1; k <= 4; k++ {
		x, y := v.dot(from[best].add(unit.scale(step * float64(k))))
		if k == 1 {
			first = [2]int{x, y}
		}
		if i := c.cellAt(x, y); i >= 0 && c.dots[i] == 0 {
			c.mark(x, y, r)
			return
		}
	}
	c.mark(first[0], first[1], r)
}
