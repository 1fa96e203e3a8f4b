package function

import "time"

// MIC is a minimal important change: the smallest change in a measure
// that a person would notice, below which a change is within the noise of
// measuring it.
type MIC struct {
	// Points is the change on the measure's own scale.
	Points float64
	// Fraction is the change as a share of the start (0.3 is 30%); 0 when
	// the source gives none.
	Fraction float64
	// Floor is the least change, in points, that Fraction alone counts.
	Floor float64
	// Both says the change must reach Points and Fraction; otherwise
	// either one is enough.
	Both bool
	// Rule is how the threshold reads, Source where it comes from, in
	// words shown to the person and their physiotherapist.
	Rule, Source string
}

// The minimal important changes centra judges by: every number lives here.
var (
	// LegPainMIC is CLINICAL.md rule 15 (section 8): a fall of 2 points or
	// 30% of the start on the 0-10 scale is meaningful [S37].
	LegPainMIC = MIC{Points: 2, Fraction: 0.3, Floor: 1,
		Rule:   "2 points, or 30% of the starting score",
		Source: "Ostelo et al. 2008 consensus; Childs et al. 2005"}
	// PSFSMIC is about 2 points on the average of the activities.
	PSFSMIC = MIC{Points: 2,
		Rule:   "about 2 points on the average of the activities",
		Source: "Stratford et al. 1995, Patient-Specific Functional Scale"}
	// ToleranceMIC is a design default: no source at hand gives one for
	// minutes of sitting or walking. It asks for both an amount a person
	// notices in a day (10 minutes) and the 30% that rule 15 uses for pain.
	ToleranceMIC = MIC{Points: 10, Fraction: 0.3, Both: true,
		Rule:   "at least 10 minutes and at least 30% more or less than at the start",
		Source: "a design default of centra: no published figure was found; the 30% is borrowed from rule 15"}
)

// PainDays is how many days with check-ins are averaged for "the start"
// and for "now" when leg pain is compared: one day alone swings too much.
// A design default.
const PainDays = 3

// Every is how often the function measure is asked for, and Skip how long
// skipping it quiets the prompt: a design default, weekly as the PSFS is
// used in clinics.
const (
	Every = 7 * 24 * time.Hour
	Skip  = 7 * 24 * time.Hour
)

// Due reports whether the weekly measure should be offered at now: a week
// (Every) after the last measure, or, before the first, a week after
// started, when the person began (the first run, which takes the
// baseline; zero when unknown); never within Skip of a skip.
func Due(started, lastMeasured, lastSkipped, now time.Time) bool {
	if !lastSkipped.IsZero() && now.Sub(lastSkipped) < Skip {
		return false
	}
	if lastMeasured.IsZero() {
		lastMeasured = started
	}
	return lastMeasured.IsZero() || now.Sub(lastMeasured) >= Every
}

// ReachRegions is how far, on the 0-6 scale of how far down the pain
// reaches, the average must move between the start and now to call the
// pain centralizing (or spreading): one whole region, the scale's step.
// A design default; location outweighs intensity (CLINICAL.md section 2).
const ReachRegions = 1.0
