package guide

import (
	"fmt"
	"image/color"
	"strconv"
	"strings"
	"sync"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Colors are the colours of styled text, as "#rrggbb" or an ANSI colour's
// number. The zero value renders plain text: no colour, no bold, no markup
// signs, which is what a pipe, NO_COLOR and a screen reader want.
type Colors struct {
	Text, Muted, Accent, Caution string
}

// Styled reports whether the colours style the text at all.
func (c Colors) Styled() bool { return c != Colors{} }

// margin is the page's left margin: every line starts with it.
const margin = "  "

// reader reads CommonMark. It is made when the first page is read, not at
// start-up, and holds no state between documents. (Only goldmark's parser
// is linked: its HTML renderer is not.)
var reader = sync.OnceValue(func() parser.Parser {
	return parser.NewParser(parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...))
})

// Render turns markdown into text at most width cells wide (at least 20):
// a margin of two spaces, then the page wrapped at word boundaries. It
// handles the markdown centra's pages use: headings, paragraphs, emphasis,
// code, lists (nested too), quotes, links and rules; code blocks are kept
// as they are. Styled colours give headings, emphasis and list marks their
// colour and weight; plain colours give plain text. No line ends in a space.
func Render(md string, width int, c Colors) (string, error) {
	width = max(width, 20)
	src := []byte(md)
	doc := reader().Parse(text.NewReader(src))
	r := &renderer{src: src, st: newStyles(c)}
	in := &indent{first: margin, rest: margin}
	if err := r.blocks(doc, in, width-len(margin)); err != nil {
		return "", fmt.Errorf("guide: %w", err)
	}
	out := strings.ReplaceAll(strings.Join(r.lines, "\n"), "\u00a0", " ")
	return strings.Trim(out, "\n") + "\n", nil
}

// role is what a piece of text is, which gives its style.
type role uint8

const (
	roleText    role = iota
	roleTitle        // headings of level 1 and 2
	roleHeading      // headings of level 3 and below
	roleStrong       // **strong**
	roleEmph         // *emphasis*
	roleStrongEmph
	roleCode // `code`, and code blocks
	roleMark // list bullets and numbers
	roleMuted
	roleCount
)

// styles renders each role; nil renders plain text.
type styles []lipgloss.Style

func newStyles(c Colors) styles {
	if !c.Styled() {
		return nil
	}
	fg := func(s lipgloss.Style, hex string) lipgloss.Style {
		if hex == "" {
			return s
		}
		return s.Foreground(lipgloss.Color(hex))
	}
	base := lipgloss.NewStyle()
	st := make(styles, roleCount)
	st[roleText] = fg(base, c.Text)
	st[roleTitle] = fg(base, c.Accent).Bold(true)
	st[roleHeading] = fg(base, c.Text).Bold(true)
	st[roleStrong] = fg(base, c.Text).Bold(true)
	st[roleEmph] = fg(base, c.Muted).Italic(true)
	st[roleStrongEmph] = fg(base, c.Muted).Italic(true).Bold(true)
	st[roleCode] = fg(base, c.Accent).Bold(true)
	st[roleMark] = fg(base, c.Accent)
	st[roleMuted] = fg(base, c.Muted)
	return st
}

// render styles s in role r.
func (st styles) render(r role, s string) string {
	if st == nil || s == "" {
		return s
	}
	return st[r].Render(s)
}

// ColorName writes a colour the way Colors takes it: an ANSI colour by its
// number, any other as "#rrggbb". No colour (nil, or a colour with no alpha
// such as lipgloss.NoColor) gives "", which leaves the terminal's own
// colour.
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
