package app

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/centra-app/centra/routines/function"
)

// FunctionLog is where the weekly function measure is kept and read back:
// the store implements it through cmd/centra, tests stub it.
type FunctionLog interface {
	AddFunction(ctx context.Context, m function.Measure) (int64, error)
	// FunctionMeasures lists the measures in [since, until), oldest
	// first; zero times leave a side open.
	FunctionMeasures(ctx context.Context, since, until time.Time) ([]function.Measure, error)
}

// FunctionState is what home needs to offer the weekly check: the
// activities to ask about again, and whether it is due.
type FunctionState struct {
	Activities []string
	Due        bool
}

// ReadFunctionState reads the measures and when the check was last
// skipped (zero: never). started is when the plan began (coach.Plan.Started,
// the end of the first run): the first check comes a week after it.
func ReadFunctionState(ctx context.Context, log FunctionLog, started, skipped, now time.Time) (FunctionState, error) {
	ms, err := log.FunctionMeasures(ctx, time.Time{}, time.Time{})
	if err != nil {
		return FunctionState{}, err
	}
	var last time.Time
	if len(ms) > 0 {
		last = ms[len(ms)-1].At
	}
	return FunctionState{Activities: function.Activities(ms), Due: function.Due(started, last, skipped, now)}, nil
}

// FunctionPrompt is home's line when the weekly check is due.
const FunctionPrompt = "Your weekly check of what you can do is due (about a minute)."

// FunctionLines are the History's words for the weekly measures beside
// the pain: the latest measure, then each change against the start with
// whether it is one that matters, leg pain included (its daily averages,
// oldest first, days with check-ins only).
func FunctionLines(ms []function.Measure, legDaily []float64) []string {
	if len(ms) == 0 {
		return []string{"What you can do: not measured yet (the weekly check on home, or `centra function`)."}
	}
	last := ms[len(ms)-1]
	out := []string{fmt.Sprintf("What you can do, %s: %s.", last.At.Format("Mon 2 Jan"), function.Summary(last))}
	var changes []string
	if c, ok := function.LegPain(legDaily); ok {
		changes = append(changes, c.Line())
	}
	for _, c := range function.Progress(ms) {
		changes = append(changes, c.Line())
	}
	if len(changes) == 0 {
		return append(out, "Since the start: a change shows from the second weekly check.")
	}
	return append(out, "Since the start: "+strings.Join(changes, "; ")+".")
}

// LegDaily lists the average leg pain of the days with check-ins.
func LegDaily(days []Day) []float64 {
	var out []float64
	for _, d := range days {
		if d.CheckIns > 0 {
			out = append(out, d.LegPainAvg)
		}
	}
	return out
}

// FunctionCompact is FunctionLines for a small window: what changed since
// the start first, each change marked ✓ (better by a change that matters),
// ✗ (worse by one) or ≈ (within the noise), then the latest measure.
func FunctionCompact(ms []function.Measure, legDaily []float64) []string {
	if len(ms) == 0 {
		return []string{"What you can do: not measured yet (f on home)."}
	}
	var changes []function.Change
	if c, ok := function.LegPain(legDaily); ok {
		changes = append(changes, c)
	}
	changes = append(changes, function.Progress(ms)...)
	var out []string
	if len(changes) > 0 {
		parts := make([]string, len(changes))
		for i, c := range changes {
			mark := "≈"
			switch c.Verdict {
			case function.Better:
				mark = "✓"
			case function.Worse:
				mark = "✗"
			}
			parts[i] = fmt.Sprintf("%s %s→%s%s %s", shortWhat(c.What), function.Num(c.From), function.Num(c.To), c.Unit, mark)
		}
		out = append(out, "Since the start: "+strings.Join(parts, " · ")+" (✓ better by a change that matters)")
	}
	last := ms[len(ms)-1]
	return append(out, fmt.Sprintf("What you can do, %s: %s", last.At.Format("Mon 2 Jan"), function.Summary(last)))
}

func shortWhat(what string) string {
	switch {
	case strings.HasPrefix(what, "Leg pain"):
		return "leg pain"
	case strings.HasPrefix(what, "Activities"):
		return "activities"
	case strings.HasPrefix(what, "Sitting"):
		return "sitting"
	case strings.HasPrefix(what, "Walking"):
		return "walking"
	}
	return strings.ToLower(what)
}
