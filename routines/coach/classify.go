package coach

import (
	"fmt"

	"github.com/centra-app/centra/routines"
)

// ResponseKind is how the symptoms answered a set.
type ResponseKind string

// The kinds of response (CLINICAL.md section 2).
const (
	// KindCentralized: the pain (or tingling) moved up toward the spine.
	KindCentralized ResponseKind = "centralized"
	// KindAbolished: the pain and tingling are gone.
	KindAbolished ResponseKind = "abolished"
	// KindPeripheralized: the pain or tingling reaches further down.
	KindPeripheralized ResponseKind = "peripheralized"
	// KindBetter: same place, meaningfully less pain.
	KindBetter ResponseKind = "better"
	// KindWorse: same place, meaningfully more pain, or new tingling.
	KindWorse ResponseKind = "worse"
	// KindNoChange: no change beyond measurement noise.
	KindNoChange ResponseKind = "no-change"
)

// Light is the traffic light of a response.
type Light string

// The lights.
const (
	// LightNone is shown for no change, and for advice that is not about a
	// set.
	LightNone Light = "none"
	// LightGreen: better, and it lasts. Keep going.
	LightGreen Light = "green"
	// LightAmber: worse for a moment, or still to be checked. Same force,
	// no step up.
	LightAmber Light = "amber"
	// LightRed: worse and still worse after a rest. Stop that movement.
	LightRed Light = "red"
)

// Response is the coach's reading of one check-in.
type Response struct {
	Kind  ResponseKind `json:"kind"`
	Light Light        `json:"light"`
	// Pending means the answer needs a recheck after a short rest before
	// the light is final. The light shown meanwhile is amber.
	Pending bool `json:"pending,omitempty"`
	// RuleID is the rule that read it: R4 centralization, R5 further down,
	// R6 worse, R7 location over intensity, R15 intensity, R17 tingling.
	RuleID string `json:"rule_id"`
	// Why says it in plain words, e.g. "Your leg pain moved from below the
	// knee to the thigh: that is centralization, a good sign."
	Why string `json:"why"`

	what, meaning string
	// recheck marks the reading of a recheck, which says "After the rest"
	// itself.
	recheck bool
}

// Explain says the response with the exercise named, e.g. "After
// press-up, your leg pain moved from below the knee to the thigh: that is
// centralization, a good sign."
func (r Response) Explain(exercise string) string {
	s := r.what
	if exercise != "" && !r.recheck {
		s = "After " + exercise + ", " + lowerFirst(s)
	}
	if r.meaning != "" {
		s += ": " + r.meaning
	}
	return sentence(s)
}

func (r Response) with(what, meaning string) Response {
	r.what, r.meaning = what, meaning
	r.Why = r.Explain("")
	return r
}

// Classify reads a check-in against the one before it and the session
// baseline. Location comes first: how far down the pain and the tingling
// reach, and the one-keypress answer when the reach did not change on the
// scale. Intensity decides only when the location did not change, and only
// a meaningful change counts (R15: 2 points, or 30% of the baseline).
// When the answer and the numbers disagree, the worse reading wins, and
// the recheck settles it: "further down" is always at least worse, even
// when the reach was left at 0, and tingling with no reach given counts as
// new.
func Classify(baseline, previous, current routines.CheckIn) Response {
	return read(baseline, previous, current).words(baseline, previous, current)
}

// reading is what a check-in says against the one before, before any
// words: the kind, what the tingling did, whether the location overruled
// the intensity (R7), and the intensity change (R15).
type reading struct {
	kind      ResponseKind
	ting      tingling
	overruled bool
	// from and to are the pain ratings compared, leg pain when leg is set.
	change, from, to int
	leg              bool
}

