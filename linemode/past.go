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

// historyBrowser is the history: the sessions a page at a time, one
// session set by set, the direction tests, the week's walks and the
// trends.
type historyBrowser struct {
	env   *env
	io    *term
	walks *walkLog
}

// pageSize is how many sessions the history lists at a time.
const pageSize = 10

// open lists the sessions, newest first, a page at a time; a number
// opens one set by set, t the trends, m older sessions and p newer ones,
// f and r narrow the list to a date range or a routine (as on the
// screens), x clears them, Enter goes back.
func (b *historyBrowser) open() error {
	if b.env.d.Reader == nil {
		b.io.say("The history is not available in this run.")
		return b.io.enter("Press Enter to go back.")
	}
	var filter core.SessionFilter
	if rs, err := b.env.d.Reader.Routines(b.env.ctx); err == nil {
		filter.Routines = rs
	}
	l := listing{filter: filter}
	l.restart(b.env.clock.Now(), b.count)
	for {
		rows, err := b.list(&l)
		if err != nil {
			b.io.say("The history could not be read: " + err.Error())
			return b.io.enter("Press Enter to go back.")
		}
		pick, err := b.pickPast(l.choices(rows), len(rows))
		if err != nil {
			return err
		}
		switch pick {
		case "":
			return nil
		case "t":
			err = b.trends()
		case "m":
			if !l.last {
				l.page++
			}
		case "p":
			l.page = max(l.page-1, 0)
		case "f", "r", "x":
			l.refilter(pick)
			l.restart(b.env.clock.Now(), b.count)
		default:
			n, _ := strconv.Atoi(pick)
			err = b.sessionDetail(rows[n-1].ID)
		}
		if err != nil {
			return err
		}
	}
}

// listing is where the history's list stands: its filter, the pages seen
// (app.Pages, as on the screens), the page shown and the count of the
// sessions the filter selects (-1 when it could not be read).
type listing struct {
	filter core.SessionFilter
	query  core.SessionQuery
	pages  core.Pages
	page   int
	last   bool // the page shown is the last there is
	total  int
}

// restart goes back to the newest page of the filter as it now is, and
// counts its sessions once.
func (l *listing) restart(now time.Time, count func(core.SessionQuery) int) {
	l.query = l.filter.Query(now)
	l.pages, l.page, l.last = core.NewPages(pageSize), 0, false
	l.total = count(l.query)
}

// refilter applies f (next date range), r (next routine) or x (clear).
func (l *listing) refilter(pick string) {
	switch pick {
	case "f":
		l.filter.NextRange()
	case "r":
		l.filter.NextRoutine()
	case "x":
		l.filter.Clear()
	}
}

// count counts the sessions q selects, -1 when they cannot be counted.
func (b *historyBrowser) count(q core.SessionQuery) int {
	n, err := b.env.d.Reader.CountSessions(b.env.ctx, q)
	if err != nil {
		return -1
	}
	return n
}

// list says the page of sessions l stands on, with the direction tests
// and the week's walks.
func (b *historyBrowser) list(l *listing) ([]core.SessionRow, error) {
	b.io.blank()
	b.io.say("Your history")
	q, _ := l.pages.Query(l.query, l.page)
	rows, err := b.env.d.Reader.Sessions(b.env.ctx, q)
	if err != nil {
		return nil, err
	}
	l.last = l.pages.Learn(l.page, rows)
	shown := "Showing " + l.filter.Name()
	if l.total >= 0 {
		shown += ": " + plural(l.total, "session")
	}
	b.io.say(shown + ".")
	switch {
	case len(rows) == 0 && l.page == 0 && l.filter.Filtered():
		b.io.say("No sessions match these filters. Type x to clear them.")
	case len(rows) == 0 && l.page == 0:
		b.io.say("No sessions yet.")
	case len(rows) == 0:
		b.io.say("No older sessions. Type p for newer ones.")
	default:
		b.io.say(l.pages.Span(l.page, len(rows), l.total) + ", newest first:")
		for i, r := range rows {
			b.io.say(fmt.Sprintf("  %d %s", i+1, sessionLine(r)))
		}
	}
	b.directionTests()
	b.walks.week()
	return rows, nil
}

// choices says what the list offers.
func (l *listing) choices(rows []core.SessionRow) string {
	choices := "t trends · f dates · r routine · Enter back"
	if l.filter.Filtered() {
		choices = "t trends · f dates · r routine · x clear filters · Enter back"
	}
	if l.page > 0 {
		choices = "p newer sessions · " + choices
	}
	if !l.last {
		choices = "m older sessions · " + choices
	}
	if len(rows) > 0 {
		choices = "a number: that session set by set · " + choices
	}
	return choices
}

// pickPast asks for a session number, t, m, p, f, r, x or Enter.
func (b *historyBrowser) pickPast(choices string, n int) (string, error) {
	var pick string
	err := b.io.ask(question{text: "What would you like to see?", choices: choices, parse: func(in string) string {
		in = strings.ToLower(in)
		if v, err := strconv.Atoi(in); err == nil && v >= 1 && v <= n {
			pick = in
			return ""
		}
		switch in {
		case "", "t", "m", "p", "f", "r", "x":
			pick = in
			return ""
		}
		if n == 0 {
			return "Please type t, m, p, f, r or x, or Enter alone to go back."
		}
		return fmt.Sprintf("Please type a number from 1 to %d, t, m, p, f, r or x, or Enter alone to go back.", n)
	}})
	return pick, err
}

