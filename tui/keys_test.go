package tui

import "testing"

func TestEscOnHomeDoesNotQuit(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.keys("esc")
	if hs.m.quitting || hs.quit {
		t.Fatal("esc on home closed centra; only q quits")
	}
	hs.see("Choose a routine")
	hs.keys("q")
	if !hs.m.quitting {
		t.Fatal("q on home should quit")
	}
}

// On every browsing screen q quits centra and esc goes back, the same
// everywhere.
func TestQQuitsAndEscGoesBackOnEveryBrowsingScreen(t *testing.T) {
	for _, c := range []struct {
		name string
		keys []string
		back string // what esc shows
	}{
		{"library", []string{"l"}, "Choose a routine"},
		{"library page", []string{"l", "enter"}, "▸ 1 Lying face down"},
		{"guide", []string{"g"}, "Choose a routine"},
		{"guide page", []string{"g", "4"}, "▸ 4 Red flags"},
		{"history", []string{"h"}, "Choose a routine"},
		{"history session", []string{"h", "enter"}, "[Sessions]"},
		{"trends", []string{"h", "tab"}, "Choose a routine"},
		{"direction tests", []string{"h", "tab", "tab"}, "Choose a routine"},
		{"trigger log", []string{"t"}, "Choose a routine"},
	} {
		t.Run(c.name, func(t *testing.T) {
			hs := newHarness(t, 80, 24).withHistory(richHistory())
			hs.press(c.keys...)
			hs.press("esc")
			hs.see(c.back)
			hs = newHarness(t, 80, 24).withHistory(richHistory())
			hs.press(c.keys...)
			hs.press("q")
			if !hs.m.quitting {
				t.Fatalf("q did not quit from the %s:\n%s", c.name, hs.screen())
			}
		})
	}
}
