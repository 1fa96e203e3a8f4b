package linemode

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
)

// The line mode does what the screens do: log a trigger, change a setting,
// say when the next set is due, and show a session set by set and the
// trends.

func TestATriggerIsLoggedFromHomeAndSaidOnlyOnceSaved(t *testing.T) {
	h := newHarness(t).withPlan()
	out, err := h.run(lines("t", "8", "", "carrying the shopping", "t", "1", "", "q"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"What made the pain worse?", "  1 sitting", "  8 other",
		"Say in a few words what it was:", "Please say in a few words what it was.",
		"Logged other (carrying the shopping) at 09:00.", "Logged sitting at 09:00."} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	got, err := h.store.Reader().Triggers(context.Background(), start.Add(-time.Hour), start.Add(time.Hour), 10)
	if err != nil || len(got) != 2 || got[1].Note != "carrying the shopping" && got[0].Note != "carrying the shopping" {
		t.Errorf("the store holds %+v (%v); want the two triggers with the note", got, err)
	}
}

func TestASettingIsChangedCheckedAndSaved(t *testing.T) {
	h := newHarness(t).withPlan()
	var saved config.Config
	var changed []string
	h.deps.Settings = &core.Settings{Config: config.Default(), Path: "~/.config/centra/config.toml",
		Save: func(c config.Config, keys []string) error { saved, changed = c, keys; return nil }}
	speed := slices.IndexFunc(config.Fields, func(f config.Field) bool { return f.Key == "rep_speed" }) + 1
	out, err := h.run(lines("s", strconv.Itoa(speed), "3", "1.5", "", "q"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Settings, kept in ~/.config/centra/config.toml", "Rep speed: 1× (as written)",
		"That value does not fit: want a number from 0.5 to 2, not 3.", "Rep speed: 1.5× (quicker)",
		"Settings saved to ~/.config/centra/config.toml."} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	if saved.RepSpeed != 1.5 || !slices.Equal(changed, []string{"rep_speed"}) {
		t.Errorf("saved %v with changed keys %q; want rep_speed 1.5 alone", saved.RepSpeed, changed)
	}
}

func TestHomeSaysTodaysSetsAndWhenTheNextIsDue(t *testing.T) {
	h := newHarness(t).withPlan()
	out, err := h.run(lines("q"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Today: 0 of ") {
		t.Errorf("no due line on home:\n%s", out)
	}
}

func TestASessionReadsSetBySetAndTheTrendsByDay(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Start = "extension"
	// The baseline (thigh, left leg, 5, back 2, no tingling), a set of
	// prone lying, then "moved up, to the buttock", and the input ends.
	if _, err := h.run(lines("4", "l", "5", "2", "n", "u", "3", "", "4", "", "")); err != nil {
		t.Fatal(err)
	}
	h.deps.Start = ""
	out, err := h.run(lines("h", "1", "", "t", "30", "", "", "q"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"1 Mon 3 Mar 09:00 · Extension · cut short",
		"09:00 Set 1 · Prone lying",
		"after set 1: ↑ moved up toward the back · reaches buttock (3)",
		"coach: ",
		"How far down the pain reached, last 7 days",
		"How far down the pain reached, last 30 days",
		"Mon 3 Mar: ",
		"Triggers: none logged in these days.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
}

// The history names a direction test a red flag stopped as stopped, with
// its reason, as the full screen does; never as one where nothing helped.
func TestTheHistorySaysADirectionTestWasStopped(t *testing.T) {
	h := newHarness(t).withPlan()
	reason := "Numbness in the saddle area needs a doctor today."
	for _, r := range []coach.TestResult{
		{Found: true, Direction: routines.DirectionExtension, Evidence: []string{"The pain moved up."}},
		{Stopped: true, Decision: coach.Decision{Reason: reason}},
	} {
		if err := persist.AddTestResult(context.Background(), h.store.Journal(), flow.TestResult{At: start, Result: r}); err != nil {
			t.Fatal(err)
		}
	}
	out, err := h.run(lines("h", "", "q"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Mon 3 Mar 2025: stopped: " + reason + "\n",
		"Mon 3 Mar 2025: " + routines.DirectionWords(routines.DirectionExtension) + " helps. The pain moved up."} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	if strings.Contains(out, "no clear direction") {
		t.Errorf("a stopped test reads as one with no direction:\n%s", out)
	}
}
