package report

import (
	"fmt"
	"strings"
)

// trustedHTML is markup centra wrote itself (the charts' SVG, whose text
// is escaped as it is drawn, and the page's style sheet): the one kind of
// value the page prints as it is.
type trustedHTML string

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
