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

// PlanRoutine is the routine the plan implies now, or nil (no direction
// yet, or exercises held).
func (h Home) PlanRoutine() *routines.Routine {
	if h.NeedsDirection() {
		return nil
	}
	return coach.RoutineForAt(h.Catalog, h.Plan, h.Now)
}

// Routines lists what home offers, numbered from 1 in that order: the
// plan's routine first when there is one, then the library's.
func (h Home) Routines() []*routines.Routine {
	var out []*routines.Routine
	if r := h.PlanRoutine(); r != nil {
		out = append(out, r)
	}
	return append(out, h.Catalog.Routines()...)
}

// SuggestedID is the id of the routine that Enter alone starts: the
// plan's, else the first direction to try (flexion when standing and
// walking bring the pain on and sitting eases it, else extension).
func (h Home) SuggestedID() string {
	if r := h.PlanRoutine(); r != nil {
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
	id := h.SuggestedID()
	for i, r := range h.Routines() {
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
