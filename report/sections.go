package report

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/function"
)

func firstRun(a coach.Answers, ok bool) FirstRun {
	if !ok {
		return FirstRun{}
	}
	f := FirstRun{Answered: true, Age: a.AgeBand}
	for _, w := range []struct {
		on   bool
		what string
	}{{a.Worse.Sitting, "sitting"}, {a.Worse.Bending, "bending forward"}, {a.Worse.Standing, "standing"}, {a.Worse.Walking, "walking"}} {
		if w.on {
			f.Worse = append(f.Worse, w.what)
		}
	}
	if a.EasedBy.Sitting {
		f.Better = append(f.Better, "sitting down")
	}
	if a.EasedBy.LeaningForward {
		f.Better = append(f.Better, "leaning forward")
	}
	if c := a.Baseline; c != nil {
		f.Start = fmt.Sprintf("Starting point noted before any exercise: pain reaching %s (%d), leg pain %d/10, back pain %d/10",
			c.Reach, c.Reach, c.LegPain, c.BackPain)
		if c.Tingling {
			f.Start += fmt.Sprintf(", tingling or numbness reaching %s (%d)", c.TinglingReach, c.TinglingReach)
		}
		f.Start += "."
	}
	return f
}

func screening(a coach.Answers, ok bool) string {
	if !ok || len(a.RedFlags) == 0 {
		return "The screening questions have not been answered yet."
	}
	var yes []string
	for _, q := range coach.RedFlagQuestions() {
		if a.RedFlags[q.ID] {
			yes = append(yes, q.Short)
		}
	}
	if len(yes) == 0 {
		return fmt.Sprintf("All %d screening questions were answered no at the start.", len(a.RedFlags))
	}
	return "Answered yes at screening: " + strings.Join(yes, "; ") + "."
}

func familyOf(d routines.Direction) routines.Family {
	return coach.Plan{Direction: d}.Family()
}

// stepName names a step of a ladder: "step 3, Press-up".
func (b *builder) stepName(f routines.Family, level int) string {
	s := fmt.Sprintf("step %d", level)
	if b.cat != nil {
		for _, e := range b.cat.Ladder(f) {
			if e.Level == level {
				return s + ", " + e.Name
			}
		}
	}
	return s
}

func (b *builder) exerciseName(id string) string {
	if b.cat != nil {
		if e, ok := b.cat.Exercise(id); ok {
			return e.Name
		}
	}
	return id
}

// planNow says the plan and lists its changes.
func (b *builder) planNow() {
	p := &b.r.Plan
	if !b.has {
		return
	}
	p.Exists = true
	pl := b.plan
	s := stageWords(pl.Stage)
	if f := pl.Family(); f != "" && pl.Stage != routines.StageFindDirection {
		s += fmt.Sprintf("; now at %s of the %s ladder", b.stepName(f, pl.Level(f)), strings.ReplaceAll(string(f), "-", " "))
	}
	from, to := pl.WakingFrom, pl.WakingTo
	if from == 0 && to == 0 {
		from, to = coach.DefaultWakingFrom, coach.DefaultWakingTo
	}
	every := pl.Every
	if every <= 0 {
		every = coach.DefaultEvery
	}
	p.Now = fmt.Sprintf("Stage: %s. Rhythm: a set every %s from %s to %s; daily target: %s.", s,
		routines.FormatDuration(every), from, to, pl.Asked(time.Time{}).TargetWords())
	if pl.Family() != "" && pl.Stage != routines.StageFindDirection && pl.Hold == nil {
		p.Outlook = clinical(coach.Outlook(b.cat, pl, b.r.Now))
	}
	p.Referral = clinical(app.ReferralLine(pl, app.ProgressOf(appDays(b.days)), b.r.Now))
	p.Defaults = pl.Program.Defaults()
	for i := range p.Defaults {
		p.Defaults[i].RuleID = b.cite(p.Defaults[i].RuleID) // the rule's number, explained at the end
	}
	const shown = 10
	log := pl.Log
	if len(log) > shown {
		p.Earlier, log = len(log)-shown, log[len(log)-shown:]
	}
	for _, c := range log {
		p.Changes = append(p.Changes, Change{At: b.in(c.At), What: b.changeWhat(c), Reason: b.changeWhy(c), Rule: b.cite(c.RuleID)})
	}
}

