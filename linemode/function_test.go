package linemode

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines/function"
)

var bg = context.Background()

// On home, once a week, the line mode offers the check of what the person
// can do; the answers are kept, and next week it asks about the same
// activities. n skips it for the week.
func TestTheWeeklyFunctionCheckInTheLineMode(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Function = h.store.Reader()
	// Right after the first run, which took the baseline: not yet.
	out, err := h.run(lines("q"))
	if err != nil || strings.Contains(out, "Your weekly check of what you can do is due") {
		t.Fatalf("offered right after the first run (%v):\n%s", err, out)
	}
	h.clock.Advance(function.Every)
	out, err = h.run(lines("y", "Sitting at work", "3", "Putting on socks", "eleven", "5", "", "20", "", "q"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Your weekly check of what you can do is due",
		"Name an activity the sciatica makes hard",
		"How well can you do this now: Sitting at work?",
		"Rate it from 0 (cannot do it) to 10 (as well as before the problem).",
		"How long can you sit before the leg pain starts?",
		"Kept: activities 4/10 on average · sitting 20 min.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	ms, err := h.store.Function().Measures(bg, time.Time{}, time.Time{})
	if err != nil || len(ms) != 1 || ms[0].Sitting != 20 || len(ms[0].Ratings) != 2 {
		t.Fatalf("kept %+v, %v", ms, err)
	}

	// A week later: the same activities, then n skips the next week.
	h.clock.Advance(7 * 24 * time.Hour)
	out, err = h.run(lines("y", "6", "7", "45", "30", "q"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "How well can you do this now: Putting on socks?") || strings.Contains(out, "Name an activity") {
		t.Errorf("the second week does not ask about the same activities:\n%s", out)
	}
	h.clock.Advance(7 * 24 * time.Hour)
	if _, err := h.run(lines("n", "q")); err != nil {
		t.Fatal(err)
	}
	if at, err := persist.LoadFunctionSkip(bg, h.store.Journal()); err != nil || at.IsZero() {
		t.Errorf("the skip was not kept: %v %v", at, err)
	}
	out, _ = h.run(lines("q"))
	if strings.Contains(out, "Your weekly check of what you can do is due") {
		t.Errorf("asked again right after a skip:\n%s", out)
	}
	// The history's trends show it beside the pain, with what changed.
	out, _ = h.run(lines("h", "t", "", "", "q"))
	out = strings.Join(strings.Fields(out), " ") // lines are wrapped at 80
	for _, want := range []string{"What you can do, ", "activities 6.5/10 on average · sitting 45 min · walking 30 min",
		"Since the start: Activities (PSFS, 0-10) 4 → 6.5: better: a change that matters; Sitting before the leg pain starts 20 → 45 min: better: a change that matters."} {
		if !strings.Contains(out, want) {
			t.Errorf("the trends miss %q:\n%s", want, out)
		}
	}
}

// q at the weekly check's offer is q at any question outside a session:
// it stops centra there, without home and without keeping a skip; q during
// the check itself keeps nothing and goes on to home.
func TestQAtTheWeeklyOfferStopsCentra(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Function = h.store.Reader()
	h.clock.Advance(function.Every)
	out, err := h.run(lines("q", "1"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Your weekly check of what you can do is due") || strings.Contains(out, "What would you like to do?") {
		t.Errorf("q at the offer did not stop centra:\n%s", out)
	}
	if at, err := persist.LoadFunctionSkip(bg, h.store.Journal()); err != nil || !at.IsZero() {
		t.Errorf("q kept a skip: %v %v", at, err)
	}
	out, err = h.run(lines("y", "q", "q"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "What would you like to do?") {
		t.Errorf("q during the check did not go on to home:\n%s", out)
	}
}
