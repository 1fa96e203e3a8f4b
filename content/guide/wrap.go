package guide

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// span is a run of text in one role.
type span struct {
	text string
	role role
}

// word is text between two spaces, perhaps in several roles ("**now**,"
// is a strong "now" and a plain comma). A no-break space does not end a
// word, so "30 s" stays on one line.
type word struct {
	parts []span
	width int
	gap   bool // a space comes before it
	space role // the role of that space
	brk   bool // a hard line break, not a word
}

// words splits spans at spaces; runs of spaces count as one.
func words(spans []span) []word {
	var out []word
	cur := word{}
	pendingGap, gapRole := false, roleText
	flush := func() {
		if cur.width > 0 || len(cur.parts) > 0 {
			cur.gap, cur.space = pendingGap, gapRole
			out = append(out, cur)
			pendingGap = false
		}
		cur = word{}
	}
	for _, s := range spans {
		rest := s.text
		for rest != "" {
			i := strings.IndexAny(rest, " \n\t")
			if i < 0 {
				cur.parts = append(cur.parts, span{rest, s.role})
				cur.width += ansi.StringWidth(rest)
				break
			}
			if i > 0 {
				cur.parts = append(cur.parts, span{rest[:i], s.role})
				cur.width += ansi.StringWidth(rest[:i])
			}
			flush()
			if rest[i] == '\n' {
				out = append(out, word{brk: true})
				pendingGap = false
			} else if len(out) > 0 && !out[len(out)-1].brk {
				pendingGap, gapRole = true, s.role
			}
			rest = rest[i+1:]
		}
	}
	flush()
	return out
}

// split cuts a word wider than a line into one word per character, joined
// to each other (the word starts a line of its own).
func split(w word) []word {
	var out []word
	for _, p := range w.parts {
		for _, r := range p.text {
			c := string(r)
			out = append(out, word{parts: []span{{c, p.role}}, width: ansi.StringWidth(c)})
		}
	}
	return out
}

// wrapped lays out spans as lines at most width cells wide, breaking at
// spaces (inside a word only when it is wider than a whole line).
func (r *renderer) wrapped(spans []span, in *indent, width int) {
	width = max(width, 1)
	var line []span
	lineWidth := 0
	flush := func() {
		r.emit(in, r.join(line))
		line, lineWidth = nil, 0
	}
	var place func(w word)
	place = func(w word) {
		switch {
		case w.brk:
			flush()
		case w.width > width && len(w.parts) > 0 && (len(w.parts) > 1 || len([]rune(w.parts[0].text)) > 1):
			if lineWidth > 0 {
				flush()
			}
			for _, c := range split(w) {
				place(c)
			}
		case lineWidth == 0:
			line, lineWidth = append(line, w.parts...), w.width
		case w.gap && lineWidth+1+w.width <= width:
			line = append(append(line, span{" ", w.space}), w.parts...)
			lineWidth += 1 + w.width
		case !w.gap && lineWidth+w.width <= width:
			line, lineWidth = append(line, w.parts...), lineWidth+w.width
		default:
			flush()
			line, lineWidth = append(line, w.parts...), w.width
		}
	}
	for _, w := range words(spans) {
		place(w)
	}
	if lineWidth > 0 || len(line) > 0 {
		flush()
	}
}

// join renders a line's spans, runs of one role in one style.
func (r *renderer) join(line []span) string {
	var b strings.Builder
	for i := 0; i < len(line); {
		j, run := i, ""
		for ; j < len(line) && line[j].role == line[i].role; j++ {
			run += line[j].text
		}
		b.WriteString(r.st.render(line[i].role, run))
		i = j
	}
	return b.String()
}
