package routines

import (
	"fmt"
	"strings"
	"time"
)

// Reach is how far down the body the pain (or tingling) reaches, from the
// spine to the foot. Lower is better: moving up the scale toward 0 is
// centralization.
type Reach int

// The points of the reach scale.
const (
	ReachNone      Reach = 0 // no pain
	ReachCentral   Reach = 1 // centre of the low back
	ReachOneSide   Reach = 2 // one side of the back
	ReachButtock   Reach = 3
	ReachThigh     Reach = 4
	ReachBelowKnee Reach = 5 // below the knee (the calf and shin)
	ReachFoot      Reach = 6 // foot or toes
)

// MaxReach is the most distal point of the scale.
const MaxReach = ReachFoot

var reachNames = [...]string{
	"no pain",
	"centre of the low back",
	"one side of the back",
	"buttock",
	"thigh",
	"below the knee",
	"foot or toes",
}

// reachShort are the same names cut to a word or two, for lists and
// charts; reachPlaces the same names as they read after "from" or "to".
// These three lists are the only names of the points: every screen, the
// line mode and the report take them from here.
var (
	reachShort  = [...]string{"none", "centre", "side", "buttock", "thigh", "below knee", "foot"}
	reachPlaces = [...]string{
		"nowhere",
		"the centre of the low back",
		"one side of the back",
		"the buttock",
		"the thigh",
		"below the knee",
		"the foot or toes",
	}
)

// String names the point in plain words, e.g. "below the knee".
func (r Reach) String() string {
	if !r.Valid() {
		return fmt.Sprintf("reach(%d)", int(r))
	}
	return reachNames[r]
}

// Short names the point in a word or two for a list or a chart: none,
// centre, side, buttock, thigh, below knee, foot ("?" off the scale).
func (r Reach) Short() string {
	if !r.Valid() {
		return "?"
	}
	return reachShort[r]
}

// Place names the point inside a sentence, after "from" or "to": "from
// below the knee to the thigh".
func (r Reach) Place() string {
	if !r.Valid() {
		return r.String()
	}
	return reachPlaces[r]
}

// ReachScale lists the whole scale, each point with its number, joined by
// sep: "0 no pain · 1 centre of the low back · … · 6 foot or toes".
func ReachScale(sep string) string {
	parts := make([]string, 0, len(reachNames))
	for r := ReachNone; r <= MaxReach; r++ {
		parts = append(parts, fmt.Sprintf("%d %s", r, r))
	}
	return strings.Join(parts, sep)
}

// Valid reports whether r is on the scale.
func (r Reach) Valid() bool { return r >= ReachNone && r <= MaxReach }

// InLeg reports whether the point is in the leg (thigh or further down).
func (r Reach) InLeg() bool { return r >= ReachThigh }

// Leg is the side the leg symptoms are on.
type Leg string

// The legs.
const (
	LegNone  Leg = "none"
	LegLeft  Leg = "left"
	LegRight Leg = "right"
	LegBoth  Leg = "both"
)

// Legs lists the choices in the order the check-in offers them.
var Legs = []Leg{LegLeft, LegRight, LegBoth, LegNone}

// LegChoices are the answers to "which leg?", wherever it is asked (the
// check-in, the settings' leg for the very first check-in), with the key
// that gives each; none means no leg pain (the back only, or no pain).
const LegChoices = "l left · r right · b both · n none (no leg pain)"

// legAnswers are the keys and words ParseLeg takes.
var legAnswers = map[string]Leg{
	"l": LegLeft, "left": LegLeft, "r": LegRight, "right": LegRight,
	"b": LegBoth, "both": LegBoth, "n": LegNone, "none": LegNone, "neither": LegNone,
}

// ParseLeg reads an answer to "which leg?": a key of LegChoices or a word
// (left, right, both, none, neither), in any case.
func ParseLeg(in string) (Leg, bool) {
	l, ok := legAnswers[strings.ToLower(strings.TrimSpace(in))]
	return l, ok
}

// Moved is the answer to the one question after a set: did the pain move up
// toward the back, further down the leg, stay the same, or go away?
type Moved string

// The answers.
const (
	MovedUp   Moved = "up"
	MovedDown Moved = "down"
	MovedSame Moved = "same"
	MovedGone Moved = "gone"
)

// Describe says the answer as a person would.
func (m Moved) Describe() string {
	switch m {
	case MovedUp:
		return "moved up toward the back"
	case MovedDown:
		return "moved further down the leg"
	case MovedSame:
		return "stayed the same"
	case MovedGone:
		return "went away"
	}
	return string(m)
}

// CheckInKind says when a check-in was taken.
type CheckInKind string

// The kinds of check-in.
const (
	// CheckInBaseline is taken before the first set of a session.
	CheckInBaseline CheckInKind = "baseline"
	// CheckInAfterSet is taken after every set.
	CheckInAfterSet CheckInKind = "after-set"
	// CheckInRecheck is taken after a short rest that followed a "worse"
	// answer, to tell a passing worsening (amber) from a lasting one (red).
	CheckInRecheck CheckInKind = "recheck"
)

// CheckIn is what the person reports about their symptoms at one moment.
type CheckIn struct {
	At   time.Time
	Kind CheckInKind
	// Moved is the one-keypress answer; empty for a baseline.
	Moved Moved
	// Reach is how far down the pain reaches now.
	Reach Reach
	Leg   Leg
	// LegPain and BackPain are 0-10 ratings.
	LegPain  int
	BackPain int
	// Tingling reports tingling or numbness, and TinglingReach how far down
	// it reaches: 1 to 6 when there is tingling (Validate refuses 0), 0
	// when there is none.
	Tingling      bool
	TinglingReach Reach
	// Urgent lists any urgent symptom reported with the check-in (saddle
	// numbness, a bladder or bowel change, new weakness). Any entry stops
	// the session.
	Urgent []string
}

// Validate reports the first value out of range, in words a person can act
// on. Tingling must say how far down it reaches (1 to 6): with 0 the coach
// cannot tell whether it spread.
func (c CheckIn) Validate() error {
	switch {
	case !c.Reach.Valid():
		return fmt.Errorf("how far down the pain reaches must be between 0 and %d", MaxReach)
	case c.Tingling && !c.TinglingReach.Valid():
		return fmt.Errorf("how far down the tingling reaches must be between 1 and %d", MaxReach)
	case c.Tingling && c.TinglingReach == ReachNone:
		return fmt.Errorf("say how far down the tingling reaches (1-%d)", MaxReach)
	case c.LegPain < 0 || c.LegPain > 10:
		return fmt.Errorf("leg pain must be between 0 and 10")
	case c.BackPain < 0 || c.BackPain > 10:
		return fmt.Errorf("back pain must be between 0 and 10")
	}
	switch c.Leg {
	case LegNone, LegLeft, LegRight, LegBoth:
	default:
		return fmt.Errorf("leg must be left, right, both or none")
	}
	switch c.Moved {
	case "", MovedUp, MovedDown, MovedSame, MovedGone:
	default:
		return fmt.Errorf("unknown answer %q", c.Moved)
	}
	return nil
}
