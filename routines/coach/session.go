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
	flared   bool
	// sawRed is set after a red in this session or in the day before it: the
	// nerve slider and core work wait (R13, R14).
	sawRed bool
	// routine is the routine run, when known; did notes what of the day's
	// plan the session has done (a relief set, the slider, core work).
	routine *routines.Routine
	did     map[string]bool
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
		ceiling: map[routines.Family]int{}, dropped: map[string]bool{}, did: map[string]bool{}}
	if stop := opening(&s.plan, baseline); stop != nil {
		s.stopped = stop
		return s, s.emit(*stop), nil
	}
	now := baseline.At
	s.plan.dayLog().noteCheckIn(baseline)
	s.plan, _ = Review(s.plan, now)
	s.plan.Sessions++
	s.routine = rt
	s.sawRed = s.plan.redMemory().recently(now)
	for _, f := range routines.Families {
		if !f.Directional() {
			continue
		}
		if red, ok := s.plan.redMemory().step(directionOf(f), now); ok {
			s.limit(f, s.belowRed(f, red.Level))
		}
		if a, ok := s.ambered(f); ok {
			s.limit(f, a.Level)
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
		light, d.RuleID = LightAmber, "R5"
		d = s.capOpening(rt, d, f, top, gentle)
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
	s.plan.dayLog().noteCheckIn(c)
	s.noteDone(step, c.At)
	r := Classify(s.baseline, s.prev, c)
	before := s.prev
	s.prev = c
	if r.Pending {
		s.pending = &recheck{step: step, before: before, after: c}
		return s.emit(recheckDecision(step, r, restStep(s.cat, s.opt.rest())))
	}
	s.plan.dayLog().noteLight(c.At, r.Light)
	if r.Light == LightGreen {
		s.noChange = 0
		s.keepStep(step.Family)
		return s.emit(keepGoing(step, r, "Keep going: next set the same."))
	}
	if !step.Family.Directional() {
		return s.emit(keepGoing(step, r, "Carry on."))
	}
	if s.settled(c) {
		// Nothing left in the leg: no more force needed (R4).
		s.keepStep(step.Family)
		r.RuleID = "R4"
		next := "The pain stays out of the leg: keep going at this level."
		if extent(c) == routines.ReachNone {
			next = "The pain stays away: keep going at this level."
		}
		return s.emit(keepGoing(step, r, next))
	}
	return s.emit(s.unchanged(step, r, c.At))
}

// noteDone counts a set done in the day's log: the session, a relief set
// of the plan's direction, the nerve slider, core work, the daily
// maintenance routine (R24 counts them).
func (s *Session) noteDone(step Step, at time.Time) {
	d := s.plan.dayLog().day(at)
	once := func(what string, n *int) {
		if !s.did[what] {
			s.did[what] = true
			*n++
		}
	}
	once("session", &d.Sessions)
	daily := s.routine != nil && s.routine.Direction == routines.DirectionMaintenance
	switch f := step.Family; {
	case f != "" && f == s.plan.Family() && !daily:
		once("relief", &d.Relief)
	case f == routines.FamilyNeural:
		d.Slider = true
	case f == routines.FamilyCore:
		d.Core = true
	}
	if daily {
		d.Routine = true
	}
}

// keepStep is "green keeps the step" (R19): the count of unchanged sets
// starts again.
func (s *Session) keepStep(f routines.Family) { delete(s.plan.Unchanged, f) }

// unchanged is R19 with R8: a set with no change at the plan's step counts
// toward the next step up, whichever session the earlier sets were in;
// after StepUpSets of them in a row the next session starts one step up.
// A set at another step (a routine picked from the library) is only
// counted in the session.
func (s *Session) unchanged(step Step, r Response, at time.Time) Decision {
	s.noChange++
	f := step.Family
	level := s.plan.Level(f)
	cur := step
	d := Decision{Action: ActionContinue, RuleID: "R19", Light: r.Light, Response: &r, Current: &cur, Next: &cur}
	if step.Level != level {
		d.RuleID = "R8"
		d.Reason = r.Explain(step.lname()) + " Keep going at the same force."
		return d
	}
	if s.plan.Unchanged == nil {
		s.plan.Unchanged = map[routines.Family]Unchanged{}
	}
	u := s.plan.Unchanged[f]
	if u.Level != level {
		u = Unchanged{Level: level}
	}
	u.Sets++
	s.plan.Unchanged[f] = u
	need := s.opt.noChange(s.plan.Program.Filled().StepUpSets)
	if u.Sets < need {
		d.Reason = r.Explain(step.lname()) + fmt.Sprintf(" Keep going (%d of %d sets with no change at this step, counting your earlier sessions): "+
			"if nothing changes, the next session adds a little more force.", u.Sets, need)
		return d
	}
	next := ladderAbove(s.cat, f, level, s.top(f))
	if s.plan.flaredToday(at) {
		d.Reason = fmt.Sprintf("No change after %d sets of %s. After today's flare, centra adds no force today, so keep going at this level.",
			u.Sets, step.lname())
		return d
	}
	if next == nil {
		d.Reason = fmt.Sprintf("No change after %d sets of %s.", u.Sets, step.lname())
		if level >= ladderTop(s.cat, f) {
			d.Reason += " This is the strongest step centra offers, so keep going at this level."
		} else {
			d.Reason += " After the flare earlier, centra adds no force yet, so keep going at this level."
		}
		return d
	}
	ns := stepOf(next)
	d.Reason = fmt.Sprintf("No change after %d sets of %s, counting your earlier sessions. From the next session: %s, a little more force.",
		u.Sets, step.lname(), ns.lname())
	delete(s.plan.Unchanged, f)
	d.Changes = s.plan.setLevel(at, "R19", f, next.Level, d.Reason)
	return d
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
	s.plan.dayLog().noteCheckIn(c)
	r := ClassifyRecheck(s.baseline, p.before, p.after, c)
	s.prev = c
	s.plan.dayLog().noteLight(c.At, r.Light)
	switch r.Light {
	case LightRed:
		return s.emit(s.red(p.step, r, c.At))
	case LightAmber:
		return s.emit(s.amber(p.step, r, c.At))
	}
	return s.emit(keepGoing(p.step, r, "Keep going: next set the same."))
}

// amber applies an amber recheck (R6, R19): the step it happened at is the
// most this session and the next allow in that direction, and the count
// toward a step up starts again.
func (s *Session) amber(step Step, r Response, at time.Time) Decision {
	s.flared, s.noChange = true, 0
	d := ruleR6Amber(step, r)
	if !step.Family.Directional() {
		return d
	}
	s.limit(step.Family, step.Level)
	s.keepStep(step.Family)
	if s.plan.Ambers == nil {
		s.plan.Ambers = map[routines.Family]Amber{}
	}
	s.plan.Ambers[step.Family] = Amber{At: at, Level: step.Level, Session: s.plan.Sessions}
	d.Action = ActionHoldStep
	return d
}

// red applies a red recheck: R5 for the directions, R13 and R14 for the
// slider and core. For the plan's direction R20 adds: no more of it today,
// and on RedDaysLost days running it counts as lost and the direction test
// is offered again.
func (s *Session) red(step Step, r Response, at time.Time) Decision {
	s.flared, s.sawRed = true, true
	s.plan.MarkRed(at, step.Family, step.Level)
	d := ruleR5Red(s.cat, step, r, false)
	if step.Family.Directional() {
		s.limit(step.Family, step.Level-1)
		s.keepStep(step.Family)
	}
	switch d.Action {
	case ActionRegress:
		d.Changes = s.plan.setLevel(at, d.RuleID, step.Family, d.Next.Level, d.Reason)
	case ActionStopExercise:
		s.dropped[step.ExerciseID] = true
	}
	if step.Family == "" || step.Family != s.plan.Family() {
		return d
	}
	lost := s.plan.Program.Filled().RedDaysLost
	if s.plan.redMemory().daysRunning(s.plan.Direction, at) >= lost {
		why := fmt.Sprintf("%s has made your pain worse on %s running, so centra no longer counts on it: "+
			"the direction test can look again (press d on the home screen).", upperFirst(dirWords(step.Family)), dayCount(lost))
		d.Reason += " " + why
		d.Changes = append(d.Changes, s.plan.setStage(at, "R20", routines.StageFindDirection, why)...)
		return d
	}
	next := stepOf(ladderAt(s.cat, step.Family, s.plan.Level(step.Family)))
	if d.Action == ActionStopDirection {
		d.Reason += fmt.Sprintf(" Tomorrow it is tried again at %s.", next.lname())
		return d
	}
	d.Reason += fmt.Sprintf(" After this session, no more %s today; tomorrow it starts again at %s.", dirWords(step.Family), next.lname())
	return d
}

// settled reports that the symptoms have gone, stay in the back (they
// centralized on earlier days), or have left the leg in this session.
func (s *Session) settled(c routines.CheckIn) bool {
	r := extent(c)
	return r <= routines.ReachOneSide || (!r.InLeg() && extent(s.baseline).InLeg())
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
