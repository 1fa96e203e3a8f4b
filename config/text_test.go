package config

import (
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

func TestAValueTypedAtAPromptIsCheckedAsInTheFile(t *testing.T) {
	c := Default()
	for key, typed := range map[string]string{"cues": "voice", "get_ready_seconds": "12", "rep_speed": "1.5",
		"leg": "left", "waking_from": "06:30", "theme": `"light"`} {
		f, _ := FieldByKey(key)
		if err := f.SetText(&c, typed); err != nil {
			t.Errorf("%s = %s: %v", key, typed, err)
		}
	}
	if c.Cues != CuesVoice || c.GetReady != 12*time.Second || c.RepSpeed != 1.5 || c.Leg != "left" || c.Theme != "light" ||
		c.WakingFrom.String() != "06:30" {
		t.Errorf("settings after typing: %+v", c)
	}
	f, _ := FieldByKey("rep_speed")
	if err := f.SetText(&c, "3"); err == nil || !strings.Contains(err.Error(), "0.5 to 2") {
		t.Errorf("rep_speed = 3: %v; want the file's own range in the error", err)
	}
	f, _ = FieldByKey("leg")
	if err := f.SetText(&c, "middle"); err == nil {
		t.Error("leg = middle was taken")
	}
}

// The leg setting starts the very first check-in, so it asks as the
// check-in asks (the same label and choices) and takes the same answers:
// a key (l, r, b, n) or a word.
func TestTheLegSettingTakesTheCheckInsAnswers(t *testing.T) {
	f, ok := FieldByKey("leg")
	if !ok {
		t.Fatal("no leg setting")
	}
	if f.Label != "Which leg" || !strings.Contains(f.Help, routines.LegChoices) {
		t.Errorf("leg setting %q: %q; want the check-in's question and choices %q", f.Label, f.Help, routines.LegChoices)
	}
	for in, want := range map[string]routines.Leg{"l": routines.LegLeft, "r": routines.LegRight, "b": routines.LegBoth,
		"n": routines.LegNone, "left": routines.LegLeft, `"right"`: routines.LegRight, "neither": routines.LegNone, "Both": routines.LegBoth} {
		c := Default()
		if err := f.SetText(&c, in); err != nil || c.Leg != want {
			t.Errorf("leg %q: %q, %v; want %q", in, c.Leg, err, want)
		}
	}
	c := Default()
	if err := f.SetText(&c, "up"); err == nil || !strings.Contains(err.Error(), routines.LegChoices) {
		t.Errorf("leg \"up\": %v; want the choices", err)
	}
}
