package report

import (
	"bytes"
	"fmt"
	"strconv"
)

// svgDoc writes the six kinds of SVG element the charts are made of, each
// on its own line and with its attributes as svgo (which drew them before)
// wrote them. Text is escaped as the page's text is (escapeHTML).
type svgDoc struct{ bytes.Buffer }

// styleAttr is the style attribute, and the space after it, of an element
// with that style; none for no style.
func styleAttr(style []string) string {
	if len(style) == 0 || style[0] == "" {
		return ""
	}
	return `style="` + style[0] + `" `
}

// Text writes t at x, y.
func (c *svgDoc) Text(x, y int, t string, style ...string) {
	fmt.Fprintf(c, `<text x="%d" y="%d" %s>`, x, y, styleAttr(style))
	c.WriteString(escapeHTML(t))
	c.WriteString("</text>\n")
}

// Group opens a group of elements with a style they share; Gend closes it.
func (c *svgDoc) Group(style string) { fmt.Fprintf(c, "<g %s>\n", styleAttr([]string{style})) }

// Gend closes the group Group opened.
func (c *svgDoc) Gend() { c.WriteString("</g>\n") }

// End closes the drawing.
func (c *svgDoc) End() { c.WriteString("</svg>\n") }

// Line draws a line from x1, y1 to x2, y2.
func (c *svgDoc) Line(x1, y1, x2, y2 int, style ...string) {
	fmt.Fprintf(c, `<line x1="%d" y1="%d" x2="%d" y2="%d" %s/>`+"\n", x1, y1, x2, y2, styleAttr(style))
}

// Circle draws a circle of radius r around x, y.
func (c *svgDoc) Circle(x, y, r int, style ...string) {
	fmt.Fprintf(c, `<circle cx="%d" cy="%d" r="%d" %s/>`+"\n", x, y, r, styleAttr(style))
}

// Rect draws a w by h rectangle whose top left corner is x, y.
func (c *svgDoc) Rect(x, y, w, h int, style ...string) {
	fmt.Fprintf(c, `<rect x="%d" y="%d" width="%d" height="%d" %s/>`+"\n", x, y, w, h, styleAttr(style))
}

// Polyline draws a line through the points xs[i], ys[i].
func (c *svgDoc) Polyline(xs, ys []int, style ...string) { c.poly("polyline", xs, ys, style) }

// Polygon draws the closed shape whose corners are xs[i], ys[i].
func (c *svgDoc) Polygon(xs, ys []int, style ...string) { c.poly("polygon", xs, ys, style) }

func (c *svgDoc) poly(tag string, xs, ys []int, style []string) {
	c.WriteString("<" + tag + ` points="`)
	for i := range min(len(xs), len(ys)) {
		if i > 0 {
			c.WriteByte(' ')
		}
		c.WriteString(strconv.Itoa(xs[i]) + "," + strconv.Itoa(ys[i]))
	}
	c.WriteString(`" ` + styleAttr(style) + "/>\n")
}
