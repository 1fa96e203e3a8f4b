package coach_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/content"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
)

// The simulation suite runs whole programs day by day, through the same
// state machine the two interfaces drive (routines/flow), on a fake clock:
// each session is the routine home would suggest at that moment, answered
// as the person in the story feels. Each test reads as a story (day,
// answers, plan, reason); the story is printed when a test fails, or with
// go test -v.

// day1 is the morning of the first day of every story (a Monday).
var day1 = time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)

// feel is how the person answers on one day: before each session
// (baseline) and after each set of an exercise; recheck answers the
// recheck after a worse answer.
type feel struct {
	base    routines.CheckIn
	after   func(ex *routines.Exercise) routines.CheckIn
	recheck routines.CheckIn
}

// steady answers every set the same way.
func steady(base, after routines.CheckIn) feel {
	return feel{base: base, after: func(*routines.Exercise) routines.CheckIn { return after }}
}

func pain(moved routines.Moved, r routines.Reach, leg int) routines.CheckIn {
	c := routines.CheckIn{Moved: moved, Reach: r, Leg: routines.LegRight, LegPain: leg}
	if r == routines.ReachNone {
		c.Leg = routines.LegNone
	}
	return c
}

// person lives a program: the plan, the clock, the story.
type person struct {
	t        *testing.T
	cat      *routines.Catalog
	clock    *routines.FakeClock
	plan     coach.Plan
	progress coach.Progress
	story    []string
	// decisions are the coach's words in the last session.
	decisions []routines.DecisionRecord
}

func newPerson(t *testing.T, a coach.Answers) *person {
	t.Helper()
	cat, err := content.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	clock := routines.NewFakeClock(day1.Add(7 * time.Hour))
	p := &person{t: t, cat: cat, clock: clock, plan: coach.DefaultPlan(a, clock.Now())}
	t.Cleanup(func() {
		if t.Failed() || testing.Verbose() {
			t.Log("the story:\n" + strings.Join(p.story, "\n"))
		}
	})
	return p
}

func (p *person) say(format string, args ...any) {
	p.story = append(p.story, fmt.Sprintf(format, args...))
}

// at moves the clock to an hour of day n (day 1 is the first).
func (p *person) at(n int, hour float64) time.Time {
	want := day1.AddDate(0, 0, n-1).Add(time.Duration(hour * float64(time.Hour)))
	if d := want.Sub(p.clock.Now()); d > 0 {
		p.clock.Advance(d)
	}
	return p.clock.Now()
}

// review is what home does when it opens: the rules across days.
func (p *person) review() {
	var ch []coach.PlanChange
	p.plan, ch = coach.Review(p.plan, p.clock.Now())
	for _, c := range ch {
		p.say("    plan: %s %s -> %s (%s): %s", c.What, c.From, c.To, c.RuleID, c.Reason)
	}
}

// directionTest runs the guided test, answering every set with c.
func (p *person) directionTest(n int, base, c routines.CheckIn) {
	p.t.Helper()
	p.at(n, 7.5)
	f := flow.NewTest(p.cat, p.plan, p.clock, flow.Options{})
	p.run(f, feel{base: base, after: func(*routines.Exercise) routines.CheckIn { return c }})
	p.plan = f.Plan()
	p.say("day %d: direction test: %s", n, coach.Standing(p.cat, p.plan))
}

// session runs the routine home suggests now and returns it.
func (p *person) session(fe feel) *routines.Routine {
	p.t.Helper()
	p.review()
	rt := coach.RoutineForAt(p.cat, p.plan, p.clock.Now())
	if rt == nil {
		p.say("  %s: exercises paused", p.clock.Now().Format("15:04"))
		return nil
	}
	f := flow.NewRoutine(p.cat, rt, p.plan, p.clock, flow.Options{})
	p.run(f, fe)
	p.plan = f.Plan()
	var last string
	if n := len(p.decisions); n > 0 {
		last = p.decisions[n-1].RuleID + ": " + p.decisions[n-1].Reason
	}
	p.say("  %s %s [%s] -> %s", p.clock.Now().Format("15:04"), rt.Name, blockIDs(rt), last)
	return rt
}

