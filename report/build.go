package report

import (
	"context"
	"fmt"
	"time"

	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/function"
)

// DefaultWeeks is how far back a report reaches when no --since is given:
// from the day the person started, but at most this many weeks, so that it
// still prints on two pages. A design default.
const DefaultWeeks = 12

// Options choose what a report covers.
type Options struct {
	// Now is when the report is made; every time is written in its
	// location.
	Now time.Time
	// Since is the first day asked for; zero means from the day the
	// person started (at most DefaultWeeks back).
	Since time.Time
	// Catalog names the exercises; nil leaves their ids.
	Catalog *routines.Catalog
}

// Build reads the report from the history.
func Build(ctx context.Context, st *history.Store, o Options) (Report, error) {
	r := Report{Now: o.Now, Disclaimer: disclaimer}
	first, any, err := st.Days().First(ctx)
	if err != nil {
		return r, err
	}
	r.From, r.To, r.Period = period(o.Now, o.Since, first, any)
	until := r.To.AddDate(0, 0, 1)
	r.Days = len(dayList(r.From, until))
	r.Empty = !any || first.After(until)
	b := builder{ctx: ctx, st: st, r: &r, cat: o.Catalog, until: until}
	for _, step := range []func() error{b.state, b.pain, b.function, b.moves, b.doses, b.adherence, b.walks, b.episodes, b.flags, b.triggers} {
		if err := step(); err != nil {
			return r, err
		}
	}
	r.Rules = b.rules()
	return r, nil
}

// period picks the days covered: from the day asked for, or the day the
// person started, whichever is later, to today.
func period(now, since, first time.Time, any bool) (from, to time.Time, words string) {
	loc := now.Location()
	midnight := func(t time.Time) time.Time {
		t = t.In(loc)
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc)
	}
	to = midnight(now)
	cap := to.AddDate(0, 0, -7*DefaultWeeks+1)
	switch {
	case !any:
		from = to
		if !since.IsZero() {
			from = midnight(since)
		}
		return from, to, "Nothing has been recorded yet."
	case since.IsZero() && midnight(first).Before(cap):
		return cap, to, fmt.Sprintf("The last %d weeks, %s to %s. They started with centra on %s.",
			DefaultWeeks, day(cap), day(to), day(first))
	case since.IsZero():
		from = midnight(first)
		return from, to, fmt.Sprintf("From %s, the day they started with centra, to %s.", day(from), day(to))
	case midnight(since).Before(midnight(first)):
		from = midnight(first)
		return from, to, fmt.Sprintf("From %s, the day they started with centra (asked from %s), to %s.",
			day(from), day(midnight(since)), day(to))
	}
	from = midnight(since)
	return from, to, fmt.Sprintf("From %s to %s. They started with centra on %s.", day(from), day(to), day(first))
}

func day(t time.Time) string { return t.Format("Mon 2 Jan 2006") }

// dayList lists the midnights from from up to until.
func dayList(from, until time.Time) []time.Time {
	var out []time.Time
	for d := from; d.Before(until); d = time.Date(d.Year(), d.Month(), d.Day()+1, 0, 0, 0, 0, d.Location()) {
		out = append(out, d)
	}
	return out
}

// builder fills one report.
type builder struct {
	ctx   context.Context
	st    *history.Store
	r     *Report
	cat   *routines.Catalog
	until time.Time
	plan  coach.Plan
	has   bool
	days  []history.DaySummary
	// cited are the rules referred to, in the order first cited.
	cited []string
}

// in is t in the report's location.
func (b *builder) in(t time.Time) time.Time { return t.In(b.r.Now.Location()) }

// cite notes that a sentence refers to rule id and returns its number.
func (b *builder) cite(id string) string {
	n := ruleNumber(id)
	if n == "" {
		return ""
	}
	for _, c := range b.cited {
		if c == id {
			return n
		}
	}
	b.cited = append(b.cited, id)
	return n
}

func (b *builder) state() error {
	var err error
	if b.plan, b.has, err = persist.LoadPlan(b.ctx, b.st.Journal()); err != nil {
		return err
	}
	answers, ok, err := persist.LoadAnswers(b.ctx, b.st.Journal())
	if err != nil {
		return err
	}
	b.r.FirstRun = firstRun(answers, ok)
	b.r.RedFlags.Screening = screening(answers, ok)
	tests, err := persist.LoadTests(b.ctx, b.st.Journal())
	if err != nil {
		return err
	}
	b.direction(tests)
	b.planNow()
	return nil
}

func (b *builder) function() error {
	recs, err := b.st.Function().Measures(b.ctx, b.r.From, b.until)
	if err != nil {
		return err
	}
	f := &b.r.Function
	for _, rec := range recs {
		rec.At = b.in(rec.At)
		f.Measures = append(f.Measures, rec.Measure)
	}
	f.Changes = function.Progress(f.Measures)
	switch len(f.Measures) {
	case 0:
		f.Note = "Not measured yet: no weekly function measure in this period (the person is asked once a week and may skip it)."
	case 1:
		f.Note = "Measured once so far: a change shows from the second weekly measure."
	}
	return nil
}

func (b *builder) adherence() error {
	done, err := b.st.Report().SessionsDone(b.ctx, b.r.From, b.until)
	if err != nil {
		return err
	}
	b.r.Adherence = adherenceOf(b.days, done, b.plan, b.has)
	return nil
}
