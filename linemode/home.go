package linemode

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/content/guide"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/flow"
)

// home is the home menu: the plan at a glance, the routines by number and
// the other flows by letter, and the pause screen while exercises are
// held. It says what there is and returns what the person picked; the
// router (app) opens it.
type home struct {
	env    *env
	io     *term
	saver  *saver
	walks  *walkLog
	remind *reminder
}

// offer is what home offers now, as the full screen's home has it
// (core.Home).
func (h *home) offer() core.Home {
	return core.Home{Catalog: h.env.d.Catalog, Plan: h.env.plan, Now: h.env.clock.Now()}
}

// routineByID finds a routine; "plan" is the suggested one.
func (h *home) routineByID(id string) *routines.Routine { return h.offer().Routine(id) }

// menu shows home and asks what to do. It returns the letter picked
// ("q" to quit), or "run" and the routine to run: Enter alone is the
// suggested one.
func (h *home) menu(notices []string) (key string, r *routines.Routine, err error) {
	list, sug := h.show(notices)
	h.remind.waiting = true
	key, err = h.pick(list)
	h.remind.waiting = false
	switch {
	case err != nil:
		return "", nil, err
	case key == "":
		return "run", sug, nil
	case key == "quit":
		return "q", nil, nil
	}
	if n, err := strconv.Atoi(key); err == nil {
		return "run", h.routineByID(list[n-1].ID), nil
	}
	return key, nil, nil
}

// show says home: the notices, the plan, today at a glance, and the
// menu. It returns the routines listed and the suggested one.
func (h *home) show(notices []string) ([]*routines.Routine, *routines.Routine) {
	h.reviewPlan()
	h.io.blank()
	h.io.say("centra · your sciatica exercise coach")
	h.io.say(notices...)
	h.io.say(h.planLine())
	h.io.say(h.glanceLines()...)
	if l := core.OutlookLine(h.env.d.Catalog, h.env.plan, h.env.clock.Now()); l != "" {
		h.io.say(l)
	}
	offer := h.offer()
	list, sug := offer.Routines(), offer.Suggested()
	h.io.say("What would you like to do?")
	for i, r := range list {
		line := fmt.Sprintf("  %d %s · about %s", i+1, r.Name, routines.FormatDuration(r.Length().Round(time.Minute)))
		if sug != nil && r.ID == sug.ID {
			line += " · suggested"
		}
		h.io.say(line)
	}
	for _, act := range offer.Actions(true, true) {
		h.io.say("  " + act.Key + " " + act.Words)
	}
	return list, sug
}

// pick asks for a number of the list or a letter of the menu.
func (h *home) pick(list []*routines.Routine) (string, error) {
	var choice string
	err := h.io.ask(question{text: "Type a number or a letter, then Enter. Enter alone starts the suggested routine.",
		parse: func(in string) string {
			in = strings.ToLower(in)
			if n, err := strconv.Atoi(in); err == nil && n >= 1 && n <= len(list) {
				choice = in
				return ""
			}
			keys := actionKeys(h.offer().Actions(true, true))
			if in == "" || in == "quit" || slices.Contains(keys, in) {
				choice = in
				return ""
			}
			return fmt.Sprintf("Please type a number from 1 to %d, or %s.", len(list), orList(keys))
		}})
	return choice, err
}

// planLine is the plan at a glance.
func (h *home) planLine() string {
	offer := h.offer()
	if offer.NeedsDirection() {
		s := "Your plan: find your direction first, with the direction test (d)."
		if in := offer.Instead(); in != "" {
			s += " " + in
		}
		return s
	}
	s := core.PlanLine(h.env.d.Catalog, offer.Plan)
	if reason, id := offer.Why(); reason != "" {
		s += ". Why: " + reason
		if id != "" {
			if t, err := guide.Lookup(id); err == nil {
				s += " More in the guide (g): " + t.Title + ", or centra guide " + t.ID + "."
			}
		}
	}
	return s
}

// glanceLines are today's sets against the target, when the next set is
// due, and how the last session went: what the full-screen home shows.
func (h *home) glanceLines() []string {
	if h.env.d.Reader == nil {
		return nil
	}
	g, err := core.ReadGlance(h.env.ctx, h.env.d.Reader, h.env.plan, h.env.clock.Now())
	if err != nil {
		return []string{"The history could not be read: " + err.Error()}
	}
	h.remind.plan(g.Status, g.Now)
	out := append([]string{g.TodayLine()}, h.walks.homeLines()...)
	if l := g.LastLine(); l != "" {
		out = append(out, l)
	}
	if l := core.ReferralLine(h.env.plan, g.Progress, g.Now); l != "" {
		out = append(out, l)
	}
	return out
}

// reviewPlan applies the rules across days (R21 to R23) as home opens,
// and keeps the plan when they changed it.
func (h *home) reviewPlan() {
	p, changed := h.offer().Review()
	if !changed {
		return
	}
	h.env.plan = p
	h.saver.add(flow.Plan{Plan: p})
}

// held says why exercises are paused. Only exercise is locked: the
// history, the library and the guide stay open. c asks whether a
// clinician has cleared the person before it lifts the pause. It returns
// the letter of a page to open, or "" when it has done what was asked.
func (h *home) held() (string, error) {
	h.io.blank()
	h.io.say(core.HeldTitle+".", h.env.plan.Hold.Reason)
	acts := h.offer().Actions(false, false)
	var menu []string
	keys := map[string][]string{}
	for _, act := range acts {
		menu = append(menu, act.Key+" "+act.Short)
		if act != core.ActQuit {
			keys[act.Key] = []string{act.Key}
		}
	}
	k, err := h.io.choose("What would you like to do?", strings.Join(menu, " · "), "", keys,
		"Please type "+orList(actionKeys(acts))+", then Enter.")
	if err != nil || k != "c" {
		return k, err
	}
	yes, err := h.io.yesNo(core.ClearedQuestion)
	if err != nil {
		return "", err
	}
	if !yes {
		h.io.say(core.StillHeld)
		return "", nil
	}
	h.env.plan = h.env.plan.Resume(h.env.clock.Now())
	h.saver.add(flow.Plan{Plan: h.env.plan})
	return "", nil
}

// actionKeys are the keys of acts.
func actionKeys(acts []core.Action) []string {
	out := make([]string, len(acts))
	for i, a := range acts {
		out[i] = a.Key
	}
	return out
}

// orList joins words as "a, b or c".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}
