package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// glyphs is a five-row block font for the countdown, so that it can be read
// from a couple of metres away, lying on the floor.
var glyphs = map[rune][5]string{
	'0': {"█████", "█   █", "█   █", "█   █", "█████"},
	'1': {"  ██ ", "   █ ", "   █ ", "   █ ", "  ███"},
	'2': {"█████", "    █", "█████", "█    ", "█████"},
	'3': {"█████", "    █", " ████", "    █", "█████"},
	'4': {"█   █", "█   █", "█████", "    █", "    █"},
	'5': {"█████", "█    ", "█████", "    █", "█████"},
	'6': {"█████", "█    ", "█████", "█   █", "█████"},
	'7': {"█████", "    █", "   █ ", "  █  ", "  █  "},
	'8': {"█████", "█   █", "█████", "█   █", "█████"},
	'9': {"█████", "█   █", "█████", "    █", "█████"},
	':': {"   ", " █ ", "   ", " █ ", "   "},
}

// bigHeight is the number of rows of the block font.
const bigHeight = 5

// bigScale is one size of the block font: each dot of a glyph is cols
// columns wide and halves half-rows tall, drawn with full and half blocks.
// A cell is about twice as tall as it is wide, so cols = halves keeps the
// glyphs' shape.
type bigScale struct{ cols, halves int }

// bigScales are the sizes of the countdown, smallest first: a squat one
// for short windows, the classic one (one block a dot) at 80x24, and
// larger ones that can be read from across a room.
var bigScales = []bigScale{{1, 1}, {1, 2}, {2, 3}, {2, 4}, {3, 5}, {3, 6}, {4, 8}, {5, 10}}

// rows is the height of text in the scale, in rows.
func (sc bigScale) rows() int { return (bigHeight*sc.halves + 1) / 2 }

// clockText writes a remaining time as the countdown shows it: whole seconds
// rounded up, so that "0:00" appears only when the time is really up.
func clockText(d time.Duration) string {
	secs := int((d + time.Second - 1) / time.Second)
	if secs < 0 {
		secs = 0
	}
	return fmt.Sprintf("%d:%02d", secs/60, secs%60)
}

// bigText renders s in the block font at a scale. Characters without a
// glyph are skipped.
func bigText(s string, sc bigScale) string {
	// The glyphs side by side as rows of dots, one dot a column.
	var dots [bigHeight][]bool
	first := true
	for _, r := range s {
		g, ok := glyphs[r]
		if !ok {
			continue
		}
		for row := range bigHeight {
			if !first {
				dots[row] = append(dots[row], false)
			}
			for _, c := range g[row] {
				dots[row] = append(dots[row], c != ' ')
			}
		}
		first = false
	}
	// Each dot row becomes sc.halves half-rows; two half-rows make a row.
	halves := make([][]bool, 0, bigHeight*sc.halves+1)
	for row := range bigHeight {
		for range sc.halves {
			halves = append(halves, dots[row])
		}
	}
	if len(halves)%2 == 1 {
		halves = append(halves, nil)
	}
	out := make([]string, 0, len(halves)/2)
	var b strings.Builder
	for i := 0; i < len(halves); i += 2 {
		b.Reset()
		top, bottom := halves[i], halves[i+1]
		for j := range top {
			block := ' '
			switch up, down := top[j], j < len(bottom) && bottom[j]; {
			case up && down:
				block = '█'
			case up:
				block = '▀'
			case down:
				block = '▄'
			}
			for range sc.cols {
				b.WriteRune(block)
			}
		}
		out = append(out, b.String())
	}
	return strings.Join(out, "\n")
}

// bigWidth is the width of s in the block font at a scale.
func bigWidth(s string, sc bigScale) int {
	w := 0
	for i, r := range s {
		g, ok := glyphs[r]
		if !ok {
			continue
		}
		if i > 0 {
			w++
		}
		w += len([]rune(g[0]))
	}
	return w * sc.cols
}

// bigFit is the largest scale whose text s is at most width columns wide
// and rows high; ok is false when not even the smallest fits.
func bigFit(s string, width, rows int) (sc bigScale, ok bool) {
	for i := len(bigScales) - 1; i >= 0; i-- {
		sc = bigScales[i]
		if bigWidth(s, sc) <= width && sc.rows() <= rows {
			return sc, true
		}
	}
	return bigScale{}, false
}

// bar draws a progress bar of width cells and rows rows, filled to done
// (0..1), in full and shaded blocks so that it reads without colour.
func (p *player) bar(width, rows int, done float64) string {
	if width < 1 {
		return ""
	}
	done = min(max(done, 0), 1)
	full := int(done * float64(width))
	empty := width - full
	line := p.styles.BarFull.Render(strings.Repeat("█", full)) +
		p.styles.BarEmpty.Render(strings.Repeat("░", empty))
	return strings.TrimSuffix(strings.Repeat(line+"\n", max(rows, 1)), "\n")
}

// centred lays blocks of lines under each other and centres them in width
// columns exactly as lipgloss.PlaceHorizontal(width, Center,
// lipgloss.JoinVertical(Center, blocks...)) does, at a fraction of the
// cost: on a big screen the countdown's digits are many long lines, and
// lipgloss measures every line again at each step.
func centred(width int, blocks ...string) string {
	var lines []string
	var widths []int
	most := 0
	for _, b := range blocks {
		for _, l := range strings.Split(b, "\n") {
			w := ansi.StringWidth(l)
			lines, widths = append(lines, l), append(widths, w)
			most = max(most, w)
		}
	}
	gap := max(width-most, 0)
	left, right := gap/2, gap-gap/2
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		short := most - widths[i]
		b.WriteString(strings.Repeat(" ", left+(short+1)/2))
		b.WriteString(l)
		b.WriteString(strings.Repeat(" ", short-(short+1)/2+right))
	}
	return b.String()
}
