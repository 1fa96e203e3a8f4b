package report

import (
	"fmt"
	"strings"
	"text/template/parse"
)

// trustedHTML is markup centra wrote itself (the charts' SVG, whose text
// is escaped as it is drawn): the one kind of value the page prints as it
// is.
type trustedHTML string

// escapeFunc is the name under which the page's template knows escapeHTML.
const escapeFunc = "centraEscapeHTML"

// escapeActions makes every action of a parsed template that prints a
// value pass it through escapeHTML last, as html/template does for text
// between tags: nothing a person typed (a note, a trigger, an activity, an
// exercise's name in a routine file) can become markup, whatever field a
// later template prints. The page interpolates only between tags, never
// inside an attribute, a script or a style, where HTML escaping would not
// be enough.
func escapeActions(t *parse.Tree, n parse.Node) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			escapeActions(t, c)
		}
	case *parse.ActionNode:
		if len(n.Pipe.Decl) > 0 { // {{$x := ...}} prints nothing
			return
		}
		esc := parse.NewIdentifier(escapeFunc).SetTree(t).SetPos(n.Pos)
		n.Pipe.Cmds = append(n.Pipe.Cmds, &parse.CommandNode{NodeType: parse.NodeCommand, Pos: n.Pos, Args: []parse.Node{esc}})
	case *parse.IfNode:
		escapeActions(t, n.List)
		escapeActions(t, n.ElseList)
	case *parse.RangeNode:
		escapeActions(t, n.List)
		escapeActions(t, n.ElseList)
	case *parse.WithNode:
		escapeActions(t, n.List)
		escapeActions(t, n.ElseList)
	}
}

// escapeHTML is the text of v with the characters that are markup in HTML
// text escaped, byte for byte as html/template escapes text between tags
// (so the page is the same as when html/template wrote it); a trustedHTML
// value is returned as it is.
func escapeHTML(v any) string {
	if h, ok := v.(trustedHTML); ok {
		return string(h)
	}
	s := fmt.Sprint(v)
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		var rep string
		switch s[i] {
		case 0:
			rep = "\uFFFD"
		case '"':
			rep = "&#34;"
		case '&':
			rep = "&amp;"
		case '\'':
			rep = "&#39;"
		case '+':
			rep = "&#43;"
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(rep)
		last = i + 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
