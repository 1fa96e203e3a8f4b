package linemode

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/content/guide"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
)

// planRoutine is the routine the plan implies, or nil (no direction yet).
func (a *app) planRoutine() *routines.Routine {
	if a.plan.Direction == "" || a.plan.Stage == routines.StageFindDirection {
		return nil
	}
	return coach.RoutineForAt(a.d.Catalog, a.plan, a.d.Clock.Now())
}

// suggested is the routine Enter starts: the plan's, else the first
// direction to try.
func (a *app) suggested() *routines.Routine {
	if r := a.planRoutine(); r != nil {
		return r
	}
	id := "extension"
	if a.plan.FlexionFirst {
		id = "flexion"
	}
	r, _ := a.d.Catalog.Routine(id)
	return r
}

// routineByID finds a routine; "plan" is the suggested one.
func (a *app) routineByID(id string) *routines.Routine {
	if id == "plan" || id == "" {
		return a.suggested()
	}
	r, _ := a.d.Catalog.Routine(id)
	return r
}

// homeRoutines lists what the menu offers: the plan's routine first.
func (a *app) homeRoutines() []*routines.Routine {
	var out []*routines.Routine
	if r := a.planRoutine(); r != nil {
		out = append(out, r)
	}
	return append(out, a.d.Catalog.Routines()...)
}

// home is the menu: the plan at a glance, the routines by number, and the
// other flows by letter. It returns when the person quits.
func (a *app) home() error {
	notices := a.d.Notices
	if !a.plan.Held() {
		if err := a.offerFunction(); err != nil && err != errQuit {
			return err
		}
	}
	for {
		if a.plan.Held() {
			done, err := a.held()
			if done || err != nil {
				return err
			}
			continue
		}
		a.reviewPlan()
		a.blank()
		a.say("centra · your sciatica exercise coach")
		a.say(notices...)
		notices = nil
		a.say(a.planLine())
		a.say(a.glanceLines()...)
		if l := core.OutlookLine(a.d.Catalog, a.plan, a.clock.Now()); l != "" {
			a.say(l)
		}
		list := a.homeRoutines()
		sug := a.suggested()
		a.say("What would you like to do?")
		for i, r := range list {
			line := fmt.Sprintf("  %d %s · about %s", i+1, r.Name, routines.FormatDuration(r.Length().Round(time.Minute)))
			if sug != nil && r.ID == sug.ID {
				line += " · suggested"
			}
			a.say(line)
		}
		a.say("  d the direction test", "  h your history", "  t log what made the pain worse", "  f what you can do (the weekly check)", "  w log a walk", "  s settings",
			"  l the library of exercises", "  g the guide", "  q quit")
		var choice string
		a.reminder.waiting = true
		err := a.ask(question{text: "Type a number or a letter, then Enter. Enter alone starts the suggested routine.",
			parse: func(in string) string {
				in = strings.ToLower(in)
				if n, err := strconv.Atoi(in); err == nil && n >= 1 && n <= len(list) {
					choice = list[n-1].ID
					return ""
				}
				switch in {
				case "", "d", "h", "t", "f", "w", "s", "l", "g", "q", "quit":
					choice = in
					return ""
				}
				return fmt.Sprintf("Please type a number from 1 to %d, or d, h, t, f, w, s, l, g or q.", len(list))
			}})
		a.reminder.waiting = false
		if err != nil {
			return err
		}
		switch choice {
		case "q", "quit":
			return nil
		case "d":
			err = a.runTest()
		case "f":
			if st, ok := a.functionState(); ok || a.d.Function == nil {
				err = a.functionCheck(st.Activities)
			} else {
				a.say("Your earlier answers could not be read, so the check is not offered now.")
			}
			if err == errQuit {
				err = nil
			}
		case "w":
			err = a.logWalk()
		case "h", "t", "s", "l", "g":
			// q while reading quits centra, as in the full screen; in a
			// session it stops the session.
			if err = a.browse(choice); err == errQuit {
				return nil
			}
		case "":
			err = a.runRoutine(sug)
		default:
			err = a.runRoutine(a.routineByID(choice))
		}
		if err != nil && err != errQuit {
			return err
		}
	}
}

// planLine is the plan at a glance.
func (a *app) planLine() string {
	p := a.plan
	if p.Direction == "" || p.Stage == routines.StageFindDirection {
		return "Your plan: find your direction first, with the direction test (d)."
	}
	s := core.PlanLine(a.d.Catalog, p)
	if n := len(p.Log); n > 0 {
		s += ". Why: " + p.Log[n-1].Reason
		if id := coach.GuidePageForChange(p.Log[n-1]); id != "" {
			if t, err := guide.Lookup(id); err == nil {
				s += " More in the guide (g): " + t.Title + ", or centra guide " + t.ID + "."
			}
		}
	}
	return s
}

// glanceLines are today's sets against the target, when the next set is
// due, and how the last session went: what the full-screen home shows.
func (a *app) glanceLines() []string {
	if a.d.Reader == nil {
		return nil
	}
	g, err := core.ReadGlance(a.ctx, a.d.Reader, a.plan, a.clock.Now())
	if err != nil {
		return []string{"The history could not be read: " + err.Error()}
	}
	a.planRings(g.Status, g.Now)
	out := append([]string{g.TodayLine()}, a.walkLines()...)
	if l := g.LastLine(); l != "" {
		out = append(out, l)
	}
	if l := core.ReferralLine(a.plan, g.Progress, g.Now); l != "" {
		out = append(out, l)
	}
	return out
}

