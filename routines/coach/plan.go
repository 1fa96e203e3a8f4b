package coach

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"time"

	"github.com/centra-app/centra/routines"
)

// DefaultEvery is the usual advice: a set every two hours while awake.
const DefaultEvery = 2 * time.Hour

// The default waking hours.
const (
	DefaultWakingFrom TimeOfDay = 7 * 60
	DefaultWakingTo   TimeOfDay = 22 * 60
)

// TimeOfDay is a time on the clock, in minutes after midnight. It reads and
// writes as "07:30".
type TimeOfDay int

// String writes the time as "07:30".
func (t TimeOfDay) String() string { return fmt.Sprintf("%02d:%02d", int(t)/60, int(t)%60) }

// MarshalText implements encoding.TextMarshaler.
func (t TimeOfDay) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *TimeOfDay) UnmarshalText(b []byte) error {
	s := string(b)
	if len(s) != 5 || s[2] != ':' {
		return fmt.Errorf("time of day %q: want hh:mm", s)
	}
	h, err1 := strconv.Atoi(s[:2])
	m, err2 := strconv.Atoi(s[3:])
	if err1 != nil || err2 != nil || h > 23 || m > 59 || h < 0 || m < 0 {
		return fmt.Errorf("time of day %q: want hh:mm", s)
	}
	*t = TimeOfDay(h*60 + m)
	return nil
}

// Plan is the person's current prescription. The store keeps it as JSON.
type Plan struct {
	// Direction is the direction of movement that helps, or neutral when
	// none was found. Before the first test it is the direction to test
	// first.
	Direction routines.Direction `json:"direction"`
	// Levels is the step on each family's ladder (1 is the least force).
	Levels map[routines.Family]int `json:"levels"`
	Stage  routines.Stage          `json:"stage"`
	// Every is the time between two sets while awake (in JSON, in
	// nanoseconds).
	Every      time.Duration `json:"every"`
	WakingFrom TimeOfDay     `json:"waking_from"`
	WakingTo   TimeOfDay     `json:"waking_to"`
	// FlexionFirst records the first-run pattern that starts the test
	// with flexion (R10).
	FlexionFirst bool `json:"flexion_first,omitempty"`
	// Tested keeps the last test result for each direction tried.
	Tested map[routines.Direction]Tested `json:"tested,omitempty"`
	// Advice is the standing advice that goes with the plan (R11).
	Advice []string `json:"advice,omitempty"`
	// LastRed is when a set last turned red (R13 waits a day after it).
	LastRed time.Time `json:"last_red,omitzero"`
	// Reds keeps, for each direction, the last step that turned red in a
	// session or a direction test, and when (R5): a session that loads the
	// direction within a day starts below that step.
	Reds map[routines.Direction]Red `json:"reds,omitempty"`
	// Hold is set when a red flag stopped the program (R1, R2).
	Hold *Hold `json:"hold,omitempty"`
	// ClearedAt is when the person confirmed a clinician had cleared them.
	ClearedAt time.Time `json:"cleared_at,omitzero"`
	// ClearedBothLegs says a clearance covered symptoms in both legs, so a
	// session's starting check-in with both legs no longer stops (R1): only
	// a clearance of a hold those symptoms made does, not one of another
	// red flag (plans cleared before this was kept read false: safe).
	ClearedBothLegs bool `json:"cleared_both_legs,omitempty"`
	// Program holds the design defaults of the rules across days (R19 to
	// R24), as the settings adjust them.
	Program Program `json:"program,omitzero"`
	// Days sums up the last days, oldest first (R19 to R24 read them).
	Days []DayLog `json:"days,omitempty"`
	// Unchanged counts, for each direction, the sets in a row with no
	// change at its current step, across sessions (R19).
	Unchanged map[routines.Family]Unchanged `json:"unchanged,omitempty"`
	// Ambers keeps, for each direction, the last step that turned amber and
	// in which session: it caps that session and the next (R19).
	Ambers map[routines.Family]Amber `json:"ambers,omitempty"`
	// Sessions counts the routines started with this plan.
	Sessions int `json:"sessions,omitempty"`
	// Flared is the last day a flare stepped the plan back (R23), so that a
	// day is judged once.
	Flared string `json:"flared,omitempty"`
	// Log lists every change, oldest first.
	Log []PlanChange `json:"log"`
}

// Unchanged is the count of sets in a row with no change at one step (R19).
type Unchanged struct {
	Level int `json:"level"`
	Sets  int `json:"sets"`
}

// Amber is a step that turned amber, and the session it was in (R19).
type Amber struct {
	At      time.Time `json:"at"`
	Level   int       `json:"level"`
	Session int       `json:"session"`
}

// Tested is what a direction test found for one direction.
type Tested struct {
	At time.Time `json:"at"`
	// Light is the best the direction did: green (it helps), amber,
	// red (it made things worse) or none (no change).
	Light    Light  `json:"light"`
	Level    int    `json:"level"`
	Evidence string `json:"evidence"`
}

