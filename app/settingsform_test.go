package app

import (
	"slices"
	"testing"
	"time"

	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/routines/coach"
)

func field(t *testing.T, key string) config.Field {
	t.Helper()
	i := slices.IndexFunc(config.Fields, func(f config.Field) bool { return f.Key == key })
	if i < 0 {
		t.Fatalf("no setting %q", key)
	}
	return config.Fields[i]
}

// A setting stepped away and back is not a change; a typed value that
// does not fit changes nothing and says why; what differs is what is kept.
func TestTheSettingsFormKeepsOnlyWhatDiffers(t *testing.T) {
	f := Settings{Config: config.Default()}.Edit()
	ready, theme := field(t, "get_ready_seconds"), field(t, "theme")
	f.Step(ready, 1)
	f.Step(ready, -1)
	if got := f.Changed(); len(got) != 0 {
		t.Fatalf("stepped away and back, changed %v", got)
	}
	if err := f.SetText(ready, "not a number"); err == nil || f.Differs(ready) {
		t.Fatalf("a value that does not fit: err %v, differs %v", err, f.Differs(ready))
	}
	f.Step(theme, 1)
	if err := f.SetText(ready, "9"); err != nil {
		t.Fatal(err)
	}
	if got := f.Changed(); !slices.Equal(got, []string{"get_ready_seconds", "theme"}) {
		t.Fatalf("changed %v, want the get-ready countdown and the theme in the settings' order", got)
	}
	if CuesChanged(f.Changed()) {
		t.Error("the cues did not change")
	}
}

// Saved settings reach a plan that has a cadence, not one before it.
func TestSavedSettingsReachAPlanWithACadence(t *testing.T) {
	now := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	c := config.Default()
	if err := field(t, "every_hours").SetText(&c, "3"); err != nil {
		t.Fatal(err)
	}
	p := coach.DefaultPlan(coach.Answers{}, now)
	if p.Every == 0 {
		t.Fatal("a new plan has no cadence")
	}
	if got := PlanWithSettings(p, c); got.Every != 3*time.Hour {
		t.Fatalf("a plan with a cadence: every %v, want 3h", got.Every)
	}
	p.Every = 0
	if got := PlanWithSettings(p, c); got.Every != 0 {
		t.Fatalf("a plan without a cadence took one: %v", got.Every)
	}
}
