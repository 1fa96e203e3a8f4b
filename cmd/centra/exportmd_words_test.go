package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/tui"
)

// The clinician summary names directions and urgent symptoms in words,
// never by the ids they are kept under.
func TestSummarySaysDirectionsAndUrgentSymptomsInWords(t *testing.T) {
	day := func(t time.Time) string { return t.Format("2 Jan") }
	var buf bytes.Buffer
	p := &mdWriter{w: &buf}
	writeTests(p, []tui.TestRecord{{At: summaryNow, Result: coach.TestResult{Found: true, Direction: routines.DirectionSideGlide, Level: 1}}}, day)
	urgent := []history.CheckInRecord{{CheckIn: routines.CheckIn{At: summaryNow, Urgent: []string{coach.FlagBladder, coach.FlagWeakBothLegs}}}}
	writeRedFlags(p, coach.Answers{}, urgent, day)
	out := buf.String()
	for _, want := range []string{"side glide helps (level 1)", "a new change in bladder control or feeling; weakness in both legs"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	for _, id := range []string{"side-glide", coach.FlagBladder + ";", "weak-both-legs"} {
		if strings.Contains(out, id) {
			t.Errorf("the id %q shows in:\n%s", id, out)
		}
	}
}