// read is the reading half of Classify: the rules, with no words.
func read(baseline, p, c routines.CheckIn) reading {
	rd := reading{ting: ruleR17Tingling(p, c)}
	loc := KindNoChange
	if k, ok := furtherDown(p, c, rd.ting); ok {
		loc = k
	} else if reachUnknown(p, c) {
		// A reach of 0 with pain still rated says nothing of where the
		// pain is: the ratings decide (R15), never "gone" (R4).
	} else if k, ok := ruleR4Centralized(p, c, rd.ting); ok {
		loc = k
	}
	rd.change, rd.from, rd.to, rd.leg = intensityChange(baseline, p, c)
	rd.kind, rd.overruled = ruleR7LocationFirst(loc, rd.change)
	if c.Moved == routines.MovedDown && c.Reach == routines.ReachNone {
		// The numbers were not filled in ("further down" from nowhere):
		// they cannot make it milder.
		rd.overruled = false
	}
	return rd
}

// ClassifyRecheck reads the answer after the short rest that followed a
// worse answer. before is the check-in before the set, after the one that
// asked for the recheck. Still worse than before the set is red (R5, or
// R17 for tingling); back to how it was is amber (R6). After residual
// tingling (R17), worse or further down than before the set is red first
// of all, whatever the tingling did; tingling that settled while the pain
// stays better than before the set is green (R4: it moved up and stayed
// so); tingling that stays without spreading is amber (R17). At a recheck the one-keypress answer compares with
// before the set.
func ClassifyRecheck(baseline, before, after, recheck routines.CheckIn) Response {
	trigger := Classify(baseline, before, after)
	rr := Classify(baseline, before, recheck)
	t := ruleR17Tingling(after, recheck)
	red := Response{Kind: rr.Kind, Light: LightRed, RuleID: "R5", recheck: true}
	const notSettled = "it has not settled, so this counts as red"
	worse := rr.Kind == KindPeripheralized || rr.Kind == KindWorse
	if trigger.Kind == KindCentralized && trigger.Pending {
		switch {
		case t == tingNew || t == tingSpread:
			red.RuleID = "R17"
			if recheck.TinglingReach == routines.ReachNone {
				return red.with("After the rest, the tingling or numbness is still there", notSettled)
			}
			return red.with("After the rest, the tingling or numbness reaches "+place(extent(recheck)), notSettled)
		case worse:
			// Worse than before the set by the pain itself: red below.
		case rr.Light == LightGreen && (t == tingEased || t == tingNone):
			// R17 asks for the recheck and gives amber or red; what
			// settled, with the pain still higher up than before the set,
			// has moved up and stayed so: green by R4.
			return Response{Kind: rr.Kind, Light: LightGreen, RuleID: "R4", recheck: true}.with(
				"After the rest, the tingling has settled", "good")
		case rr.Kind == KindCentralized:
			return Response{Kind: KindNoChange, Light: LightAmber, RuleID: "R17", recheck: true}.with(
				"After the rest, some tingling is still there but it has not spread", "that is amber")
		}
	}
	if worse {
		// "still" when the set itself was worse; after residual tingling the
		// worse reading is new at the recheck.
		still := " still"
		if trigger.Kind == KindCentralized {
			still = ""
		}
		var what string
		switch {
		case rr.RuleID == "R17" && recheck.TinglingReach == routines.ReachNone:
			red.RuleID = "R17"
			what = "After the rest, the tingling or numbness is still there"
		case rr.RuleID == "R17":
			red.RuleID = "R17"
			what = "After the rest, the tingling or numbness" + still + " reaches " + place(recheck.TinglingReach)
		case recheck.Reach > before.Reach:
			what = "After the rest, the pain" + still + " reaches " + place(recheck.Reach) + ", further down than before the set"
		case rr.Kind == KindPeripheralized:
			what = "After the rest, the pain is" + still + " further down the leg than before the set"
		default:
			_, from, too, leg := intensityChange(baseline, before, recheck)
			pain := "back pain"
			if leg {
				pain = "leg pain"
			}
			what = fmt.Sprintf("After the rest, your %s is%s %d/10, up from %d/10 before the set", pain, still, too, from)
		}
		return red.with(what, notSettled)
	}
	// Better than before the set by the recheck, but the set itself made
	// it worse first: R4 needs both readings better, so this stays amber,
	// said as it is.
	amber := Response{Kind: rr.Kind, Light: LightAmber, RuleID: "R6", recheck: true}
	const passing = "a passing worsening (amber)"
	switch rr.Kind {
	case KindAbolished:
		return amber.with("After the rest, the pain has gone, though the set made it worse at first", passing)
	case KindCentralized:
		return amber.with("After the rest, the pain is higher up than before the set, though the set made it worse at first", passing)
	case KindBetter:
		_, from, to, leg := intensityChange(baseline, before, recheck)
		pain := "back pain"
		if leg {
			pain = "leg pain"
		}
		return amber.with(fmt.Sprintf("After the rest, your %s is %d/10, down from %d/10 before the set, though the set made it worse at first",
			pain, to, from), passing)
	}
	return amber.with("After the rest, it is back to how it was before the set", passing)
}

