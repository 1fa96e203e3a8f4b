package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/centra-app/centra/tui/theme"
)

// frameCacheSize bounds the lines a frameCache keeps; past it, it starts
// again. A screen has at most a few hundred distinct lines.
const frameCacheSize = 2048

// frameCache makes frame's fitting of a body to the window cost only the
// lines that changed since the last frames. A countdown tick changes a few
// lines of the screen (the clock, the bar, the cue); wrapping and padding
// every line again was most of the cost of View.
//
// Fitting a body line by line gives exactly what fitting it whole gives,
// as long as no line leaves a style or link open for the next one and every
// fitted line is the window's width (the frame style pads each line on its
// own then). put checks both when it first sees a line and refuses the
// others; a body with such a line is fitted whole, as before.
type frameCache struct {
	width  int
	styles *theme.Styles
	lines  map[string]string
}

// fit renders body through box, which must be the frame's style for width
// and styles, reusing the lines already fitted.
func (c *frameCache) fit(box lipgloss.Style, body string, width int, styles *theme.Styles) string {
	if c.lines == nil || c.width != width || c.styles != styles || len(c.lines) > frameCacheSize {
		*c = frameCache{width: width, styles: styles, lines: make(map[string]string, 64)}
	}
	var b strings.Builder
	b.Grow(len(body) + strings.Count(body, "\n")*(width+1))
	rest := body
	for first := true; ; first = false {
		line, more := rest, ""
		i := strings.IndexByte(rest, '\n')
		if i >= 0 {
			line, more = rest[:i], rest[i+1:]
		}
		out, ok := c.lines[line]
		if !ok {
			if out, ok = c.put(box, line); !ok {
				return box.Render(body)
			}
		}
		if !first {
			b.WriteByte('\n')
		}
		b.WriteString(out)
		if i < 0 {
			return b.String()
		}
		rest = more
	}
}

// put fits one line and keeps it, unless fitting it alone could differ from
// fitting it among others.
func (c *frameCache) put(box lipgloss.Style, line string) (string, bool) {
	if !closedLine(line) {
		return "", false
	}
	out := box.Render(line)
	for l := range strings.SplitSeq(out, "\n") {
		if ansi.StringWidth(l) != c.width {
			return "", false
		}
	}
	c.lines[line] = out
	return out, true
}

// closedLine reports whether line surely ends with no style or hyperlink
// open, so that nothing of it carries over to the next line: it has no
// escape sequence but SGR ones (and no carriage return, which the frame
// style would treat differently at the end of a line), and the last SGR
// resets everything.
func closedLine(line string) bool {
	if strings.IndexByte(line, '\r') >= 0 {
		return false
	}
	open := false
	for i := 0; i < len(line); i++ {
		if line[i] != '\x1b' {
			continue
		}
		if i+1 >= len(line) || line[i+1] != '[' {
			return false // not a CSI: an OSC (hyperlink) or anything else
		}
		j := i + 2
		for j < len(line) && line[j] >= 0x30 && line[j] <= 0x3f {
			j++ // parameters
		}
		for j < len(line) && line[j] >= 0x20 && line[j] <= 0x2f {
			j++ // intermediates
		}
		if j >= len(line) {
			return false // cut short
		}
		if line[j] == 'm' {
			params := line[i+2 : j]
			open = params != "" && params != "0"
		}
		i = j
	}
	return !open
}
