package coach

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"testing"
)

// TestActionsListsEveryAction reads decision.go: an action added there
// and forgotten in Actions would have no page of the Guide checked.
func TestActionsListsEveryAction(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "decision.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	ast.Inspect(f, func(node ast.Node) bool {
		vs, ok := node.(*ast.ValueSpec)
		if !ok || vs.Type == nil || types(vs.Type) != "Action" {
			return true
		}
		for _, name := range vs.Names {
			n++
			if !slices.Contains(Actions, Action(actionValue(t, vs, name))) {
				t.Errorf("%s is not in Actions", name.Name)
			}
		}
		return true
	})
	if n != len(Actions) || n == 0 {
		t.Errorf("decision.go declares %d actions, Actions lists %d", n, len(Actions))
	}
}

func types(e ast.Expr) string {
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

func actionValue(t *testing.T, vs *ast.ValueSpec, name *ast.Ident) string {
	t.Helper()
	for i, n := range vs.Names {
		if n == name && i < len(vs.Values) {
			if lit, ok := vs.Values[i].(*ast.BasicLit); ok {
				return lit.Value[1 : len(lit.Value)-1]
			}
		}
	}
	t.Fatalf("%s has no value", name.Name)
	return ""
}

func TestARedOrARecheckPointsToWhyWeStoppedAndAFlareToBadDays(t *testing.T) {
	for _, c := range []struct {
		d    Decision
		want string
	}{
		{Decision{Action: ActionRegress, Light: LightRed}, PageStopped},
		{Decision{Action: ActionStopDirection, Light: LightRed}, PageStopped},
		{Decision{Action: ActionStopExercise, RuleID: "R5"}, PageStopped},
		{Decision{Action: ActionRecheck, Light: LightAmber}, PageStopped},
		{Decision{Action: ActionContinue, Light: LightAmber}, PageStopped},
		{Decision{Action: ActionContinue, Light: LightGreen}, PageCentralization},
		{Decision{Action: ActionProgress}, PageCentralization},
		{Decision{Action: ActionEmergencyStop, Light: LightRed}, PageRedFlags},
		{Decision{Action: ActionNoPreference}, PageProfessional},
		{Decision{Action: ActionAddCore}, PageStayingWell},
	} {
		if got := c.d.GuidePage(); got != c.want {
			t.Errorf("%s %s: page %q, want %q", c.d.Action, c.d.Light, got, c.want)
		}
	}
	if got := GuidePageForChange(PlanChange{RuleID: "R23", What: "stage"}); got != PageBadDays {
		t.Errorf("a flare points to %q", got)
	}
}
