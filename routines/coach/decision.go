package coach

import (
	"time"

	"github.com/centra-app/centra/routines"
)

// Action is what the coach tells the player to do next.
type Action string

// The actions. Each decision carries exactly one.
const (
	// ActionContinue keeps the same exercise at the same force.
	ActionContinue Action = "continue"
	// ActionProgress moves one step up the ladder: a little more force.
	ActionProgress Action = "progress"
	// ActionRegress moves one step down the ladder: a little less force.
	ActionRegress Action = "regress"
	// ActionHoldStep keeps the current force step for the rest of the
	// session: later exercises of that direction above it come down to it
	// (an amber, R6 and R19).
	ActionHoldStep Action = "hold-step"
	// ActionRecheck pauses the movement for a short timed rest in a neutral
	// position, then asks for a recheck check-in.
	ActionRecheck Action = "recheck"
	// ActionStopExercise drops one exercise (a nerve slider, a core
	// exercise, a walk) from the rest of the session.
	ActionStopExercise Action = "stop-exercise"
	// ActionStopDirection drops every exercise of one direction from the
	// rest of the session and offers the neutral routine instead.
	ActionStopDirection Action = "stop-direction"
	// ActionSwitchDirection moves the direction test on to the next
	// direction of movement.
	ActionSwitchDirection Action = "switch-direction"
	// ActionDirectionFound ends the direction test with a direction.
	ActionDirectionFound Action = "direction-found"
	// ActionNoPreference ends the direction test without a direction: no
	// directional loading, the neutral routine, and an assessment.
	ActionNoPreference Action = "no-preference"
	// ActionAddSliders adds the seated nerve slider to the session.
	ActionAddSliders Action = "add-sliders"
	// ActionAddCore adds core exercises to the session.
	ActionAddCore Action = "add-core"
	// ActionSuggestReview is a calm suggestion to see a professional.
	ActionSuggestReview Action = "suggest-review"
	// ActionUrgentReview stops the session and pauses the program until a
	// doctor has been seen, soon (rule R2).
	ActionUrgentReview Action = "urgent-review"
	// ActionEmergencyStop stops everything and sends the person to urgent
	// care now; the program stays locked until a clinician clears it (R1).
	ActionEmergencyStop Action = "emergency-stop"
)

// Stops reports whether the session must end now.
func (a Action) Stops() bool {
	return a == ActionEmergencyStop || a == ActionUrgentReview
}

// ChangesRoutine reports whether the rest of the session changes, so that
// the player calls Reshape and says what changed before going on.
func (a Action) ChangesRoutine() bool {
	switch a {
	case ActionProgress, ActionRegress, ActionHoldStep, ActionStopExercise, ActionStopDirection,
		ActionSwitchDirection, ActionNoPreference, ActionAddSliders, ActionAddCore,
		ActionUrgentReview, ActionEmergencyStop:
		return true
	}
	return false
}

// Step is one thing to do: an exercise at a level with its dose, a timed
// rest, or a whole routine (RoutineID).
type Step struct {
	Family     routines.Family `json:"family,omitempty"`
	Level      int             `json:"level,omitempty"`
	ExerciseID string          `json:"exercise_id,omitempty"`
	Name       string          `json:"name,omitempty"`
	// Exercise and Dose are ready for the player; they are not stored.
	Exercise *routines.Exercise `json:"-"`
	Dose     routines.Dose      `json:"-"`
	// Side is the painful side for a side glide, to keep away from the
	// wall.
	Side routines.Leg `json:"side,omitempty"`
	// RoutineID names a whole routine, such as "neutral".
	RoutineID string `json:"routine_id,omitempty"`
	// Duration is the length of a timed rest (the recheck).
	Duration time.Duration `json:"duration,omitempty"`
}

// lname is the step's name as it reads inside a sentence.
func (s Step) lname() string {
	if s.Name == "" {
		return "that exercise"
	}
	return lowerFirst(s.Name)
}

// Decision is the coach's answer: what to do, by which rule of
// CLINICAL.md, and the plain-language reason the screen shows.
type Decision struct {
	Action Action `json:"action"`
	// RuleID is the rule of CLINICAL.md that made the call, "R1" to "R25".
	RuleID string `json:"rule_id"`
	// Reason is shown on screen as it is.
	Reason string `json:"reason"`
	// Light is the traffic light to show with the reason.
	Light Light `json:"light,omitempty"`
	// Response is the reading of the check-in behind the decision, if any.
	Response *Response `json:"response,omitempty"`
	// Current is the exercise the decision is about, Next what comes next.
	Current *Step `json:"current,omitempty"`
	Next    *Step `json:"next,omitempty"`
	// Add lists the exercises an add-sliders or add-core decision appends.
	Add []Step `json:"add,omitempty"`
	// Changes are the plan changes the decision made. They are already in
	// the plan of the session or test that returned the decision.
	Changes []PlanChange `json:"changes,omitempty"`
}

// Record turns the decision into the record the history keeps.
func (d Decision) Record(at time.Time) routines.DecisionRecord {
	return routines.DecisionRecord{At: at, RuleID: d.RuleID, Action: string(d.Action), Reason: d.Reason}
}

// Options tune the coach. The zero value gives the defaults.
type Options struct {
	// RecheckRest is the rest before a recheck; default 4 minutes
	// (CLINICAL.md: about 3 to 5).
	RecheckRest time.Duration
	// NoChangeSets is how many sets in a row without change at one level
	// step the force up; default 3 in a session and 2 in the direction
	// test (CLINICAL.md: 2 to 3).
	NoChangeSets int
}

// DefaultRecheckRest is the rest before a recheck.
const DefaultRecheckRest = 4 * time.Minute

// Set counts the coach uses.
const (
	sessionNoChangeSets = 3
	testNoChangeSets    = 2
	// foundSets is how many sets in a row must show a lasting improvement
	// before the test names a direction.
	foundSets = 2
	// testReps is the length of a test set.
	testReps = 10
)

func (o Options) rest() time.Duration {
	if o.RecheckRest > 0 {
		return o.RecheckRest
	}
	return DefaultRecheckRest
}

func (o Options) noChange(def int) int {
	if o.NoChangeSets > 0 {
		return o.NoChangeSets
	}
	return def
}

// Title says in a few words what kind of decision it is, as a heading for
// its reason: "Stop exercising now", "Let's pause and check again".
func (d Decision) Title() string {
	switch d.Action {
	case ActionEmergencyStop:
		return "Stop exercising now"
	case ActionUrgentReview:
		return "Please see a doctor soon"
	case ActionRecheck:
		return "Let's pause and check again"
	case ActionDirectionFound:
		return "Your direction"
	case ActionNoPreference:
		return "No direction helped today"
	case ActionProgress:
		return "A step up"
	case ActionHoldStep:
		return "Same force, no step up"
	case ActionRegress, ActionStopExercise, ActionStopDirection, ActionSwitchDirection:
		return "Changing your routine"
	case ActionAddSliders, ActionAddCore:
		return "Adding to your routine"
	case ActionSuggestReview:
		return "A suggestion"
	}
	return "From your coach"
}
