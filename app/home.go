package app

import (
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// Home is what the home screen offers at a moment, in both interfaces:
// the routine the plan implies (on a day the direction turned red, rest
// positions and easy walks), the library's routines after it, the one
// suggested, the direction test while no direction is found, and, while
// exercises are held after a red flag, only what stays open.
type Home struct {
	Catalog *routines.Catalog
	Plan    coach.Plan
	Now     time.Time
}

// Words of the held home, the same in both interfaces.
const (
	// HeldTitle heads home while exercises are held.
	HeldTitle = "Exercises are paused"
	// ClearedQuestion lifts the hold when the answer is yes.
	ClearedQuestion = "Has a doctor or physiotherapist examined you since and said you can exercise?"
	// ClearedOnlyIf follows the question on screen.
	ClearedOnlyIf = "Say yes only if they have. Until then the exercises stay paused; the guide, the library and your history are still here."
	// StillHeld answers a no.
	StillHeld = "The exercises stay paused until a doctor or physiotherapist says you can exercise."
)

// NeedsDirection reports whether no direction is found yet: home then
// offers the direction test first, and the plan has no routine of its own.
func (h Home) NeedsDirection() bool {
	return h.Plan.Direction == "" || h.Plan.Stage == routines.StageFindDirection
}

// Held reports whether exercises are held after a red flag: home offers
// no routine then, only the reading, the history, the trigger log, the
// settings and the question that lifts the hold.
func (h Home) Held() bool { return h.Plan.Held() }

// PlanRoutine is the routine the plan implies now, or nil (exercises held,
// or no direction yet). Before a direction is found it is nil unless the
// direction the test tries first is stopped for now (R5, R12, R20): then
// it is rest positions and easy walks, whose purpose says why, so that
// neither Enter nor centra start runs the stopped movement.
func (h Home) PlanRoutine() *routines.Routine {
	if h.Held() {
		return nil
	}
	if h.NeedsDirection() {
		return coach.InsteadRoutine(h.Catalog, h.Plan, h.Now)
	}
	return coach.RoutineForAt(h.Catalog, h.Plan, h.Now)
}

// Instead says, before a direction is found, what home suggests in place
// of the direction the test tries first when the rules stop it for now,
// and why, with the rule (coach.Withheld.Words). It is "" when nothing is stopped.
func (h Home) Instead() string {
	if !h.NeedsDirection() || h.Held() {
		return ""
	}
	w, ok := coach.WithheldAt(h.Catalog, h.Plan, h.Now)
	if !ok {
		return ""
	}
	return w.Words()
}

// Routines lists what home offers, numbered from 1 in that order: the
// plan's routine first when there is one, then the library's.
func (h Home) Routines() []*routines.Routine {
	list, _ := h.Menu()
	return list
}

// Menu is Routines and SuggestedID at once, building the plan's routine
// only once (a screen draws both at every frame).
func (h Home) Menu() (list []*routines.Routine, suggestedID string) {
	pr := h.PlanRoutine()
	if pr != nil {
		list = append(list, pr)
	}
	return append(list, h.Catalog.Routines()...), h.suggestedID(pr)
}

// SuggestedID is the id of the routine that Enter alone starts: the
// plan's, else the first direction to try (flexion when standing and
// walking bring the pain on and sitting eases it, else extension).
func (h Home) SuggestedID() string { return h.suggestedID(h.PlanRoutine()) }

// suggestedID is SuggestedID given the plan's routine (nil: none).
func (h Home) suggestedID(r *routines.Routine) string {
	if r != nil {
		return r.ID
	}
	if h.Plan.FlexionFirst {
		return "flexion"
	}
	return "extension"
}

// Suggested is the routine SuggestedID names, or nil when the library
// lacks it.
func (h Home) Suggested() *routines.Routine { return h.Routine("") }

// Routine finds a routine by id; "plan" and "" are the suggested one.
func (h Home) Routine(id string) *routines.Routine {
	if id == "plan" || id == "" {
		if r := h.PlanRoutine(); r != nil {
			return r
		}
		id = h.SuggestedID()
	}
	r, _ := h.Catalog.Routine(id)
	return r
}

// SuggestedIndex is where the suggested routine is in Routines, or 0.
func (h Home) SuggestedIndex() int {
	list, id := h.Menu()
	for i, r := range list {
		if r.ID == id {
			return i
		}
	}
	return 0
}

// Why is the reason for the plan's last change and the Guide's page that
// explains it ("" when none does); reason is "" before any change.
func (h Home) Why() (reason, page string) {
	n := len(h.Plan.Log)
	if n == 0 {
		return "", ""
	}
	return h.Plan.Log[n-1].Reason, coach.GuidePageForChange(h.Plan.Log[n-1])
}

// Review applies the rules across days (R21 to R23) as home opens; changed
// says whether the plan changed and must be kept.
func (h Home) Review() (p coach.Plan, changed bool) {
	p, changes := coach.Review(h.Plan, h.Now)
	return p, len(changes) > 0
}

// An Action is something home offers besides the routines: its key, the
// same letter in both interfaces, and its words, in full (the help, the
// line mode's menu) and short (the screens' key lines, the line mode's
// one-line menu while held).
type Action struct{ Key, Words, Short string }

// What home offers besides the routines.
var (
	ActTest     = Action{"d", "the direction test", "direction test"}
	ActHistory  = Action{"h", "your history and trends", "history"}
	ActTrigger  = Action{"t", "log what made the pain worse", "log a trigger"}
	ActFunction = Action{"f", "what you can do: the weekly check", "function"}
	ActWalk     = Action{"w", "log a walk", "log a walk"}
	ActSettings = Action{"s", "settings", "settings"}
	ActLibrary  = Action{"l", "the library of exercises", "library"}
	ActGuide    = Action{"g", "the guide: what sciatica is, medicines, walking, bad days…", "guide"}
	ActQuit     = Action{"q", "quit", "quit"}
	// ActCleared asks, while exercises are held, to lift the hold
	// (ClearedQuestion).
	ActCleared = Action{"c", "a doctor or physiotherapist has cleared me to exercise", "a doctor or physiotherapist has cleared me"}
)

// Actions lists what home offers besides the routines, in the order both
// interfaces list it; while exercises are held, only what stays open and
// the question that lifts the hold. walks and weekly say whether the walk
// log and the weekly check are there to offer.
func (h Home) Actions(walks, weekly bool) []Action {
	if h.Held() {
		return []Action{ActCleared, ActHistory, ActTrigger, ActLibrary, ActGuide, ActSettings, ActQuit}
	}
	out := []Action{ActTest, ActHistory, ActTrigger}
	if weekly {
		out = append(out, ActFunction)
	}
	if walks {
		out = append(out, ActWalk)
	}
	return append(out, ActLibrary, ActGuide, ActSettings, ActQuit)
}
