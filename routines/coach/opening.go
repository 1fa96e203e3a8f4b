package coach

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/centra-app/centra/routines"
)

// belowRed is the highest level a session allows in a direction after a
// red at level: one step gentler, or the gentlest step when the red was
// there.
func (s *Session) belowRed(f routines.Family, level int) int {
	if l := s.cat.Ladder(f); len(l) > 0 && level-1 < l[0].Level {
		return l[0].Level
	}
	return level - 1
}

// caution adds to the opening of a session what an earlier red changes
// (R5, R13): the directions the routine loads that were red and the step
// they stay below, and the nerve slider and core work left out. It changes
// the routine when a block goes beyond that.
func (s *Session) caution(rt *routines.Routine, d Decision, now time.Time) Decision {
	var notes []string
	light := d.Light
	seen := map[routines.Family]bool{}
	for _, b := range rt.Blocks {
		if b.Exercise == nil || !b.Exercise.Family.Directional() || seen[b.Exercise.Family] {
			continue
		}
		f := b.Exercise.Family
		seen[f] = true
		red, ok := s.plan.redMemory().step(directionOf(f), now)
		top := s.top(f)
		gentle := stepOf(ladderAt(s.cat, f, top))
		if a, amber := s.ambered(f); amber && !ok {
			notes = append(notes, fmt.Sprintf("%s went briefly worse at %s last session, so this session stays at %s with no step up.",
				upperFirst(dirWords(f)), stepOf(ladderAt(s.cat, f, a.Level)).lname(), gentle.lname()))
			light, d.RuleID = LightAmber, "R19"
			d = s.capOpening(rt, d, f, top, gentle)
			continue
		}
		if !ok {
			continue
		}
		note := fmt.Sprintf("%s made your pain worse %s, so today's session keeps to gentler steps, no further than %s,",
			upperFirst(dirWords(f)), when(red.At, now), gentle.lname())
		if l := s.cat.Ladder(f); len(l) > 0 && red.Level <= l[0].Level {
			note = fmt.Sprintf("%s made your pain worse %s, even at the gentlest step, so today's session stays with %s",
				upperFirst(dirWords(f)), when(red.At, now), gentle.lname())
		}
		notes = append(notes, note+" and pauses to check at the first sign of spreading.")
		// Red on an earlier day: retried a step gentler the next day (R20).
		// Red earlier today or in the direction test: stay below it (R5).
		light, d.RuleID = LightAmber, "R5"
		if red.Days != nil && !sameDay(red.At, now) {
			d.RuleID = "R20"
		}
		d = s.capOpening(rt, d, f, top, gentle)
	}
	if note, waits := s.waiting(rt, &d, now); waits {
		notes, light = append(notes, note), LightAmber
	}
	if len(notes) == 0 {
		return d
	}
	d.Light = light
	d.Reason += " " + strings.Join(notes, " ")
	return d
}

// capOpening makes the opening decision bring the routine's blocks of f
// above top down to gentle, unless it already changes the routine.
func (s *Session) capOpening(rt *routines.Routine, d Decision, f routines.Family, top int, gentle Step) Decision {
	if d.Action != ActionContinue || gentle.Exercise == nil {
		return d
	}
	for _, o := range rt.Blocks {
		if o.Exercise != nil && o.Exercise.Family == f && o.Exercise.Level > top {
			cur := stepOf(o.Exercise)
			d.Action, d.Current, d.Next = ActionRegress, &cur, &gentle
			break
		}
	}
	return d
}

// ambered returns the amber of a direction in the session before this one
// (R19: an amber holds the step for the rest of its session and the next).
func (s *Session) ambered(f routines.Family) (Amber, bool) {
	a, ok := s.plan.Ambers[f]
	return a, ok && a.Session == s.plan.Sessions-1 && a.Level > 0
}

// opening is the stop a new session or test starts with, or nil.
func opening(p *Plan, baseline routines.CheckIn) *Decision {
	if p.Hold != nil {
		a := ActionUrgentReview
		if p.Hold.RuleID == "R1" {
			a = ActionEmergencyStop
		}
		return &Decision{Action: a, RuleID: p.Hold.RuleID, Light: LightRed, Reason: p.Hold.Reason}
	}
	baseline.Kind = routines.CheckInBaseline
	return guard(p, baseline, baseline)
}

// guard returns the stop a check-in calls for (R1, R2) and puts the plan
// on hold.
func guard(p *Plan, baseline, c routines.CheckIn) *Decision {
	d := ScreenCheckIn(baseline, c, p.ClearedBothLegs)
	if d == nil {
		return nil
	}
	d.Changes = p.hold(c.At, *d)
	if p.Hold != nil && slices.Contains(CheckInSymptoms(baseline, c, p.ClearedBothLegs), FlagBothLegs) {
		p.Hold.BothLegs = true
	}
	return d
}

// waiting says, after a red in the day before (R13, R14) or on a flare day
// (R23), that the nerve slider and core work of rt wait until the leg is
// calm, and makes the opening decision leave them out.
func (s *Session) waiting(rt *routines.Routine, d *Decision, now time.Time) (string, bool) {
	if !s.sawRed && !s.flareDay {
		return coreWaits(rt, d, s.legHigh, s.plan.Program, s.baseline)
	}
	var waiting []string
	var first *routines.Exercise
	for _, b := range rt.Blocks {
		if !waitsForCalm(b) {
			continue
		}
		if first == nil {
			first = b.Exercise
		}
		w := "core work"
		if b.Exercise.Family == routines.FamilyNeural {
			w = "the " + stepOf(b.Exercise).lname()
		}
		if !slices.Contains(waiting, w) {
			waiting = append(waiting, w)
		}
	}
	if first == nil {
		return "", false
	}
	verb := "wait"
	if len(waiting) == 1 {
		verb = "waits"
	}
	flare := "Your leg is having a flare (a clearly worse day)"
	if s.plan.Flared != dayKey(now) {
		flare = "Your leg had a flare yesterday (a clearly worse day)"
	}
	note := fmt.Sprintf("%s, so %s %s until it has been steady for a day.", flare, joinAnd(waiting), verb)
	rule := "R23" // the flare steps back: no slider or core work
	if s.sawRed {
		rule = "R13"
		note = fmt.Sprintf("A set made your pain worse %s, so %s %s until your leg has been calm for a day.",
			when(s.plan.LastRed, now), joinAnd(waiting), verb)
	}
	if d.Action == ActionContinue {
		cur := stepOf(first)
		d.Action, d.Current = ActionStopExercise, &cur
	}
	if d.RuleID == "R3" {
		d.RuleID = rule
	}
	return note, true
}
