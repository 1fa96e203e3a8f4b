package coach

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/centra-app/centra/routines"
)

// Session is the coach during one routine. It keeps the baseline, the last
// check-in, the sets in a row without change at the current exercise, the
// highest level allowed in each direction for the rest of the session,
// and a recheck in waiting, and it answers every check-in with a decision.
// Its plan changes with the decisions; save Plan when the session ends.
//
// After an amber the current level is the most the session allows in that
// direction; after a red, the level below. Nothing ever steps up after a
// red, and a session that starts within a day of a red in a direction
// (or after the direction test found it red) starts below that step.
type Session struct {
	cat      *routines.Catalog
	opt      Options
	plan     Plan
	baseline routines.CheckIn
	prev     routines.CheckIn
	cur      Step
	noChange int
	stable   int
	flared   bool
	// sawRed is set after a red in this session or in the day before it: the
	// nerve slider and core work wait (R13, R14).
	sawRed  bool
	grew    bool
	ceiling map[routines.Family]int
	dropped map[string]bool
	pending *recheck
	stopped *Decision
	log     []Decision
}

// recheck is a worse answer waiting for its recheck.
type recheck struct {
	step   Step
	before routines.CheckIn
	after  routines.CheckIn
}

// NewSession starts the coach for one routine from the plan and the
// baseline check-in taken before the first set (R3). The opening decision
// says the baseline back, or stops at once when the plan is on hold or the
// baseline reports a red flag (R1, R2). The error reports a baseline that
// is missing or out of range.
//
// NewSession does not know the routine: it holds every direction that was
// red in the last day below its red step, but cannot say so at the start
// or trim the routine. Prefer NewSessionFor.
func NewSession(cat *routines.Catalog, plan Plan, baseline routines.CheckIn, opt Options) (*Session, Decision, error) {
	return NewSessionFor(cat, plan, nil, baseline, opt)
}

// NewSessionFor is NewSession for the routine rt, which is about to start.
// When rt loads a direction that turned red less than a day before the
// baseline (or that the direction test found red), the opening decision
// says so calmly (R5) and the session never goes above the step below the
// red one in that direction (the gentlest step when the red was there).
// Less than a day after any red it also leaves out the nerve slider and
// core work (R13). When rt has blocks beyond that, the opening decision
// changes the routine (ActionRegress, or ActionStopExercise for the slider
// and core work alone): run s.Reshape(rt.Blocks, d) before the first set,
// as for any decision whose Action.ChangesRoutine().
func NewSessionFor(cat *routines.Catalog, plan Plan, rt *routines.Routine, baseline routines.CheckIn, opt Options) (*Session, Decision, error) {
	d, err := ruleR3Baseline(baseline)
	if err != nil {
		return nil, Decision{}, err
	}
	s := &Session{cat: cat, opt: opt, plan: plan.Clone(), baseline: baseline, prev: baseline,
		ceiling: map[routines.Family]int{}, dropped: map[string]bool{}}
	if stop := opening(&s.plan, baseline); stop != nil {
		s.stopped = stop
		return s, s.emit(*stop), nil
	}
	now := baseline.At
	s.sawRed = s.plan.redRecently(now)
	for _, f := range routines.Families {
		if !f.Directional() {
			continue
		}
		if red, ok := s.plan.redStep(directionOf(f), now); ok {
			s.limit(f, s.belowRed(f, red.Level))
		}
	}
	if rt != nil {
		d = s.caution(rt, d, now)
	}
	return s, s.emit(d), nil
}

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
		red, ok := s.plan.redStep(directionOf(f), now)
		if !ok {
			continue
		}
		top := s.top(f)
		gentle := stepOf(ladderAt(s.cat, f, top))
		note := fmt.Sprintf("%s made your pain worse %s, so today's session keeps to gentler steps, no further than %s,",
			upperFirst(dirWords(f)), when(red.At, now), gentle.lname())
		if l := s.cat.Ladder(f); len(l) > 0 && red.Level <= l[0].Level {
			note = fmt.Sprintf("%s made your pain worse %s, even at the gentlest step, so today's session stays with %s",
				upperFirst(dirWords(f)), when(red.At, now), gentle.lname())
		}
		notes = append(notes, note+" and pauses to check at the first sign of spreading.")
		light, d.RuleID = LightAmber, "R5"
		if d.Action != ActionContinue || gentle.Exercise == nil {
			continue
		}
		for _, o := range rt.Blocks {
			if o.Exercise != nil && o.Exercise.Family == f && o.Exercise.Level > top {
				cur := stepOf(o.Exercise)
				d.Action, d.Current, d.Next = ActionRegress, &cur, &gentle
				break
			}
		}
	}
	if s.sawRed {
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
		if first != nil {
			verb := "wait"
			if len(waiting) == 1 {
				verb = "waits"
			}
			notes = append(notes, fmt.Sprintf("A set made your pain worse %s, so %s %s until your leg has been calm for a day.",
				when(s.plan.LastRed, now), joinAnd(waiting), verb))
			light = LightAmber
			if d.Action == ActionContinue {
				cur := stepOf(first)
				d.Action, d.Current = ActionStopExercise, &cur
			}
			if d.RuleID == "R3" {
				d.RuleID = "R13"
			}
		}
	}
	if len(notes) == 0 {
		return d
	}
	d.Light = light
	d.Reason += " " + strings.Join(notes, " ")
	return d
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
	d := ScreenCheckIn(baseline, c, !p.ClearedAt.IsZero())
	if d == nil {
		return nil
	}
	d.Changes = p.hold(c.At, *d)
	return d
}

