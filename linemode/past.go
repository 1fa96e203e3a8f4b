package linemode

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines"
)

// pageSize is how many sessions the history lists at a time.
const pageSize = 10

// history lists the sessions, newest first, a page at a time; a number
// opens one set by set, t the trends, m more, Enter goes back.
func (a *app) history() error {
	if a.d.Reader == nil {
		a.say("The history is not available in this run.")
		return a.enter("Press Enter to go back.")
	}
	var before int64
	for {
		a.blank()
		a.say("Your history")
		rows, err := a.d.Reader.Sessions(a.ctx, core.SessionQuery{Limit: pageSize, BeforeID: before})
		if err != nil {
			a.say("The history could not be read: " + err.Error())
			return a.enter("Press Enter to go back.")
		}
		if len(rows) == 0 && before == 0 {
			a.say("No sessions yet.")
		} else {
			a.say("Sessions, newest first:")
			for i, r := range rows {
				a.say(fmt.Sprintf("  %d %s", i+1, sessionLine(r)))
			}
		}
		a.directionTests()
		a.weekWalks()
		choices := "t trends · Enter back"
		if len(rows) == pageSize {
			choices = "m older sessions · " + choices
		}
		if len(rows) > 0 {
			choices = "a number: that session set by set · " + choices
		}
		pick, err := a.pickPast(choices, len(rows))
		if err != nil {
			return err
		}
		switch pick {
		case "":
			return nil
		case "t":
			err = a.trends()
		case "m":
			if len(rows) == pageSize {
				before = rows[len(rows)-1].ID
			}
		default:
			n, _ := strconv.Atoi(pick)
			err = a.sessionDetail(rows[n-1].ID)
		}
		if err != nil {
			return err
		}
	}
}

// pickPast asks for a session number, t, m or Enter.
func (a *app) pickPast(choices string, n int) (string, error) {
	var pick string
	err := a.ask(question{text: "What would you like to see?", choices: choices, parse: func(in string) string {
		in = strings.ToLower(in)
		if v, err := strconv.Atoi(in); err == nil && v >= 1 && v <= n {
			pick = in
			return ""
		}
		switch in {
		case "", "t", "m":
			pick = in
			return ""
		}
		if n == 0 {
			return "Please type t or m, or Enter alone to go back."
		}
		return fmt.Sprintf("Please type a number from 1 to %d, t or m, or Enter alone to go back.", n)
	}})
	return pick, err
}

// sessionLine is one session in a line: "Mon 1 Dec 09:00 · Extension ·
// complete · 3 of 3 sets done · ↑ centralized · calf→thigh 6→5".
func sessionLine(r core.SessionRow) string {
	_, status := core.StatusWords(r.Status)
	sym, word := core.ResponseWords(r.Baseline, r.Last)
	return strings.Join([]string{r.StartedAt.Local().Format("Mon 2 Jan 15:04"), r.RoutineName, status,
		core.SetsWords(r), sym + " " + word, core.PainChange(r.Baseline, r.Last)}, " · ")
}

// sessionDetail says one session set by set.
func (a *app) sessionDetail(id int64) error {
	d, err := a.d.Reader.Session(a.ctx, id)
	a.blank()
	if err != nil {
		a.say("This session could not be read: " + err.Error())
		return a.enter("Press Enter for the list.")
	}
	when := d.StartedAt.Local().Format("Mon 2 Jan 2006 15:04")
	if !d.EndedAt.IsZero() {
		when += " to " + d.EndedAt.Local().Format("15:04")
	}
	_, status := core.StatusWords(d.Status)
	if d.Reason != "" && d.Status != routines.StatusCompleted {
		status += " (" + d.Reason + ")"
	}
	_, word := core.ResponseWords(d.Baseline, d.Last)
	a.say(d.RoutineName+", "+when, status+" · "+core.SetsWords(d.SessionRow)+" · "+word)
	evs := core.Timeline(d, a.exerciseName)
	if len(evs) == 0 {
		a.say("Nothing was recorded in this session.")
	}
	for _, e := range evs {
		indent := "  "
		if e.Kind == core.EventSet {
			indent = ""
		}
		a.say(indent + e.At.Local().Format("15:04") + " " + e.Text)
	}
	return a.enter("Press Enter for the list.")
}