// furtherDown is the first half of R5 (and of R17 for tingling): the pain
// reaches further down, the answer says it moved down, or tingling is new
// or spreading. "Further down" is taken at its word whatever the numbers
// say: a reach left at 0 (after a "gone" last time) never makes it better.
func furtherDown(p, c routines.CheckIn, t tingling) (ResponseKind, bool) {
	switch {
	case c.Reach > p.Reach, t == tingSpread, c.Moved == routines.MovedDown:
		return KindPeripheralized, true
	case t == tingNew:
		return KindWorse, true
	}
	return "", false
}

// ruleR4Centralized is the reading half of R4: the most distal symptom
// moved up toward the spine, or everything has gone. Everything has gone
// only when no pain is rated above 0 either; a leg that cleared while back
// pain is still rated is centralization (legCleared), and "gone" with a
// leg pain still rated is not taken as gone.
func ruleR4Centralized(p, c routines.CheckIn, t tingling) (ResponseKind, bool) {
	had := p.Reach > routines.ReachNone || p.Tingling
	if had && !c.Tingling && (c.Reach == routines.ReachNone || c.Moved == routines.MovedGone) {
		switch {
		case !painRated(c):
			return KindAbolished, true
		case legCleared(p, c):
			return KindCentralized, true
		}
	}
	if c.Reach < p.Reach || t == tingEased || t == tingResidual {
		return KindCentralized, true
	}
	if c.Moved == routines.MovedUp && c.Reach > routines.ReachNone {
		return KindCentralized, true
	}
	return "", false
}

// painRated reports whether a check-in rates any pain above 0.
func painRated(c routines.CheckIn) bool { return c.LegPain > 0 || c.BackPain > 0 }

// legCleared reports that the leg symptoms have gone while back pain is
// still rated: the leg was affected before (a reach in the leg, or leg
// pain), and now the answer is "gone" or a reach of 0 with leg pain 0, no
// tingling, and the reach, if given, in the back. By R4 and section 2 of
// CLINICAL.md the leg pain is abolished and only back pain is left: that
// is centralization, never "the pain has gone".
func legCleared(p, c routines.CheckIn) bool {
	hadLeg := p.Reach.InLeg() || p.LegPain > 0
	return hadLeg && c.LegPain == 0 && c.BackPain > 0 && !c.Tingling &&
		c.Reach <= routines.ReachOneSide &&
		(c.Reach == routines.ReachNone || c.Moved == routines.MovedGone)
}

// reachUnknown reports a reach of 0 with pain still rated above 0, which
// cannot be where the pain is (the check-in asks again; older answers may
// hold it), unless it is the leg that cleared.
func reachUnknown(p, c routines.CheckIn) bool {
	return c.Reach == routines.ReachNone && painRated(c) && !legCleared(p, c)
}