// AfterSet answers the check-in after a set of ex. Pass validated
// check-ins; c.At dates any plan change. When a recheck is waiting, the
// check-in is taken as the recheck.
func (s *Session) AfterSet(ex *routines.Exercise, c routines.CheckIn) Decision {
	if s.stopped != nil {
		return *s.stopped
	}
	if s.pending != nil {
		return s.AfterRecheck(c)
	}
	if d := s.guard(c); d != nil {
		return *d
	}
	step := stepOf(ex)
	if step.ExerciseID != s.cur.ExerciseID || step.ExerciseID == "" {
		s.cur, s.noChange = step, 0
	}
	r := Classify(s.baseline, s.prev, c)
	before := s.prev
	s.prev = c
	if r.Pending {
		s.stable = 0
		s.pending = &recheck{step: step, before: before, after: c}
		return s.emit(recheckDecision(step, r, restStep(s.cat, s.opt.rest())))
	}
	if r.Light == LightGreen || s.stable > 0 || s.settled(c) {
		s.stable++ // centralizing, or holding a gain
	}
	if r.Light == LightGreen {
		s.noChange = 0
		if d := s.grow(step, c, r); d != nil {
			return s.emit(*d)
		}
		return s.emit(keepGoing(step, r, "Keep going: next set the same."))
	}
	if !step.Family.Directional() {
		return s.emit(keepGoing(step, r, "Carry on."))
	}
	if s.settled(c) {
		// Nothing left in the leg: no more force needed (R4).
		if g := s.grow(step, c, r); g != nil {
			return s.emit(*g)
		}
		r.RuleID = "R4"
		next := "The pain stays out of the leg: keep going at this level."
		if extent(c) == routines.ReachNone {
			next = "The pain stays away: keep going at this level."
		}
		return s.emit(keepGoing(step, r, next))
	}
	s.noChange++
	d := ruleR8NoChange(s.cat, step, s.noChange, s.opt.noChange(sessionNoChangeSets), s.top(step.Family), r)
	if d.Action == ActionProgress {
		s.noChange = 0
		d.Changes = s.plan.setLevel(c.At, "R8", step.Family, d.Next.Level, d.Reason)
		return s.emit(d)
	}
	return s.emit(d)
}

// AfterRecheck answers the recheck check-in taken after the timed rest:
// amber (back to how it was: same force, no step up), red (still worse:
// one step gentler, or stop the direction), or green (residual tingling
// that settled).
func (s *Session) AfterRecheck(c routines.CheckIn) Decision {
	if s.stopped != nil {
		return *s.stopped
	}
	if d := s.guard(c); d != nil {
		return *d
	}
	if s.pending == nil {
		return s.AfterSet(s.cur.Exercise, c)
	}
	p := *s.pending
	s.pending = nil
	r := ClassifyRecheck(s.baseline, p.before, p.after, c)
	s.prev = c
	switch r.Light {
	case LightRed:
		return s.emit(s.red(p.step, r, c.At))
	case LightAmber:
		s.flared, s.noChange = true, 0
		s.limit(p.step.Family, p.step.Level)
		return s.emit(ruleR6Amber(p.step, r))
	}
	s.stable++
	return s.emit(keepGoing(p.step, r, "Keep going: next set the same."))
}

// red applies a red recheck: R5 for the directions, R13 and R14 for the
// slider and core, and the stage steps back to relief.
func (s *Session) red(step Step, r Response, at time.Time) Decision {
	s.flared, s.sawRed = true, true
	s.plan.markRed(at, step.Family, step.Level)
	d := ruleR5Red(s.cat, step, r, false)
	if step.Family.Directional() {
		s.limit(step.Family, step.Level-1)
	}
	switch d.Action {
	case ActionRegress:
		d.Changes = s.plan.setLevel(at, d.RuleID, step.Family, d.Next.Level, d.Reason)
	case ActionStopDirection:
		if step.Family == s.plan.Family() {
			d.Reason += " Next time, the direction test can look again."
			d.Changes = append(d.Changes, s.plan.setLevel(at, d.RuleID, step.Family, 1, d.Reason)...)
			d.Changes = append(d.Changes, s.plan.setStage(at, d.RuleID, routines.StageFindDirection, d.Reason)...)
		}
	case ActionStopExercise:
		s.dropped[step.ExerciseID] = true
	}
	if stageIndex(s.plan.Stage) > stageIndex(routines.StageRelief) {
		const why = "After a flare, the nerve slider and core work wait until the leg has been calm for a day."
		d.Changes = append(d.Changes, s.plan.setStage(at, "R13", routines.StageRelief, why)...)
		if d.Action != ActionStopExercise {
			d.Reason += " " + why
		}
	}
	return d
}

