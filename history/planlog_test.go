package history

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"
	"time"
)

func TestJSONListsEveryPlanChangeWithItsRuleAndDate(t *testing.T) {
	s := openStore(t, t.TempDir())
	bg := context.Background()
	day := func(d int) time.Time { return time.Date(2026, 3, d, 9, 0, 0, 0, time.UTC) }
	plan := `{"direction":"extension","stage":"mobility","log":[
		{"at":"2026-03-01T09:00:00Z","rule_id":"R11","what":"direction","from":"","to":"extension","reason":"It helps."},
		{"at":"2026-03-02T08:00:00Z","rule_id":"R19","what":"level:extension","from":"1","to":"2","reason":"No change after 3 sets."},
		{"at":"2026-03-03T08:00:00Z","rule_id":"R21","what":"stage","from":"relief","to":"mobility","reason":"A steady day."}]}`
	if err := s.Journal().PutState(bg, planStateKey, []byte(plan)); err != nil {
		t.Fatal(err)
	}
	read := func(o JSONOptions) FullExport {
		t.Helper()
		var js bytes.Buffer
		if err := s.Export().JSON(bg, &js, o); err != nil {
			t.Fatal(err)
		}
		var doc FullExport
		if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
			t.Fatalf("%v\n%s", err, js.String())
		}
		return doc
	}
	doc := read(JSONOptions{PlanChanges: true})
	if len(doc.PlanChanges) != 3 || doc.PlanChanges[1].RuleID != "R19" || !doc.PlanChanges[2].At.Equal(day(3).Add(-time.Hour)) {
		t.Errorf("plan changes %+v, want the three, with rule and date", doc.PlanChanges)
	}
	if doc := read(JSONOptions{PlanChanges: true, Filter: Filter{Since: day(2).Add(-2 * time.Hour), Until: day(3).Add(-2 * time.Hour)}}); len(doc.PlanChanges) != 1 || doc.PlanChanges[0].RuleID != "R19" {
		t.Errorf("in range: %+v, want the R19 change only", doc.PlanChanges)
	}
	if doc := read(JSONOptions{}); doc.PlanChanges != nil {
		t.Error("plan changes written without being asked for")
	}
}

// A plan change is exported to the millisecond, as every other time: a
// plan made under --now carried nanoseconds into "plan_changes".
func TestPlanChangesAreExportedToTheMillisecond(t *testing.T) {
	s := openStore(t, t.TempDir())
	bg := context.Background()
	plan := `{"direction":"extension","log":[{"at":"2026-03-01T09:00:00.204528719Z","rule_id":"R9","what":"direction","from":"","to":"extension","reason":"Usually."}]}`
	if err := s.Journal().PutState(bg, planStateKey, []byte(plan)); err != nil {
		t.Fatal(err)
	}
	var js bytes.Buffer
	if err := s.Export().JSON(bg, &js, JSONOptions{PlanChanges: true}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(js.Bytes(), []byte(`"at":"2026-03-01T09:00:00.204Z"`)) {
		t.Errorf("the plan change's time is not to the millisecond:\n%s", js.String())
	}
}
