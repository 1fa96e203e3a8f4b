package content

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/centra-app/centra/routines"
)

// reporter collects the problems of one file.
type reporter struct {
	file string
	// src is the file's text; pos, where each path is written in it, is
	// found from it only when a problem needs a line (a valid file has
	// none, and locating every key cost a fifth of its parse).
	src   string
	pos   positions
	probs []Problem
}

// at is where path is written in the file (see positions.at).
func (r *reporter) at(path string) position {
	if r.pos == nil {
		r.pos = locate(r.src)
	}
	return r.pos.at(path)
}

// errf records a problem at the position of an indexed path.
func (r *reporter) errf(path, format string, args ...any) {
	p := r.at(path)
	r.probs = append(r.probs, Problem{File: r.file, Line: p.line, Column: p.col, Msg: fmt.Sprintf(format, args...)})
}

// table reads one TOML table with typed accessors that report wrong types
// and, when closed, every key that was not read.
type table struct {
	r    *reporter
	path string // indexed path; "" for the document
	what string // how to name the table in messages, e.g. "[[exercise]]"
	m    map[string]any
	read map[string]bool
}

func newTable(r *reporter, path, what string, m map[string]any) *table {
	return &table{r: r, path: path, what: what, m: m, read: map[string]bool{}}
}

// keyPath is the indexed path of one of the table's keys.
func (t *table) keyPath(key string) string { return joinPath(t.path, key) }

// has reports whether the key is written in the table.
func (t *table) has(key string) bool {
	_, ok := t.m[key]
	return ok
}

// get marks the key as read and returns its raw value.
func (t *table) get(key string) (any, bool) {
	t.read[key] = true
	v, ok := t.m[key]
	return v, ok
}

// wrongType reports a value of the wrong type.
func (t *table) wrongType(path, key, want string, v any) {
	t.r.errf(path, "%s must be %s, not %s", key, want, describe(v))
}

// str returns a trimmed string; a missing or blank required one is reported.
func (t *table) str(key string, required bool) string {
	v, ok := t.get(key)
	if !ok {
		if required {
			t.r.errf(t.path, "%s has no %s", t.what, key)
		}
		return ""
	}
	s, ok := v.(string)
	if !ok {
		t.wrongType(t.keyPath(key), key, "text in quotes", v)
		return ""
	}
	s = strings.TrimSpace(s)
	if s == "" && required {
		t.r.errf(t.keyPath(key), "%s must not be empty", key)
	}
	return s
}

// strs returns a list of trimmed strings; blank entries are reported.
func (t *table) strs(key string, required bool) []string {
	v, ok := t.get(key)
	if !ok {
		if required {
			t.r.errf(t.path, "%s has no %s", t.what, key)
		}
		return nil
	}
	list, ok := v.([]any)
	if !ok {
		t.wrongType(t.keyPath(key), key, `a list of texts, like ["...", "..."]`, v)
		return nil
	}
	var out []string
	for i, e := range list {
		s, ok := e.(string)
		if !ok {
			t.wrongType(indexPath(t.keyPath(key), i), fmt.Sprintf("%s entry %d", key, i+1), "text in quotes", e)
			continue
		}
		if s = strings.TrimSpace(s); s == "" {
			t.r.errf(indexPath(t.keyPath(key), i), "%s entry %d is empty", key, i+1)
			continue
		}
		out = append(out, s)
	}
	if len(out) == 0 && len(list) == 0 && required {
		t.r.errf(t.keyPath(key), "%s must list at least one entry", key)
	}
	return out
}

// integer returns a whole number; ok is false when it is missing or wrong.
func (t *table) integer(key string) (n int, ok bool) {
	v, present := t.get(key)
	if !present {
		return 0, false
	}
	return toInt(t.r, t.keyPath(key), key, v)
}

func toInt(r *reporter, path, name string, v any) (int, bool) {
	n, ok := v.(int64)
	if !ok {
		r.errf(path, "%s must be a whole number, not %s", name, describe(v))
		return 0, false
	}
	if n > math.MaxInt32 || n < math.MinInt32 {
		r.errf(path, "%s is far too large", name)
		return 0, false
	}
	return int(n), true
}

// ints returns a list of whole numbers; ok is false when it is missing or
// any entry is wrong.
func (t *table) ints(key string) ([]int, bool) {
	v, present := t.get(key)
	if !present {
		return nil, false
	}
	list, ok := v.([]any)
	if !ok {
		t.wrongType(t.keyPath(key), key, "a list of whole numbers, like [5, 3, 1]", v)
		return nil, false
	}
	out := make([]int, 0, len(list))
	good := true
	for i, e := range list {
		n, ok := toInt(t.r, indexPath(t.keyPath(key), i), fmt.Sprintf("%s entry %d", key, i+1), e)
		good = good && ok
		out = append(out, n)
	}
	return out, good
}

// boolean returns a true/false value.
func (t *table) boolean(key string) (b, ok bool) {
	v, present := t.get(key)
	if !present {
		return false, false
	}
	b, ok = v.(bool)
	if !ok {
		t.wrongType(t.keyPath(key), key, "true or false", v)
	}
	return b, ok
}

