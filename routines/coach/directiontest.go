package coach

import (
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/centra-app/centra/routines"
)

// DirectionTest is the guided test of the directional preference, as a
// state machine: Next says the set to do, AfterSet and AfterRecheck take
// the answers, and Result holds the outcome once Done. It walks each
// direction's ladder from the least force (R8: more force after 2 sets
// without change), switches direction after a red (R5) or when a ladder
// runs out (R9), names a direction after 2 sets in a row with a lasting
// improvement (R11), and ends without one when every direction is spent
// (R12). A direction is named only when its sets leave the symptoms better
// than at the start of the test, never merely back to it.
type DirectionTest struct {
	cat      *routines.Catalog
	opt      Options
	plan     Plan
	baseline routines.CheckIn
	prev     routines.CheckIn
	order    []routines.Family
	di       int
	level    int
	ceiling  int
	noChange int
	sets     int
	// chain counts the sets in a row that improved and held; chainStart
	// and chainWhat say where it began.
	chain      int
	chainStart routines.CheckIn
	chainWhat  Response
	pending    *recheck
	ended      map[routines.Family]Light
	evidence   []string
	done       bool
	result     TestResult
	log        []Decision
}

// TestResult is how a direction test ended.
type TestResult struct {
	// Found is true when a direction helps; Direction is then that
	// direction and Level the rung that helped. Otherwise Direction is
	// neutral.
	Found     bool               `json:"found"`
	Direction routines.Direction `json:"direction"`
	Level     int                `json:"level,omitempty"`
	// Evidence says what happened in the person's own answers, e.g. "After
	// 2 sets of press-up, your leg pain moved from below the knee to the
	// thigh."
	Evidence []string `json:"evidence"`
	// Plan is the plan the result makes, to save.
	Plan Plan `json:"plan"`
	// Decision is the last decision: direction found, no preference, or a
	// red-flag stop.
	Decision Decision `json:"decision"`
	// Stopped is true when a red flag ended the test.
	Stopped bool `json:"stopped,omitempty"`
}

// NewDirectionTest starts the test from the plan (FlexionFirst chooses the
// first direction) and the baseline (R3). The opening decision names the
// first direction and why (R9, R10), or stops at once (R1, R2).
func NewDirectionTest(cat *routines.Catalog, plan Plan, baseline routines.CheckIn, opt Options) (*DirectionTest, Decision, error) {
	d, err := ruleR3Baseline(baseline)
	if err != nil {
		return nil, Decision{}, err
	}
	order, last, rule := directionOrderSpent(cat, plan, baseline)
	if len(order) == 0 {
		return nil, Decision{}, errors.New("coach: the library has no direction exercises to test")
	}
	t := &DirectionTest{cat: cat, opt: opt, plan: plan.Clone(), baseline: baseline, prev: baseline,
		order: order, ended: map[routines.Family]Light{}}
	t.startDirection()
	if stop := opening(&t.plan, baseline); stop != nil {
		return t, t.finish(*stop, false, true), nil
	}
	first := t.Next()
	d.RuleID, d.Next = rule, &first
	why := " We start with bending backwards: when a direction of movement helps, it is usually this one."
	if rule == "R10" {
		why = " You said standing or walking brings the pain on and sitting or leaning forward eases it, so we start with bending forwards."
	}
	if len(last) > 0 {
		names := make([]string, len(last))
		for i, f := range last {
			names[i] = dirWords(f)
		}
		they := "it comes"
		if len(last) > 1 {
			they = "they come"
		}
		why = fmt.Sprintf(" %s already made your pain worse, so %s last this time (rule R9). We start with %s.",
			upperFirst(joinAnd(names)), they, dirWords(order[0]))
		if len(last) == len(order) {
			why = fmt.Sprintf(" %s already made your pain worse, so the test tries again from the gentlest step and checks after every set (rule R9).",
				upperFirst(joinAnd(names)))
		}
	}
	d.Reason += why + " First: " + first.lname() + "."
	return t, t.emit(d), nil
}

// testDose is the dose of one test set: 10 reps, one set of holds, or up
// to 2 minutes in a position.
func testDose(d routines.Dose) routines.Dose {
	d.Sets = 1
	switch d.Kind {
	case routines.DoseReps:
		d.Reps = testReps
	case routines.DoseTimed:
		if d.Duration <= 0 || d.Duration > 2*time.Minute {
			d.Duration = 2 * time.Minute
		}
	case routines.DoseHolds:
		if len(d.Holds) > 1 {
			d.Holds = d.Holds[:1]
		}
	}
	return d
}

// Next is what to do now: the next test set (exercise and dose), the
// timed rest while a recheck waits, or nothing once the test is done.
func (t *DirectionTest) Next() Step {
	if t.done {
		return Step{}
	}
	if t.pending != nil {
		return restStep(t.cat, t.opt.rest())
	}
	f := t.order[t.di]
	ex := ladderAt(t.cat, f, t.level)
	s := stepOf(ex)
	s.Dose = testDose(ex.Dose)
	if f == routines.FamilySideGlide {
		s.Side = t.baseline.Leg
	}
	return s
}

