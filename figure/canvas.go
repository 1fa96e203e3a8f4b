package figure

import "strings"

// canvas is a grid of braille dots: each cell of the terminal holds two
// columns and four rows of dots. Dot (0, 0) is the top left one.
type canvas struct {
	cols, rows int // in cells
	dots       []uint8
	marks      map[int]rune // cell index → a character drawn over the dots
}

func newCanvas(cols, rows int) *canvas {
	return &canvas{cols: cols, rows: rows, dots: make([]uint8, cols*rows), marks: map[int]rune{}}
}

// dotBits maps a dot's place in its cell (x 0..1, y 0..3) to its bit in
// the braille pattern (Unicode's dot numbering).
var dotBits = [2][4]uint8{{0x01, 0x02, 0x04, 0x40}, {0x08, 0x10, 0x20, 0x80}}

// width and height are the canvas's size in dots.
func (c *canvas) width() int  { return c.cols * 2 }
func (c *canvas) height() int { return c.rows * 4 }

// set puts a dot at x, y; dots off the canvas are dropped.
func (c *canvas) set(x, y int) {
	if x < 0 || y < 0 || x >= c.width() || y >= c.height() {
		return
	}
	c.dots[y/4*c.cols+x/2] |= dotBits[x%2][y%4]
}

// line draws a straight line between two dots (Bresenham's algorithm).
// With every > 1 only every so many dots are drawn, for a dotted line.
func (c *canvas) line(x0, y0, x1, y1, every int) {
	dx, dy := abs(x1-x0), -abs(y1-y0)
	sx, sy := sign(x1-x0), sign(y1-y0)
	e := dx + dy
	for i := 0; ; i++ {
		if every <= 1 || i%every == 0 {
			c.set(x0, y0)
		}
		if x0 == x1 && y0 == y1 {
			return
		}
		e2 := 2 * e
		if e2 >= dy {
			e += dy
			x0 += sx
		}
		if e2 <= dx {
			e += dx
			y0 += sy
		}
	}
}

// circle draws a circle of radius r dots around cx, cy (the midpoint
// algorithm).
func (c *canvas) circle(cx, cy, r int) {
	if r < 1 {
		c.set(cx, cy)
		return
	}
	x, y, d := r, 0, 1-r
	for x >= y {
		for _, p := range [][2]int{{x, y}, {y, x}, {-y, x}, {-x, y}, {-x, -y}, {-y, -x}, {y, -x}, {x, -y}} {
			c.set(cx+p[0], cy+p[1])
		}
		y++
		if d < 0 {
			d += 2*y + 1
		} else {
			x--
			d += 2*(y-x) + 1
		}
	}
}

// cellAt is the index of the cell holding dot x, y, or -1 off the canvas.
func (c *canvas) cellAt(x, y int) int {
	if x < 0 || y < 0 || x >= c.width() || y >= c.height() {
		return -1
	}
	return y/4*c.cols + x/2
}

// mark draws r over the cell holding dot x, y.
func (c *canvas) mark(x, y int, r rune) bool {
	i := c.cellAt(x, y)
	if i < 0 {
		return false
	}
	c.marks[i] = r
	return true
}

// lines renders the canvas: a braille character per cell with dots, a
// space per empty cell, and the marks over both.
func (c *canvas) lines() []string {
	out := make([]string, c.rows)
	var b strings.Builder
	for row := range c.rows {
		b.Reset()
		for col := range c.cols {
			i := row*c.cols + col
			switch m, ok := c.marks[i]; {
			case ok:
				b.WriteRune(m)
			case c.dots[i] == 0:
				b.WriteByte(' ')
			default:
				b.WriteRune(rune(0x2800 + int(c.dots[i])))
			}
		}
		out[row] = b.String()
	}
	return out
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}
