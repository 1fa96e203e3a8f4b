package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/centra-app/centra/content/guide"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/tui/theme"
)

func TestTheLibraryListsEveryExerciseAndOpensOneToScroll(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.keys("l")
	hs.see("Library", "1 Lying face down", "2 Press-up", "3 Side bridge on knees")
	hs.keys("down", "enter")
	hs.see("Library", "page 2 of 3", "Press-up", "Steps", "Straighten your arms to lift your chest", "Cautions")
	hs.keys("right")
	hs.see("Side bridge on knees", "page 3 of 3")
	hs.keys("esc")
	hs.see("▸ 3 Side bridge on knees")
	hs.keys("esc")
	hs.see("Choose a routine")
}

// TestTheLibraryDrawsTheExercise: with the real library, an exercise's
// page starts with its figure, its poses numbered in order with their
// labels, and says them again in words under "How it moves".
func TestTheLibraryDrawsTheExercise(t *testing.T) {
	plan := coach.DefaultPlan(coach.Answers{}, t0)
	hs := &harness{t: t, clock: routines.NewFakeClock(t0), store: &fakeStore{}}
	hs.m = New(Deps{Catalog: builtin(t), Store: hs.store, Clock: hs.clock, Plan: &plan, Reading: guideText{}})
	hs.m.Init()
	hs.send(tea_ws(80, 24))
	hs.keys("l", "3") // the press-up
	hs.see("Press-up", "1. face down, hands under your", "2. arms straight, hips stay on")
	if !strings.ContainsAny(hs.screen(), "⡀⣀↖") {
		t.Errorf("no figure on the press-up's page:\n%s", hs.screen())
	}
	hs.keys("pgdown")
	hs.see("How it moves", "Arms straight, hips stay on the floor.")
}

func TestTheGuideScrollsAndFitsTheWindow(t *testing.T) {
	hs := newHarness(t, 60, 16)
	hs.keys("g")
	hs.see("Guide", "What sciatica is", "Centralization: pain moving up", "Red flags", "When to see a professional")
	hs.keys("4")
	hs.see("Red flags: when to stop and get help", "page 4 of 15", "Get help now")
	top := hs.screen()
	hs.keys("space")
	if hs.screen() == top {
		t.Fatal("space did not scroll the page")
	}
	hs.see("%")
	for _, l := range strings.Split(hs.screen(), "\n") {
		if w := ansi.StringWidth(l); w > 60 {
			t.Errorf("line %q is %d cells wide in a 60-cell window", l, w)
		}
	}
	if n := len(strings.Split(hs.screen(), "\n")); n > 16 {
		t.Errorf("the page takes %d lines in a 16-line window", n)
	}
	hs.keys("?")
	hs.see("scroll", "previous / next page", "back")
	hs.keys("?", "esc", "esc")
	hs.see("Choose a routine")
}

// guideText is the real Guide and Library for the tests, rendered plain:
// the tests read the text, and cmd/centra's adapter adds the colours.
type guideText struct{}

func (guideText) Topics() []ReadingPage {
	var pages []ReadingPage
	for _, t := range guide.Topics() {
		pages = append(pages, ReadingPage{ID: t.ID, Name: t.Title, Markdown: t.Markdown})
	}
	return pages
}

func (guideText) Exercise(e *routines.Exercise) ReadingPage {
	return ReadingPage{ID: e.ID, Name: e.Name, Hint: guide.FamilyName(e.Family) + " · " + e.Dose.String(),
		Markdown: guide.Exercise(e, 1), Exercise: e}
}

func (guideText) Render(markdown string, width int, _ theme.Palette) (string, error) {
	return guide.Render(markdown, width, guide.Colors{})
}

func TestWithoutReadingTheLibraryAndGuideKeysDoNothing(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.m.deps.Reading = nil
	hs.keys("l")
	hs.see("Choose a routine")
	hs.keys("g")
	hs.see("Choose a routine")
}