// AfterSet takes the check-in after a test set. When a recheck is
// waiting, the check-in is taken as the recheck.
func (t *DirectionTest) AfterSet(c routines.CheckIn) Decision {
	if t.done {
		return t.result.Decision
	}
	if t.pending != nil {
		return t.AfterRecheck(c)
	}
	if d := t.guard(c); d != nil {
		return *d
	}
	step := t.Next()
	r := Classify(t.baseline, t.prev, c)
	before := t.prev
	t.prev = c
	t.sets++
	if r.Pending {
		t.chain = 0
		t.pending = &recheck{step: step, before: before, after: c}
		return t.emit(recheckDecision(step, r, restStep(t.cat, t.opt.rest())))
	}
	ahead := t.ahead(c)
	switch {
	case r.Light == LightGreen && ahead:
		if t.chain == 0 {
			t.chainStart, t.chainWhat = before, r
		}
		t.chain++
		t.noChange = 0
	case t.chain > 0 && ahead: // no change after a gain: the gain held
		t.chain++
	default:
		t.chain = 0
	}
	if t.chain >= foundSets {
		return t.found(step, c)
	}
	if t.chain > 0 {
		return t.emit(keepGoing(step, r, "Keep going: one more set to see if it lasts."))
	}
	if r.Light == LightGreen {
		// Better than the set before, no better than the start (say, back
		// from a flare): no gain yet, so it counts as no change.
		r = Response{Kind: KindNoChange, Light: LightNone, RuleID: r.RuleID}.with(
			r.what, "that is about where it was at the start of the test, so not yet a gain")
	}
	t.noChange++
	need := t.opt.noChange(testNoChangeSets)
	d := ruleR8NoChange(t.cat, step, t.noChange, need, t.ceiling, r)
	switch {
	case d.Action == ActionProgress:
		t.note(fmt.Sprintf("%d sets of %s: no change (the pain stayed %s).", t.sets, step.lname(), where(c.Reach)))
		t.level, t.noChange, t.sets = d.Next.Level, 0, 0
		next := t.Next()
		d.Next = &next
		return t.emit(d)
	case t.noChange < need:
		return t.emit(d)
	}
	t.note(fmt.Sprintf("%d sets of %s: no change (the pain stayed %s).", t.sets, step.lname(), where(c.Reach)))
	if t.ended[step.Family] == "" {
		t.ended[step.Family] = LightNone
	}
	why := "No change with " + dirWords(step.Family)
	switch {
	case t.ceiling != math.MaxInt:
		why += ", and after the flare the test does not add force"
	case len(t.cat.Ladder(step.Family)) > 1:
		why += ", even with more force"
	}
	return t.switchDirection(step, c.At, "R9", LightNone, why+".")
}

// AfterRecheck takes the recheck after the timed rest: red ends the
// direction (R5), amber keeps the same force with no step up (R6, or R17
// for tingling that stays), and residual tingling that settled counts as
// green (R4).
func (t *DirectionTest) AfterRecheck(c routines.CheckIn) Decision {
	if t.done {
		return t.result.Decision
	}
	if d := t.guard(c); d != nil {
		return *d
	}
	if t.pending == nil {
		return t.AfterSet(c)
	}
	p := *t.pending
	t.pending = nil
	r := ClassifyRecheck(t.baseline, p.before, p.after, c)
	t.prev = c
	switch r.Light {
	case LightRed:
		trigger := Classify(t.baseline, p.before, p.after)
		t.note(fmt.Sprintf("%s: %s, and it had not settled after a rest.", upperFirst(p.step.lname()), lowerFirst(trigger.what)))
		t.ended[p.step.Family] = LightRed
		t.plan.MarkRed(c.At, p.step.Family, p.step.Level)
		t.plan.dayLog().noteLight(c.At, LightRed) // no steady day (R21)
		d := ruleR5Red(t.cat, p.step, r, true)
		return t.switchDirection(p.step, c.At, d.RuleID, LightRed, d.Reason)
	case LightAmber:
		t.note(fmt.Sprintf("%s: worse for a few minutes, then back to how it was.", upperFirst(p.step.lname())))
		t.ended[p.step.Family] = LightAmber
		t.ceiling, t.noChange, t.chain = p.step.Level, 0, 0
		return t.emit(ruleR6Amber(p.step, r))
	}
	if !t.ahead(c) {
		t.chain = 0
		return t.emit(keepGoing(p.step, r, "Keep going: next set the same."))
	}
	if t.chain == 0 {
		t.chainStart, t.chainWhat = p.before, Classify(t.baseline, p.before, p.after)
	}
	t.chain++
	if t.chain >= foundSets {
		return t.found(p.step, c)
	}
	return t.emit(keepGoing(p.step, r, "Keep going: one more set to see if it lasts."))
}

