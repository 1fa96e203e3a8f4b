package app

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/centra-app/centra/routines"
)

// The words of a check-in, for both interfaces: the screens show a label,
// the value and the keys; the line mode asks a question with the value
// Enter keeps and the answers it takes.

// Label names a question on the screen; Value says its answer in words.
func (f *CheckInForm) Label(fl Field) (label, value string) {
	v := f.Value
	switch fl {
	case FieldMoved:
		value = "—"
		if v.Moved != "" {
			value = MovedWords(v.Kind, v.Moved)
		}
		if f.Recheck() {
			return RecheckLabel, value
		}
		return "Since that set, the pain", value
	case FieldReach:
		return "How far down it reaches", ReachLabel(v.Reach)
	case FieldLeg:
		return "Which leg", string(v.Leg)
	case FieldLegPain:
		return "Leg pain (0-10)", strconv.Itoa(v.LegPain)
	case FieldBackPain:
		return "Back pain (0-10)", strconv.Itoa(v.BackPain)
	case FieldTingling:
		return "Tingling or numbness", yesNoWord(v.Tingling)
	case FieldTinglingReach:
		return "How far down it tingles", ReachLabel(v.TinglingReach)
	}
	return "", ""
}

// The recheck's words. A recheck asks what CLINICAL.md R5 and R6 ask
// after the rest: compared with before that set, is the pain still
// further down (red), or back to how it was (amber)? Every word of it
// compares with before the set, never with the answer after it.
const (
	// RecheckTitle heads the recheck in both interfaces.
	RecheckTitle = "After the rest · compared with before that set"
	// RecheckLabel names its first question on the screen.
	RecheckLabel = "Compared with before"
	// RecheckQuestion is its first question as the line mode asks it.
	RecheckQuestion = "After the rest, compared with before that set: is the pain higher up toward your back, still further down your leg, the same as before the set, or gone?"
	// RecheckKeys are its answers on the screen.
	RecheckKeys = "u or ↑ higher up toward your back · d or ↓ still further down your leg · s or = the same as before the set · g or 0 gone"
	// RecheckChoices are its answers in the line mode.
	RecheckChoices = "u higher up toward the back · d still further down the leg · s the same as before the set · g gone · ! an urgent symptom"
)

// MovedWords says the one-keypress answer of a check-in of kind: after a
// set it compares with before the set ("moved up toward the back"); at a
// recheck with before the set too, the rest between ("the same as before
// the set").
func MovedWords(kind routines.CheckInKind, m routines.Moved) string {
	if kind != routines.CheckInRecheck {
		return m.Describe()
	}
	switch m {
	case routines.MovedUp:
		return "higher up than before the set"
	case routines.MovedDown:
		return "still further down than before the set"
	case routines.MovedSame:
		return "the same as before the set"
	case routines.MovedGone:
		return "gone"
	}
	return string(m)
}

// KeyChoices are the keys a question takes on the screen.
func (f *CheckInForm) KeyChoices(fl Field) string {
	if fl == FieldMoved && f.Recheck() {
		return RecheckKeys
	}
	return KeyChoices(fl)
}

// KeyChoices are the keys a question takes on the screen after a set.
func KeyChoices(fl Field) string {
	switch fl {
	case FieldMoved:
		return "u or ↑ moved up toward your back · d or ↓ moved further down your leg · s or = stayed the same · g or 0 gone"
	case FieldReach:
		return ReachScale + "\ntype it, or ↓ further down · ↑ closer to the back"
	case FieldLeg:
		return LegChoices
	case FieldLegPain:
		return "0 no pain … 10 worst imaginable (type it or ←/→)"
	case FieldBackPain:
		return "0 no pain … 10 worst imaginable"
	case FieldTingling:
		return YesNoChoices
	case FieldTinglingReach:
		return "1 centre of low back … 6 foot or toes\ntype it, or ↓ further down · ↑ closer to the back"
	}
	return ""
}

// ReachScale is the reach scale as both interfaces list it, in the
// domain's words (routines.ReachScale).
var ReachScale = routines.ReachScale(" · ")

// TinglingReachScale is the reach scale for tingling or numbness: from 1,
// since tingling that is there reaches somewhere (0 is "no pain").
var TinglingReachScale = ReachScale[strings.Index(ReachScale, " · ")+len(" · "):]

// The choices both interfaces list.
const (
	LegChoices   = routines.LegChoices
	YesNoChoices = "y yes · n no"
	// CheckInNote is said under every check-in on the screen.
	CheckInNote = "Enter keeps the value shown. Press ! for an urgent symptom."
)

// Question is the question in focus as the line mode asks it: the text,
// with the value Enter keeps, and the answers it takes.
func (f *CheckInForm) Question() (text, choices string) {
	v := f.Value
	switch f.Current() {
	case FieldMoved:
		if f.Recheck() {
			return RecheckQuestion, RecheckChoices
		}
		return "Since that set, did the pain move up toward your back, further down your leg, stay the same, or go away?",
			"u up toward the back · d further down the leg · s the same · g gone · ! an urgent symptom"
	case FieldReach:
		return fmt.Sprintf("How far down does the pain reach now? Enter keeps %d (%s).", v.Reach, v.Reach), ReachScale
	case FieldLeg:
		return fmt.Sprintf("Which leg? Enter keeps %s.", v.Leg), LegChoices
	case FieldLegPain:
		return fmt.Sprintf("Leg pain now, from 0 (none) to 10 (the worst you can imagine)? Enter keeps %d.", v.LegPain), ""
	case FieldBackPain:
		return fmt.Sprintf("Back pain now, from 0 to 10? Enter keeps %d.", v.BackPain), ""
	case FieldTingling:
		return "Any tingling or numbness in the leg? Enter keeps " + yesNoWord(v.Tingling) + ".", YesNoChoices
	case FieldTinglingReach:
		return fmt.Sprintf("How far down does the tingling or numbness reach? Enter keeps %d (%s).", v.TinglingReach, v.TinglingReach), TinglingReachScale
	}
	return "", ""
}

// ReachLabel is a point of the scale with its number: "4 · thigh".
func ReachLabel(r routines.Reach) string { return strconv.Itoa(int(r)) + " · " + r.String() }

func yesNoWord(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