func stageWords(s routines.Stage) string {
	switch s {
	case routines.StageFindDirection:
		return "finding the direction that helps"
	case routines.StageRelief:
		return "relief (sets of the direction that helps)"
	case routines.StageMobility:
		return "mobility (relief sets, and the nerve slider once a day)"
	case routines.StageStrength:
		return "strength (relief sets, and one short core session a day)"
	case routines.StageMaintenance:
		return "maintenance (one daily routine and a few relief sets)"
	}
	return strings.ReplaceAll(string(s), "-", " ")
}

// changeWhat says a change of the plan in words.
func (b *builder) changeWhat(c coach.PlanChange) string {
	arrow := func(from, to string) string {
		if from == "" {
			return to
		}
		return from + " → " + to
	}
	switch {
	case c.What == "direction" && c.From == c.To:
		return "Direction confirmed: " + dirWords(c.To)
	case c.What == "direction":
		return "Direction: " + arrow(dirWords(c.From), dirWords(c.To))
	case c.What == "stage":
		return "Stage: " + arrow(stageShort(c.From), stageShort(c.To))
	case strings.HasPrefix(c.What, "level:"):
		f := routines.Family(strings.TrimPrefix(c.What, "level:"))
		step := func(s string) string {
			var n int
			if _, err := fmt.Sscan(s, &n); err != nil || s == "" {
				return s
			}
			name := b.stepName(f, n)
			if _, ex, ok := strings.Cut(name, ", "); ok {
				return fmt.Sprintf("%s (%d)", ex, n)
			}
			return name
		}
		return fmt.Sprintf("%s step: %s", upperFirst(strings.ReplaceAll(string(f), "-", " ")), arrow(step(c.From), step(c.To)))
	case c.What == "every":
		return "Rhythm: " + arrow(c.From, c.To)
	case c.What == "hold" && c.From == "paused":
		return "Exercises resumed after a clinician's clearance"
	case c.What == "hold" && c.To == "emergency":
		return "Exercises paused: emergency stop"
	case c.What == "hold":
		return "Exercises paused: urgent medical review"
	case c.What == "flare":
		if t, err := time.ParseInLocation(time.DateOnly, c.To, b.r.Now.Location()); err == nil {
			return "A flare on " + t.Format("Mon 2 Jan") + ": already at relief, the stage stays"
		}
		return "A flare: already at relief, the stage stays"
	}
	return strings.ReplaceAll(c.What, "-", " ") + ": " + arrow(c.From, c.To)
}

// changeWhy says why the plan changed, for a clinician: the coach's
// reason in the third person; for a pause, what was reported.
func (b *builder) changeWhy(c coach.PlanChange) string {
	switch {
	case c.What == "hold" && c.From == "paused":
		return "The person confirmed that a clinician had checked them and cleared them to exercise; the plan resumed where it was."
	case c.What == "hold":
		return "Reported: " + stopWhat(nil, c.Reason, coach.Answers{}) + "."
	}
	return clinical(c.Reason)
}

func dirWords(id string) string {
	if id == "" {
		return ""
	}
	return routines.DirectionWords(routines.Direction(id))
}

func stageShort(s string) string { return strings.ReplaceAll(s, "-", " ") }

func (b *builder) pain() error {
	days, err := b.st.Days().Summaries(b.ctx, b.r.From, b.until)
	if err != nil {
		return err
	}
	b.days = days
	p := &b.r.Pain
	var legs, reaches []float64
	for _, d := range days {
		p.Days = append(p.Days, Day{Day: d.Day, CheckIns: d.CheckIns, ReachAvg: d.ReachAvg, ReachMax: d.ReachMax,
			LegPain: d.LegPainAvg, Sessions: d.Done, Sets: d.SetsDone})
		if d.CheckIns > 0 {
			legs, reaches = append(legs, d.LegPainAvg), append(reaches, d.ReachAvg)
		}
	}
	p.Weeks = weeks(p.Days)
	if c, ok := function.LegPain(legs); ok {
		p.LegPain = &c
		b.cite("R15")
	}
	p.Centralizing = centralizing(reaches)
	return nil
}