// reviewPlan applies the rules across days (R21 to R23) as home opens,
// and keeps the plan when they changed it.
func (a *app) reviewPlan() {
	p, changes := coach.Review(a.plan, a.clock.Now())
	if len(changes) == 0 {
		return
	}
	a.plan = p
	a.save(flow.Plan{Plan: p})
}

// browse opens the history (h), the trigger log (t), the settings (s),
// the library (l) or the guide (g).
func (a *app) browse(what string) error {
	switch what {
	case "h":
		return a.history()
	case "t":
		return a.logTrigger()
	case "s":
		return a.settings()
	case "l":
		return a.library()
	case "g":
		return a.guide()
	}
	return nil
}

// held says why exercises are paused. Only exercise is locked: the
// history, the library and the guide stay open. c asks whether a
// clinician has cleared the person before it lifts the pause.
func (a *app) held() (done bool, err error) {
	a.blank()
	a.say("Exercises are paused.", a.plan.Hold.Reason)
	k, err := a.choose("What would you like to do?",
		"c a doctor or physiotherapist has cleared me · h your history · t log a trigger · s settings · l the library · g the guide · q quit", "",
		map[string][]string{"c": {"c"}, "h": {"h"}, "t": {"t"}, "s": {"s"}, "l": {"l"}, "g": {"g"}},
		"Please type c, h, t, s, l, g or q, then Enter.")
	if err != nil {
		return true, err
	}
	if k != "c" {
		if err := a.browse(k); err != nil {
			return true, err
		}
		return false, nil
	}
	yes, err := a.yesNo("Has a doctor or physiotherapist examined you since and said you can exercise?")
	if err != nil {
		return true, err
	}
	if !yes {
		a.say("The exercises stay paused until a doctor or physiotherapist says you can exercise.")
		return false, nil
	}
	a.plan = a.plan.Resume(a.clock.Now())
	p := a.plan
	a.save(flow.Plan{Plan: p})
	return false, nil
}

// library lists the exercises and reads one at a time.
func (a *app) library() error {
	exs := a.d.Catalog.Exercises()
	names := make([]string, len(exs))
	for i, e := range exs {
		names[i] = e.Name
	}
	return a.reading("The library of exercises", names, func(i int) string { return guide.Exercise(exs[i], 1) }, nil)
}

// guide lists the Guide's pages and reads one at a time; a word finds the
// pages that have it.
func (a *app) guide() error {
	ts := guide.Topics()
	names := make([]string, len(ts))
	for i, t := range ts {
		names[i] = t.Title
	}
	find := func(q string) []int {
		var out []int
		for _, f := range guide.Search(q) {
			for i, t := range ts {
				if t.ID == f.ID {
					out = append(out, i)
				}
			}
		}
		return out
	}
	return a.reading("The guide", names, func(i int) string { return ts[i].Markdown }, find)
}

// readPage prints one page of the Guide by its id, as a decision's "why"
// does; an unknown id says so and prints nothing else.
func (a *app) readPage(id string) error {
	t, err := guide.Lookup(id)
	if err != nil {
		a.say("That page could not be found: " + err.Error())
		return nil
	}
	return a.printPage(t.Markdown)
}

// printPage prints a page of markdown as plain text.
func (a *app) printPage(md string) error {
	text, err := guide.Render(md, lineWidth+2, guide.Colors{})
	if err != nil {
		return err
	}
	a.blank()
	fmt.Fprint(a.out, text)
	a.justBlank = false
	return nil
}

// reading offers numbered pages until Enter alone goes back. With find,
// a word typed instead of a number lists the pages that have it.
func (a *app) reading(title string, names []string, page func(int) string, find func(string) []int) error {
	shown := make([]int, len(names))
	for i := range shown {
		shown[i] = i
	}
	all, heading := shown, title
	for {
		a.blank()
		a.say(heading)
		for _, i := range shown {
			a.say(fmt.Sprintf("  %d %s", i+1, names[i]))
		}
		prompt := "Type a number to read, then Enter. Enter alone goes back."
		if find != nil {
			prompt = "Type a number to read, or a word to search for, then Enter. Enter alone goes back."
		}
		n, query := 0, ""
		err := a.ask(question{text: prompt, parse: func(in string) string {
			if in == "" {
				return ""
			}
			v, err := strconv.Atoi(in)
			switch {
			case err == nil && v >= 1 && v <= len(names):
				n = v
				return ""
			case err != nil && find != nil:
				query = in
				return ""
			}
			return fmt.Sprintf("Please type a number from 1 to %d, or Enter alone.", len(names))
		}})
		if err != nil {
			return err
		}
		switch {
		case query != "":
			found := find(query)
			if len(found) == 0 {
				a.say(fmt.Sprintf("No page has %q.", query))
				shown, heading = all, title
				continue
			}
			shown, heading = found, fmt.Sprintf("%s: the pages with %q", title, query)
			continue
		case n == 0 && len(shown) < len(all):
			// Enter after a search shows every page again.
			shown, heading = all, title
			continue
		case n == 0:
			return nil
		}
		if err := a.printPage(page(n - 1)); err != nil {
			return err
		}
		if err := a.enter("Press Enter for the list."); err != nil {
			return err
		}
	}
}