// exerciseName is an exercise's name, or its id when the catalog no
// longer has it.
func (a *app) exerciseName(id string) string {
	if e, ok := a.d.Catalog.Exercise(id); ok {
		return e.Name
	}
	return id
}

// directionTests says the direction test results, newest first.
func (a *app) directionTests() {
	tests, err := persist.LoadTests(a.ctx, a.d.Store)
	if err != nil || len(tests) == 0 {
		return
	}
	a.say("Direction tests:")
	for i := len(tests) - 1; i >= 0; i-- {
		t := tests[i]
		res := "no direction helped"
		if t.Result.Found {
			res = routines.DirectionWords(t.Result.Direction) + " helps"
		}
		a.say(fmt.Sprintf("  %s: %s. %s", t.At.Local().Format("Mon 2 Jan 2006"), res, strings.Join(t.Result.Evidence, " ")))
	}
}

// trendPeriods are the spans the trends offer, in days.
var trendPeriods = map[string]int{"7": 7, "30": 30, "90": 90}

// trends says, day by day, how far down the pain reached and how much it
// hurt, with the trend, today's sets and the triggers of the span.
func (a *app) trends() error {
	period := 7
	for {
		a.blank()
		now := a.clock.Now()
		until := core.StartOfDay(now).AddDate(0, 0, 1)
		since := until.AddDate(0, 0, -period)
		days, err := a.d.Reader.Daily(a.ctx, since, until)
		if err != nil {
			a.say("The history could not be read: " + err.Error())
			return a.enter("Press Enter to go back.")
		}
		a.say(fmt.Sprintf("How far down the pain reached, last %d days (lower is better):", period))
		for _, l := range dayLines(days) {
			a.say("  " + l)
		}
		a.say(core.TrendLine(days, period))
		if a.d.Function != nil {
			if ms, err := a.d.Function.FunctionMeasures(a.ctx, time.Time{}, time.Time{}); err == nil {
				a.say(core.FunctionLines(ms, core.LegDaily(days))...)
			}
		}
		if g, err := core.ReadGlance(a.ctx, a.d.Reader, a.plan, now); err == nil {
			a.say(g.TodayLine())
		}
		a.say(a.triggerSummary(since, until))
		k, err := a.choose("Another span?", "7 · 30 · 90 days · Enter back", "back",
			map[string][]string{"7": {"7"}, "30": {"30"}, "90": {"90"}, "back": {"b", "back"}},
			"Please type 7, 30 or 90, or Enter alone to go back.")
		if err != nil || k == "back" {
			return err
		}
		period = trendPeriods[k]
	}
}

// dayLines is one line a day with a check-in or a set: the date, the sets,
// how far down the pain reached (usual and at worst) and the leg pain.
func dayLines(days []core.Day) []string {
	var out []string
	for _, d := range days {
		if d.CheckIns == 0 && d.SetsDone == 0 && d.Triggers == 0 {
			continue
		}
		line := d.Day.Format("Mon 2 Jan") + ": " + plural(d.SetsDone, "set")
		if d.CheckIns > 0 {
			line += fmt.Sprintf(" · reached %s (%.1f), at worst %s · leg pain %.1f",
				core.ReachWord(d.ReachAvg), d.ReachAvg, core.ShortReach(routines.Reach(d.ReachMax)), d.LegPainAvg)
		}
		if d.Triggers > 0 {
			line += " · " + plural(d.Triggers, "trigger")
		}
		out = append(out, line)
	}
	if len(out) == 0 {
		out = append(out, "No sets, check-ins or triggers in these days.")
	}
	return out
}

// triggerSummary counts the span's triggers by kind.
func (a *app) triggerSummary(since, until time.Time) string {
	counts, err := a.d.Reader.TriggerCounts(a.ctx, since, until)
	if err != nil || len(counts) == 0 {
		return "Triggers: none logged in these days."
	}
	var parts []string
	for _, c := range counts {
		parts = append(parts, fmt.Sprintf("%s %d", c.Kind, c.Count))
	}
	return "Triggers: " + strings.Join(parts, ", ") + "."
}

// plural says "1 set", "3 sets".
func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
