package routines

import "fmt"

// Prefill applies the pre-fill rules of a check-in's details after one
// answer changed the check-in from before to after, so that Enter on the
// next question keeps a value that agrees with what was just said:
//
//   - the pain went: it reaches nowhere, with no leg or back pain and no
//     leg (a back pain still there is typed in, and its reach asked);
//   - the pain moved further down the leg but the reach shown is 0 (after
//     a "gone" last time): one point further down than before, at least 1;
//   - tingling switched on with no reach of its own: where the pain
//     reaches, at least 1.
//
// Both interfaces call it, so that the rules live in one place.
func Prefill(before, after CheckIn) CheckIn {
	c := after
	if c.Moved != before.Moved {
		switch c.Moved {
		case MovedGone:
			c.Reach, c.LegPain, c.BackPain, c.Leg = ReachNone, 0, 0, LegNone
		case MovedDown:
			if c.Reach == ReachNone {
				c.Reach = min(max(before.Reach+1, ReachCentral), MaxReach)
			}
		}
	}
	if c.Tingling && !before.Tingling && c.TinglingReach == ReachNone {
		c.TinglingReach = max(c.Reach, ReachCentral)
	}
	return c
}

// PainReachHint says in plain words why the reach of the pain cannot be
// taken, or "" when it can: pain that moved further down the leg reaches
// somewhere.
func PainReachHint(c CheckIn) string {
	if c.Moved == MovedDown && c.Reach == ReachNone {
		return "You said the pain moved further down your leg, so it reaches somewhere: choose 1 to 6 for how far down it reaches now."
	}
	return ""
}

// PainRatingHint says in plain words why the reach of the pain does not
// agree with the ratings, or "" when it does: leg pain rated above 0 with
// the reach no further than the back (R3, R22: the leg starts at the
// buttock on the reach scale), or any pain rated with the reach at 0 (no
// pain). withBack includes the back pain, once it has been asked.
func PainRatingHint(c CheckIn, withBack bool) string {
	switch {
	case c.LegPain > 0 && c.Reach == ReachNone:
		return fmt.Sprintf("You rated leg pain %d/10 but chose 0 (no pain) for where it reaches: how far down does it reach?", c.LegPain)
	case c.LegPain > 0 && c.Reach <= ReachOneSide:
		return fmt.Sprintf("You rated leg pain %d/10 but said the pain reaches no further than your back: how far down does it reach?", c.LegPain)
	case withBack && c.BackPain > 0 && c.Reach == ReachNone:
		return fmt.Sprintf("You rated back pain %d/10 but chose 0 (no pain) for where it reaches: where is it?", c.BackPain)
	}
	return ""
}

// LegSideHint says in plain words why the leg answer does not agree with
// the leg pain, or "" when it does: leg pain rated above 0 is in a leg,
// so "none" cannot be right (R3: the side is part of the baseline, and
// pain in both legs is a red flag, R1).
func LegSideHint(c CheckIn) string {
	if c.LegPain > 0 && c.Leg == LegNone {
		return fmt.Sprintf("You rated leg pain %d/10 but said no leg has pain: which leg is it in?", c.LegPain)
	}
	return ""
}

// TinglingReachHint says in plain words why the reach of the tingling
// cannot be taken, or "" when it can: tingling that is there reaches
// somewhere.
func TinglingReachHint(c CheckIn) string {
	if c.Tingling && c.TinglingReach == ReachNone {
		return "You said there is tingling or numbness: choose 1 to 6 for how far down it reaches."
	}
	return ""
}
