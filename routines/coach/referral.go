package coach

import (
	"fmt"
	"time"

	"github.com/centra-app/centra/routines"
)

// Progress is what the referral rules look at: the start of this episode,
// its first baseline, and one summary per day with sets. The store fills
// it from the history.
type Progress struct {
	// Start is the first set of the episode.
	Start time.Time `json:"start"`
	// Baseline is the first baseline check-in of the episode.
	Baseline routines.CheckIn `json:"baseline"`
	// Days has one entry per day with at least one set, oldest first.
	Days []Day `json:"days"`
}

// Day sums up one day.
type Day struct {
	Date time.Time `json:"date"`
	Sets int       `json:"sets"`
	// Reach and LegPain are from the day's last check-in.
	Reach   routines.Reach `json:"reach"`
	LegPain int            `json:"leg_pain"`
	// Centralized is true when any set that day centralized or abolished
	// the pain.
	Centralized bool `json:"centralized"`
}

// The referral thresholds (CLINICAL.md R16).
const (
	// ReviewAfter is how long regular sets get before "no improvement"
	// suggests a review.
	ReviewAfter = 14 * 24 * time.Hour
	// RegularDays is how many of the last 14 days need sets to count as
	// regular.
	RegularDays = 10
	// OptionsAfter is when sciatica that has not improved calls for a
	// doctor's view of further options (6 to 8 weeks).
	OptionsAfter = 6 * 7 * 24 * time.Hour
)

// Referral returns a calm suggestion to see a professional when the
// history calls for one (R16, R18), or nil. It stays quiet while the
// program is on hold: the hold's own advice is stronger.
func Referral(plan Plan, p Progress, now time.Time) *Decision {
	if plan.Held() {
		return nil
	}
	if d := ruleR16Review(p, now); d != nil {
		return d
	}
	return ruleR18Generic(p, now)
}

// improved reports a centralization on any day, pain that now reaches less
// far than at the start, or a meaningful fall in leg pain (R15).
func (p Progress) improved() bool {
	last := p.Days[len(p.Days)-1]
	if last.Reach < p.Baseline.Reach ||
		ruleR15Meaningful(p.Baseline.LegPain, p.Baseline.LegPain, last.LegPain) < 0 {
		return true
	}
	for _, d := range p.Days {
		if d.Centralized {
			return true
		}
	}
	return false
}

// regular reports sets on at least RegularDays of the last 14 days.
func (p Progress) regular(now time.Time) bool {
	n := 0
	for _, d := range p.Days {
		if d.Sets > 0 && now.Sub(d.Date) < ReviewAfter && !d.Date.After(now) {
			n++
		}
	}
	return n >= RegularDays
}

// ruleR16Review is R16: worse than at the start at any time, or no
// centralization and no meaningful fall in leg pain after about 2 weeks of
// regular sets, suggests a review; sciatica not improved by 6 weeks
// suggests a doctor's view of further options.
func ruleR16Review(p Progress, now time.Time) *Decision {
	if len(p.Days) == 0 || p.Start.IsZero() {
		return nil
	}
	last, b := p.Days[len(p.Days)-1], p.Baseline
	review := func(why string) *Decision {
		return &Decision{Action: ActionSuggestReview, RuleID: "R16", Light: LightNone, Reason: why}
	}
	switch {
	case last.Reach > b.Reach:
		return review(fmt.Sprintf("Your pain now reaches %s, further down than when you started (%s). "+
			"Please have it checked by a physiotherapist or doctor soon.", place(last.Reach), place(b.Reach)))
	case ruleR15Meaningful(b.LegPain, b.LegPain, last.LegPain) > 0:
		return review(fmt.Sprintf("Your leg pain is %d/10, up from %d/10 when you started. "+
			"Please have it checked by a physiotherapist or doctor soon.", last.LegPain, b.LegPain))
	case now.Sub(p.Start) >= OptionsAfter && !p.improved():
		weeks := int(now.Sub(p.Start) / (7 * 24 * time.Hour))
		return review(fmt.Sprintf("It has been %d weeks and the pain has not improved. Most people improve "+
			"within 6 to 8 weeks, so this is a good time to see a doctor about other options.", weeks))
	case now.Sub(p.Start) >= ReviewAfter && p.regular(now) && !p.improved():
		return review("After two weeks of regular sets, the pain has not moved up the leg and has not eased " +
			"by 2 points or more. A physiotherapist or doctor can take a closer look and suggest what else may help.")
	}
	return nil
}

// ruleR18Generic is R18: pain that stays in the buttock is not given a
// label; when it persists for about two weeks, centra suggests an
// assessment in general words.
func ruleR18Generic(p Progress, now time.Time) *Decision {
	if len(p.Days) == 0 || p.Start.IsZero() || now.Sub(p.Start) < ReviewAfter ||
		p.Baseline.Reach != routines.ReachButtock {
		return nil
	}
	for _, d := range p.Days {
		if d.Reach != routines.ReachButtock || d.Centralized {
			return nil
		}
	}
	return &Decision{Action: ActionSuggestReview, RuleID: "R18", Light: LightNone,
		Reason: "Your pain has stayed in the buttock for more than two weeks. centra cannot tell what causes it; " +
			"a physiotherapist or doctor can examine it and suggest what helps."}
}
