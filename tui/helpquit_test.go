package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/centra-app/centra/routines"
)

// Every screen's help says how to quit: a person in pain who opens help
// must find the way out there.
func TestEveryScreensHelpListsQuit(t *testing.T) {
	for _, sc := range helpScreens {
		t.Run(sc.name, func(t *testing.T) {
			hs := sc.setup(t)
			var words []string
			found := false
			for _, b := range hs.m.screenKeys() {
				h := b.Help()
				if h.Key == "" || !b.Enabled() {
					continue
				}
				words = append(words, h.Key+" "+h.Desc)
				for _, k := range strings.Split(h.Key, "/") {
					if (k == "q" || k == "ctrl+c") && (strings.Contains(h.Desc, "quit") || strings.Contains(h.Desc, "close") || strings.Contains(h.Desc, "leave")) {
						found = true
					}
				}
			}
			if !found {
				t.Errorf("help lists no quit key: %q", words)
			}
		})
	}
}

// ? types into a text field once an answer is begun, and opens help on an
// empty one; the help then lists quit.
func TestQuestionMarkTypesIntoTextAndOpensHelpOnAnEmptyLine(t *testing.T) {
	hs := at(reliefPlan(), "t", "1")(t) // the trigger log's note
	hs.press("?")
	hs.see("Keys on this screen", "ctrl+c", "quit centra")
	hs.press("esc")
	hs.press("w", "h", "y", "?")
	hs.see("why?")
	if contains(hs.screen(), "Keys on this screen") {
		t.Fatalf("? in a note opened help:\n%s", hs.screen())
	}
}

// In the weekly check, ? on an empty line opens help (which lists quit);
// within an answer it is a letter.
func TestQuestionMarkInTheWeeklyCheck(t *testing.T) {
	hs := startedAWeekAgo(t).withHistory(fixtureHistory()).withFunction(&fakeFunction{})
	hs.press("f", "?")
	hs.see("Keys on this screen", "enter", "esc", "ctrl+c")
	hs.press("esc")
	hs.see("Name an activity")
	hs.press("D", "r", "i", "v", "e", "?")
	hs.see("▸ Drive?")
}

// At 80x24 a library longer than the window keeps its key line, shows a
// window around the cursor with how many more there are, and every row
// keeps its family and dose.
func TestALongLibraryAt80x24KeepsItsKeysAndHints(t *testing.T) {
	small := testCatalog()
	prone, _ := small.Exercise("prone-lying")
	var exs []*routines.Exercise
	for i := range 22 {
		x := *prone
		x.ID, x.Name = fmt.Sprintf("pose-%d", i+1), fmt.Sprintf("A rather long exercise name %d", i+1)
		exs = append(exs, &x)
	}
	hs := newHarnessCat(t, 80, 24, routines.NewCatalog(exs, small.Routines()))
	hs.press("l")
	hs.see("enter read", "esc back", "↓ ")
	for range 15 {
		hs.press("down")
	}
	hs.see("▸   A rather long exercise name 16", "↑ ", "more", "enter read")
	if n := len(splitLines(hs.screen())); n > 24 {
		t.Fatalf("%d lines at 80x24:\n%s", n, hs.screen())
	}
	first, up := 0, -1
	for _, l := range splitLines(hs.screen()) {
		if strings.Contains(l, "A rather long exercise name") && !strings.Contains(l, "Extension") {
			t.Fatalf("a row lost its hint: %q\n%s", l, hs.screen())
		}
		if i := strings.Index(l, "A rather long exercise name "); i >= 0 && first == 0 {
			fmt.Sscanf(l[i+len("A rather long exercise name "):], "%d", &first)
		}
		if i := strings.Index(l, "↑ "); i >= 0 {
			fmt.Sscanf(l[i+len("↑ "):], "%d", &up)
		}
	}
	// The marker counts every row above the first one shown.
	if first == 0 || up != first-1 {
		t.Errorf("the first row shown is %d but the marker says ↑ %d more:\n%s", first, up, hs.screen())
	}
}