// Hold pauses the program after a red flag.
type Hold struct {
	At     time.Time `json:"at"`
	RuleID string    `json:"rule_id"`
	Reason string    `json:"reason"`
	// BothLegs says symptoms in both legs were among what stopped it: a
	// clearance of this hold clears them (see Plan.ClearedBothLegs).
	BothLegs bool `json:"both_legs,omitempty"`
}

// PlanChange is one dated change of the plan, with its rule and reason.
type PlanChange struct {
	At     time.Time `json:"at"`
	RuleID string    `json:"rule_id"`
	// What names the field: "direction", "stage", "level:extension",
	// "every", "hold".
	What   string `json:"what"`
	From   string `json:"from"`
	To     string `json:"to"`
	Reason string `json:"reason"`
}

// changeLog is the plan's log of changes (Plan.Log), oldest first, as
// the rules read it.
type changeLog []PlanChange

// stageMovedOn reports a stage change logged on the day today (R21: at
// most one step a day, forward or back).
func (l changeLog) stageMovedOn(today string) bool {
	for i := len(l) - 1; i >= 0; i-- {
		c := l[i]
		if dayKey(c.At) < today {
			return false
		}
		if c.What == "stage" && dayKey(c.At) == today {
			return true
		}
	}
	return false
}

// since is when the plan last moved to stage s (zero when never).
func (l changeLog) since(s routines.Stage) time.Time {
	for i := len(l) - 1; i >= 0; i-- {
		if c := l[i]; c.What == "stage" && c.To == string(s) {
			return c.At
		}
	}
	return time.Time{}
}

// flexionFirstWhy is why the stenosis pattern starts the test with flexion
// (R10).
const flexionFirstWhy = "You said standing or walking brings the pain on and sitting or leaning forward eases it, so the test starts with bending forwards."

// DefaultPlan is the plan after the first run: the direction to test first
// (extension, or flexion for the stenosis pattern: R9, R10), level 1 on
// every ladder, the find-direction stage, a set every 2 hours from 07:00 to
// 22:00, and a hold when a red-flag answer was yes (R1, R2).
func DefaultPlan(a Answers, now time.Time) Plan {
	p := Plan{
		Levels:     map[routines.Family]int{},
		Stage:      routines.StageFindDirection,
		Every:      DefaultEvery,
		WakingFrom: DefaultWakingFrom,
		WakingTo:   DefaultWakingTo,
	}
	for _, f := range routines.Families {
		if f != routines.FamilyPosition && f != routines.FamilyWalking {
			p.Levels[f] = 1
		}
	}
	rule, dir, why := "R9", routines.DirectionExtension,
		"When a direction of movement helps, it is usually bending backwards, so the test starts there."
	if a.StenosisPattern() {
		p.FlexionFirst = true
		rule, dir, why = "R10", routines.DirectionFlexion, flexionFirstWhy
	}
	p.change(now, rule, "direction", "", string(dir), why)
	p.Direction = dir
	if d := ScreenRedFlags(a); d != nil {
		p.hold(now, *d)
		p.Hold.BothLegs = a.RedFlags[FlagBothLegs]
	}
	return p
}

// Family is the ladder of the plan's direction, or "" when the direction
// is not one of movement.
func (p Plan) Family() routines.Family { return familyOf(p.Direction) }

// Level is the plan's step on a family's ladder, 1 when unset.
func (p Plan) Level(f routines.Family) int {
	if l := p.Levels[f]; l > 0 {
		return l
	}
	return 1
}

// Started is when the plan began: its first change, made as the first run
// ended. Zero for a plan with no log.
func (p Plan) Started() time.Time {
	if len(p.Log) == 0 {
		return time.Time{}
	}
	return p.Log[0].At
}

// Held reports whether a red flag has paused the program.
func (p Plan) Held() bool { return p.Hold != nil }

// Resume lifts a hold once the person confirms that a doctor or
// physiotherapist has checked them and cleared them to exercise.
func (p Plan) Resume(now time.Time) Plan {
	p = p.Clone()
	if p.Hold == nil {
		return p
	}
	p.change(now, "R25", "hold", "paused", "",
		fmt.Sprintf("You told centra a clinician has checked you and cleared you to exercise (the pause came from %s). "+
			"Your plan resumes where it was: %s.", p.Hold.RuleID, p.where()))
	p.ClearedBothLegs = p.ClearedBothLegs || p.Hold.BothLegs
	p.Hold = nil
	p.ClearedAt = now
	return p
}

// Unfinished reports whether these first-run answers are of a first run
// a red flag stopped (R1, R2) before its last question: a stop is on
// record and the age band, always the last answer, is not. After a
// clearance the rest of the questions are still to be asked.
func (a Answers) Unfinished() bool { return a.AgeBand == "" && ScreenRedFlags(a) != nil }