// ahead reports a check-in better than at the start of the test, and not
// waiting on a recheck: the pain or tingling reaches less far or has gone
// (R4), or the pain is meaningfully lower (R15). Back to the start is not
// ahead. The one-keypress answer compares with the check-in just before,
// not with the start, so only "further down" is kept.
func (t *DirectionTest) ahead(c routines.CheckIn) bool {
	if c.Moved != routines.MovedDown {
		c.Moved = ""
	}
	r := Classify(t.baseline, t.baseline, c)
	return r.Light == LightGreen && !r.Pending
}

// startDirection puts the test at the bottom of the current direction,
// read against the start of the test: after a red, the next direction is
// not credited with the way back from it.
func (t *DirectionTest) startDirection() {
	t.level = t.cat.Ladder(t.order[t.di])[0].Level
	t.ceiling = math.MaxInt
	t.noChange, t.sets, t.chain = 0, 0, 0
	t.prev = t.baseline
}

// switchDirection leaves the current direction for the next one, or ends
// the test without a direction (R12).
func (t *DirectionTest) switchDirection(step Step, at time.Time, rule string, light Light, why string) Decision {
	t.tested(step, at, light)
	if t.di+1 >= len(t.order) {
		allRed := true
		for _, f := range t.order {
			allRed = allRed && t.ended[f] == LightRed
		}
		d := ruleR12NoPreference(&t.plan, at, allRed)
		s := step
		d.Current = &s
		d.Reason = sentence(why) + " " + d.Reason
		return t.finish(d, false, false)
	}
	t.di++
	t.startDirection()
	next := t.Next()
	reason := sentence(why) + " Next: " + next.lname()
	if next.Family == routines.FamilySideGlide {
		side := "painful"
		if next.Side == routines.LegLeft || next.Side == routines.LegRight {
			side = string(next.Side)
		}
		reason += fmt.Sprintf(", with your %s side away from the wall", side)
	}
	s := step
	return t.emit(Decision{Action: ActionSwitchDirection, RuleID: rule, Light: light,
		Current: &s, Next: &next, Reason: reason + "."})
}

// found names the direction (R11).
func (t *DirectionTest) found(step Step, c routines.CheckIn) Decision {
	what := t.chainWhat.what
	if rs := Classify(t.baseline, t.chainStart, c); rs.Light == LightGreen && !rs.Pending {
		what = rs.what
	}
	line := fmt.Sprintf("After %d sets of %s, %s.", t.chain, step.lname(), lowerFirst(what))
	t.note(line)
	t.ended[step.Family] = LightGreen
	d := ruleR11Prescribe(&t.plan, step, c.At, line)
	t.tested(step, c.At, LightGreen)
	return t.finish(d, true, false)
}

// tested keeps what the test found for one direction in the plan.
func (t *DirectionTest) tested(step Step, at time.Time, light Light) {
	if t.plan.Tested == nil {
		t.plan.Tested = map[routines.Direction]Tested{}
	}
	ev := ""
	if n := len(t.evidence); n > 0 {
		ev = t.evidence[n-1]
	}
	t.plan.Tested[directionOf(step.Family)] = Tested{At: at, Light: light, Level: step.Level, Evidence: ev}
}

func (t *DirectionTest) finish(d Decision, found, stopped bool) Decision {
	t.done = true
	t.result = TestResult{Found: found, Direction: routines.DirectionNeutral, Evidence: t.evidence,
		Plan: t.plan.Clone(), Decision: d, Stopped: stopped}
	if found {
		t.result.Direction, t.result.Level = t.plan.Direction, d.Next.Level
	}
	return t.emit(d)
}

func (t *DirectionTest) guard(c routines.CheckIn) *Decision {
	d := guard(&t.plan, t.baseline, c)
	if d == nil {
		return nil
	}
	t.pending = nil
	out := t.finish(*d, false, true)
	return &out
}

func (t *DirectionTest) note(s string) { t.evidence = append(t.evidence, s) }

func (t *DirectionTest) emit(d Decision) Decision {
	t.log = append(t.log, d)
	return d
}

// Done reports the end of the test.
func (t *DirectionTest) Done() bool { return t.done }

// Pending reports a recheck in waiting: run the rest, then AfterRecheck.
func (t *DirectionTest) Pending() bool { return t.pending != nil }

// Result is the outcome once the test is done.
func (t *DirectionTest) Result() (TestResult, bool) { return t.result, t.done }

// Plan is the plan as it stands, with any hold a red flag put on it.
func (t *DirectionTest) Plan() Plan { return t.plan.Clone() }

// Decisions lists every decision of the test, the opening one first.
func (t *DirectionTest) Decisions() []Decision { return append([]Decision(nil), t.log...) }
