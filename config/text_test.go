package config

import (
	"strings"
	"testing"
	"time"
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
