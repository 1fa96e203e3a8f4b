package coach

import (
	"fmt"

	"github.com/centra-app/centra/routines"
)

// Program holds the numbers of the rules across days (CLINICAL.md R19 to
// R24) that no source gives: each is a design default of this project,
// named here once, shown to the person with its reason (Defaults), and
// adjustable in the settings file by a clinician. A zero field takes its
// default, so an old saved plan reads as the defaults.
type Program struct {
	// StepUpSets is how many sets in a row without change at one force step,
	// across sessions, move the next session one step up (R19).
	StepUpSets int `json:"step_up_sets,omitempty"`
	// RedDaysLost is how many days running a direction must turn red before
	// it counts as lost and the direction test is offered again (R20).
	RedDaysLost int `json:"red_days_lost,omitempty"`
	// MobilityDays is how many whole days of stable or centralizing leg
	// symptoms, with no red, move relief on to mobility (R21).
	MobilityDays int `json:"mobility_days,omitempty"`
	// StrengthDays is how many days running with the pain out of the leg, or
	// the leg pain at most StrengthLegPain, move mobility on to strength (R21).
	StrengthDays    int `json:"strength_days,omitempty"`
	StrengthLegPain int `json:"strength_leg_pain,omitempty"`
	// MaintenanceDays is how many days running with no leg pain (the pain
	// reaching no further than one side of the back, leg pain at most 1/10)
	// move strength on to maintenance (R22).
	MaintenanceDays int `json:"maintenance_days,omitempty"`
	// FlareDays is how many earlier days a day is compared with to call it
	// a flare, and FlareLegRise the rise in leg pain over their average that
	// makes one (R23).
	FlareDays    int `json:"flare_days,omitempty"`
	FlareLegRise int `json:"flare_leg_rise,omitempty"`
	// MaintenanceReliefSets is how many relief sets a day maintenance asks
	// for, besides the daily routine (R24).
	MaintenanceReliefSets int `json:"maintenance_relief_sets,omitempty"`
}

// The design defaults of the rules across days.
const (
	DefaultStepUpSets            = 3
	DefaultRedDaysLost           = 2
	DefaultMobilityDays          = 1
	DefaultStrengthDays          = 2
	DefaultStrengthLegPain       = 2
	DefaultMaintenanceDays       = 7
	DefaultFlareDays             = 3
	DefaultFlareLegRise          = 2
	DefaultMaintenanceReliefSets = 3
)

// maintenanceReach and maintenanceLegPain say "no leg pain" for R22: the
// pain reaches no further than one side of the back, leg pain at most 1/10.
const (
	maintenanceReach   = routines.ReachOneSide
	maintenanceLegPain = 1
)

// DefaultProgram is the program with every default.
func DefaultProgram() Program { return Program{}.Filled() }

// Filled returns the program with every unset number at its default.
func (p Program) Filled() Program {
	set := func(v *int, def int) {
		if *v <= 0 {
			*v = def
		}
	}
	set(&p.StepUpSets, DefaultStepUpSets)
	set(&p.RedDaysLost, DefaultRedDaysLost)
	set(&p.MobilityDays, DefaultMobilityDays)
	set(&p.StrengthDays, DefaultStrengthDays)
	set(&p.StrengthLegPain, DefaultStrengthLegPain)
	set(&p.MaintenanceDays, DefaultMaintenanceDays)
	set(&p.FlareDays, DefaultFlareDays)
	set(&p.FlareLegRise, DefaultFlareLegRise)
	set(&p.MaintenanceReliefSets, DefaultMaintenanceReliefSets)
	return p
}

// Default is one design default as a person reads it: the rule, the value
// in words, and why.
type Default struct {
	RuleID string `json:"rule_id"`
	Name   string `json:"name"`
	Value  string `json:"value"`
	Reason string `json:"reason"`
}

// Defaults lists the numbers the plan over days goes by, each with its
// reason, for the help screens, the export and the settings.
func (p Program) Defaults() []Default {
	p = p.Filled()
	return []Default{
		{"R19", "Step up", fmt.Sprintf("after %d sets in a row with no change at one step", p.StepUpSets),
			"Sources advise 2 to 3 sets of 10 before adding force; centra waits for the third, across sessions, to be sure nothing changed."},
		{"R20", "A direction lost", fmt.Sprintf("red on %d days running", p.RedDaysLost),
			"One bad day can be chance; a second in a row means the direction is not helping, so the direction test looks again."},
		{"R21", "Relief to mobility", fmt.Sprintf("%s with the leg steady or easing, no red", dayCount(p.MobilityDays)),
			"The nerve slider is gentle but still moves the nerve, so it waits for a calm day."},
		{"R21", "Mobility to strength", fmt.Sprintf("%s running with the pain out of the leg or the leg pain at %d/10 or less", dayCount(p.StrengthDays), p.StrengthLegPain),
			"Core work loads the back, so it waits until the leg has settled on more than one day."},
		{"R22", "Strength to maintenance", fmt.Sprintf("%s running with no leg pain", dayCount(p.MaintenanceDays)),
			"A week without leg pain shows the gains are holding, so the daily practice can take over from frequent relief sets."},
		{"R23", "A flare", fmt.Sprintf("pain a region further down than the best of the last %s, or leg pain %d points above their average", dayCount(p.FlareDays), p.FlareLegRise),
			"Recovery has good and bad days; a change this size is more than the usual ups and downs (2 points is a meaningful change)."},
		{"R24", "Relief sets in maintenance", fmt.Sprintf("%d a day, with the daily routine", p.MaintenanceReliefSets),
			"A few sets a day keep the direction that helped in use once the pain has gone."},
	}
}

// dayCount writes a count of days: "1 day", "7 days".
func dayCount(n int) string {
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}
