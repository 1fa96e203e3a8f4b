package coach

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/centra-app/centra/routines"
)

// place names a point of the reach scale as it reads after "from" or
// "to": "from below the knee to the thigh" (routines.Reach.Place).
func place(r routines.Reach) string { return r.Place() }

// where says where a symptom is: "in the thigh", "below the knee".
func where(r routines.Reach) string {
	switch r {
	case routines.ReachNone:
		return "nowhere"
	case routines.ReachOneSide:
		return "on one side of the back"
	case routines.ReachBelowKnee:
		return "below the knee"
	}
	return "in " + place(r)
}

// to says where a symptom reaches: "to the thigh", "to below the knee".
func toPlace(r routines.Reach) string { return "to " + place(r) }

// lowerFirst lowers the first letter of s unless the word is an acronym,
// so that "Press-up" reads "press-up" inside a sentence.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	if next, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// upperFirst raises the first letter of s.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// dirWords names a direction of movement in plain words.
func dirWords(f routines.Family) string {
	switch f {
	case routines.FamilyExtension:
		return "bending backwards (extension)"
	case routines.FamilyFlexion:
		return "bending forwards (flexion)"
	case routines.FamilySideGlide:
		return "the side glide"
	}
	return string(f)
}

// joinAnd joins names as a person lists them: "a, b and c".
func joinAnd(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// sentence ends s with a full stop unless it already has one.
func sentence(s string) string {
	if s == "" || strings.HasSuffix(s, ".") {
		return s
	}
	return s + "."
}

// when says when a past moment was, as a person says it: "earlier today",
// "yesterday", "on Saturday", "on 14 February".
func when(at, now time.Time) string {
	if at.IsZero() || now.IsZero() || at.After(now) {
		return "recently"
	}
	at = at.In(now.Location())
	day := func(t time.Time) time.Time {
		y, m, d := t.Date()
		return time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
	}
	switch days := int(day(now).Sub(day(at)).Hours()) / 24; {
	case days == 0:
		return "earlier today"
	case days == 1:
		return "yesterday"
	case days < 7:
		return "on " + at.Weekday().String()
	}
	return "on " + at.Format("2 January")
}