// ruleR7LocationFirst is R7: location outweighs intensity. A change of
// location decides the kind whatever the intensity did; intensity decides
// only when the location held. It also reports whether the location
// overruled an intensity change the other way (centralized but sharper,
// milder but further down).
func ruleR7LocationFirst(loc ResponseKind, intensity int) (ResponseKind, bool) {
	switch loc {
	case KindNoChange:
		switch {
		case intensity < 0:
			return KindBetter, false
		case intensity > 0:
			return KindWorse, false
		}
		return KindNoChange, false
	case KindCentralized, KindAbolished:
		return loc, intensity > 0
	}
	return loc, intensity < 0
}

// ruleR15Meaningful is R15: a change of at least 2 points, or of at least
// 30% of the baseline, is meaningful; less is noise. It returns -1 for a
// meaningful fall, +1 for a meaningful rise and 0 for noise.
func ruleR15Meaningful(baseline, from, to int) int {
	d := to - from
	a := max(d, -d)
	if a >= 2 || (a >= 1 && baseline > 0 && 10*a >= 3*baseline) {
		if d < 0 {
			return -1
		}
		return 1
	}
	return 0
}

// intensityChange compares pain ratings: leg pain when there is any leg
// symptom, otherwise back pain. It judges the change over the last set,
// and when that alone is noise but goes the same way as the change since
// the baseline, the change since the baseline (small steps add up).
func intensityChange(b, p, c routines.CheckIn) (change, from, to int, leg bool) {
	leg = b.LegPain > 0 || p.LegPain > 0 || c.LegPain > 0 ||
		b.Reach.InLeg() || p.Reach.InLeg() || c.Reach.InLeg()
	val := func(x routines.CheckIn) int {
		if leg {
			return x.LegPain
		}
		return x.BackPain
	}
	base := val(b)
	if d := ruleR15Meaningful(base, val(p), val(c)); d != 0 {
		return d, val(p), val(c), leg
	}
	if val(c) != val(p) && (val(c) > val(p)) == (val(c) > val(b)) && val(c) != val(b) {
		if d := ruleR15Meaningful(base, val(b), val(c)); d != 0 {
			return d, val(b), val(c), leg
		}
	}
	return 0, val(p), val(c), leg
}

// tingling is how tingling or numbness changed between two check-ins.
type tingling int

const (
	tingNone     tingling = iota // none before, none now
	tingSame                     // there, no further down, nothing new
	tingEased                    // gone, or reaching less far down
	tingResidual                 // left behind where the pain was, as the pain moved up
	tingNew                      // new, or further down, within the area already affected
	tingSpread                   // further down than any symptom before
)

// extent is the most distal point of any symptom.
func extent(c routines.CheckIn) routines.Reach {
	if c.Tingling && c.TinglingReach > c.Reach {
		return c.TinglingReach
	}
	return c.Reach
}

// ruleR17Tingling is R17: tingling or numbness that is new or spreads
// counts as worse; tingling left behind as the pain moves up, without
// spreading, is residual (amber, recheck). Tingling with no reach given
// (0) may have gone anywhere, so it counts as new.
func ruleR17Tingling(p, c routines.CheckIn) tingling {
	if !c.Tingling {
		if p.Tingling {
			return tingEased
		}
		return tingNone
	}
	if c.TinglingReach == routines.ReachNone {
		return tingNew
	}
	if c.TinglingReach > extent(p) {
		return tingSpread
	}
	wasResidual := p.Tingling && p.TinglingReach > p.Reach
	leftBehind := c.Reach < p.Reach && c.TinglingReach > c.Reach && !wasResidual
	switch {
	case !p.Tingling || c.TinglingReach > p.TinglingReach:
		if leftBehind {
			return tingResidual
		}
		return tingNew
	case c.TinglingReach < p.TinglingReach:
		return tingEased
	case leftBehind:
		return tingResidual
	}
	return tingSame
}
