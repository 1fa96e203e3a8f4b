package guide

import (
	"fmt"
	"image/color"
	"strconv"
	"strings"

	"charm.land/glamour/v2"
	gansi "charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	"github.com/charmbracelet/x/ansi"
)

// Colors are the colours of styled text, as "#rrggbb". The zero value
// renders plain text: no colour, no bold, no markup signs, which is what a
// pipe, NO_COLOR and a screen reader want.
type Colors struct {
	Text, Muted, Accent, Caution string
}

// Styled reports whether the colours style the text at all.
func (c Colors) Styled() bool { return c != Colors{} }

// Render turns markdown into text at most width cells wide (at least 20).
// Trailing spaces are trimmed from every line.
func Render(md string, width int, c Colors) (string, error) {
	width = max(width, 20)
	r, err := glamour.NewTermRenderer(glamour.WithStyles(styleFor(c)), glamour.WithWordWrap(width))
	if err != nil {
		return "", fmt.Errorf("guide: %w", err)
	}
	out, err := r.Render(md)
	if err != nil {
		return "", fmt.Errorf("guide: %w", err)
	}
	// No-break spaces kept "30 s" on one line; plain spaces read better.
	lines := strings.Split(strings.ReplaceAll(out, "\u00a0", " "), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n") + "\n", nil
}

// styleFor builds a glamour style from the colours: glamour's plain style
// without its markup signs, with colour and weight added when styled.
func styleFor(c Colors) gansi.StyleConfig {
	s := styles.ASCIIStyleConfig
	for _, h := range []*gansi.StyleBlock{&s.H1, &s.H2, &s.H3, &s.H4, &s.H5, &s.H6} {
		h.Prefix = ""
	}
	s.Emph.BlockPrefix, s.Emph.BlockSuffix = "", ""
	s.Strong.BlockPrefix, s.Strong.BlockSuffix = "", ""
	s.Code.BlockPrefix, s.Code.BlockSuffix = "", ""
	s.HorizontalRule.Format = "\n" + strings.Repeat("-", 8) + "\n"
	s.BlockQuote.IndentToken = ptr("  ")
	if !c.Styled() {
		return s
	}
	yes := ptr(true)
	color := func(hex string) *string {
		if hex == "" {
			return nil
		}
		return ptr(hex)
	}
	s.Document.Color = color(c.Text)
	s.H1.Color, s.H1.Bold = color(c.Accent), yes
	s.H2.Color, s.H2.Bold = color(c.Accent), yes
	s.H3.Color, s.H3.Bold = color(c.Text), yes
	s.H4.Bold = yes
	s.Strong.Bold = yes
	s.Emph.Color, s.Emph.Italic = color(c.Muted), yes
	s.Code.Color, s.Code.Bold = color(c.Accent), yes
	s.Item.Color = color(c.Accent)
	s.Enumeration.Color = color(c.Accent)
	s.HorizontalRule.Color = color(c.Muted)
	return s
}

func ptr[T any](v T) *T { return &v }

// ColorName writes a colour the way a glamour style takes it: an ANSI
// colour by its number, any other as "#rrggbb". No colour (nil, or a
// colour with no alpha such as lipgloss.NoColor) gives "", which leaves
// the terminal's own colour.
func ColorName(c color.Color) string {
	switch c := c.(type) {
	case nil:
		return ""
	case ansi.BasicColor:
		return strconv.Itoa(int(c))
	case ansi.IndexedColor:
		return strconv.Itoa(int(c))
	}
	r, g, b, a := c.RGBA()
	if a == 0 {
		return ""
	}
	return fmt.Sprintf("#%02x%02x%02x", r>>8, g>>8, b>>8)
}
