package guide

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// renderer lays out one parsed page as lines of text.
type renderer struct {
	src   []byte
	st    styles
	lines []string
}

// indent is what starts the lines of a block: first on its first line (a
// list item's mark), rest on every line after.
type indent struct {
	first, rest string
	used        bool
}

func (in *indent) next() string {
	if in.used {
		return in.rest
	}
	in.used = true
	return in.first
}

// emit adds one line after the indent's next start.
func (r *renderer) emit(in *indent, line string) {
	start := in.next()
	if line == "" {
		start = strings.TrimRight(start, " ")
	}
	r.lines = append(r.lines, start+line)
}

// blank adds an empty line between two blocks.
func (r *renderer) blank() { r.lines = append(r.lines, "") }

// blocks lays out the children of parent, width cells wide after the
// indent, with an empty line between them unless parent is an item of a
// tight list.
func (r *renderer) blocks(parent ast.Node, in *indent, width int) error {
	tight := false
	if l, ok := parent.Parent().(*ast.List); ok && parent.Kind() == ast.KindListItem {
		tight = l.IsTight
	}
	for c := parent.FirstChild(); c != nil; c = c.NextSibling() {
		if c != parent.FirstChild() && !tight {
			r.blank()
		}
		if err := r.block(c, in, width); err != nil {
			return err
		}
	}
	return nil
}

func (r *renderer) block(n ast.Node, in *indent, width int) error {
	switch n := n.(type) {
	case *ast.Heading:
		role := roleTitle
		if n.Level > 2 {
			role = roleHeading
		}
		r.wrapped(r.inline(n, role, nil), in, width)
	case *ast.Paragraph, *ast.TextBlock:
		r.wrapped(r.inline(n, roleText, nil), in, width)
	case *ast.List:
		return r.list(n, in, width)
	case *ast.Blockquote:
		q := &indent{first: in.next() + margin, rest: in.rest + margin}
		return r.blocks(n, q, width-len(margin))
	case *ast.ThematicBreak:
		r.emit(in, r.st.render(roleMuted, strings.Repeat("-", 8)))
	case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.HTMLBlock:
		r.verbatim(n, in, width)
	default:
		if n.Type() != ast.TypeBlock {
			return fmt.Errorf("cannot show a %s here", n.Kind())
		}
		if n.HasChildren() && n.FirstChild().Type() == ast.TypeBlock {
			return r.blocks(n, in, width)
		}
		r.wrapped(r.inline(n, roleText, nil), in, width)
	}
	return nil
}

// list lays out a list's items with their bullet or number and a hanging
// indent, so that wrapped lines start under the item's text.
func (r *renderer) list(l *ast.List, in *indent, width int) error {
	mark := func(i int) string { return "• " }
	if l.IsOrdered() {
		last := len(strconv.Itoa(l.Start + l.ChildCount() - 1))
		mark = func(i int) string { return fmt.Sprintf("%*d. ", last, l.Start+i) }
	}
	i := 0
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		if i > 0 && !l.IsTight {
			r.blank()
		}
		m := mark(i)
		pad := strings.Repeat(" ", ansi.StringWidth(m))
		sub := &indent{first: in.next() + r.st.render(roleMark, m), rest: in.rest + pad}
		if !item.HasChildren() {
			r.emit(sub, "")
		}
		if err := r.blocks(item, sub, width-len(pad)); err != nil {
			return err
		}
		i++
	}
	return nil
}

// verbatim keeps a code block's lines as they are, with a margin of their
// own; a line wider than the page goes on under itself.
func (r *renderer) verbatim(n ast.Node, in *indent, width int) {
	lines := n.Lines()
	role := roleCode
	if n.Kind() == ast.KindHTMLBlock {
		role = roleText
	}
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		l := strings.TrimRight(string(seg.Value(r.src)), " \t\r\n")
		l = strings.ReplaceAll(l, "\t", "    ")
		for _, part := range strings.Split(ansi.Wrap(l, max(width-len(margin), 1), ""), "\n") {
			r.emit(in, r.st.render(role, margin+strings.TrimRight(part, " ")))
		}
	}
}

// inline gathers the text of n's inline children as styled spans.
func (r *renderer) inline(n ast.Node, role role, out []span) []span {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			out = append(out, span{r.text(c.Segment.Value(r.src)), role})
			if c.HardLineBreak() {
				out = append(out, span{"\n", role})
			} else if c.SoftLineBreak() {
				out = append(out, span{" ", role})
			}
		case *ast.String:
			out = append(out, span{r.text(c.Value), role})
		case *ast.Emphasis:
			out = r.inline(c, emphasis(role, c.Level), out)
		case *ast.CodeSpan:
			out = r.inline(c, roleCode, out)
		case *ast.Link:
			start := len(out)
			out = r.inline(c, role, out)
			out = destination(out, start, string(c.Destination))
		case *ast.AutoLink:
			out = append(out, span{string(c.Label(r.src)), role})
		case *ast.Image:
			out = append(out, span{"[picture: ", roleMuted})
			out = r.inline(c, roleMuted, out)
			out = append(out, span{"]", roleMuted})
		case *ast.RawHTML:
			// Tags say how a web page looks; a terminal shows the text around them.
		default:
			out = r.inline(c, role, out)
		}
	}
	return out
}

// destination follows a link's text (out[start:]) with where it leads,
// unless the text says it already or it is a place on the same page.
func destination(out []span, start int, dest string) []span {
	var shown strings.Builder
	for _, s := range out[start:] {
		shown.WriteString(s.text)
	}
	if dest == "" || strings.HasPrefix(dest, "#") || strings.TrimSpace(shown.String()) == dest {
		return out
	}
	return append(out, span{" (" + dest + ")", roleMuted})
}

// text is markdown source text as a reader sees it: backslash escapes and
// character references resolved, and a number kept on one line with its
// unit ("30 s").
func (r *renderer) text(b []byte) string {
	b = util.UnescapePunctuations(b)
	if bytes.IndexByte(b, '&') >= 0 {
		b = util.ResolveNumericReferences(b)
		b = util.ResolveEntityNames(b)
	}
	return unitSpace().ReplaceAllString(string(b), "$1\u00a0$2")
}

// emphasis is the role of emphasised text inside text of role r.
func emphasis(r role, level int) role {
	switch {
	case r == roleCode || r == roleTitle || r == roleHeading:
		return r
	case level >= 2 && (r == roleEmph || r == roleStrongEmph):
		return roleStrongEmph
	case level >= 2:
		return roleStrong
	case r == roleStrong || r == roleStrongEmph:
		return roleStrongEmph
	}
	return roleEmph
}
