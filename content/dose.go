package content

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/centra-app/centra/routines"
)

// Limits that catch typos and keep every sum far from overflowing.
const (
	maxSets      = 20
	maxReps      = 100
	maxHoldCount = 50
	maxPyramid   = 20
	maxBeats     = 12
	maxBeat      = time.Minute
	maxHold      = 5 * time.Minute
	maxRest      = 30 * time.Minute
)

// Dose keys, by the kinds they apply to.
var (
	commonDoseKeys = []string{"sets", "rest", "per_side"}
	kindDoseKeys   = map[routines.DoseKind][]string{
		routines.DoseReps:  {"reps", "cadence"},
		routines.DoseHolds: {"hold", "holds", "hold_rest"},
		routines.DoseTimed: {"duration"},
	}
	doseKinds = []routines.DoseKind{routines.DoseReps, routines.DoseHolds, routines.DoseTimed}
)

// allDoseKeys lists every key a dose table may hold, kind first.
func allDoseKeys() []string {
	keys := append([]string{"kind"}, commonDoseKeys...)
	for _, k := range doseKinds {
		keys = append(keys, kindDoseKeys[k]...)
	}
	return keys
}

// doseSpec is a dose table as written: an exercise's [exercise.dose], or
// the overrides in a [[block]]. Only the keys in set were written.
type doseSpec struct {
	path string            // indexed path of the table
	set  map[string]string // key -> indexed path where it is written
	bad  map[string]bool   // keys already reported as unreadable

	kind                           routines.DoseKind
	sets, reps                     int
	rest, hold, holdRest, duration time.Duration
	perSide                        bool
	cadence                        []routines.Beat
	holds                          []int
}

// parseDose reads the dose keys of t. Keys of other kinds are read too, so
// that validation can say they do not apply.
func parseDose(t *table, withKind bool) *doseSpec {
	s := &doseSpec{path: t.path, set: map[string]string{}, bad: map[string]bool{}}
	note := func(key string, ok bool) {
		if t.has(key) {
			s.set[key] = t.keyPath(key)
			if !ok {
				s.bad[key] = true
			}
		}
	}
	if withKind {
		k := t.str("kind", true)
		s.kind = routines.DoseKind(k)
		if k != "" && !slices.Contains(doseKinds, s.kind) {
			t.r.errf(t.keyPath("kind"), "unknown dose kind %q; use one of %s", k, quoteList(doseKinds))
		}
		note("kind", true)
	} else if t.has("kind") {
		t.get("kind")
		t.r.errf(t.keyPath("kind"), "kind comes from the exercise and cannot be changed in a block")
	}
	var ok bool
	s.sets, ok = t.integer("sets")
	note("sets", ok)
	s.reps, ok = t.integer("reps")
	note("reps", ok)
	s.rest, ok = t.duration("rest")
	note("rest", ok)
	s.hold, ok = t.duration("hold")
	note("hold", ok)
	s.holdRest, ok = t.duration("hold_rest")
	note("hold_rest", ok)
	s.duration, ok = t.duration("duration")
	note("duration", ok)
	s.perSide, ok = t.boolean("per_side")
	note("per_side", ok)
	s.holds, ok = t.ints("holds")
	note("holds", ok)
	s.cadence, ok = parseCadence(t)
	note("cadence", ok)
	return s
}

// parseCadence reads cadence = [{cue = "Press up", secs = 2}, ...], each
// beat with an optional pose of the exercise's figure.
func parseCadence(t *table) ([]routines.Beat, bool) {
	v, ok := t.get("cadence")
	if !ok {
		return nil, false
	}
	switch v.(type) {
	case []any, []map[string]any:
	default:
		t.wrongType(t.keyPath("cadence"), "cadence", `a list of beats, like [{cue = "Press up", secs = 2}]`, v)
		return nil, false
	}
	var beats []routines.Beat
	good := true
	for _, bt := range t.tables("cadence", "a cadence beat") {
		b := routines.Beat{Cue: bt.str("cue", true)}
		if v, ok := bt.get("secs"); ok {
			d, ok := toDuration(bt.r, bt.keyPath("secs"), "secs", v)
			good = good && ok
			b.Length = d
		} else {
			bt.r.errf(bt.path, "a cadence beat needs secs, its length in seconds")
			good = false
		}
		b.Pose = bt.str("pose", false)
		good = good && b.Cue != ""
		bt.close("cue", "secs", "pose")
		beats = append(beats, b)
	}
	return beats, good
}

// apply lays the written keys of s over base.
func (s *doseSpec) apply(base routines.Dose) routines.Dose {
	d := base
	d.Cadence = slices.Clone(base.Cadence)
	d.Holds = slices.Clone(base.Holds)
	on := func(key string) bool { _, ok := s.set[key]; return ok }
	if on("kind") {
		d.Kind = s.kind
	}
	if on("rest") {
		d.Rest = s.rest
	}
	if on("per_side") {
		d.PerSide = s.perSide
	}
	if on("reps") {
		d.Reps = s.reps
	}
	if on("cadence") {
		d.Cadence = slices.Clone(s.cadence)
	}
	if on("hold") {
		d.Hold = s.hold
	}
	if on("holds") {
		d.Holds = slices.Clone(s.holds)
	}
	if on("hold_rest") {
		d.HoldRest = s.holdRest
	}
	if on("duration") {
		d.Duration = s.duration
	}
	switch {
	case on("sets"):
		d.Sets = s.sets
	case on("holds") || d.Sets == 0:
		// A pyramid's length is its number of sets unless told otherwise.
		d.Sets = max(1, len(d.Holds))
	}
	return d
}

