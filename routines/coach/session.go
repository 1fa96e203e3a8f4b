package coach

import (
	"fmt"
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
	// flareDay is set on the day of a flare and the day after it (R23):
	// the leg is not steady, so the nerve slider and core work wait (R13,
	// R14) as after a red.
	flareDay bool
	// legHigh is set when the session's baseline has the leg pain neither
	// centralized nor mild: core work waits for the session (R14). A later
	// check-in worse than a mild baseline goes to its recheck, whose red
	// drops core work too.
	legHigh bool
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
	s.flareDay = s.plan.flareRecent(now)
	s.legHigh = !legMild(s.plan.Program, baseline)
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
	if w, ok := insteadOf(cat, s.plan, rt, now); ok {
		// The plan's routine stands in for a stopped direction: say which,
		// and why (R5, R12, R20).
		d.Reason += " " + w.Words()
		if d.RuleID == "R3" {
			d.RuleID = w.RuleID
		}
	}
	return s, s.emit(d), nil
}

// AfterSet answers the check-in after a set of ex. Pass validated
// check-ins; c.At dates any plan change. When a recheck is waiting, the
// check-in is taken as the recheck.
func (s *Session) AfterSet(ex *routines.Exercise, c routines.CheckIn) Decision {
	return s.afterSet(ex, c, false)
}

// AfterSkippedSet answers the check-in after a set of ex cut short with
// skip. It counts for safety as after any set (an urgent symptom stops, a
// worse answer gets its recheck), but the set is not a set done: it counts
// neither toward the day's sets (R24) nor toward the sets without change
// that step the force up (R19).
func (s *Session) AfterSkippedSet(ex *routines.Exercise, c routines.CheckIn) Decision {
	return s.afterSet(ex, c, true)
}

func (s *Session) afterSet(ex *routines.Exercise, c routines.CheckIn, skipped bool) Decision {
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
	if !skipped {
		s.noteDone(step, c.At)
	}
	r := Classify(s.baseline, s.prev, c)
	before := s.prev
	s.prev = c
	if r.Pending {
		// Only a lasting change counts (section 2): the day's log waits (R23).
		s.pending = &recheck{step: step, before: before, after: c}
		return s.emit(recheckDecision(step, r, restStep(s.cat, s.opt.rest())))
	}
	s.plan.dayLog().noteCheckIn(c)
	if skipped {
		cur := step
		why := r.Explain(step.lname())
		if r.Light == LightGreen {
			// Only a lasting change after a set done counts (R4): an
			// easing after a set cut short is not read as centralization,
			// nor kept as one in the day's log.
			r.Light = LightNone
			why = "You said the pain eased or moved up, but that set was skipped, so centra does not count it as centralization: a set done in full shows whether the change lasts."
		}
		s.plan.dayLog().noteLight(c.At, r.Light)
		return s.emit(Decision{Action: ActionContinue, RuleID: "R24", Light: r.Light, Response: &r, Current: &cur, Next: &cur,
			Reason: why + " That set was skipped, so it counts neither as a set done today nor toward the sets that add force."})
	}
	s.plan.dayLog().noteLight(c.At, r.Light)
	if r.Light == LightGreen {
		s.noChange = 0
		s.keepStep(step.Family)
		return s.emit(keepGoing(step, r, "Keep going: next set the same."))
	}
	if !step.Family.Directional() {
		return s.emit(s.carryOn(step, r))
	}
	switch s.settled(c) {
	case settledGone:
		// The leg symptoms went in this session, or the pain has gone, and
		// it stays so: keep the direction and force (R4).
		s.keepStep(step.Family)
		r.RuleID = "R4"
		return s.emit(keepGoing(step, r, settledWords(c)))
	case settledBack:
		// In the back only since the baseline, as on the days the plan's
		// direction moved it there: the step is kept (R19). No change here
		// is no centralization, so it is not R4.
		s.keepStep(step.Family)
		cur := step
		why := "The pain stays in your back, out of the leg, so your step is kept: keep going at this level."
		if c.LegPain > 0 {
			why = fmt.Sprintf("The pain reaches no further than %s, but the leg pain is still %d/10; your step is kept: keep going at this level.",
				place(extent(c)), c.LegPain)
		}
		return s.emit(Decision{Action: ActionContinue, RuleID: "R19", Light: r.Light, Response: &r, Current: &cur, Next: &cur,
			Reason: r.Explain(step.lname()) + " " + why})
	}
	return s.emit(s.unchanged(step, r, c.At))
}

// carryOn answers a set of an exercise that loads no direction: the nerve
// slider goes on while the leg stays steady (R13), core work too (R14); a
// walk or a rest position carries on with the reading's own rule.
func (s *Session) carryOn(step Step, r Response) Decision {
	d := keepGoing(step, r, "Carry on.")
	if r.Light != LightNone {
		return d
	}
	switch step.Family {
	case routines.FamilyNeural:
		d.RuleID = "R13"
		d.Reason = r.Explain(step.lname()) + " Your leg is steady, so the slider goes on: slow, light tension only."
	case routines.FamilyCore:
		d.RuleID = "R14"
		d.Reason = r.Explain(step.lname()) + " Your leg is steady, so core work goes on: short holds, stop if the leg pain spreads."
	}
	return d
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
	if r.Light == LightRed {
		s.plan.dayLog().noteCheckIn(p.after) // it lasted: the day's worst
	}
	s.plan.dayLog().noteCheckIn(c)
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

// How far a check-in has settled (Session.settled).
const (
	notSettled = iota
	// settledGone: the symptoms have gone, or have left the leg in this
	// session.
	settledGone
	// settledBack: they stay in the back, where they were at the baseline
	// (they centralized on earlier days), with the plan's direction found.
	settledBack
)

// settled reports that the symptoms have gone, have left the leg in this
// session, or stay in the back where the plan's direction moved them on
// earlier days. Before a direction is found, pain in the back that does
// not change is no change (R8).
func (s *Session) settled(c routines.CheckIn) int {
	r := extent(c)
	switch {
	case r == routines.ReachNone || (!r.InLeg() && extent(s.baseline).InLeg()):
		return settledGone
	case r <= routines.ReachOneSide && s.plan.Stage != routines.StageFindDirection && s.plan.Family() == s.cur.Family:
		return settledBack
	}
	return notSettled
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
	if s.pending != nil {
		s.plan.dayLog().noteCheckIn(s.pending.after) // never rechecked: it counts
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
	if s.sawRed || s.flareDay {
		out = calmOnly(s.cat, out)
	}
	if s.legHigh {
		out = withoutCore(s.cat, out)
	}
	return out
}

// Plan is the plan as the session's decisions left it; a worse reading
// waiting for its recheck counts in the day's log (never shown to settle).
func (s *Session) Plan() Plan {
	p := s.plan.Clone()
	if s.pending != nil {
		p.dayLog().noteCheckIn(s.pending.after)
	}
	return p
}

// Decisions lists every decision of the session, the opening one first.
func (s *Session) Decisions() []Decision { return append([]Decision(nil), s.log...) }

// Pending reports a recheck in waiting: run the rest, then AfterRecheck.
func (s *Session) Pending() bool { return s.pending != nil }

// Stopped reports a red-flag stop: the session must end.
func (s *Session) Stopped() bool { return s.stopped != nil }
