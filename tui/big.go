package tui

import (
	"fmt"
	"strings"
	"time"
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

// clockText writes a remaining time as the countdown shows it: whole seconds
// rounded up, so that "0:00" appears only when the time is really up.
func clockText(d time.Duration) string {
	secs := int((d + time.Second - 1) / time.Second)
	if secs < 0 {
		secs = 0
	}
	return fmt.Sprintf("%d:%02d", secs/60, secs%60)
}

// bigText renders s in the block font. Characters without a glyph are
// skipped.
func bigText(s string) string {
	var rows [bigHeight]strings.Builder
	for i, r := range s {
		g, ok := glyphs[r]
		if !ok {
			continue
		}
		for row := range bigHeight {
			if i > 0 {
				rows[row].WriteByte(' ')
			}
			rows[row].WriteString(g[row])
		}
	}
	out := make([]string, bigHeight)
	for i := range rows {
		out[i] = rows[i].String()
	}
	return strings.Join(out, "\n")
}

// bigWidth is the width of s in the block font.
func bigWidth(s string) int {
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
	return w
}

// bar draws a progress bar of width cells, filled to p (0..1). It uses
// eighth blocks so that it moves smoothly without needing colour.
func (m *Model) bar(width int, p float64) string {
	if width < 1 {
		return ""
	}
	p = min(max(p, 0), 1)
	full := int(p * float64(width))
	empty := width - full
	return m.styles.BarFull.Render(strings.Repeat("█", full)) +
		m.styles.BarEmpty.Render(strings.Repeat("░", empty))
}
