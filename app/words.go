package app

import (
	"fmt"
	"sort"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// ShortReach names a point of the reach scale in a word or two, as the
// domain names it (routines.Reach.Short): none, centre, side, buttock,
// thigh, below knee, foot.
func ShortReach(r routines.Reach) string { return r.Short() }

// ResponseWords says how a session went, its latest check-in read against
// its baseline with the coach's own rules (location first, then a
// meaningful change of intensity), as a symbol and a word that read
// without colour: "↑ centralized", "○ pain gone", "+ better", "= no
// change", "− worse", "↓ further down", or "· no check-in".
func ResponseWords(base, last *routines.CheckIn) (symbol, word string) {
	if base == nil || last == nil {
		return "·", "no check-in"
	}
	switch coach.Classify(*base, *base, *last).Kind {
	case coach.KindCentralized:
		return "↑", "centralized"
	case coach.KindAbolished:
		return "○", "pain gone"
	case coach.KindBetter:
		return "+", "better"
	case coach.KindWorse:
		return "−", "worse"
	case coach.KindPeripheralized:
		return "↓", "further down"
	}
	return "=", "no change"
}

// SessionResponse says how a session went as a whole, as ResponseWords
// does, from its most telling answer. A session stopped for an urgent
// symptom (R1, R2) says so first: "! urgent symptom". Pain or tingling
// that moved further down the leg at any point of it (R5, R7, R17: the
// stop signal) reads "↓ further down" even when a later answer was back
// where it started or better; otherwise its last answer against its
// baseline, tingling included (R17).
func SessionResponse(r SessionRow) (symbol, word string) {
	if UrgentStop(r) {
		return "!", "urgent symptom"
	}
	if r.Baseline != nil && r.Worst != nil {
		w := *r.Worst
		// "Further down" compares with the set before it: a pain that
		// went back down a little but stays higher up than at the start
		// is not further down than the start.
		if w.Moved == routines.MovedDown && w.Reach < r.Baseline.Reach {
			w.Moved = routines.MovedSame
		}
		if coach.Classify(*r.Baseline, *r.Baseline, w).Kind == coach.KindPeripheralized {
			return "↓", "further down"
		}
	}
	return ResponseWords(r.Baseline, r.Last)
}

// UrgentStop says whether a session was stopped for an urgent symptom
// (R1: emergency advice, R2: urgent review), by how it ended or by a
// check-in that reported one.
func UrgentStop(r SessionRow) bool {
	if r.Status == routines.StatusStopped &&
		(r.Reason == string(coach.ActionEmergencyStop) || r.Reason == string(coach.ActionUrgentReview)) {
		return true
	}
	return r.Worst != nil && len(r.Worst.Urgent) > 0
}

// StatusWords says how a session ended, as a symbol and a word; reason
// is the one kept with it. A routine whose last set was skipped reached
// every set but did not do the last, and says so.
func StatusWords(st routines.SessionStatus, reason string) (symbol, word string) {
	if st == routines.StatusCompleted && reason == routines.ReasonLastSetSkipped {
		return "–", "ended, " + reason
	}
	switch st {
	case routines.StatusCompleted:
		return "✓", "complete"
	case routines.StatusCutShort:
		return "✗", "cut short"
	case routines.StatusStopped:
		return "■", "stopped"
	}
	return "…", "in progress"
}

// PainChange says how far down the pain reached and the leg pain, before ->
// after: "below knee→thigh 6→5", or "thigh 4→4" when the reach stayed.
func PainChange(base, last *routines.CheckIn) string {
	switch {
	case base == nil && last == nil:
		return "—"
	case base == nil:
		return fmt.Sprintf("%s %d", ShortReach(last.Reach), last.LegPain)
	case last == nil:
		return fmt.Sprintf("%s %d", ShortReach(base.Reach), base.LegPain)
	}
	if base.Reach == last.Reach {
		return fmt.Sprintf("%s %d→%d", ShortReach(base.Reach), base.LegPain, last.LegPain)
	}
	return fmt.Sprintf("%s→%s %d→%d", ShortReach(base.Reach), ShortReach(last.Reach), base.LegPain, last.LegPain)
}

// SetsCount is the sets a session did against the sets it planned as it
// stood at the end (0: not known), and what the coach changed, in words:
// "cut from 5 by the coach", "2 added by the coach", or "". A count
// done beyond an older record's plan shows no plan at all, never "3/1".
func SetsCount(r SessionRow) (done, planned int, change string) {
	done, planned = r.SetsDone, r.SetsPlanned
	if r.SetsCoach > 0 && r.SetsCoach != planned && planned > 0 {
		if r.SetsCoach < planned {
			change = fmt.Sprintf("cut from %d by the coach", planned)
		} else {
			change = fmt.Sprintf("%d added by the coach", r.SetsCoach-planned)
		}
		planned = r.SetsCoach
	}
	if done > planned {
		planned = 0
	}
	return done, planned, change
}

// SetsShort is SetsCount for a column: "3/5", "3/3" after a cut to 3 by
// the coach (the session's detail says so), "3" when the plan is not
// known.
func SetsShort(r SessionRow) string {
	done, planned, _ := SetsCount(r)
	if planned == 0 {
		return fmt.Sprint(done)
	}
	return fmt.Sprintf("%d/%d", done, planned)
}

// SetsWords says how many sets a session did: "3 of 4 sets done", "3 of
// 3 sets done (cut from 5 by the coach)".
func SetsWords(r SessionRow) string {
	done, planned, change := SetsCount(r)
	if planned > 0 {
		s := fmt.Sprintf("%d of %d sets done", done, planned)
		if change != "" {
			s += " (" + change + ")"
		}
		return s
	}
	r.SetsDone = done
	if r.SetsDone == 1 {
		return "1 set done"
	}
	return fmt.Sprintf("%d sets done", r.SetsDone)
}

// EventKind orders the lines of a session's timeline that share a time:
// a set before its check-in before the coach's decision.
type EventKind int

// The kinds of timeline line.
const (
	EventSet EventKind = iota
	EventCheckIn
	EventDecision
)

// Event is one line of a session's timeline.
type Event struct {
	At   time.Time
	Kind EventKind
	Text string
}

// Timeline is a session set by set: every set, check-in and coaching
// decision in time order, in words. name gives an exercise's name from its
// id (the id itself when it is not known).
func Timeline(d SessionDetail, name func(id string) string) []Event {
	var evs []Event
	setNo := map[int64]int{}
	for i, r := range d.Sets {
		id := int64(i)
		if i < len(d.SetIDs) {
			id = d.SetIDs[i]
		}
		setNo[id] = i + 1
		evs = append(evs, Event{r.StartedAt, EventSet, SetLine(i+1, r, name(r.ExerciseID))})
	}
	for i, c := range d.CheckIns {
		var setID int64
		if i < len(d.CheckInSets) {
			setID = d.CheckInSets[i]
		}
		evs = append(evs, Event{c.At, EventCheckIn, CheckInLine(c, setNo[setID])})
	}
	for _, dec := range d.Decisions {
		evs = append(evs, Event{dec.At, EventDecision, "coach: " + dec.Reason + " (" + dec.RuleID + ", " + dec.Action + ")"})
	}
	sort.SliceStable(evs, func(i, j int) bool {
		if !evs[i].At.Equal(evs[j].At) {
			return evs[i].At.Before(evs[j].At)
		}
		return evs[i].Kind < evs[j].Kind
	})
	return evs
}

// SetLine says what one set was: "Set 2 · Press-up · 10 of 10 reps ✓ done".
func SetLine(n int, r routines.SetResult, name string) string {
	done := "✓ done"
	if !r.Completed {
		done = "✗ not finished"
	}
	return fmt.Sprintf("Set %d · %s · %d of %d %s %s", n, name, r.Done, r.Planned, r.Unit, done)
}

// CheckInLine says one check-in in words, with the answer as a symbol and
// a phrase: "after set 2: ↑ moved up toward the back · reaches thigh (4) ·
// leg pain 5 · back pain 3".
func CheckInLine(c routines.CheckIn, setNo int) string {
	var head string
	switch c.Kind {
	case routines.CheckInBaseline:
		head = "before: "
	case routines.CheckInRecheck:
		head = "recheck after a rest: "
	default:
		head = "after the set: "
		if setNo > 0 {
			head = fmt.Sprintf("after set %d: ", setNo)
		}
	}
	if c.Moved != "" {
		sym := map[routines.Moved]string{routines.MovedUp: "↑ ", routines.MovedDown: "↓ ", routines.MovedSame: "= ", routines.MovedGone: "○ "}[c.Moved]
		head += sym + MovedWords(c.Kind, c.Moved) + " · "
	}
	s := fmt.Sprintf("%sreaches %s (%d)", head, c.Reach, c.Reach)
	if c.Leg != "" && c.Leg != routines.LegNone {
		s += " · " + string(c.Leg) + " leg"
	}
	s += fmt.Sprintf(" · leg pain %d · back pain %d", c.LegPain, c.BackPain)
	if c.Tingling {
		s += " · tingling reaches " + c.TinglingReach.String()
	}
	if len(c.Urgent) > 0 {
		s += " · URGENT: " + coach.SymptomWords(c.Urgent)
	}
	return s
}

// TrendLine says the trend in numbers: the first days of the period
// against the last ones.
func TrendLine(days []Day, period int) string {
	w := 7
	switch {
	case period <= 7:
		w = 3
	case period > 31:
		w = 14
	}
	w = min(w, len(days)/2)
	if w == 0 {
		return "Not enough days yet to see a trend."
	}
	r0, l0, n0 := Average(days[:w])
	r1, l1, n1 := Average(days[len(days)-w:])
	if n0 == 0 || n1 == 0 {
		return fmt.Sprintf("Trend: not enough check-ins in the first and last %d days to compare.", w)
	}
	dir := "= about the same"
	switch {
	case r1 <= r0-0.5:
		dir = "↑ moving up toward the back"
	case r1 >= r0+0.5:
		dir = "↓ spreading further down"
	}
	return fmt.Sprintf("Trend, first %d days → last %d: pain reached %.1f → %.1f (%s → %s), %s; leg pain %.1f → %.1f.",
		w, w, r0, r1, ReachWord(r0), ReachWord(r1), dir, l0, l1)
}

// Average is the reach and leg pain over days, weighted by check-ins, and
// how many check-ins there were.
func Average(days []Day) (reach, leg float64, n int) {
	for _, d := range days {
		reach += d.ReachAvg * float64(d.CheckIns)
		leg += d.LegPainAvg * float64(d.CheckIns)
		n += d.CheckIns
	}
	if n == 0 {
		return 0, 0, 0
	}
	return reach / float64(n), leg / float64(n), n
}

// ReachWord names the point of the scale nearest to an average reach.
func ReachWord(r float64) string {
	return ShortReach(routines.Reach(int(r + 0.5)))
}
