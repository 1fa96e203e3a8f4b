package coach

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

// TestEveryRuleHasATable checks that each rule of CLINICAL.md has a test
// named after it (TestRuleR5...) and that every rule id the scenarios
// expect is a known rule.
func TestEveryRuleHasATable(t *testing.T) {
	files, err := filepath.Glob("*_test.go")
	if err != nil {
		t.Fatal(err)
	}
	var tests []string
	fset := token.NewFileSet()
	for _, f := range files {
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range af.Decls {
			if fn, ok := decl.(*ast.FuncDecl); ok && strings.HasPrefix(fn.Name.Name, "TestRule") {
				tests = append(tests, fn.Name.Name)
			}
		}
	}
	rules := Rules()
	if len(rules) != 25 {
		t.Fatalf("%d rules, want the 25 of CLINICAL.md", len(rules))
	}
	for i, r := range rules {
		if want := fmt.Sprintf("R%d", i+1); r.ID != want {
			t.Errorf("rule %d has id %q, want %q", i, r.ID, want)
		}
		re := regexp.MustCompile("^TestRule" + r.ID + "[A-Z]")
		if !slices.ContainsFunc(tests, re.MatchString) {
			t.Errorf("no TestRule%s... table for %s", r.ID, r.Summary)
		}
	}
	for _, sc := range append(append([]scenario(nil), sessionScenarios...), testScenarios...) {
		for _, b := range sc.beats {
			if !slices.ContainsFunc(rules, func(r Rule) bool { return r.ID == b.rule }) {
				t.Errorf("%s: unknown rule %q", sc.name, b.rule)
			}
		}
	}
}

// diagnostic lists words that would name a condition: the coach never
// diagnoses.
var diagnostic = regexp.MustCompile(`(?i)piriformis|stenosis|cauda|equina|disc|hernia|sciatica|syndrome|diagnos|tumou?r|fracture|infection`)

// TestWordsAreCalmAndPlain runs every scenario and checks every text a
// person can see: no diagnosis, no exclamation, full sentences.
func TestWordsAreCalmAndPlain(t *testing.T) {
	var texts []string
	for _, q := range append(RedFlagQuestions(), PatternQuestions()...) {
		texts = append(texts, q.Text)
	}
	for _, r := range Rules() {
		texts = append(texts, r.Summary)
	}
	cat := testCatalog()
	for _, sc := range append(append([]scenario(nil), sessionScenarios...), testScenarios...) {
		plan := reliefPlan()
		if sc.test {
			plan = DefaultPlan(sc.answers, t0)
		}
		if sc.plan != nil {
			sc.plan(&plan)
		}
		var log []Decision
		var evidence, advice []string
		if sc.test {
			dt, _, _ := NewDirectionTest(cat, plan, sc.baseline, Options{})
			for _, b := range sc.beats {
				if b.c.Kind == routines.CheckInRecheck {
					dt.AfterRecheck(b.c)
				} else {
					dt.AfterSet(b.c)
				}
			}
			log = dt.Decisions()
			res, _ := dt.Result()
			evidence, advice = res.Evidence, res.Plan.Advice
		} else {
			s, _, _ := NewSessionFor(cat, plan, scenarioRoutine(cat, sc), sc.baseline, Options{})
			for _, b := range sc.beats {
				if b.c.Kind == routines.CheckInRecheck {
					s.AfterRecheck(b.c)
				} else {
					s.AfterSet(mustExercise(cat, b.set), b.c)
				}
			}
			log = s.Decisions()
			for _, c := range s.Plan().Log {
				texts = append(texts, c.Reason)
			}
		}
		for _, d := range log {
			texts = append(texts, d.Reason)
		}
		texts = append(append(texts, evidence...), advice...)
	}
	for _, d := range []*Decision{
		ruleR16Review(Progress{t0, base(calf, 6), days(14, calf, 6)}, t0.AddDate(0, 0, 14)),
		ruleR16Review(Progress{t0, base(calf, 6), days(3, calf, 6)}, t0.AddDate(0, 0, 50)),
		ruleR18Generic(Progress{t0, base(buttock, 0), days(6, buttock, 0)}, t0.Add(15*24*time.Hour)),
	} {
		texts = append(texts, d.Reason)
	}
	for _, s := range texts {
		switch {
		case s == "":
			t.Error("an empty text")
		case diagnostic.MatchString(s):
			t.Errorf("names a condition: %q", s)
		case strings.Contains(s, "!"):
			t.Errorf("not calm: %q", s)
		case !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "?"):
			t.Errorf("not a full sentence: %q", s)
		case strings.Contains(s, "  ") || strings.Contains(s, ".."):
			t.Errorf("badly joined: %q", s)
		}
	}
	if len(texts) < 100 {
		t.Errorf("only %d texts checked", len(texts))
	}
}
