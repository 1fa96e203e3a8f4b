package app

import (
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
)

// The words and settings of a guided session that both interfaces use:
// the titles of its first check-in, what the direction test does, and the
// options its flow runs with (the summary at its end is in summary.go).
// The flow itself (package routines/flow) runs the session.

// Titles of the check-in before the first set.
const (
	BaselineTitle     = "Before you start: how is the pain right now?"
	TestBaselineTitle = "Direction test · first, how is the pain right now?"
)

// TestIntro says what the direction test does, before its baseline, and
// TestTakes how long it takes; each interface adds how to stop in its own
// keys.
var TestIntro = []string{
	"This test looks for the direction of movement that helps your leg pain: the one that draws it up toward your back.",
	"First you say how the pain is now. Then you do short sets of one movement, gentlest first, and after each set you say where the pain went. If it spreads further down your leg, you rest and check again; if it stays worse, centra stops that movement and tries another.",
}

// TestTakes says how long the direction test takes.
const TestTakes = "It usually takes 10 to 20 minutes."

// FlowOptions are the settings a session's flow runs with: the timers'
// and the rest before a recheck.
func FlowOptions(r routines.RunnerOptions, recheckRest time.Duration) flow.Options {
	return flow.Options{Runner: r, Coach: coach.Options{RecheckRest: recheckRest}}
}