// grow offers the next stage after a steady set: the nerve slider (R13)
// or core work (R14), once per session.
func (s *Session) grow(step Step, c routines.CheckIn, r Response) *Decision {
	if s.grew {
		return nil
	}
	recentRed := !s.plan.LastRed.IsZero() && c.At.Sub(s.plan.LastRed) < 24*time.Hour
	f := facts{Family: step.Family, Light: r.Light, Stage: s.plan.Stage, Stable: s.stable,
		Flared: s.flared || recentRed, Reach: c.Reach, LegPain: c.LegPain, Settled: s.settled(c)}
	cur := step
	if ruleR13Sliders(f) == ActionAddSliders {
		if sl, ok := sliderStep(s.cat); ok && !s.dropped[sl.ExerciseID] {
			s.grew = true
			why := "Your leg has been steady or easing, with no flare in the last day."
			return &Decision{Action: ActionAddSliders, RuleID: "R13", Light: r.Light, Response: &r,
				Current: &cur, Next: &sl, Add: []Step{sl},
				Changes: s.plan.setStage(c.At, "R13", routines.StageMobility, why),
				Reason: r.Explain(step.lname()) + " " + why + fmt.Sprintf(
					" Adding the %s at the end of this session: slow reps, light tension only, never a strong stretch.", sl.lname())}
		}
	}
	if ruleR14Core(f) == ActionAddCore {
		steps := coreSteps(s.cat)
		if len(steps) == 0 {
			return nil
		}
		s.grew = true
		mild := fmt.Sprintf("mild (%d/10)", c.LegPain)
		if !c.Reach.InLeg() {
			mild = "out of the leg"
		}
		var names []string
		for _, st := range steps {
			names = append(names, st.lname())
		}
		why := fmt.Sprintf("Your leg pain is %s.", mild)
		return &Decision{Action: ActionAddCore, RuleID: "R14", Light: r.Light, Response: &r,
			Current: &cur, Next: &steps[0], Add: steps,
			Changes: s.plan.setStage(c.At, "R14", routines.StageStrength, why),
			Reason: r.Explain(step.lname()) + " " + why + fmt.Sprintf(
				" Adding gentle core work at the end of this session: %s, with short holds.", joinAnd(names))}
	}
	return nil
}

// settled reports that the symptoms have left the leg (they started
// there), or have gone.
func (s *Session) settled(c routines.CheckIn) bool {
	return extent(c) == routines.ReachNone || (!extent(c).InLeg() && extent(s.baseline).InLeg())
}

// limit lowers the highest level allowed in a direction for the rest of
// the session.
func (s *Session) limit(f routines.Family, level int) {
	if old, ok := s.ceiling[f]; !ok || level < old {
		s.ceiling[f] = level
	}
}

// top is the highest level the session allows in a direction.
func (s *Session) top(f routines.Family) int {
	top := ladderTop(s.cat, f)
	if c, ok := s.ceiling[f]; ok {
		top = min(top, c)
	}
	return top
}

func (s *Session) guard(c routines.CheckIn) *Decision {
	d := guard(&s.plan, s.baseline, c)
	if d == nil {
		return nil
	}
	s.pending, s.stopped = nil, d
	s.emit(*d)
	return d
}

func (s *Session) emit(d Decision) Decision {
	s.log = append(s.log, d)
	return d
}

// Reshape applies a decision to the rest of the session (see Reshape).
// After a red in this session or in the day before it, the nerve slider
// and core work stay out of the rest of the session (R13, R14).
func (s *Session) Reshape(remaining []routines.Block, d Decision) []routines.Block {
	out := Reshape(s.cat, remaining, d)
	if s.sawRed {
		out = calmOnly(s.cat, out)
	}
	return out
}

// Plan is the plan as the session's decisions left it.
func (s *Session) Plan() Plan { return s.plan.Clone() }

// Decisions lists every decision of the session, the opening one first.
func (s *Session) Decisions() []Decision { return append([]Decision(nil), s.log...) }

// Pending reports a recheck in waiting: run the rest, then AfterRecheck.
func (s *Session) Pending() bool { return s.pending != nil }

// Stopped reports a red-flag stop: the session must end.
func (s *Session) Stopped() bool { return s.stopped != nil }
