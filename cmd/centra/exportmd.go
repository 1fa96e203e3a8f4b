package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/adherence"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/tui"
)

// writeSummary writes the one-page clinician summary in Markdown: the plan
// and direction with their dates, the trend in numbers week by week, the
// responses per movement, adherence, red-flag answers and triggers, over
// the days from since to now. Every time is written in now's location.
// cat names the exercises (nil: their ids).
func writeSummary(ctx context.Context, st *history.Store, w io.Writer, cat *routines.Catalog, since, now time.Time) error {
	loc := now.Location()
	until := time.Date(now.Year(), now.Month(), now.Day()+1, 0, 0, 0, 0, loc)
	since = time.Date(since.Year(), since.Month(), since.Day(), 0, 0, 0, 0, loc)
	if until.Sub(since) > history.MaxDays*24*time.Hour {
		since = until.AddDate(0, 0, -history.MaxDays)
	}
	plan, hasPlan, err := tui.LoadPlan(ctx, st)
	if err != nil {
		return err
	}
	tests, err := tui.LoadTests(ctx, st)
	if err != nil {
		return err
	}
	var answers coach.Answers
	if _, err := loadState(ctx, st, tui.StateAnswers, &answers); err != nil {
		return err
	}
	days, err := st.Daily(ctx, since, until)
	if err != nil {
		return err
	}
	moves, err := st.Responses(ctx, since, until)
	if err != nil {
		return err
	}
	urgent, err := st.UrgentCheckIns(ctx, 10)
	if err != nil {
		return err
	}
	counts, err := st.TriggerCounts(ctx, since, until)
	if err != nil {
		return err
	}
	notes, err := st.Triggers(ctx, since, until, 50)
	if err != nil {
		return err
	}
	streak, err := st.Streak(ctx, now)
	if err != nil {
		return err
	}
	last, _, err := st.LastSetDone(ctx)
	if err != nil {
		return err
	}
	sched := plan
	if !hasPlan {
		sched = adherence.DefaultPlan()
	}
	day := func(t time.Time) string { return t.In(loc).Format("Mon 2 Jan 2006") }
	p := &mdWriter{w: w}
	p.f("# centra summary\n\n")
	p.f("Home exercises for sciatica, as recorded by the person in centra, from %s to %s (%d days). "+
		"Exported %s. centra is a coach, not a diagnosis.\n\n", day(since), day(now), len(days), now.Format("Mon 2 Jan 2006 15:04"))

	p.f("## Plan and direction\n\n")
	writePlan(p, plan, hasPlan, sched, cat, day)
	writeTests(p, tests, day)

	p.f("## Trend, week by week\n\n")
	writeWeeks(p, days)

	p.f("## Responses per movement\n\n")
	writeMoves(p, moves, cat)

	p.f("## Adherence\n\n")
	today := 0
	if n := len(days); n > 0 {
		today = days[n-1].Done
	}
	status := adherence.Compute(sched, today, streak, last, now)
	writeAdherence(p, days, status, now)

	p.f("## Red flags\n\n")
	writeRedFlags(p, answers, urgent, day)

	p.f("## Triggers\n\n")
	writeTriggers(p, counts, notes, day)
	return p.err
}

// mdWriter writes and keeps the first error.
type mdWriter struct {
	w   io.Writer
	err error
}

