package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines/coach"
)

// The coach's words to the person become words about them.
func TestClinicalWording(t *testing.T) {
	for in, want := range map[string]string{
		"Bending backward has made your pain worse on 2 days running, so centra no longer counts on it: " +
			"the direction test can look again (press d on the home screen).": "Bending backward has made their pain worse on 2 days running, so centra no longer counts on it: " +
			"the direction test can look again.",
		"Your pain now reaches the thigh. Please have it checked by a physiotherapist or doctor soon.": "Their pain now reaches the thigh. " +
			"The coach advised having it checked by a physiotherapist or doctor soon.",
		"Keep today like this, with no set making the pain worse, and core work starts tomorrow.": "If today stays like this, " +
			"with no set making the pain worse, core work starts tomorrow.",
		"You told centra a clinician has checked you and cleared you to exercise.": "The person told centra a clinician has checked them and cleared them to exercise.",
		"The pain stayed. Stop the press-up: it makes the pain worse.":             "The pain stayed. The coach stopped the press-up: it makes the pain worse.",
		"Press d for the direction test. Then rest.":                               "Then rest.",
		"Stop bending backwards (extension) for today. Rest in a comfortable position or take an easy walk instead.": "The coach stopped bending backwards (extension) for today. " +
			"The coach advised resting in a comfortable position or taking an easy walk instead.",
		"Please stop the exercises and get medical help now: go to A&E or call 999.": "The coach advised stopping the exercises and getting medical help now: go to A&E or call 999.",
	} {
		if got := clinical(in); got != want {
			t.Errorf("clinical(%q)\n = %q\nwant %q", in, got, want)
		}
	}
}

var secondPerson = regexp.MustCompile(`(?i)\b(you|your|yours|yourself)\b|\bpress [a-z!?]\b|\bplease\b|\btold me\b`)

// The report is written for the clinician: no sentence speaks to the
// person or names a key, in either renderer, whatever happened.
func TestTheReportSpeaksToTheClinician(t *testing.T) {
	st := newStore(t)
	stopForBothLegs(t, st, smallNow.Add(-48*time.Hour), true)
	clear(t, st, smallNow.Add(-24*time.Hour))
	for name, r := range map[string]Report{"the story": storyReport(t), "a stop and its clearance": func() Report { r, _ := markdown(t, st, time.Time{}); return r }()} {
		var md, html bytes.Buffer
		if err := Markdown(&md, r); err != nil {
			t.Fatal(err)
		}
		if err := HTML(&html, r); err != nil {
			t.Fatal(err)
		}
		for kind, out := range map[string]string{"Markdown": md.String(), "HTML": html.String()} {
			// "Judge it alongside your own assessment" speaks to the clinician.
			out = strings.ReplaceAll(strings.ReplaceAll(out, r.Disclaimer, ""), escapeHTML(r.Disclaimer), "")
			if m := secondPerson.FindAllString(out, 5); len(m) > 0 {
				i := secondPerson.FindStringIndex(out)
				t.Errorf("%s, %s: %q in …%s…", name, kind, m, out[max(i[0]-80, 0):min(i[1]+80, len(out))])
			}
		}
	}
}

// A flare on a day already at relief reads as a date, not as the key it
// is kept under.
func TestAFlareChangeReadsAsADate(t *testing.T) {
	b := builder{r: &Report{Now: smallNow}}
	got := b.changeWhat(coach.PlanChange{What: "flare", To: "2026-12-05"})
	if got != "A flare on Sat 5 Dec: already at relief, the stage stays" {
		t.Errorf("the flare reads %q", got)
	}
}

// One answer is one answer, and a period with no weekly measure says the
// function was not measured, in both renderers.
func TestSmallWords(t *testing.T) {
	at := smallNow
	r := Report{Now: at, From: at, To: at, Days: 1, Period: "One day.",
		Doses:    []Dose{{Name: "Press-up", Sets: 1, Days: 1, PerDay: 1, Last: at}},
		Moves:    []Move{{Name: "Press-up", Sets: 1, Answers: 1, Up: 1}},
		Function: Function{Note: "Not measured yet: no weekly function measure in this period."},
		Pain:     Pain{Days: []Day{{Day: at, CheckIns: 1, ReachAvg: 3, ReachMax: 3}}},
	}
	var md, html bytes.Buffer
	if err := Markdown(&md, r); err != nil {
		t.Fatal(err)
	}
	if err := HTML(&html, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(html.String(), "1 · 0 · 0 · 0 (1 answer)") {
		t.Errorf("the HTML does not count one answer as one")
	}
	for kind, out := range map[string]string{"Markdown": md.String(), "HTML": html.String()} {
		if !strings.Contains(out, "Not measured yet") {
			t.Errorf("the %s's function section does not say it was not measured", kind)
		}
	}
}
