package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// maxFileSize guards against pointing centra at something that is not a
// settings file.
const maxFileSize = 64 << 10

// Load reads the settings file at path. A missing file is not a problem: it
// gives the defaults. Every unknown key and bad value is returned as a
// Problem with its line, and the default is used for it; a file that cannot
// be read or parsed at all gives the defaults and one problem. Load never
// fails.
func Load(path string) (Config, []Problem) {
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return Default(), nil
	case err != nil:
		return Default(), []Problem{{File: path, Msg: fmt.Sprintf("cannot read the settings (%v); using the defaults", errors.Unwrap(err))}}
	case len(data) > maxFileSize:
		return Default(), []Problem{{File: path, Msg: fmt.Sprintf("the file is larger than %d KiB, is it the right file? Using the defaults", maxFileSize>>10)}}
	}
	return Parse(path, data)
}

// Parse reads settings from data; name is the file name used in problems.
func Parse(name string, data []byte) (Config, []Problem) {
	c := Default()
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		p := Problem{File: name, Msg: "syntax error: " + err.Error() + "; using the defaults"}
		var pe toml.ParseError
		if errors.As(err, &pe) {
			p.Line = lineAt(data, pe.Position.Start, pe.Position.Line)
			p.Msg = "syntax error: " + pe.Message + "; using the defaults"
		}
		return c, []Problem{p}
	}
	lines := keyLines(data)
	var probs []Problem
	for _, k := range sortedKeys(raw, lines) {
		if k == legacyBell {
			if msg := c.oldBell(raw); msg != "" {
				probs = append(probs, Problem{File: name, Line: lines[k], Msg: msg})
			}
			continue
		}
		f, ok := FieldByKey(k)
		if !ok {
			probs = append(probs, Problem{File: name, Line: lines[k], Msg: unknownKey(k)})
			continue
		}
		next := c
		if err := f.set(&next, raw[k]); err != nil {
			probs = append(probs, Problem{File: name, Line: lines[k],
				Msg: fmt.Sprintf("%s: %v; using the default, %s", k, err, f.Literal(Default()))})
			continue
		}
		c = next
	}
	if c.WakingFrom == c.WakingTo {
		d := Default()
		probs = append(probs, Problem{File: name, Line: lines["waking_to"],
			Msg: fmt.Sprintf("waking_to: the waking hours start and end at %s; using the defaults, %s to %s", c.WakingTo, d.WakingFrom, d.WakingTo)})
		c.WakingFrom, c.WakingTo = d.WakingFrom, d.WakingTo
	}
	return c, probs
}

// legacyBell is the key the cues setting replaced: bell = true or false.
const legacyBell = "bell"

// oldBell reads the old bell key into the cues, unless the file says cues
// itself; bell = false was silence. A bad value is a problem, said as one.
func (c *Config) oldBell(raw map[string]any) string {
	if _, has := raw["cues"]; has {
		return ""
	}
	b, ok := raw[legacyBell].(bool)
	if !ok {
		return fmt.Sprintf("bell: want true or false, not %s (the cues setting now says this); using the default, %q", describe(raw[legacyBell]), CuesBell)
	}
	if !b {
		c.Cues = CuesOff
	}
	return ""
}

// unknownKey says a key is not a setting and suggests the closest one.
func unknownKey(k string) string {
	msg := fmt.Sprintf("unknown setting %q (ignored)", k)
	best, bestD := "", 4
	for _, f := range Fields {
		if d := distance(strings.ToLower(k), f.Key); d < bestD {
			best, bestD = f.Key, d
		}
	}
	if best != "" {
		msg += fmt.Sprintf("; did you mean %q?", best)
	}
	return msg
}

// sortedKeys orders keys by the line they are on, so that problems read
// top to bottom.
func sortedKeys(raw map[string]any, lines map[string]int) []string {
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if lines[keys[i]] != lines[keys[j]] {
			return lines[keys[i]] < lines[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}

// keyLines finds the line of each top-level key of a file that parsed. The
// settings file is flat, so a line scan is enough: "key = ..." before any
// table header, and "[table]" headers for tables the file should not have.
func keyLines(data []byte) map[string]int {
	out := map[string]int{}
	inTable := false
	for i, line := range bytes.Split(data, []byte("\n")) {
		s := strings.TrimSpace(string(line))
		switch {
		case s == "" || s[0] == '#':
			continue
		case s[0] == '[':
			name := strings.Trim(s, "[] \t")
			if j := strings.IndexAny(name, ".]"); j >= 0 {
				name = name[:j]
			}
			name = strings.Trim(strings.TrimSpace(name), `"'`)
			if _, ok := out[name]; !ok {
				out[name] = i + 1
			}
			inTable = true
			continue
		case inTable:
			continue
		}
		eq := strings.IndexByte(s, '=')
		if eq < 0 {
			continue
		}
		k := strings.TrimSpace(s[:eq])
		if j := strings.IndexByte(k, '.'); j >= 0 && k[0] != '"' && k[0] != '\'' {
			k = strings.TrimSpace(k[:j]) // a dotted key makes a table
		}
		k = strings.Trim(k, `"'`)
		if _, ok := out[k]; !ok {
			out[k] = i + 1
		}
	}
	return out
}

// lineAt is the 1-based line of byte offset off, or fallback when off is
// out of range.
func lineAt(data []byte, off, fallback int) int {
	if off < 0 || off > len(data) {
		return fallback
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// distance is the Levenshtein distance between two short strings.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