// FirstRunAnswered applies the answers of a first run resumed after a
// clearance to the plan p it had made: the stenosis pattern starts the test
// with flexion (R10) while no direction has been tested, and a new red
// flag among the answers asked after the clearance (stop) holds the plan
// again (R1, R2). Everything else stays as it was (R25).
func FirstRunAnswered(p Plan, a Answers, stop *Decision, now time.Time) Plan {
	p = p.Clone()
	if a.StenosisPattern() && !p.FlexionFirst && p.Stage == routines.StageFindDirection && len(p.Tested) == 0 {
		p.FlexionFirst = true
		p.change(now, "R10", "direction", string(p.Direction), string(routines.DirectionFlexion), flexionFirstWhy)
		p.Direction = routines.DirectionFlexion
	}
	if stop != nil {
		p.hold(now, *stop)
		if p.Hold != nil {
			p.Hold.BothLegs = p.Hold.BothLegs || a.RedFlags[FlagBothLegs]
		}
	}
	return p
}

// where says the direction, step and stage in a few words.
func (p Plan) where() string {
	if p.Family() == "" || p.Stage == routines.StageFindDirection {
		return "finding your direction"
	}
	return fmt.Sprintf("%s at step %d, stage %s", dirWords(p.Family()), p.Level(p.Family()), StageWords(p.Stage))
}

// Clone returns a deep copy, so that a session can change its plan without
// touching the caller's.
func (p Plan) Clone() Plan {
	p.Levels = maps.Clone(p.Levels)
	if p.Levels == nil {
		p.Levels = map[routines.Family]int{}
	}
	p.Tested = maps.Clone(p.Tested)
	p.Reds = maps.Clone(p.Reds)
	p.Advice = slices.Clone(p.Advice)
	p.Log = slices.Clone(p.Log)
	p.Days = slices.Clone(p.Days)
	p.Unchanged = maps.Clone(p.Unchanged)
	p.Ambers = maps.Clone(p.Ambers)
	if p.Hold != nil {
		h := *p.Hold
		p.Hold = &h
	}
	return p
}

// change appends a dated change to the log and returns it.
func (p *Plan) change(at time.Time, rule, what, from, to, reason string) PlanChange {
	c := PlanChange{At: at, RuleID: rule, What: what, From: from, To: to, Reason: reason}
	p.Log = append(p.Log, c)
	return c
}

// setLevel moves a ladder and logs it.
func (p *Plan) setLevel(at time.Time, rule string, f routines.Family, level int, reason string) []PlanChange {
	if p.Levels == nil {
		p.Levels = map[routines.Family]int{}
	}
	old := p.Level(f)
	if old == level {
		return nil
	}
	p.Levels[f] = level
	return []PlanChange{p.change(at, rule, "level:"+string(f), strconv.Itoa(old), strconv.Itoa(level), reason)}
}

// setStage moves the stage and logs it.
func (p *Plan) setStage(at time.Time, rule string, s routines.Stage, reason string) []PlanChange {
	if p.Stage == s {
		return nil
	}
	c := p.change(at, rule, "stage", string(p.Stage), string(s), reason)
	p.Stage = s
	return []PlanChange{c}
}

// setDirection moves the direction and logs it.
func (p *Plan) setDirection(at time.Time, rule string, d routines.Direction, reason string) []PlanChange {
	if p.Direction == d {
		return nil
	}
	c := p.change(at, rule, "direction", string(p.Direction), string(d), reason)
	p.Direction = d
	return []PlanChange{c}
}

// hold pauses the program after an R1 or R2 stop and logs it.
func (p *Plan) hold(at time.Time, d Decision) []PlanChange {
	if p.Hold != nil && (p.Hold.RuleID == "R1" || d.RuleID != "R1") {
		return nil
	}
	p.Hold = &Hold{At: at, RuleID: d.RuleID, Reason: d.Reason}
	if !at.IsZero() {
		p.dayLog().day(at).Flag = true // never a steady day (R21)
	}
	to := "urgent"
	if d.RuleID == "R1" {
		to = "emergency"
	}
	return []PlanChange{p.change(at, d.RuleID, "hold", "", to, d.Reason)}
}

// stageIndex orders the stages.
func stageIndex(s routines.Stage) int { return slices.Index(routines.Stages, s) }

// familyOf maps a routine direction to the ladder that loads it.
func familyOf(d routines.Direction) routines.Family {
	switch d {
	case routines.DirectionExtension:
		return routines.FamilyExtension
	case routines.DirectionFlexion:
		return routines.FamilyFlexion
	case routines.DirectionSideGlide:
		return routines.FamilySideGlide
	}
	return ""
}

// directionOf maps a directional family to its routine direction.
func directionOf(f routines.Family) routines.Direction {
	switch f {
	case routines.FamilyExtension:
		return routines.DirectionExtension
	case routines.FamilyFlexion:
		return routines.DirectionFlexion
	case routines.FamilySideGlide:
		return routines.DirectionSideGlide
	}
	return routines.DirectionNeutral
}
