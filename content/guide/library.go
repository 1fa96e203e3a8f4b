package guide

import (
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/centra-app/centra/figure"
	"github.com/centra-app/centra/routines"
)

// familyNames name the families as headings of the Library.
var familyNames = map[routines.Family]string{
	routines.FamilyExtension: "Extension: bending backward",
	routines.FamilyFlexion:   "Flexion: bending forward",
	routines.FamilySideGlide: "Side glide",
	routines.FamilyNeural:    "Nerve glides",
	routines.FamilyCore:      "Core stability, hips and glutes",
	routines.FamilyPosition:  "Positions",
	routines.FamilyWalking:   "Walking",
}

// FamilyName names a family in words, e.g. "Flexion: bending forward".
func FamilyName(f routines.Family) string {
	if n, ok := familyNames[f]; ok {
		return n
	}
	return string(f)
}

// LibraryContents lists every exercise by family, as markdown, with the
// command that reads each one.
func LibraryContents(cat *routines.Catalog) string {
	var b strings.Builder
	b.WriteString("# The library\n\nEvery exercise centra can coach, by family. ")
	b.WriteString("Read one with `centra library ID`, or all of them with `centra library --all`.\n")
	for _, f := range routines.Families {
		var items []string
		for _, e := range cat.Exercises() {
			if e.Family == f {
				items = append(items, fmt.Sprintf("- **%s** (%s): %s", e.ID, e.Name, e.Dose.String()))
			}
		}
		if len(items) > 0 {
			fmt.Fprintf(&b, "\n## %s\n\n%s\n", FamilyName(f), strings.Join(items, "\n"))
		}
	}
	return b.String()
}

// Library is every exercise in full, by family, as markdown.
func Library(cat *routines.Catalog) string {
	var b strings.Builder
	b.WriteString("# The library\n")
	for _, f := range routines.Families {
		for _, e := range cat.Exercises() {
			if e.Family == f {
				b.WriteString("\n" + Exercise(e, 2))
			}
		}
	}
	return b.String()
}

// Exercise is one exercise as markdown: what it is for, its usual dose,
// its steps, cues and cautions. level is the heading level of its name (1
// for a page of its own).
func Exercise(e *routines.Exercise, level int) string {
	var b strings.Builder
	h := strings.Repeat("#", level)
	fmt.Fprintf(&b, "%s %s\n\n", h, e.Name)
	meta := FamilyName(e.Family)
	if e.Level > 0 {
		meta += fmt.Sprintf(", step %d of its ladder", e.Level)
	}
	fmt.Fprintf(&b, "*%s · %s*\n\n", meta, DoseLine(e.Dose))
	if e.Summary != "" {
		b.WriteString(e.Summary + "\n\n")
	}
	list(&b, h+"# Steps", e.Steps, true)
	list(&b, h+"# How it moves", Movement(e), true)
	list(&b, h+"# Cues", e.Cues, false)
	list(&b, h+"# Cautions", e.Cautions, false)
	return b.String()
}

// Movement says the exercise's figure in words: its poses in the order a
// person goes through them, the first letter capitalised. It is empty when
// the exercise has no figure.
func Movement(e *routines.Exercise) []string {
	var out []string
	for _, p := range figure.Keyframes(e) {
		out = append(out, strings.ToUpper(p.Label[:1])+p.Label[1:]+".")
	}
	return out
}

// Routine is a routine as markdown: its purpose, then each exercise with
// its dose, steps and cautions.
func Routine(r *routines.Routine) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", r.Name)
	fmt.Fprintf(&b, "*%s · stage: %s · about %s*\n\n", r.Direction, strings.ReplaceAll(string(r.Stage), "-", " "),
		routines.FormatDuration(r.Length().Round(60e9)))
	if r.Purpose != "" {
		b.WriteString(r.Purpose + "\n\n")
	}
	for i, bl := range r.Blocks {
		e := bl.Exercise
		fmt.Fprintf(&b, "## %d. %s · %s\n\n", i+1, e.Name, DoseLine(bl.Dose))
		if e.Summary != "" {
			b.WriteString(e.Summary + "\n\n")
		}
		list(&b, "### Steps", e.Steps, true)
		list(&b, "### Cautions", e.Cautions, false)
	}
	return b.String()
}

// DoseLine says a dose in full: how much, the rhythm of a rep, and the
// rest between sets, e.g. "2 × 10 reps; each rep: press up 2 s, lower
// slowly 2 s; rest 30 s between sets".
func DoseLine(d routines.Dose) string {
	parts := []string{d.String()}
	if d.Kind == routines.DoseReps && len(d.Cadence) > 0 {
		var beats []string
		for _, bt := range d.Cadence {
			beats = append(beats, strings.ToLower(bt.Cue)+" "+routines.FormatDuration(bt.Length))
		}
		parts = append(parts, "each rep: "+strings.Join(beats, ", "))
	}
	if d.Kind == routines.DoseHolds && d.HoldRest > 0 {
		parts = append(parts, "relax "+routines.FormatDuration(d.HoldRest)+" between holds")
	}
	if d.Sets > 1 && d.Rest > 0 {
		parts = append(parts, "rest "+routines.FormatDuration(d.Rest)+" between sets")
	}
	return unitSpace().ReplaceAllString(strings.Join(parts, "; "), "$1\u00a0$2")
}

// unitSpace finds the space between a number and its unit, which a line
// must not break ("30 s").
var unitSpace = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(\d) (s|min|h|reps|sets)\b`) })

func list(b *strings.Builder, heading string, items []string, numbered bool) {
	if len(items) == 0 {
		return
	}
	b.WriteString(heading + "\n\n")
	for i, it := range items {
		if numbered {
			fmt.Fprintf(b, "%d. %s\n", i+1, it)
		} else {
			fmt.Fprintf(b, "- %s\n", it)
		}
	}
	b.WriteString("\n")
}