// validateDose checks a complete dose. Problems point at the key in s that
// caused them or, for values s did not write (inherited from an exercise),
// at s's table.
func validateDose(r *reporter, d routines.Dose, s *doseSpec) {
	where := func(key string) string {
		if p, ok := s.set[key]; ok {
			return p
		}
		return s.path
	}
	check := func(key string) bool { return !s.bad[key] }
	if !slices.Contains(doseKinds, d.Kind) {
		return // already reported
	}
	applies := append(slices.Clone(commonDoseKeys), kindDoseKeys[d.Kind]...)
	for _, key := range allDoseKeys()[1:] {
		if _, ok := s.set[key]; ok && !slices.Contains(applies, key) {
			r.errf(where(key), "%s does not apply to a %s dose; it takes %s", key, d.Kind, strings.Join(applies, ", "))
		}
	}
	if check("sets") && (d.Sets < 1 || d.Sets > maxSets) {
		r.errf(where("sets"), "sets must be between 1 and %d, not %d", maxSets, d.Sets)
	}
	if check("rest") && (d.Rest < 0 || d.Rest > maxRest) {
		r.errf(where("rest"), "rest must be between 0 s and %s, not %s", fmtDur(maxRest), fmtDur(d.Rest))
	}
	switch d.Kind {
	case routines.DoseReps:
		validateReps(r, d, s, where, check)
	case routines.DoseHolds:
		validateHolds(r, d, s, where, check)
	case routines.DoseTimed:
		if !check("duration") {
			break
		}
		if _, ok := s.set["duration"]; !ok && d.Duration == 0 {
			r.errf(where("duration"), `a timed dose needs a duration, like duration = "3m"`)
		} else if d.Duration <= 0 {
			r.errf(where("duration"), "duration must be longer than 0 s, not %s", fmtDur(d.Duration))
		}
	}
}

func validateReps(r *reporter, d routines.Dose, s *doseSpec, where func(string) string, check func(string) bool) {
	if check("reps") {
		if _, ok := s.set["reps"]; !ok && d.Reps == 0 {
			r.errf(where("reps"), "a reps dose needs reps, the number of repetitions in a set")
		} else if d.Reps < 1 || d.Reps > maxReps {
			r.errf(where("reps"), "reps must be between 1 and %d, not %d", maxReps, d.Reps)
		}
	}
	if !check("cadence") {
		return
	}
	switch {
	case len(d.Cadence) == 0:
		r.errf(where("cadence"), `a reps dose needs a cadence, like cadence = [{cue = "Press up", secs = 2}]`)
	case len(d.Cadence) > maxBeats:
		r.errf(where("cadence"), "a cadence may have at most %d beats, not %d", maxBeats, len(d.Cadence))
	}
	for i, b := range d.Cadence {
		if b.Length <= 0 || b.Length > maxBeat {
			at := s.path
			if p, ok := s.set["cadence"]; ok {
				at = joinPath(indexPath(p, i), "secs")
			}
			r.errf(at, "beat %d (%q) must last more than 0 s and at most %s, not %s", i+1, b.Cue, fmtDur(maxBeat), fmtDur(b.Length))
		}
	}
}

func validateHolds(r *reporter, d routines.Dose, s *doseSpec, where func(string) string, check func(string) bool) {
	if check("hold") {
		if _, ok := s.set["hold"]; !ok && d.Hold == 0 {
			r.errf(where("hold"), `a holds dose needs hold, the length of one hold, like hold = "10s"`)
		} else if d.Hold <= 0 || d.Hold > maxHold {
			r.errf(where("hold"), "hold must be longer than 0 s and at most %s, not %s", fmtDur(maxHold), fmtDur(d.Hold))
		}
	}
	if check("hold_rest") && (d.HoldRest < 0 || d.HoldRest > maxHold) {
		r.errf(where("hold_rest"), "hold_rest must be between 0 s and %s, not %s", fmtDur(maxHold), fmtDur(d.HoldRest))
	}
	if !check("holds") {
		return
	}
	switch {
	case len(d.Holds) == 0:
		r.errf(where("holds"), "a holds dose needs holds, the number of holds in each set, like holds = [5, 3, 1]")
	case len(d.Holds) > maxPyramid:
		r.errf(where("holds"), "holds may list at most %d sets, not %d", maxPyramid, len(d.Holds))
	}
	for i, n := range d.Holds {
		if n < 1 || n > maxHoldCount {
			at := where("holds")
			if p, ok := s.set["holds"]; ok {
				at = indexPath(p, i)
			}
			r.errf(at, "holds entry %d must be between 1 and %d, not %d", i+1, maxHoldCount, n)
		}
	}
	if check("sets") && d.Sets >= 1 && len(d.Holds) > d.Sets {
		r.errf(where("sets"), "holds lists %d sets (%s) but sets is %d; give one entry per set", len(d.Holds), joinInts(d.Holds), d.Sets)
	}
}

// quoteList writes values as "a", "b" or "c".
func quoteList[T ~string](vs []T) string {
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = fmt.Sprintf("%q", v)
	}
	if len(q) < 2 {
		return strings.Join(q, "")
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

// joinInts writes a pyramid as "5-3-1".
func joinInts(v []int) string {
	s := make([]string, len(v))
	for i, n := range v {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, "-")
}
