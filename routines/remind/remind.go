// Package remind decides when to remind the person of a set, from the due
// logic of package adherence (one set about every two hours while awake,
// CLINICAL.md rule 11): whether a scheduled `centra remind` should notify,
// with what words, and when an open centra should ring. It is pure: the
// status, the plan and the time come in.
package remind

import (
	"fmt"
	"time"

	"github.com/centra-app/centra/routines/adherence"
	"github.com/centra-app/centra/routines/coach"
)

// Notice is one reminder to show.
type Notice struct {
	// Title and Body are the notification's words.
	Title, Body string
	// Key names what the reminder is about (the due set, or the hold of
	// a day): a reminder is never sent twice for the same key.
	Key string
}

// StartHint says how to start the set from a terminal.
const StartHint = "Open a terminal and type: centra start"

// Due reports whether a set is due at now: not on hold, inside the waking
// hours, and at or past the time the next set falls due.
func Due(st adherence.Status, p coach.Plan, now time.Time) bool {
	return !st.Held && awake(p, now) && !now.Before(st.Due)
}

// Decide says what a scheduled reminder should send at now, given the key
// of the last one it sent. Nothing is sent outside the waking hours, when
// no set is due, or twice for the same due set. A red-flag hold turns the
// reminder into one to see a clinician, at most once a day.
func Decide(st adherence.Status, p coach.Plan, now time.Time, lastKey string) (Notice, bool) {
	if !awake(p, now) {
		return Notice{}, false
	}
	var n Notice
	switch {
	case st.Held:
		reason := "A red flag came up."
		if p.Hold != nil && p.Hold.Reason != "" {
			reason = p.Hold.Reason
		}
		n = Notice{Title: "centra: see a clinician",
			Body: "Exercises are paused. " + reason + " Please see a doctor or physiotherapist before you start again.",
			Key:  "hold " + now.Format(time.DateOnly)}
	case !Due(st, p, now):
		return Notice{}, false
	case st.Last.IsZero():
		n = Notice{Title: "centra: time for a set",
			Body: "No sets done yet today: a set is due now. " + StartHint + ".",
			Key:  "first " + now.Format(time.DateOnly)}
	default:
		n = Notice{Title: "centra: time for a set",
			Body: fmt.Sprintf("A set is due since %s (today: %s). %s.", st.Due.Format("15:04"), st.Counts(), StartHint),
			Key:  "after " + st.Last.UTC().Format(time.RFC3339)}
	}
	if n.Key == lastKey {
		return Notice{}, false
	}
	return n, true
}

// Rings are the times an open centra rings for the set due in st: once when
// it falls due (at opened, when it already was), and once more after grace
// if no set was started (grace 0: once only). Held plans never ring.
func Rings(st adherence.Status, p coach.Plan, opened time.Time, grace time.Duration) []time.Time {
	if st.Held || st.Due.IsZero() {
		return nil
	}
	first := st.Due
	if first.Before(opened) {
		first = opened
	}
	first = nextAwake(p, first)
	rings := []time.Time{first}
	if grace > 0 {
		if again := first.Add(grace); awake(p, again) {
			rings = append(rings, again)
		}
	}
	return rings
}

// Awake reports whether t is inside the plan's waking hours: reminders
// come only then.
func Awake(p coach.Plan, t time.Time) bool { return awake(p, t) }

// awake reports whether t is inside the plan's waking hours.
func awake(p coach.Plan, t time.Time) bool { return nextAwake(p, t).Equal(t) }

// nextAwake is t, or the start of the next waking hours.
func nextAwake(p coach.Plan, t time.Time) time.Time {
	// NextDue with no last set is exactly that: now, moved into the
	// waking hours.
	return p.NextDue(time.Time{}, t)
}
