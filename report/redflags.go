package report

import (
	"fmt"
	"strings"
	"time"

	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// Stop is one stop for a red flag: an emergency stop (rule 1) or an
// urgent review (rule 2), what was reported, and whether a clinician has
// cleared it since (rule 25).
type Stop struct {
	At time.Time
	// Emergency is true for an emergency stop (rule 1), false for an
	// urgent medical review (rule 2); Rule is the rule's number.
	Emergency bool
	Rule      string
	// Where says when in the person's use it came ("at the check-in
	// before a session"); What names what was reported, in clinical words.
	Where, What string
	// Cleared is when the person confirmed that a clinician had checked
	// and cleared them (rule 25); zero while the exercises stay paused.
	Cleared   time.Time
	ClearRule string
	// Unpaused is set for an urgent check-in that no pause of the
	// exercises followed, as the history holds it: neither cleared nor
	// paused now.
	Unpaused bool
}

// Kind names the stop: "Emergency stop" or "Urgent medical review".
func (s Stop) Kind() string {
	if s.Emergency {
		return "Emergency stop"
	}
	return "Urgent medical review"
}

// Line says the stop in one sentence or two, for the Red flags section.
func (s Stop) Line() string {
	where := ""
	if s.Where != "" {
		where = ", " + s.Where
	}
	line := fmt.Sprintf("%s (rule %s) on %s%s. Reported: %s.", s.Kind(), s.Rule, s.At.Format("Mon 2 Jan 2006 15:04"), where, s.What)
	switch {
	case s.Unpaused:
		return line + " The history holds no pause of the exercises after it."
	case s.Cleared.IsZero():
		return line + " Not cleared: the exercises are still paused until the person confirms a clinician has checked them."
	}
	return line + fmt.Sprintf(" Cleared on %s: the person confirmed that a clinician had checked them and cleared them to exercise (rule %s).",
		s.Cleared.Format("Mon 2 Jan 2006 15:04"), s.ClearRule)
}

// Short says the stop in a few words, for the summary.
func (s Stop) Short() string {
	cleared := "not cleared yet, exercises paused"
	if s.Unpaused {
		cleared = "no pause recorded after it"
	}
	if !s.Cleared.IsZero() {
		cleared = "cleared by a clinician on " + s.Cleared.Format("Mon 2 Jan")
	}
	return fmt.Sprintf("%s (rule %s) on %s for %s; %s", lowerFirst(s.Kind()), s.Rule, s.At.Format("Mon 2 Jan"), s.What, cleared)
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// flags lists every red-flag stop. The plan's log is the authority on
// which stops paused the exercises (a session that opens while they are
// paused stops again, and that is not a new stop) and on when a clinician
// cleared them; the sessions' stop decisions and the check-ins they
// answered say what was reported. Check-ins stored before the flow kept
// "both legs" as an urgent symptom have none listed: what was reported is
// then read from the check-in's leg answer, or from the stop's own words.
func (b *builder) flags() error {
	recorded, err := b.st.Report().Stops(b.ctx)
	if err != nil {
		return err
	}
	answers, _, err := persist.LoadAnswers(b.ctx, b.st.Journal())
	if err != nil {
		return err
	}
	var clears []time.Time
	for _, c := range b.plan.Log {
		if c.What == "hold" && c.From == "paused" {
			clears = append(clears, c.At)
		}
	}
	used := make([]bool, len(recorded))
	var stops []Stop
	add := func(at time.Time, rule, reason string, rec *history.Stop) {
		s := Stop{At: b.in(at), Emergency: rule == "R1", Rule: b.cite(rule)}
		s.What = stopWhat(rec, reason, answers)
		s.Where = stopWhere(rec)
		for _, c := range clears {
			if !c.Before(at) {
				s.Cleared, s.ClearRule = b.in(c), b.cite("R25")
				break
			}
		}
		s.Unpaused = s.Cleared.IsZero() && !b.plan.Held()
		if !s.At.Before(b.until) || (s.At.Before(b.r.From) && !s.Cleared.IsZero() && s.Cleared.Before(b.r.From)) {
			return // after the period, or over and done with before it
		}
		stops = append(stops, s)
	}
	for _, c := range b.plan.Log {
		if c.What != "hold" || (c.To != "emergency" && c.To != "urgent") {
			continue
		}
		best := -1
		for i, r := range recorded {
			d := r.At.Sub(c.At).Abs()
			if !used[i] && d <= 2*time.Second && (best < 0 || d < recorded[best].At.Sub(c.At).Abs()) {
				best = i
			}
		}
		var rec *history.Stop
		if best >= 0 {
			used[best], rec = true, &recorded[best]
		}
		add(c.At, c.RuleID, c.Reason, rec)
	}
	// A symptom ticked at a check-in is a report in its own right, even
	// when the plan was paused already (or its log is lost).
	for i := range recorded {
		if r := &recorded[i]; !used[i] && len(r.CheckIn.Urgent) > 0 {
			add(r.At, r.RuleID, r.Reason, r)
		}
	}
	// An urgent check-in the sessions hold no stop for (it should not
	// happen: every urgent symptom stops) is listed all the same.
	urgent, err := b.st.Report().UrgentCheckIns(b.ctx, 0)
	if err != nil {
		return err
	}
	for _, c := range urgent {
		if !listedStop(recorded, used, c.At) {
			add(c.At, symptomRule(c.Urgent), "", &history.Stop{CheckIn: c.CheckIn, HasCheckIn: true})
		}
	}
	sortStops(stops)
	b.r.RedFlags.Stops = stops
	b.held()
	return nil
}

// listedStop reports whether a check-in at at is the one a listed stop
// answered.
func listedStop(recorded []history.Stop, used []bool, at time.Time) bool {
	for i, r := range recorded {
		if r.HasCheckIn && r.CheckIn.At.Equal(at) && (used[i] || len(r.CheckIn.Urgent) > 0) {
			return true
		}
	}
	return false
}

// held says, while the exercises are paused, since when, why and what was
// reported, for the plan.
func (b *builder) held() {
	h := b.plan.Hold
	if h == nil {
		return
	}
	b.r.Plan.Held = fmt.Sprintf("Exercises paused since %s after an %s (rule %s); they stay paused until the person confirms a clinician has checked them.",
		day(b.in(h.At)), lowerFirst(Stop{Emergency: h.RuleID == "R1"}.Kind()), b.cite(h.RuleID))
	for _, s := range b.r.RedFlags.Stops {
		if s.Cleared.IsZero() && !s.At.After(b.in(h.At).Add(2*time.Second)) {
			b.r.Plan.Held = fmt.Sprintf("Exercises paused since %s after an %s (rule %s): %s reported. They stay paused until the person confirms a clinician has checked them.",
				day(s.At), lowerFirst(s.Kind()), s.Rule, s.What)
		}
	}
}

func sortStops(ss []Stop) {
	for i := 1; i < len(ss); i++ {
		for j := i; j > 0 && ss[j].At.Before(ss[j-1].At); j-- {
			ss[j], ss[j-1] = ss[j-1], ss[j]
		}
	}
}

// stopWhat names what was reported: the symptoms stored with the check-in;
// for a check-in stored before "both legs" was kept with it, its leg
// answer; else the symptoms the stop's own words name, or the screening's
// yes answers for a stop at the first questions.
func stopWhat(rec *history.Stop, reason string, answers coach.Answers) string {
	if rec != nil && rec.HasCheckIn {
		if len(rec.CheckIn.Urgent) > 0 {
			return coach.SymptomWords(rec.CheckIn.Urgent)
		}
		if rec.CheckIn.Leg == routines.LegBoth {
			return coach.SymptomWords([]string{coach.FlagBothLegs})
		}
	}
	var named []string
	for _, q := range coach.RedFlagQuestions() {
		if q.Short != "" && strings.Contains(reason, q.Short) {
			named = append(named, q.ID)
		}
	}
	if len(named) == 0 && rec == nil {
		for _, q := range coach.RedFlagQuestions() {
			if answers.RedFlags[q.ID] {
				named = append(named, q.ID)
			}
		}
	}
	if len(named) == 0 {
		return "a red-flag symptom (not recorded in detail)"
	}
	return coach.SymptomWords(named)
}

// stopWhere says when the stop came.
func stopWhere(rec *history.Stop) string {
	if rec == nil {
		return "at the screening questions"
	}
	if !rec.HasCheckIn {
		return "during a session, before any check-in"
	}
	what := "a session"
	if rec.Session == routines.SessionTest {
		what = "the direction test"
	}
	switch rec.CheckIn.Kind {
	case routines.CheckInBaseline:
		return "at the check-in before " + what
	case routines.CheckInRecheck:
		return "at the recheck after a rest, in " + what
	}
	return "at a check-in during " + what
}

// symptomRule is the rule urgent symptoms stop by: R1 when any is an
// emergency (or unknown: that is safer), else R2.
func symptomRule(ids []string) string {
	for _, id := range ids {
		known := false
		for _, q := range coach.RedFlagQuestions() {
			if q.ID == id {
				known = true
				if q.Urgency == coach.Emergency {
					return "R1"
				}
			}
		}
		if !known {
			return "R1"
		}
	}
	return "R2"
}
