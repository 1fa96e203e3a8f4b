package content

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/centra-app/centra/routines"
)

// MaxFileSize is the largest content file the loaders read.
const MaxFileSize = 1 << 20

const maxLevel = 20

// isID reports whether s is an id or a pose name: lowercase letters and
// digits joined by single dashes, like "press-up-2" (the regexp
// ^[a-z0-9]+(-[a-z0-9]+)*$, without compiling one at every launch).
func isID(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// Keys of each kind of table, for unknown-key reports.
var (
	docKeys      = []string{"exercise", "id", "name", "purpose", "direction", "stage", "block"}
	routineKeys  = docKeys[1:]
	exerciseKeys = []string{"id", "name", "family", "level", "summary", "steps", "cues", "cautions", "dose", "figure"}
	blockKeys    = append([]string{"exercise"}, allDoseKeys()[1:]...)
)

var directions = []routines.Direction{
	routines.DirectionExtension, routines.DirectionFlexion, routines.DirectionSideGlide,
	routines.DirectionNeutral, routines.DirectionCore, routines.DirectionMaintenance,
}

// exerciseDef is an exercise as a file defines it.
type exerciseDef struct {
	ex   *routines.Exercise
	path string // indexed path of its [[exercise]] table
	rep  *reporter
	ok   bool // no problem was found in the definition itself
}

// blockDef is a [[block]] before its exercise is resolved.
type blockDef struct {
	path     string
	exercise string
	over     *doseSpec
}

// routineDef is a routine as a file defines it.
type routineDef struct {
	rt     *routines.Routine
	blocks []blockDef
	rep    *reporter
}

// fileDef is everything one file defines, and the file's problems so far.
type fileDef struct {
	rep       *reporter
	exercises []*exerciseDef
	routine   *routineDef // nil when the file defines no routine
}

// parseFile decodes one content file and checks everything that can be
// checked without the rest of the library.
func parseFile(name string, data []byte) *fileDef {
	f := &fileDef{rep: &reporter{file: name, pos: positions{}}}
	if len(data) > MaxFileSize {
		f.rep.errf("", "the file is larger than %d KiB; is it the right file?", MaxFileSize>>10)
		return f
	}
	var m map[string]any
	if _, err := toml.Decode(string(data), &m); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			line, col := pe.Position.Line, pe.Position.Col
			if s := pe.Position.Start; s >= 0 && s <= len(data) {
				// The decoder's column is off by a line when the error is
				// at the very start of a line, so count from the offset.
				before := data[:s]
				line = bytes.Count(before, []byte("\n")) + 1
				col = utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
			}
			f.rep.probs = append(f.rep.probs, Problem{File: name, Line: line, Column: col, Msg: "syntax error: " + pe.Message})
		} else {
			f.rep.errf("", "%v", err)
		}
		return f
	}
	f.rep.src, f.rep.pos = string(data), nil // located on the first problem
	doc := newTable(f.rep, "", "the file", m)
	for _, t := range doc.tables("exercise", "[[exercise]]") {
		f.exercises = append(f.exercises, parseExercise(t))
	}
	if slices.ContainsFunc(routineKeys, doc.has) {
		f.routine = parseRoutine(doc)
	}
	doc.close(docKeys...)
	if len(f.exercises) == 0 && f.routine == nil && len(f.rep.probs) == 0 {
		f.rep.errf("", "the file defines no routine and no [[exercise]]")
	}
	return f
}

func parseID(t *table, what string) string {
	id := t.str("id", true)
	if id != "" && !isID(id) {
		t.r.errf(t.keyPath("id"), "%s id %q must be lowercase letters and digits joined by single dashes, like \"press-up\"", what, id)
	}
	return id
}

