// Package adherence says how the person keeps to the plan's rhythm: the
// sets done today against the day's target, the streak of days, and when
// the next set is due. It is pure: the counts and the time come in.
//
// In centra a "set" in this sense is one routine done: the usual advice is
// a set of exercises every two hours while awake (CLINICAL.md rule 11), and
// each routine run is that set.
package adherence

import (
	"fmt"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// DefaultPlan is the rhythm used before a plan is saved: a set every two
// hours from 07:00 to 22:00 (the coach's defaults), 8 a day.
func DefaultPlan() coach.Plan {
	return coach.Plan{Every: coach.DefaultEvery, WakingFrom: coach.DefaultWakingFrom, WakingTo: coach.DefaultWakingTo}
}

// Target is how many things a day the plan asks for (CLINICAL.md R24): in
// relief and mobility a set at the start of the waking hours and one every
// p.Every after it until they end (07:00-22:00 every 2 h gives 8); in
// strength the same and one core session; in maintenance the daily routine
// and a few relief sets. Unset fields take the coach's defaults.
func Target(p coach.Plan) int { return p.Asked(time.Time{}).Target() }

// Status is where the person stands today.
type Status struct {
	// Target is the day's sets, Today those done so far.
	Target, Today int
	// Streak counts the days in a row with at least one set.
	Streak int
	// Last is when the last set ended (zero: never), Due when the next is
	// due. Overdue is true once Due has passed.
	Last, Due time.Time
	Overdue   bool
	// Held is true when a red flag has paused the program: nothing is due.
	Held bool
	// Asked is what the plan asks for today, item by item.
	Asked coach.Asked
}

// Compute puts the counts together with the plan at time now. today is
// the sessions with a set done today, from the history; once a direction
// is found the plan's own count replaces it, so that only what the plan
// asked for counts (R24): relief sets in its direction, the core session,
// the daily routine.
func Compute(p coach.Plan, today, streak int, last, now time.Time) Status {
	a := p.Asked(now)
	if p.Family() != "" && p.Stage != routines.StageFindDirection && len(p.Days) > 0 {
		today = a.Done()
	}
	st := Status{Target: a.Target(), Today: today, Streak: streak, Last: last, Held: p.Held(), Asked: a}
	if st.Held {
		return st
	}
	st.Due = p.NextDue(last, now)
	st.Overdue = !last.IsZero() && now.After(st.Due)
	return st
}

// Sentence says the status in one line for a person, e.g. "Next set due at
// 14:30, in 35 min. Today: 5 of 8 · 12 days in a row."
func (s Status) Sentence(now time.Time) string {
	return s.DueText(now) + " Today: " + s.Counts() + "."
}

// DueText says when the next set is due.
func (s Status) DueText(now time.Time) string {
	switch {
	case s.Held:
		return "Exercises are paused until a clinician has checked you."
	case s.Last.IsZero():
		return "No sets done yet: start whenever you are ready."
	case s.Overdue:
		return fmt.Sprintf("A set is due: it was due at %s, %s ago.", clock(s.Due, now), span(now.Sub(s.Due)))
	case s.Due.Sub(now) < time.Minute:
		return "A set is due now."
	}
	return fmt.Sprintf("Next set due at %s, in %s.", clock(s.Due, now), span(s.Due.Sub(now)))
}

// Counts says today's sets against the target and the streak, e.g. "5 of
// 8 · 12 days in a row", or once a direction is found what the plan asked
// for: "relief sets 5 of 8 · core work done · 12 days in a row".
func (s Status) Counts() string {
	c := fmt.Sprintf("%d of %d", s.Today, s.Target)
	if st := s.Asked.Stage; st != "" && st != routines.StageFindDirection {
		c = s.Asked.Words() // what the plan asked for, item by item (R24)
	}
	switch {
	case s.Streak >= 365:
		c += " · a year or more in a row"
	case s.Streak == 1:
		c += " · 1 day in a row"
	case s.Streak > 1:
		c += fmt.Sprintf(" · %d days in a row", s.Streak)
	}
	return c
}

// Short is the status for a shell prompt: "5/8 due 14:30", "5/8 overdue",
// "paused".
func (s Status) Short(now time.Time) string {
	switch {
	case s.Held:
		return "paused"
	case s.Overdue:
		return fmt.Sprintf("%d/%d overdue", s.Today, s.Target)
	}
	return fmt.Sprintf("%d/%d due %s", s.Today, s.Target, clock(s.Due, now))
}

// clock writes a time of day, with the weekday when it is not today.
func clock(t, now time.Time) string {
	y1, m1, d1 := t.Date()
	y2, m2, d2 := now.Date()
	if y1 == y2 && m1 == m2 && d1 == d2 {
		return t.Format("15:04")
	}
	if tomorrow := now.AddDate(0, 0, 1); t.Year() == tomorrow.Year() && t.YearDay() == tomorrow.YearDay() {
		return t.Format("15:04") + " tomorrow"
	}
	return t.Format("Mon 2 Jan 15:04")
}

// span writes a duration to the minute: "35 min", "2 h 05 min", "3 days".
func span(d time.Duration) string {
	d = d.Round(time.Minute)
	switch {
	case d < time.Hour:
		return fmt.Sprintf("%d min", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d h %02d min", int(d.Hours()), int(d.Minutes())%60)
	}
	return fmt.Sprintf("%d days", int(d.Hours()/24))
}
