package guide

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/centra-app/centra/routines/coach"
)

// TestEveryPageRendersAt50_80And200Columns keeps the text every page shows
// in the line mode and `centra guide` (plain) at three widths. The
// full-screen Guide has its own goldens in tui.
func TestEveryPageRendersAt50_80And200Columns(t *testing.T) {
	for _, tp := range Topics() {
		for _, w := range []int{50, 80, 200} {
			t.Run(fmt.Sprintf("%s-%d", tp.ID, w), func(t *testing.T) {
				out, err := Render(tp.Markdown, w, Colors{})
				if err != nil {
					t.Fatal(err)
				}
				for _, l := range strings.Split(out, "\n") {
					if len([]rune(l)) > w {
						t.Errorf("line %q is wider than %d", l, w)
					}
				}
				golden.RequireEqual(t, []byte(out))
			})
		}
	}
}

// TestEachQuestionPeopleAskHasAPage: the questions people bring at 2 a.m.
// (issue 15) each have a page whose title says so, and whose text answers
// with the facts of CLINICAL.md section 10.
func TestEachQuestionPeopleAskHasAPage(t *testing.T) {
	for q, want := range map[string]struct {
		page  string
		facts []string
	}{
		"what is this?":             {"sciatica", []string{"symptom, not a diagnosis", "disc", "piriformis", "stenosis", "sitting", "cannot see inside", "doctor or physiotherapist"}},
		"will I need surgery?":      {"surgery", []string{"rarely urgent", "six", "one year", "faster", "red flag"}},
		"should I take something?":  {"medicines", []string{"information only", "nice", "gabapentin", "opioids", "doctor or pharmacist", "drowsiness"}},
		"ice or heat?":              {"ice-and-heat", []string{"first two or three days", "heat", "mixed", "whichever feels better"}},
		"how do I sit at work?":     {"sitting", []string{"low back", "stand up", "standing desk", "sofas", "wallet"}},
		"can I walk?":               {"walking", []string{"three walks of 10 minutes rather than one of 30", "short strides", "lean forward", "poles"}},
		"why does it keep coming?":  {"staying-well", []string{"comes back", "15 to 20 minutes", "glute", "clamshell", "leg pain comes back"}},
		"is it safe to move?":       {"moving", []string{"central", "sleep", "stress", "safe", "further down your leg"}},
		"today is worse, what now?": {"good-and-bad-days", []string{"trend over a week", "flare", "two points"}},
		"which stretches are bad?":  {"flare", []string{"toe", "hamstring", "crunches", "piriformis", "no trial"}},
		"why did centra stop that?": {"stopped", []string{"further down", "rest", "amber", "red", "gentler"}},
	} {
		tp, err := Lookup(want.page)
		if err != nil {
			t.Errorf("%s: %v", q, err)
			continue
		}
		low := strings.ToLower(strings.Join(strings.Fields(tp.Markdown), " "))
		for _, f := range want.facts {
			if !strings.Contains(low, strings.ToLower(f)) {
				t.Errorf("%s: the page %q does not say %q", q, tp.ID, f)
			}
		}
	}
}

// medicineWord finds a sentence about a medicine.
var medicineWord = regexp.MustCompile(`(?i)\b(medicine|medication|pill|tablet|painkiller|anti-inflammator|ibuprofen|naproxen|paracetamol|aspirin|gabapentin|pregabalin|steroid|opioid|benzodiazepine|dose|drug|prescri)`)

// adviceWord finds a word that tells a person to do something with one.
var adviceWord = regexp.MustCompile(`(?i)\b(take|taking|stop|stopping|change|changing|start|starting|try|trying|increase|reduce|cut|skip|switch|swap|should|must|avoid|keep|ask for|need)\b`)

// medicineAdvice returns the sentences of md that pair a medicine with an
// instruction.
func medicineAdvice(md string) []string {
	var out []string
	text := strings.ReplaceAll(strings.Join(strings.Fields(md), " "), "**", "")
	for _, s := range regexp.MustCompile(`[.!?;]\s|\s- `).Split(text, -1) {
		if medicineWord.MatchString(s) && adviceWord.MatchString(s) {
			out = append(out, s)
		}
	}
	return out
}

// TestNoPageTellsThePersonToTakeStopOrChangeAMedicine: medicines are
// information only (CLINICAL.md section 10); the person is sent to a
// doctor or pharmacist.
func TestNoPageTellsThePersonToTakeStopOrChangeAMedicine(t *testing.T) {
	for _, bad := range []string{"Take ibuprofen for the pain.", "You can stop your gabapentin if it makes you drowsy.",
		"Ask your doctor to change the dose.", "Painkillers: try them first."} {
		if len(medicineAdvice(bad)) == 0 {
			t.Errorf("the check misses %q", bad)
		}
	}
	for _, tp := range Topics() {
		for _, s := range medicineAdvice(tp.Markdown) {
			t.Errorf("%s tells the person what to do with a medicine: %q", tp.ID, s)
		}
	}
	m, _ := Lookup("medicines")
	if !strings.Contains(m.Markdown, "doctor or pharmacist") {
		t.Error("the medicines page does not send the person to a doctor or pharmacist")
	}
}

// TestEachDecisionKindLinksToAPageThatExists: whatever the coach decides,
// with whatever light, one key opens a page of the Guide that explains it.
func TestEachDecisionKindLinksToAPageThatExists(t *testing.T) {
	for _, a := range coach.Actions {
		for _, l := range []coach.Light{"", coach.LightGreen, coach.LightAmber, coach.LightRed} {
			d := coach.Decision{Action: a, Light: l}
			tp, err := Lookup(d.GuidePage())
			if err != nil || tp.ID != d.GuidePage() {
				t.Errorf("%s %s links to %q: %v", a, l, d.GuidePage(), err)
			}
		}
	}
	for _, id := range []string{coach.PageSciatica, coach.PageBadDays, coach.GuidePageForChange(coach.PlanChange{RuleID: "R23"})} {
		if tp, err := Lookup(id); err != nil || tp.ID != id {
			t.Errorf("no page %q: %v", id, err)
		}
	}
	red, _ := Lookup(coach.Decision{Action: coach.ActionRegress, Light: coach.LightRed}.GuidePage())
	if red.Title != "Why we stopped that movement" {
		t.Errorf("a red opens %q", red.Title)
	}
	flare, _ := Lookup(coach.PageBadDays)
	if flare.Title != "Good days and bad days" {
		t.Errorf("a flare opens %q", flare.Title)
	}
}
