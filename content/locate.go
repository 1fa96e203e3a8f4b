package content

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The TOML decoder reports where a syntax error is, but not where each key
// of a valid document sits, and tables in an array of tables share one key
// name. The locator walks the raw text of a document that has already
// parsed and records the position of every key, table header and array
// element under an indexed path such as "exercise[2].dose.cadence[0].secs".
// It is deliberately tolerant: on anything it does not expect it stops,
// and problems from then on are reported without a line.

// position is a 1-based line and column; zero means unknown.
type position struct{ line, col int }

// positions maps indexed paths to where they are written.
type positions map[string]position

// at returns the position of path or, when path itself is not written in
// the file (a missing key), of its nearest written parent.
func (ps positions) at(path string) position {
	for {
		if p, ok := ps[path]; ok {
			return p
		}
		if path == "" {
			return position{}
		}
		path = parentPath(path)
	}
}

// parentPath strips the last key or index from an indexed path.
func parentPath(path string) string {
	i := strings.LastIndexAny(path, ".[")
	if i < 0 {
		return ""
	}
	return path[:i]
}

// joinPath appends a key to an indexed path.
func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// indexPath appends an array index to an indexed path.
func indexPath(path string, i int) string {
	return path + "[" + strconv.Itoa(i) + "]"
}

// maxDepth bounds the nesting of arrays and inline tables the locator
// follows.
const maxDepth = 64

type locator struct {
	src        string
	i          int
	lineStarts []int
	pos        positions
	arrays     map[string]int // array-of-tables path -> tables seen so far
	bad        bool
}

// locate records the position of everything in a TOML document.
func locate(src string) positions {
	l := &locator{
		src:    src,
		pos:    positions{},
		arrays: map[string]int{},
	}
	l.lineStarts = append(l.lineStarts, 0)
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			l.lineStarts = append(l.lineStarts, i+1)
		}
	}
	if strings.HasPrefix(src, "\uFEFF") {
		l.i = len("\uFEFF")
	}
	l.document()
	return l.pos
}

func (l *locator) eof() bool { return l.bad || l.i >= len(l.src) }

func (l *locator) peek() byte {
	if l.eof() {
		return 0
	}
	return l.src[l.i]
}

// here converts the current byte offset to a line and a character column.
func (l *locator) here() position {
	line := sort.Search(len(l.lineStarts), func(k int) bool { return l.lineStarts[k] > l.i }) - 1
	if line < 0 {
		line = 0
	}
	start := l.lineStarts[line]
	end := min(l.i, len(l.src))
	return position{line: line + 1, col: utf8.RuneCountInString(l.src[start:end]) + 1}
}

func (l *locator) mark(path string, p position) {
	if _, ok := l.pos[path]; !ok {
		l.pos[path] = p
	}
}

// skipSpace skips blanks, and newlines and comments too when lines is set.
func (l *locator) skipSpace(lines bool) {
	for !l.eof() {
		switch c := l.src[l.i]; {
		case c == ' ' || c == '\t':
			l.i++
		case lines && (c == '\n' || c == '\r'):
			l.i++
		case lines && c == '#':
			for !l.eof() && l.src[l.i] != '\n' {
				l.i++
			}
		default:
			return
		}
	}
}

func (l *locator) document() {
	table := ""
	for {
		l.skipSpace(true)
		if l.eof() {
			return
		}
		start := l.here()
		if l.peek() == '[' {
			table = l.header(start)
			continue
		}
		parts := l.key()
		l.skipSpace(false)
		if l.eof() || l.peek() != '=' {
			l.bad = true
			return
		}
		l.i++
		l.value(l.markKey(table, parts, start), 0)
	}
}

// header reads a [table] or [[array.of.tables]] header and returns the
// indexed path it opens.
func (l *locator) header(start position) string {
	l.i++
	array := l.peek() == '['
	if array {
		l.i++
	}
	parts := l.key()
	closing := "]"
	if array {
		closing = "]]"
	}
	if l.bad || len(parts) == 0 || !strings.HasPrefix(l.src[l.i:], closing) {
		l.bad = true
		return ""
	}
	l.i += len(closing)
	path := ""
	for k, part := range parts {
		path = joinPath(path, part)
		if array && k == len(parts)-1 {
			l.mark(path, start)
			n := l.arrays[path]
			l.arrays[path] = n + 1
			path = indexPath(path, n)
			break
		}
		if n, ok := l.arrays[path]; ok {
			path = indexPath(path, n-1)
		}
	}
	l.mark(path, start)
	return path
}