// weeks groups the days by seven from the first.
func weeks(days []Day) []Week {
	var out []Week
	for i := 0; i < len(days); i += 7 {
		wk := days[i:min(i+7, len(days))]
		w := Week{From: wk[0].Day, To: wk[len(wk)-1].Day}
		var reach, leg float64
		for _, d := range wk {
			w.Sessions += d.Sessions
			w.CheckIns += d.CheckIns
			reach += d.ReachAvg * float64(d.CheckIns)
			leg += d.LegPain * float64(d.CheckIns)
			w.ReachMax = max(w.ReachMax, d.ReachMax)
		}
		if w.CheckIns > 0 {
			w.ReachAvg, w.LegPain = reach/float64(w.CheckIns), leg/float64(w.CheckIns)
		}
		out = append(out, w)
	}
	return out
}

// centralizing compares how far down the pain reached at the start and
// lately (function.PainDays days with check-ins at each end).
func centralizing(reach []float64) string {
	n := function.PainDays
	if len(reach) < 2*n {
		return fmt.Sprintf("Too few days with check-ins (%d) to say whether the pain is centralizing: it takes %d.", len(reach), 2*n)
	}
	mean := func(xs []float64) float64 {
		s := 0.0
		for _, x := range xs {
			s += x
		}
		return s / float64(len(xs))
	}
	a, z := mean(reach[:n]), mean(reach[len(reach)-n:])
	at := func(r float64) string {
		return fmt.Sprintf("%s (%s)", function.Num(r), routines.Reach(int(math.Round(r))))
	}
	s := fmt.Sprintf("How far down the pain reached, on the 0-6 scale: %s on average over the first %d days with check-ins, %s over the last %d",
		at(a), n, at(z), n)
	switch d := z - a; {
	case d <= -function.ReachRegions:
		return s + ": it is centralizing, reaching less far down the leg."
	case d >= function.ReachRegions:
		return s + ": it is spreading further down the leg (peripheralizing)."
	}
	return s + ": about as far as at the start, within one region."
}

func (b *builder) moves() error {
	rs, err := b.st.Report().Responses(b.ctx, b.r.From, b.until)
	if err != nil {
		return err
	}
	for _, m := range rs {
		b.r.Moves = append(b.r.Moves, Move{Name: b.exerciseName(m.ExerciseID), Sets: m.Sets,
			Answers: m.Up + m.Same + m.Down + m.Gone, Up: m.Up, Same: m.Same, Down: m.Down, Gone: m.Gone})
	}
	return nil
}

// familyWords names a ladder in words, never by its id: "side glide",
// not "side-glide".
func familyWords(f routines.Family) string {
	return strings.ReplaceAll(string(f), "-", " ")
}

func (b *builder) doses() error {
	ds, err := b.st.Report().Doses(b.ctx, b.r.From, b.until)
	if err != nil {
		return err
	}
	for _, d := range ds {
		dose := Dose{Name: b.exerciseName(d.ExerciseID), Sets: d.Sets, Days: d.Days, Last: b.in(d.Last)}
		if d.Family.Directional() {
			dose.Step = fmt.Sprintf("step %d of %s", d.Level, familyWords(d.Family))
		}
		if d.Days > 0 {
			dose.PerDay = float64(d.Sets) / float64(d.Days)
		}
		b.r.Doses = append(b.r.Doses, dose)
	}
	sort.SliceStable(b.r.Doses, func(i, j int) bool { return b.r.Doses[i].Sets > b.r.Doses[j].Sets })
	return nil
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// appDays gives the history's days to the read model's words.
func appDays(days []history.DaySummary) []app.Day {
	out := make([]app.Day, len(days))
	for i, d := range days {
		out[i] = app.Day(d)
	}
	return out
}
