package app

import (
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// PlanLine says where the person stands once a direction is found: "Your
// plan: Bending backwards (extension) · step 2 of 6, prone on elbows ·
// stage: mobility · a set every 2 h". Before that it is "".
func PlanLine(cat *routines.Catalog, p coach.Plan) string {
	if p.Family() == "" || p.Stage == routines.StageFindDirection {
		return ""
	}
	s := "Your plan: " + coach.Standing(cat, p)
	if p.Every > 0 && p.Stage != routines.StageMaintenance {
		s += " · a set every " + routines.FormatDuration(p.Every)
	}
	return s
}

// OutlookLine says what would move the plan forward or back (R19 to R23),
// or "" before a direction is found.
func OutlookLine(cat *routines.Catalog, p coach.Plan, now time.Time) string {
	if p.Family() == "" || p.Stage == routines.StageFindDirection || p.Held() {
		return ""
	}
	return "Next: " + coach.Outlook(cat, p, now)
}

// ReferralLine is the calm suggestion to see a professional when the
// rules over days call for one (R16, R18), or "".
func ReferralLine(p coach.Plan, progress coach.Progress, now time.Time) string {
	if d := coach.Referral(p, progress, now); d != nil {
		return d.Reason
	}
	return ""
}
