package app

import (
	"time"

	"github.com/centra-app/centra/routines/adherence"
	"github.com/centra-app/centra/routines/coach"
)

// Due is what `centra due` says: today's sets against the plan and when
// the next is due, and today's walks against the walking suggestion, as
// home shows them. The walks are counted apart and never as sets.
type Due struct {
	Status adherence.Status
	Walks  coach.WalkAdvice
}

// Sentence says it in a line or two for a person: "Next set due at 14:30,
// in 35 min. Today: 5 of 8. Walks today: 1 of 3 short walks (10 min so
// far)."
func (d Due) Sentence(now time.Time) string {
	s := d.Status.Sentence(now)
	if w := d.Walks.Today(); w != "" {
		s += " " + w
	}
	return s
}

// wholeSeconds drops what is under a second: `centra due --json` prints
// RFC 3339 times to the second, whatever clock made them (a plan begun
// under --now carries nanoseconds, a set milliseconds).
func wholeSeconds(t time.Time) time.Time { return t.Truncate(time.Second) }

// DueJSON is what `centra due --json` prints: the same as Sentence, field
// by field, its times to the second.
type DueJSON struct {
	Target  int       `json:"target"`
	Today   int       `json:"today"`
	Streak  int       `json:"streak"`
	Last    time.Time `json:"last_set,omitzero"`
	Due     time.Time `json:"due,omitzero"`
	Overdue bool      `json:"overdue"`
	Paused  bool      `json:"paused"`
	// Walks is today's walks; nil while paused (no walk is suggested).
	Walks   *DueWalks `json:"walks,omitempty"`
	Message string    `json:"message"`
}

// DueWalks is today's walks in DueJSON: Done walks of Minutes in all,
// against the Target the plan suggests.
type DueWalks struct {
	Done    int `json:"done"`
	Target  int `json:"target"`
	Minutes int `json:"minutes"`
}

// JSON is d for `centra due --json`.
func (d Due) JSON(now time.Time) DueJSON {
	st := d.Status
	j := DueJSON{Target: st.Target, Today: st.Today, Streak: st.Streak, Last: wholeSeconds(st.Last), Due: wholeSeconds(st.Due),
		Overdue: st.Overdue, Paused: st.Held, Message: d.Sentence(now)}
	if d.Walks.Walks > 0 {
		j.Walks = &DueWalks{Done: d.Walks.Done, Target: d.Walks.Walks, Minutes: d.Walks.DoneMinutes}
	}
	return j
}