func (p *mdWriter) f(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

func writePlan(p *mdWriter, plan coach.Plan, ok bool, sched coach.Plan, cat *routines.Catalog, day func(time.Time) string) {
	from, to := sched.WakingFrom, sched.WakingTo
	if from == 0 && to == 0 {
		from, to = coach.DefaultWakingFrom, coach.DefaultWakingTo
	}
	rhythm := fmt.Sprintf("a set every %s from %s to %s (%d a day)", routines.FormatDuration(orDefault(sched.Every, coach.DefaultEvery)),
		from, to, adherence.Target(sched))
	if !ok {
		p.f("No plan yet (the first run has not been completed). Target used below: %s.\n\n", rhythm)
		return
	}
	line := fmt.Sprintf("- Direction: **%s** · stage: %s", routines.DirectionWords(plan.Direction), strings.ReplaceAll(string(plan.Stage), "-", " "))
	if f := plan.Family(); f != "" {
		line += fmt.Sprintf(" · level %d on the %s ladder", plan.Level(f), strings.ReplaceAll(string(f), "-", " "))
		for _, e := range ladder(cat, f) {
			if e.Level == plan.Level(f) {
				line += " (" + e.Name + ")"
			}
		}
	}
	p.f("%s\n- Rhythm: %s\n", line, rhythm)
	if plan.Hold != nil {
		p.f("- **Exercises paused** since %s (%s): %s\n", day(plan.Hold.At), plan.Hold.RuleID, plan.Hold.Reason)
	}
	p.f("\n")
	if len(plan.Log) > 0 {
		p.f("| Date | Change | Why |\n|---|---|---|\n")
		from := max(len(plan.Log)-8, 0)
		for _, c := range plan.Log[from:] {
			from, to := c.From, c.To
			if c.What == "direction" {
				from, to = directionWords(from), directionWords(to)
			}
			change := c.What + ": " + orDash(from) + " → " + orDash(to)
			p.f("| %s | %s | %s (%s) |\n", day(c.At), cell(change), cell(c.Reason), c.RuleID)
		}
		if from > 0 {
			p.f("\n%d earlier changes are not shown.\n", from)
		}
		p.f("\n")
	}
}

func writeTests(p *mdWriter, tests []tui.TestRecord, day func(time.Time) string) {
	if len(tests) == 0 {
		p.f("Direction tests: none yet.\n\n")
		return
	}
	p.f("| Direction test | Result | What happened |\n|---|---|---|\n")
	for i := len(tests) - 1; i >= 0; i-- {
		r := tests[i].Result
		result := "no clear direction"
		switch {
		case r.Stopped:
			result = "stopped: " + r.Decision.Reason
		case r.Found:
			result = fmt.Sprintf("%s helps (level %d)", routines.DirectionWords(r.Direction), r.Level)
		}
		p.f("| %s | %s | %s |\n", day(tests[i].At), cell(result), cell(strings.Join(r.Evidence, " ")))
	}
	p.f("\n")
}

// writeWeeks writes the trend in numbers: one row per week, the latest
// last, from the days with check-ins.
func writeWeeks(p *mdWriter, days []history.DaySummary) {
	p.f("How far down the pain reached: 0 none, 1 centre of the low back, 2 one side of the back, 3 buttock, " +
		"4 thigh, 5 below the knee, 6 foot. Lower is better; a falling number is the pain centralizing.\n\n")
	p.f("| Days | Sessions | Reached, average | Reached, furthest | Leg pain 0-10, average |\n|---|---|---|---|---|\n")
	start := len(days) % 7 // whole weeks ending today; a first short week if any
	for i := 0; i < len(days); {
		j := i + 7
		if i == 0 && start > 0 {
			j = start
		}
		wk := days[i:min(j, len(days))]
		span := wk[0].Day.Format("2 Jan") + " – " + wk[len(wk)-1].Day.Format("2 Jan")
		var n, sessions, furthest int
		var reach, leg float64
		for _, d := range wk {
			sessions += d.Done
			n += d.CheckIns
			reach += d.ReachAvg * float64(d.CheckIns)
			leg += d.LegPainAvg * float64(d.CheckIns)
			furthest = max(furthest, d.ReachMax)
		}
		if n == 0 {
			p.f("| %s | %d | – | – | – |\n", span, sessions)
		} else {
			r := reach / float64(n)
			p.f("| %s | %d | %.1f (%s) | %d (%s) | %.1f |\n", span, sessions, r,
				routines.Reach(int(r+0.5)), furthest, routines.Reach(furthest), leg/float64(n))
		}
		i = min(j, len(days))
	}
	p.f("\n")
}

func writeMoves(p *mdWriter, moves []history.MovementResponse, cat *routines.Catalog) {
	if len(moves) == 0 {
		p.f("No sets in this period.\n\n")
		return
	}
	p.f("After each set the person said whether the pain moved up toward the back, stayed, moved further down the leg, or went.\n\n")
	p.f("| Movement | Sets done | Moved up | Same | Further down | Gone |\n|---|---|---|---|---|---|\n")
	for _, m := range moves {
		name := m.ExerciseID
		if e, ok := catalogExercise(cat, m.ExerciseID); ok {
			name = e.Name
		}
		answers := max(m.Up+m.Same+m.Down+m.Gone, 1)
		pct := func(n int) string { return fmt.Sprintf("%d (%d%%)", n, (100*n+answers/2)/answers) }
		p.f("| %s (%s) | %d | %s | %s | %s | %s |\n", cell(name), m.Family, m.Sets, pct(m.Up), pct(m.Same), pct(m.Down), pct(m.Gone))
	}
	p.f("\n")
}

func writeAdherence(p *mdWriter, days []history.DaySummary, st adherence.Status, now time.Time) {
	total, met, none := 0, 0, 0
	for _, d := range days {
		total += d.Done
		if d.Done >= st.Target {
			met++
		}
		if d.Done == 0 {
			none++
		}
	}
	perDay := 0.0
	if len(days) > 0 {
		perDay = float64(total) / float64(len(days))
	}
	p.f("- Target: %d sessions a day (each routine done is one of the sets the plan asks for).\n", st.Target)
	p.f("- Done: %d sessions with at least one set completed in %d days, %.1f a day; target met on %s; none on %s.\n",
		total, len(days), perDay, days1(met), days1(none))
	p.f("- Today: %s. %s\n\n", st.Counts(), st.DueText(now))
}

func writeRedFlags(p *mdWriter, a coach.Answers, urgent []history.CheckInRecord, day func(time.Time) string) {
	var yes []string
	for _, q := range coach.RedFlagQuestions() {
		if a.RedFlags[q.ID] {
			yes = append(yes, q.Short)
		}
	}
	switch {
	case len(a.RedFlags) == 0:
		p.f("- Screening questions: not answered yet.\n")
	case len(yes) == 0:
		p.f("- Screening questions (%d asked): all answered no.\n", len(a.RedFlags))
	default:
		p.f("- Screening questions answered **yes**: %s.\n", strings.Join(yes, "; "))
	}
	if len(urgent) == 0 {
		p.f("- Urgent symptoms reported during sessions: none.\n\n")
		return
	}
	p.f("- Urgent symptoms reported during sessions:\n")
	for _, c := range urgent {
		p.f("  - %s: %s\n", day(c.At), coach.SymptomWords(c.Urgent))
	}
	p.f("\n")
}

func writeTriggers(p *mdWriter, counts []history.TriggerCount, notes []history.TriggerRecord, day func(time.Time) string) {
	if len(counts) == 0 {
		p.f("None logged in this period.\n")
		return
	}
	parts := make([]string, len(counts))
	for i, c := range counts {
		parts[i] = fmt.Sprintf("%s %d", c.Kind, c.Count)
	}
	p.f("What made the pain worse, as logged: %s.\n", strings.Join(parts, " · "))
	sort.SliceStable(notes, func(i, j int) bool { return notes[i].At.After(notes[j].At) })
	shown := 0
	for _, n := range notes {
		if n.Note != "" && shown < 5 {
			if shown == 0 {
				p.f("\nNotes:\n")
			}
			p.f("- %s, %s: %s\n", day(n.At), n.Kind, cell(n.Note))
			shown++
		}
	}
}

// days1 writes "1 day", "3 days".
func days1(n int) string {
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}

// loadState decodes a JSON state value; ok is false when there is none.
func loadState(ctx context.Context, st *history.Store, key string, v any) (bool, error) {
	b, ok, err := st.GetState(ctx, key)
	if err != nil || !ok {
		return false, err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return false, fmt.Errorf("the saved %s is unreadable: %w", key, err)
	}
	return true, nil
}

// cell makes text safe in a Markdown table cell.
func cell(s string) string {
	return strings.NewReplacer("|", "\\|", "\n", " ").Replace(s)
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

func orDefault(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

func ladder(cat *routines.Catalog, f routines.Family) []*routines.Exercise {
	if cat == nil {
		return nil
	}
	return cat.Ladder(f)
}

func catalogExercise(cat *routines.Catalog, id string) (*routines.Exercise, bool) {
	if cat == nil {
		return nil, false
	}
	return cat.Exercise(id)
}

// directionWords names a direction kept as its id in the plan's log.
func directionWords(id string) string {
	if id == "" {
		return ""
	}
	return routines.DirectionWords(routines.Direction(id))
}