// sessionLine is one session in a line: "Mon 1 Dec 09:00 · Extension ·
// complete · 3 of 3 sets done · ↑ centralized · below knee→thigh 6→5".
func sessionLine(r core.SessionRow) string {
	_, status := core.StatusWords(r.Status, r.Reason)
	sym, word := core.SessionResponse(r)
	return strings.Join([]string{r.StartedAt.Local().Format("Mon 2 Jan 15:04"), r.RoutineName, status,
		core.SetsWords(r), sym + " " + word, core.PainChange(r.Baseline, r.Last)}, " · ")
}

// sessionDetail says one session set by set.
func (b *historyBrowser) sessionDetail(id int64) error {
	d, err := b.env.d.Reader.Session(b.env.ctx, id)
	b.io.blank()
	if err != nil {
		b.io.say("This session could not be read: " + err.Error())
		return b.io.enter("Press Enter for the list.")
	}
	when := d.StartedAt.Local().Format("Mon 2 Jan 2006 15:04")
	if !d.EndedAt.IsZero() {
		when += " to " + d.EndedAt.Local().Format("15:04")
	}
	_, status := core.StatusWords(d.Status, d.Reason)
	if d.Reason != "" && d.Status != routines.StatusCompleted {
		status += " (" + d.Reason + ")"
	}
	_, word := core.SessionResponse(d.SessionRow)
	b.io.say(d.RoutineName+", "+when, status+" · "+core.SetsWords(d.SessionRow)+" · "+word)
	evs := core.Timeline(d, func(id string) string { return core.ExerciseName(b.env.d.Catalog, id) })
	if len(evs) == 0 {
		b.io.say("Nothing was recorded in this session.")
	}
	for _, e := range evs {
		indent := "  "
		if e.Kind == core.EventSet {
			indent = ""
		}
		b.io.say(indent + e.At.Local().Format("15:04") + " " + e.Text)
	}
	return b.io.enter("Press Enter for the list.")
}

// directionTests says the direction test results, newest first.
func (b *historyBrowser) directionTests() {
	tests, err := persist.LoadTests(b.env.ctx, b.env.d.Store)
	if err != nil || len(tests) == 0 {
		return
	}
	b.io.say("Direction tests:")
	for i := len(tests) - 1; i >= 0; i-- {
		t := tests[i]
		// A red flag's reason is a sentence already: no second full stop.
		_, res := core.TestOutcome(t.Result)
		b.io.say(fmt.Sprintf("  %s: %s. %s", t.At.Local().Format("Mon 2 Jan 2006"), strings.TrimSuffix(res, "."), strings.Join(t.Result.Evidence, " ")))
	}
}

// trends says, day by day, how far down the pain reached and how much it
// hurt, with the trend, what the person can do, today's sets and the
// triggers of the span (core.ReadTrends, as the screens read them).
func (b *historyBrowser) trends() error {
	period := core.TrendPeriods[0]
	for {
		b.io.blank()
		t, err := core.ReadTrends(b.env.ctx, b.env.d.Reader, b.env.d.Function, b.env.plan, b.env.clock.Now(), period)
		if err != nil {
			b.io.say("The history could not be read: " + err.Error())
			return b.io.enter("Press Enter to go back.")
		}
		b.io.say(fmt.Sprintf("How far down the pain reached, last %d days (lower is better):", period))
		for _, l := range dayLines(t.Days) {
			b.io.say("  " + l)
		}
		b.io.say(core.TrendLine(t.Days, period))
		if b.env.d.Function != nil {
			b.io.say(core.FunctionLines(t.Measures, core.LegDaily(t.Days))...)
		}
		b.io.say(core.Glance{Status: t.Adherence(), Now: t.Now}.TodayLine())
		b.io.say(triggerSummary(t.Counts))
		if period, err = b.pickPeriod(); err != nil || period == 0 {
			return err
		}
	}
}

// pickPeriod asks for another span of the trends (core.TrendPeriods); 0
// is Enter alone, back.
func (b *historyBrowser) pickPeriod() (int, error) {
	keys := map[string][]string{"back": {"b", "back"}}
	names := make([]string, len(core.TrendPeriods))
	for i, p := range core.TrendPeriods {
		names[i] = strconv.Itoa(p)
		keys[names[i]] = []string{names[i]}
	}
	last := len(names) - 1
	k, err := b.io.choose("Another span?", strings.Join(names, " · ")+" days · Enter back", "back", keys,
		"Please type "+strings.Join(names[:last], ", ")+" or "+names[last]+", or Enter alone to go back.")
	if err != nil || k == "back" {
		return 0, err
	}
	return strconv.Atoi(k)
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
func triggerSummary(counts []core.TriggerCount) string {
	if len(counts) == 0 {
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
