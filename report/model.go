package report

import (
	"time"

	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/function"
)

// Report is everything the summary and the printable report show, worded.
type Report struct {
	// Now is when it was made; From and To the first and last day covered
	// (local midnights), Days how many.
	Now, From, To time.Time
	Days          int
	// Period says the span in words, and why it starts where it does.
	Period string
	// Empty is true when nothing was recorded in the period.
	Empty bool

	FirstRun  FirstRun
	Direction Direction
	Plan      Plan
	Pain      Pain
	Function  Function
	Moves     []Move
	Doses     []Dose
	Adherence Adherence
	Walks     Walks
	Episodes  []Episode
	RedFlags  RedFlags
	Triggers  Triggers
	// Notes are the person's own words, newest first.
	Notes []Note
	// Rules explains every rule a sentence above refers to, by number.
	Rules []Rule
	// Disclaimer closes the report.
	Disclaimer string
}

// FirstRun is what the person said at the very start.
type FirstRun struct {
	Answered bool
	// Worse and Better list what makes the leg pain worse or eases it;
	// Age is the age band.
	Worse, Better []string
	Age           string
	// Start is the starting point noted at the first run, in words; ""
	// when it was skipped.
	Start string
}

// Direction is the direction of movement, and how it was found.
type Direction struct {
	// Found is true only when a direction test found it; Name is then in
	// bold. Otherwise Name is the direction being tried, in plain text.
	Found bool
	Name  string
	// How says how it was found (or that it was not tested), Tests each
	// direction test with what happened.
	How   string
	Tests []Test
}

// Test is one direction test.
type Test struct {
	At               time.Time
	Result, Evidence string
}

// Plan is the plan now and how it changed.
type Plan struct {
	Exists bool
	// Now says the plan in one sentence (stage, step, rhythm); Held is
	// set when a red flag paused the exercises.
	Now, Held string
	// Outlook says what would move the plan forward or back (R19 to R23);
	// Referral is a suggestion to see a professional (R16, R18), if any.
	Outlook, Referral string
	// Defaults are the design defaults the plan over days goes by, each
	// with its reason (R19 to R24).
	Defaults []coach.Default
	Changes  []Change
	// Earlier counts the changes before those listed.
	Earlier int
}

// Change is one change of the plan with its reason in words.
type Change struct {
	At           time.Time
	What, Reason string
	// Rule is the number of the rule behind it (see Report.Rules).
	Rule string
}

// Rule is one of the coach's rules, by number, in plain words.
type Rule struct {
	Number, Words string
}

// Pain is how far down the pain reached and how strong it was, per day and
// per week, and what changed.
type Pain struct {
	Days  []Day
	Weeks []Week
	// Centralizing says in words whether the pain reaches less far than
	// at the start; LegPain compares leg pain with the start (rule 15).
	Centralizing string
	LegPain      *function.Change
}

// Day is one calendar day.
type Day struct {
	Day time.Time
	// CheckIns counts the check-ins; with none, the numbers are unknown.
	CheckIns int
	// ReachAvg and ReachMax: how far down the pain reached (0-6);
	// LegPain the average leg pain (0-10).
	ReachAvg float64
	ReachMax int
	LegPain  float64
	// Sessions counts the sessions with a set done, Sets the sets.
	Sessions, Sets int
}

// Week is seven days from the first day of the report.
type Week struct {
	From, To           time.Time
	Sessions, CheckIns int
	ReachAvg, LegPain  float64
	ReachMax           int
}

// Function is the weekly function measures and what changed.
type Function struct {
	Measures []function.Measure
	Changes  []function.Change
	// Note says what is missing, when something is.
	Note string
}

// Move is how one exercise went: the sets done and the answers after them.
type Move struct {
	Name                 string
	Sets                 int
	Answers              int
	Up, Same, Down, Gone int
}

// Dose is the dose of one exercise actually done.
type Dose struct {
	Name string
	// Step names the step on its ladder ("step 3 of extension"), when it
	// has one.
	Step       string
	Sets, Days int
	PerDay     float64
	Last       time.Time
}

// Adherence is how regularly the exercises were done.
type Adherence struct {
	// Target is the last counted day's target (R24): what the plan asked
	// for that day.
	Target int
	// Done and Asked sum, over the Days counted, what the plan asked for
	// that was done (at most each day's target) and the days' targets.
	Done, Asked, Days int
	// PerDay is Done per day counted.
	PerDay            float64
	MetDays, NoneDays int
	// Paused counts the days in the period not counted: paused all day by
	// a red flag, or no longer kept by the plan.
	Paused int
	// Last7 is what was done a day over the last 7 days counted.
	Last7 float64
	Words string
}

// Episode is a red moment, with its movement, or the amber moments of
// one movement together: Count of them, from At to Last.
type Episode struct {
	At, Last time.Time
	Count    int
	// Light is "amber" or "red"; Movement the exercise judged.
	Light, Movement, What string
	Rule                  string
}

// RedFlags are the screening answers and every stop for a red flag.
type RedFlags struct {
	Screening string
	// Stops lists the stops for a red flag (rules 1 and 2), oldest first:
	// those in the period, and an earlier one still paused or cleared in
	// it.
	Stops []Stop
}

// Triggers are what made the pain worse, as logged.
type Triggers struct {
	Counts []Count
}

// Count is how often one thing was logged.
type Count struct {
	What string
	N    int
}

// Note is a dated line in someone's own words.
type Note struct {
	At   time.Time
	What string
}
