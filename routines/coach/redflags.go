package coach

import (
	"fmt"
	"slices"
	"strings"

	"github.com/centra-app/centra/routines"
)

// Urgency says what a yes to a red-flag question means.
type Urgency string

// The urgencies.
const (
	// Emergency (R1): stop, go to A&E or call 999 now, and keep the program
	// locked until a clinician clears it.
	Emergency Urgency = "emergency"
	// Urgent (R2): stop, pause the program and see a doctor soon.
	Urgent Urgency = "urgent"
)

// Question is one yes-or-no question, or one choice among Choices.
type Question struct {
	ID string `json:"id"`
	// Text is the question as the screen asks it.
	Text string `json:"text"`
	// Short names the symptom in a list, e.g. "a new change in bladder
	// control or feeling". Check-in screens show it as a tick box.
	Short string `json:"short,omitempty"`
	// Urgency is set on red-flag questions.
	Urgency Urgency `json:"urgency,omitempty"`
	// Choices, when set, replace yes and no.
	Choices []string `json:"choices,omitempty"`
}

// The red-flag ids. A check-in's Urgent list uses the same ids.
const (
	FlagSaddleNumbness = "saddle-numbness"
	FlagBladder        = "bladder"
	FlagBowel          = "bowel"
	FlagSexual         = "sexual"
	FlagBothLegs       = "both-legs"
	FlagWeakBothLegs   = "weak-both-legs"
	FlagLegWeakness    = "leg-weakness"
	FlagFever          = "fever"
	FlagWeightLoss     = "weight-loss"
	FlagCancer         = "cancer"
	FlagInjury         = "injury"
	FlagNightPain      = "night-pain"
)

var redFlags = []Question{
	{ID: FlagSaddleNumbness, Urgency: Emergency,
		Text:  "Do you have numbness or pins and needles between your legs: around your genitals, your back passage, your inner thighs or the part of your buttocks you sit on? Or does it feel different when you wipe after the toilet?",
		Short: "numbness or pins and needles around the genitals, back passage or inner thighs"},
	{ID: FlagBladder, Urgency: Emergency,
		Text:  "Have you had any new problem with your bladder: trouble starting or stopping, not feeling the urine pass, not knowing if your bladder is full, or leaking?",
		Short: "a new change in bladder control or feeling"},
	{ID: FlagBowel, Urgency: Emergency,
		Text:  "Have you had any new problem with your bowels: not being able to hold it in, or not feeling it when you open your bowels?",
		Short: "a new change in bowel control or feeling"},
	{ID: FlagSexual, Urgency: Emergency,
		Text:  "Have you noticed a new loss of feeling in your genitals during sex, or a new change in erection or ejaculation?",
		Short: "a new change in genital feeling or sexual function"},
	{ID: FlagWeakBothLegs, Urgency: Emergency,
		Text:  "Have both of your legs become weak?",
		Short: "weakness in both legs"},
	{ID: FlagBothLegs, Urgency: Emergency,
		Text:  "Do you have pain, tingling or numbness going down both legs?",
		Short: "pain, tingling or numbness in both legs"},
	{ID: FlagLegWeakness, Urgency: Urgent,
		Text:  "Is one leg or foot getting weaker, or does your foot catch or slap on the ground when you walk?",
		Short: "a leg or foot getting weaker"},
	{ID: FlagFever, Urgency: Urgent,
		Text:  "Have you had a fever, chills or sweats along with this pain?",
		Short: "fever or chills"},
	{ID: FlagWeightLoss, Urgency: Urgent,
		Text:  "Have you lost weight recently without trying?",
		Short: "weight loss without trying"},
	{ID: FlagCancer, Urgency: Urgent,
		Text:  "Have you ever had cancer?",
		Short: "a history of cancer"},
	{ID: FlagInjury, Urgency: Urgent,
		Text:  "Did this pain start after a fall, an accident or another hard knock?",
		Short: "a fall, accident or injury"},
	{ID: FlagNightPain, Urgency: Urgent,
		Text:  "Is the pain there all night, with no position that eases it?",
		Short: "constant night pain that no position eases"},
}

// RedFlagQuestions lists the questions asked before the first session and
// again from time to time (CLINICAL.md section 7). Any yes stops: an
// emergency one sends the person to urgent care now (R1), an urgent one
// pauses the program until a doctor has been seen (R2).
func RedFlagQuestions() []Question { return slices.Clone(redFlags) }

