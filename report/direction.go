package report

import (
	"fmt"
	"strings"

	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// direction says which direction, and whether a test found it.
func (b *builder) direction(tests []persist.TestRecord) {
	d := &b.r.Direction
	for i := len(tests) - 1; i >= 0; i-- {
		res := tests[i].Result
		t := Test{At: b.in(tests[i].At), Evidence: clinical(strings.Join(res.Evidence, " "))}
		switch {
		case res.Stopped:
			t.Result = "stopped: " + clinical(res.Decision.Reason)
		case res.Found:
			t.Result = fmt.Sprintf("%s helps (%s)", routines.DirectionWords(res.Direction), b.stepName(familyOf(res.Direction), res.Level))
		default:
			t.Result = "no direction helped"
		}
		d.Tests = append(d.Tests, t)
	}
	if !b.has {
		d.How = "No plan yet: the first questions have not been completed."
		return
	}
	d.Name = routines.DirectionWords(b.plan.Direction)
	var found *persist.TestRecord
	for i := len(tests) - 1; i >= 0 && found == nil; i-- {
		if r := tests[i].Result; r.Found && r.Direction == b.plan.Direction {
			found = &tests[i]
		}
	}
	switch {
	case found != nil:
		d.Found = true
		d.How = fmt.Sprintf("Found by the guided direction test on %s: %s", day(b.in(found.At)), clinical(strings.Join(found.Result.Evidence, " ")))
	case b.plan.Family() == "":
		// Not a direction of movement: directional loading has stopped
		// (rule 12).
		d.How = "No direction test has been done yet."
		if len(tests) > 0 {
			d.How = fmt.Sprintf("No direction test has found one: %s, the last on %s (%s).", plural(len(tests), "test"), day(d.Tests[0].At), d.Tests[0].Result)
		}
		d.How += fmt.Sprintf(" Directional exercises are stopped for now: gentle general activity, and an assessment by a clinician (rule %s: %s)",
			b.cite("R12"), lowerFirst(strings.TrimSuffix(ruleWords("R12"), ".")))
	case len(tests) == 0:
		d.How = fmt.Sprintf("No direction test has been done yet. The test starts with %s (rule %s: %s)",
			d.Name, b.cite(firstRule(b.plan)), lowerFirst(strings.TrimSuffix(ruleWords(firstRule(b.plan)), ".")))
	default:
		last := d.Tests[0] // newest first
		d.How = fmt.Sprintf("No direction test has found one: %s, the last on %s (%s).",
			plural(len(tests), "test"), day(last.At), last.Result)
		if b.plan.Stage == routines.StageFindDirection {
			d.How += fmt.Sprintf(" The next test starts with %s.", d.Name)
		} else {
			d.How += fmt.Sprintf(" %s is being tried without a test having found it.", upperFirst(d.Name))
		}
	}
	d.How = strings.TrimSuffix(d.How, ".") + "."
}

func firstRule(p coach.Plan) string {
	if p.FlexionFirst {
		return "R10"
	}
	return "R9"
}