// run answers a flow until it ends.
func (p *person) run(f *flow.Flow, fe feel) {
	p.t.Helper()
	p.decisions = nil
	b := fe.base
	if err := f.Baseline(b); err != nil {
		p.t.Fatal(err)
	}
	for i := 0; !f.Ended() || f.Need() == flow.NeedAck; i++ {
		if i > 100000 {
			p.t.Fatal("the session never ended")
		}
		switch f.Need() {
		case flow.NeedTimer:
			p.clock.Advance(5 * time.Second)
			f.Advance()
		case flow.NeedCheckIn:
			if err := f.CheckIn(fe.after(f.Runner().Status().Exercise)); err != nil {
				p.t.Fatal(err)
			}
		case flow.NeedRecheck:
			if err := f.CheckIn(fe.recheck); err != nil {
				p.t.Fatal(err)
			}
		case flow.NeedAck:
			f.Ack()
		case flow.NeedNothing, flow.NeedBaseline:
			if f.Ended() {
				break
			}
			p.t.Fatalf("the flow waits for %v", f.Need())
		}
		for _, r := range f.Drain() {
			if d, ok := r.(flow.Decision); ok {
				p.decisions = append(p.decisions, d.Record)
			}
		}
	}
}

// live runs n sessions of day d, two hours apart from 08:00, and writes the
// day into the story and the daily history the referral reads.
func (p *person) live(d, sessions int, fe feel) {
	p.t.Helper()
	p.at(d, 0)
	p.say("day %d (%s): before each session %s, after each set %s",
		d, p.clock.Now().Format("Mon"), words(fe.base), words(fe.after(nil)))
	for i := range sessions {
		p.at(d, 8+2*float64(i))
		p.session(fe)
	}
	now := p.clock.Now()
	log := p.plan.Day(now)
	if p.progress.Start.IsZero() {
		p.progress.Start, p.progress.Baseline = day1.AddDate(0, 0, d-1), fe.base
	}
	p.progress.Days = append(p.progress.Days, coach.Day{Date: day1.AddDate(0, 0, d-1), Sets: log.Sessions,
		Reach: log.Last, LegPain: log.LegLast, Centralized: log.Best < p.progress.Baseline.Reach})
	a := p.plan.Asked(now)
	p.say("  end of day %d: %s · today %s (%d of %d) · next: %s", d, coach.Standing(p.cat, p.plan), a.Words(),
		a.Done(), a.Target(), coach.Outlook(p.cat, p.plan, now))
}

// morning opens home on day d at 07:00 and returns the plan's routine.
func (p *person) morning(d int) *routines.Routine {
	p.at(d, 7)
	p.review()
	return coach.RoutineForAt(p.cat, p.plan, p.clock.Now())
}

func words(c routines.CheckIn) string {
	s := fmt.Sprintf("%s, leg %d/10", c.Reach, c.LegPain)
	if c.Moved != "" {
		s = string(c.Moved) + ", " + s
	}
	return s
}

func blockIDs(r *routines.Routine) string {
	var ids []string
	for _, b := range r.Blocks {
		ids = append(ids, b.Exercise.ID)
	}
	return strings.Join(ids, " ")
}

// want checks the plan's stage and step on the extension or flexion
// ladder.
func (p *person) want(d int, stage routines.Stage, f routines.Family, level int) {
	p.t.Helper()
	if p.plan.Stage != stage || p.plan.Family() != f || p.plan.Level(f) != level {
		p.t.Errorf("day %d: plan %s, want %s at step %d, stage %s", d, coach.Standing(p.cat, p.plan), f, level, stage)
	}
}

// changed reports a plan change by rule to a value on day d.
func (p *person) changed(d int, rule, what, to string) bool {
	k := day1.AddDate(0, 0, d-1).Format(time.DateOnly)
	return slices.ContainsFunc(p.plan.Log, func(c coach.PlanChange) bool {
		return c.RuleID == rule && c.What == what && c.To == to && c.At.Format(time.DateOnly) == k
	})
}

const (
	none    = routines.ReachNone
	central = routines.ReachCentral
	oneSide = routines.ReachOneSide
	buttock = routines.ReachButtock
	thigh   = routines.ReachThigh
	calf    = routines.ReachBelowKnee
	foot    = routines.ReachFoot
	up      = routines.MovedUp
	same    = routines.MovedSame
	down    = routines.MovedDown
	gone    = routines.MovedGone
)