// CheckInWarnings lists the symptoms a check-in screen offers as tick boxes
// (their ids go in CheckIn.Urgent). Any of them stops the session at once.
func CheckInWarnings() []Question {
	var out []Question
	for _, q := range redFlags {
		switch q.ID {
		case FlagSaddleNumbness, FlagBladder, FlagBowel, FlagWeakBothLegs, FlagBothLegs, FlagLegWeakness:
			out = append(out, q)
		}
	}
	return out
}

func question(id string) (Question, bool) {
	for _, q := range redFlags {
		if q.ID == id {
			return q, true
		}
	}
	return Question{}, false
}

// ruleR1Emergency is R1: any cauda-equina warning sign (saddle or genital
// numbness, a new bladder, bowel or sexual change), weakness in both legs,
// or symptoms in both legs stops everything with emergency advice. An id
// the coach does not know counts as an emergency too: it is safer.
func ruleR1Emergency(items []string) *Decision {
	var found []string
	for _, id := range items {
		q, ok := question(id)
		switch {
		case !ok:
			found = append(found, id)
		case q.Urgency == Emergency:
			found = append(found, q.Short)
		}
	}
	if len(found) == 0 {
		return nil
	}
	return &Decision{Action: ActionEmergencyStop, RuleID: "R1", Light: LightRed,
		Reason: fmt.Sprintf("Please stop the exercises and get medical help now: go to A&E or call 999 "+
			"(or your local emergency number). You told me about %s. This needs a doctor straight away, "+
			"even if the pain itself is mild. centra stays paused until a doctor has checked you.",
			joinAnd(found))}
}

// ruleR2Urgent is R2: progressive leg weakness or foot drop, fever or
// chills, weight loss without trying, a history of cancer, a significant
// injury, or constant night pain pauses the program with advice to see a
// doctor soon.
func ruleR2Urgent(items []string) *Decision {
	var found []string
	for _, id := range items {
		if q, ok := question(id); ok && q.Urgency == Urgent {
			found = append(found, q.Short)
		}
	}
	if len(found) == 0 {
		return nil
	}
	return &Decision{Action: ActionUrgentReview, RuleID: "R2", Light: LightRed,
		Reason: fmt.Sprintf("Please stop the exercises for now and see a doctor today or as soon as you can "+
			"(in the UK, your GP or NHS 111). You told me about %s. A doctor should check this "+
			"before you carry on. centra stays paused until then.", joinAnd(found))}
}

// ScreenRedFlags returns the stop the first-run answers call for: an
// emergency stop (R1), an urgent review (R2), or nil when all is clear.
func ScreenRedFlags(a Answers) *Decision {
	var yes []string
	for _, q := range redFlags {
		if a.RedFlags[q.ID] {
			yes = append(yes, q.ID)
		}
	}
	if d := ruleR1Emergency(yes); d != nil {
		return d
	}
	return ruleR2Urgent(yes)
}

// CheckInSymptoms lists the urgent symptoms a check-in reports, by their
// question ids: those ticked (c.Urgent), and symptoms in both legs (R1)
// when the leg answer says so and it counts as new, as ScreenCheckIn reads
// it. The flow stores this list with the check-in, so that the history
// says what stopped the session, not only that it stopped.
func CheckInSymptoms(baseline, c routines.CheckIn, cleared bool) []string {
	items := slices.Clone(c.Urgent)
	isBaseline := c.Kind == routines.CheckInBaseline
	if c.Leg == routines.LegBoth && !slices.Contains(items, FlagBothLegs) {
		if (isBaseline && !cleared) || (!isBaseline && baseline.Leg != routines.LegBoth) {
			items = append(items, FlagBothLegs)
		}
	}
	return items
}

// ScreenCheckIn returns the stop a check-in calls for, or nil. Every entry
// of c.Urgent stops (R1 or R2). Symptoms in both legs stop too (R1) when
// they are new since the baseline; at a baseline (c is the baseline) they
// stop unless a clinician has cleared the program since.
func ScreenCheckIn(baseline, c routines.CheckIn, cleared bool) *Decision {
	items := CheckInSymptoms(baseline, c, cleared)
	if d := ruleR1Emergency(items); d != nil {
		return d
	}
	return ruleR2Urgent(items)
}

