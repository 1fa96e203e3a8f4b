package coach

// Actions lists every action the coach can decide, for tests and for
// whoever needs to go through them all.
var Actions = []Action{
	ActionContinue, ActionProgress, ActionRegress, ActionHoldStep, ActionRecheck, ActionStopExercise,
	ActionStopDirection, ActionSwitchDirection, ActionDirectionFound, ActionNoPreference,
	ActionAddSliders, ActionAddCore, ActionSuggestReview, ActionUrgentReview, ActionEmergencyStop,
}

// The Guide's pages the coach's decisions point to, by their ids in
// content/guide (a test there checks that each exists).
const (
	PageSciatica       = "sciatica"
	PageCentralization = "centralization"
	PageStopped        = "stopped"
	PageRedFlags       = "red-flags"
	PageProfessional   = "professional"
	PageBadDays        = "good-and-bad-days"
	PageStayingWell    = "staying-well"
)

// GuidePage is the id of the Guide's page that explains the decision: a
// red or a recheck, "why we stopped that movement"; a flare (a red the
// day's plan remembers), "good days and bad days"; a red flag, "red
// flags"; and so on for each kind of decision.
func (d Decision) GuidePage() string {
	switch d.Action {
	case ActionEmergencyStop, ActionUrgentReview:
		return PageRedFlags
	case ActionSuggestReview, ActionNoPreference:
		return PageProfessional
	case ActionAddSliders, ActionAddCore:
		return PageStayingWell
	}
	if d.Light == LightRed || d.Light == LightAmber {
		return PageStopped
	}
	switch d.Action {
	case ActionRecheck, ActionRegress, ActionHoldStep, ActionStopExercise, ActionStopDirection:
		return PageStopped
	}
	// Continue, progress, switch direction, direction found: what going
	// up and down the leg means.
	return PageCentralization
}

// GuidePageForChange is the page that explains a change of the plan, or
// "" when no page does: a flare (rule 23), "good days and bad days".
func GuidePageForChange(c PlanChange) string {
	if c.RuleID == "R23" {
		return PageBadDays
	}
	return ""
}