func parseExercise(t *table) *exerciseDef {
	before := len(t.r.probs)
	id := parseID(t, "exercise")
	if id != "" {
		t.what = fmt.Sprintf("exercise %q", id)
	}
	ex := &routines.Exercise{
		ID:      id,
		Name:    t.str("name", true),
		Summary: t.str("summary", true),
	}
	if fam := t.str("family", true); fam != "" {
		ex.Family = routines.Family(fam)
		if !slices.Contains(routines.Families, ex.Family) {
			t.r.errf(t.keyPath("family"), "unknown family %q; use one of %s", fam, quoteList(routines.Families))
		}
	}
	if lvl, ok := t.integer("level"); ok {
		if lvl < 0 || lvl > maxLevel {
			t.r.errf(t.keyPath("level"), "level must be between 0 (not on a ladder) and %d, not %d", maxLevel, lvl)
		}
		ex.Level = lvl
	}
	ex.Steps = t.strs("steps", true)
	ex.Cues = t.strs("cues", false)
	ex.Cautions = t.strs("cautions", true)
	if phrase := forbiddenPhrase(ex.ID, ex.Name); phrase != "" {
		t.r.errf(t.keyPath("name"), "%s", forbiddenMsg(ex.ID, phrase))
	}
	if ft := t.sub("figure", "[exercise.figure]"); ft != nil {
		ex.Figure = parseFigure(ft)
	}
	if dt := t.sub("dose", "[exercise.dose]"); dt != nil {
		spec := parseDose(dt, true)
		dt.close(allDoseKeys()...)
		ex.Dose = spec.apply(routines.Dose{})
		validateDose(t.r, ex.Dose, spec)
		checkBeatPoses(t.r, ex, ex.Dose, spec)
	} else if !t.has("dose") {
		t.r.errf(t.path, "%s has no [exercise.dose] table", t.what)
	}
	t.close(exerciseKeys...)
	return &exerciseDef{ex: ex, path: t.path, rep: t.r, ok: len(t.r.probs) == before}
}

func parseRoutine(doc *table) *routineDef {
	doc.what = "the routine"
	defer func() { doc.what = "the file" }()
	rt := &routines.Routine{
		ID:      parseID(doc, "routine"),
		Name:    doc.str("name", true),
		Purpose: doc.str("purpose", true),
	}
	if dir := doc.str("direction", true); dir != "" {
		rt.Direction = routines.Direction(dir)
		if !slices.Contains(directions, rt.Direction) {
			doc.r.errf(doc.keyPath("direction"), "unknown direction %q; use one of %s", dir, quoteList(directions))
		}
	}
	if st := doc.str("stage", true); st != "" {
		rt.Stage = routines.Stage(st)
		if !slices.Contains(routines.Stages, rt.Stage) {
			doc.r.errf(doc.keyPath("stage"), "unknown stage %q; use one of %s", st, quoteList(routines.Stages))
		}
	}
	def := &routineDef{rt: rt, rep: doc.r}
	for _, bt := range doc.tables("block", "[[block]]") {
		b := blockDef{path: bt.path, exercise: bt.str("exercise", true)}
		if b.exercise != "" {
			bt.what = fmt.Sprintf("the [[block]] of %q", b.exercise)
		}
		b.over = parseDose(bt, false)
		bt.close(blockKeys...)
		def.blocks = append(def.blocks, b)
	}
	if len(def.blocks) == 0 && !doc.has("block") {
		doc.r.errf("", "routine %q has no [[block]]; add one per exercise", rt.ID)
	}
	return def
}

// forbidden lists, as word sequences, the exercises CLINICAL.md rule 14 and
// section 10 say never to offer during a disc-type sciatica flare.
var forbidden = [][]string{
	{"sit", "up"}, {"sit", "ups"}, {"situp"}, {"situps"},
	{"crunch"}, {"crunches"},
	{"toe", "touch"}, {"toe", "touches"}, {"toe", "touching"},
	{"hamstring", "stretch"}, {"hamstring", "stretches"}, {"hamstrings", "stretch"}, {"hamstring", "stretching"},
	// Piriformis stretches pull on the sciatic nerve (CLINICAL.md section 10).
	{"piriformis", "stretch"}, {"piriformis", "stretches"}, {"piriformis", "stretching"},
}

// forbiddenPhrase returns the forbidden phrase found in any of the texts,
// compared word by word, or "".
func forbiddenPhrase(texts ...string) string {
	for _, text := range texts {
		words := splitWords(text)
		for _, phrase := range forbidden {
			for i := 0; i+len(phrase) <= len(words); i++ {
				if slices.Equal(words[i:i+len(phrase)], phrase) {
					return strings.Join(phrase, " ")
				}
			}
		}
	}
	return ""
}

func forbiddenMsg(id, phrase string) string {
	return fmt.Sprintf("%q reads as %q: sit-ups, crunches, toe touches, hamstring stretches and piriformis stretches are never offered during a sciatica flare", id, phrase)
}

// splitWords lowercases text and splits it into runs of letters.
func splitWords(text string) []string {
	var words []string
	word := []rune{}
	flush := func() {
		if len(word) > 0 {
			words = append(words, string(word))
			word = word[:0]
		}
	}
	for _, r := range text {
		switch {
		case r >= 'a' && r <= 'z':
			word = append(word, r)
		case r >= 'A' && r <= 'Z':
			word = append(word, r+'a'-'A')
		default:
			flush()
		}
	}
	flush()
	return words
}