// markKey records a possibly dotted key written at start inside table and
// returns its full path.
func (l *locator) markKey(table string, parts []string, start position) string {
	path := table
	for _, part := range parts {
		path = joinPath(path, part)
		l.mark(path, start)
	}
	return path
}

// key reads a bare, quoted or dotted key.
func (l *locator) key() []string {
	var parts []string
	for !l.eof() {
		l.skipSpace(false)
		var part string
		switch l.peek() {
		case '"', '\'':
			raw := l.str()
			if l.bad || len(raw) < 2 {
				return nil
			}
			part = raw[1 : len(raw)-1]
			if raw[0] == '"' {
				if u, err := strconv.Unquote(raw); err == nil {
					part = u
				}
			}
		default:
			start := l.i
			for !l.eof() && isBare(l.src[l.i]) {
				l.i++
			}
			if l.i == start {
				l.bad = true
				return nil
			}
			part = l.src[start:l.i]
		}
		parts = append(parts, part)
		l.skipSpace(false)
		if l.peek() != '.' {
			return parts
		}
		l.i++
	}
	return parts
}

// isBare reports whether c can be part of a bare key. Bytes of non-ASCII
// characters count, as TOML 1.1 allows many of them.
func isBare(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c >= 0x80
}

// str skips one string of any of the four kinds and returns its raw text.
func (l *locator) str() string {
	start := l.i
	q := l.src[l.i]
	if strings.HasPrefix(l.src[l.i:], strings.Repeat(string(q), 3)) {
		l.i += 3
		for !l.eof() {
			if q == '"' && l.src[l.i] == '\\' {
				l.i += 2
				continue
			}
			if strings.HasPrefix(l.src[l.i:], strings.Repeat(string(q), 3)) {
				l.i += 3
				for n := 0; n < 2 && l.peek() == q; n++ {
					l.i++
				}
				return l.src[start:min(l.i, len(l.src))]
			}
			l.i++
		}
		l.bad = true
		return ""
	}
	l.i++
	for !l.eof() {
		switch c := l.src[l.i]; {
		case c == '\\' && q == '"':
			l.i += 2
		case c == q:
			l.i++
			return l.src[start:l.i]
		case c == '\n':
			l.bad = true
			return ""
		default:
			l.i++
		}
	}
	l.bad = true
	return ""
}

// value skips one value at path, recording the positions of array
// elements and inline-table keys inside it.
func (l *locator) value(path string, depth int) {
	if depth > maxDepth {
		l.bad = true
		return
	}
	l.skipSpace(false)
	switch l.peek() {
	case '"', '\'':
		l.str()
	case '[':
		l.i++
		for n := 0; ; n++ {
			l.skipSpace(true)
			if l.eof() || l.peek() == ']' {
				l.i++
				return
			}
			elem := indexPath(path, n)
			l.mark(elem, l.here())
			l.value(elem, depth+1)
			l.skipSpace(true)
			if l.peek() == ',' {
				l.i++
			} else if l.peek() != ']' {
				l.bad = true
				return
			}
		}
	case '{':
		l.i++
		for {
			l.skipSpace(true)
			if l.eof() || l.peek() == '}' {
				l.i++
				return
			}
			start := l.here()
			parts := l.key()
			l.skipSpace(false)
			if l.eof() || l.peek() != '=' {
				l.bad = true
				return
			}
			l.i++
			l.value(l.markKey(path, parts, start), depth+1)
			l.skipSpace(true)
			if l.peek() == ',' {
				l.i++
			} else if l.peek() != '}' {
				l.bad = true
				return
			}
		}
	default:
		start := l.i
		for !l.eof() && !strings.ContainsRune(",]}#\r\n", rune(l.src[l.i])) {
			l.i++
		}
		if l.i == start {
			l.bad = true
		}
	}
}