// duration returns a duration written as a Go-style string ("30s", "3m",
// "2m30s") or as a whole number of seconds.
func (t *table) duration(key string) (time.Duration, bool) {
	v, present := t.get(key)
	if !present {
		return 0, false
	}
	return toDuration(t.r, t.keyPath(key), key, v)
}

// maxDuration bounds every duration in a file, so that sums cannot
// overflow and typos like "300m" for "300s" stand out.
const maxDuration = 2 * time.Hour

func toDuration(r *reporter, path, name string, v any) (time.Duration, bool) {
	var d time.Duration
	switch x := v.(type) {
	case int64:
		if x > int64(maxDuration/time.Second) || x < -int64(maxDuration/time.Second) {
			r.errf(path, "%s must be at most %s", name, fmtDur(maxDuration))
			return 0, false
		}
		d = time.Duration(x) * time.Second
	case float64:
		if math.IsNaN(x) || math.Abs(x) > maxDuration.Seconds() {
			r.errf(path, "%s must be at most %s", name, fmtDur(maxDuration))
			return 0, false
		}
		d = time.Duration(x * float64(time.Second))
	case string:
		var err error
		d, err = time.ParseDuration(strings.TrimSpace(x))
		if err != nil {
			r.errf(path, "%s: %q is not a duration; write it like \"30s\", \"3m\" or \"2m30s\", or as a number of seconds", name, x)
			return 0, false
		}
	default:
		r.errf(path, `%s must be a duration like "30s" or a number of seconds, not %s`, name, describe(v))
		return 0, false
	}
	if d > maxDuration || d < -maxDuration {
		r.errf(path, "%s must be at most %s", name, fmtDur(maxDuration))
		return 0, false
	}
	return d, true
}

// sub returns a sub-table, or nil when it is missing or not a table.
func (t *table) sub(key, what string) *table {
	v, ok := t.get(key)
	if !ok {
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		t.wrongType(t.keyPath(key), key, "a table", v)
		return nil
	}
	return newTable(t.r, t.keyPath(key), what, m)
}

// tables returns the tables of an array of tables ([[key]]).
func (t *table) tables(key, what string) []*table {
	v, ok := t.get(key)
	if !ok {
		return nil
	}
	var maps []map[string]any
	switch x := v.(type) {
	case []map[string]any:
		maps = x
	case []any:
		for i, e := range x {
			m, ok := e.(map[string]any)
			if !ok {
				t.wrongType(indexPath(t.keyPath(key), i), key, "a table", e)
				continue
			}
			maps = append(maps, m)
		}
	default:
		t.wrongType(t.keyPath(key), key, "a list of tables written as [["+key+"]]", v)
		return nil
	}
	out := make([]*table, len(maps))
	for i, m := range maps {
		out[i] = newTable(t.r, indexPath(t.keyPath(key), i), what, m)
	}
	return out
}

// close reports every key of the table that was not read, with a
// suggestion when it looks like a misspelt known key.
func (t *table) close(known ...string) {
	var unread []string
	for k := range t.m {
		if !t.read[k] {
			unread = append(unread, k)
		}
	}
	slices.SortFunc(unread, func(a, b string) int {
		pa, pb := t.r.at(t.keyPath(a)), t.r.at(t.keyPath(b))
		if pa.line != pb.line {
			return pa.line - pb.line
		}
		return strings.Compare(a, b)
	})
	for _, k := range unread {
		msg := fmt.Sprintf("unknown key %q in %s", k, t.what)
		if s := suggest(k, known); s != "" {
			msg += fmt.Sprintf(" (did you mean %q?)", s)
		}
		t.r.errf(t.keyPath(k), "%s", msg)
	}
}

// suggest returns the known key closest to k, if it is close enough to be
// a likely typo.
func suggest(k string, known []string) string {
	best, bestDist := "", 3
	for _, c := range known {
		if d := editDistance(k, c); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// editDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and swaps of two neighbours each cost one.
func editDistance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		return math.MaxInt32
	}
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// fmtDur writes a duration for messages: "30 s", "2 min", or Go's form
// when it is not a whole number of seconds.
func fmtDur(d time.Duration) string {
	if d >= 0 && d%time.Second == 0 {
		return routines.FormatDuration(d)
	}
	return d.String()
}

// describe names the TOML type of a decoded value for messages.
func describe(v any) string {
	switch x := v.(type) {
	case string:
		if len(x) > 40 {
			x = x[:37] + "..."
		}
		return fmt.Sprintf("the text %q", x)
	case int64:
		return fmt.Sprintf("the number %d", x)
	case float64:
		return fmt.Sprintf("the number %g", x)
	case bool:
		return fmt.Sprintf("%t", x)
	case []any, []map[string]any:
		return "a list"
	case map[string]any:
		return "a table"
	case time.Time:
		return "a date"
	}
	return fmt.Sprintf("a value of type %T", v)
}