// Triggers are what makes the leg pain worse.
type Triggers struct {
	Sitting  bool `json:"sitting"`
	Bending  bool `json:"bending"`
	Standing bool `json:"standing"`
	Walking  bool `json:"walking"`
}

// Easers are what eases it.
type Easers struct {
	Sitting        bool `json:"sitting"`
	LeaningForward bool `json:"leaning_forward"`
}

// The age bands the first run offers.
const (
	AgeUnder20 = "under 20"
	Age20to49  = "20-49"
	Age50to64  = "50-64"
	Age65Plus  = "65 or over"
)

// Answers are the first-run answers.
type Answers struct {
	// RedFlags maps a red-flag question id to the answer (true is yes).
	RedFlags map[string]bool `json:"red_flags"`
	Worse    Triggers        `json:"worse"`
	EasedBy  Easers          `json:"eased_by"`
	AgeBand  string          `json:"age_band,omitempty"`
	// Baseline is the check-in the first run takes after the safety
	// questions (R3: where the pain reaches, leg and back pain, tingling),
	// the starting point before any set; nil when it was skipped.
	Baseline *routines.CheckIn `json:"baseline,omitempty"`
}

// The pattern question ids.
const (
	PatternWorseSitting  = "worse-sitting"
	PatternWorseBending  = "worse-bending"
	PatternWorseStanding = "worse-standing"
	PatternWorseWalking  = "worse-walking"
	PatternEasedSitting  = "eased-sitting"
	PatternEasedLeaning  = "eased-leaning"
	PatternAge           = "age"
)

// PatternQuestions lists the questions about what makes the pain worse or
// better, and the age band. The coach uses them to choose the first
// direction to test (R9, R10).
func PatternQuestions() []Question {
	return []Question{
		{ID: PatternWorseSitting, Text: "Does sitting make your leg pain worse?"},
		{ID: PatternWorseBending, Text: "Does bending forward make it worse?"},
		{ID: PatternWorseStanding, Text: "Does standing make it worse?"},
		{ID: PatternWorseWalking, Text: "Does walking make it worse?"},
		{ID: PatternEasedSitting, Text: "When standing or walking brings it on, does sitting down ease it?"},
		{ID: PatternEasedLeaning, Text: "Does leaning forward, on a trolley or a counter, ease it?"},
		{ID: PatternAge, Text: "Which age band are you in?", Choices: []string{AgeUnder20, Age20to49, Age50to64, Age65Plus}},
	}
}

// Set records a yes-or-no answer by question id, red flag or pattern. The
// age band takes its choice through Answers.AgeBand.
func (a *Answers) Set(id string, yes bool) error {
	switch id {
	case PatternWorseSitting:
		a.Worse.Sitting = yes
	case PatternWorseBending:
		a.Worse.Bending = yes
	case PatternWorseStanding:
		a.Worse.Standing = yes
	case PatternWorseWalking:
		a.Worse.Walking = yes
	case PatternEasedSitting:
		a.EasedBy.Sitting = yes
	case PatternEasedLeaning:
		a.EasedBy.LeaningForward = yes
	default:
		if _, ok := question(id); !ok {
			return fmt.Errorf("unknown question %q", id)
		}
		if a.RedFlags == nil {
			a.RedFlags = map[string]bool{}
		}
		a.RedFlags[id] = yes
	}
	return nil
}

// StenosisPattern reports the pattern that starts the test with flexion
// (R10): leg pain brought on by standing or walking and eased by sitting or
// leaning forward, and not made worse by sitting or bending. It is more
// common in older adults, but age alone does not decide it.
func (a Answers) StenosisPattern() bool {
	return (a.Worse.Standing || a.Worse.Walking) &&
		(a.EasedBy.Sitting || a.EasedBy.LeaningForward) &&
		!a.Worse.Sitting && !a.Worse.Bending
}

// SymptomWords names urgent symptoms, given by their question ids as a
// check-in keeps them, in the questions' own short words, joined by "; ".
// An id the coach does not know is shown as it is.
func SymptomWords(ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = id
		if q, ok := question(id); ok && q.Short != "" {
			out[i] = q.Short
		}
	}
	return strings.Join(out, "; ")
}
