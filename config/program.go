package config

import (
	"strconv"

	"github.com/centra-app/centra/routines/coach"
)

// programFields are the design defaults of the plan over days (CLINICAL.md
// R19 to R24), one key each: a clinician can change them here. Their help
// gives the rule and the reason; the values live in coach.Program.
func programFields() []Field {
	num := func(key, label, help string, lo, hi int, at func(*coach.Program) *int) Field {
		return Field{
			Key: key, Label: label, Help: help,
			set: func(c *Config, v any) error {
				n, err := intIn(v, lo, hi)
				if err == nil {
					*at(&c.Program) = n
				}
				return err
			},
			lit:  func(c Config) string { return strconv.Itoa(*at(&c.Program)) },
			show: func(c Config) string { return strconv.Itoa(*at(&c.Program)) },
			step: func(c *Config, by int) { p := at(&c.Program); *p = clamp(*p+by, lo, hi) },
		}
	}
	return []Field{
		num("step_up_sets", "Sets before a step up", "R19: sets in a row with no change at one force step, across sessions, before the next session steps up: 2 to 6 (default 3). "+
			"Sources advise 2 to 3 sets before adding force.", 2, 6, func(p *coach.Program) *int { return &p.StepUpSets }),
		num("red_days_lost", "Red days before a retest", "R20: days running a direction makes the pain worse before the direction test looks again: 1 to 5 (default 2).",
			1, 5, func(p *coach.Program) *int { return &p.RedDaysLost }),
		num("mobility_days", "Steady days for the slider", "R21: whole days with the leg steady or easing, no red, before the nerve slider joins: 1 to 7 (default 1).",
			1, 7, func(p *coach.Program) *int { return &p.MobilityDays }),
		num("strength_days", "Settled days for core", "R21: days running with the pain in the back only, or low leg pain, before core work joins: 1 to 7 (default 2).",
			1, 7, func(p *coach.Program) *int { return &p.StrengthDays }),
		num("strength_leg_pain", "Low leg pain for core", "R21: the leg pain (0-10) that counts as low enough for core work: 1 to 4 (default 2).",
			1, 4, func(p *coach.Program) *int { return &p.StrengthLegPain }),
		num("maintenance_days", "Pain-free days for upkeep", "R22: days running without leg pain before the daily maintenance routine takes over: 3 to 28 (default 7).",
			3, 28, func(p *coach.Program) *int { return &p.MaintenanceDays }),
		num("flare_days", "Days a flare is judged on", "R23: earlier days a day is compared with to call it a flare: 1 to 7 (default 3).",
			1, 7, func(p *coach.Program) *int { return &p.FlareDays }),
		num("flare_leg_rise", "Leg pain rise for a flare", "R23: points of leg pain above the earlier days' average that make a flare: 1 to 5 (default 2; 2 points is a meaningful change).",
			1, 5, func(p *coach.Program) *int { return &p.FlareLegRise }),
		num("maintenance_relief_sets", "Relief sets in upkeep", "R24: relief sets a day in maintenance, besides the daily routine: 1 to 8 (default 3).",
			1, 8, func(p *coach.Program) *int { return &p.MaintenanceReliefSets }),
	}
}
