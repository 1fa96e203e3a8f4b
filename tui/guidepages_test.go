package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/centra-app/centra/content/guide"
)

// TestEveryGuidePageReadsOnScreenAt50_80And200Columns opens every page of
// the Guide in windows 50, 80 and 200 columns wide and 24 high, and keeps
// each screen of it, scrolled with page down to the end: the page must fit
// the window's width and height, and nothing of it may be cut off.
func TestEveryGuidePageReadsOnScreenAt50_80And200Columns(t *testing.T) {
	for i, tp := range guide.Topics() {
		for _, w := range []int{50, 80, 200} {
			t.Run(fmt.Sprintf("%s-%d", tp.ID, w), func(t *testing.T) {
				hs := newHarness(t, w, 24)
				hs.keys("g")
				for range i {
					hs.keys("down")
				}
				hs.keys("enter")
				hs.see(tp.Title, fmt.Sprintf("page %d of %d", i+1, len(guide.Topics())))
				var screens []string
				for n := 0; n < 10; n++ {
					scr := hs.screen()
					if n > 0 && scr == screens[n-1] {
						break
					}
					screens = append(screens, scr)
					checkFits(t, scr, w, 24)
					hs.keys("pgdown")
				}
				all := strings.Join(screens, "\n")
				// The last line of the page is on the last screen.
				body, _ := guide.Render(tp.Markdown, min(w-2, 80), guide.Colors{})
				lines := strings.Split(strings.TrimSpace(body), "\n")
				if last := strings.TrimSpace(lines[len(lines)-1]); !strings.Contains(all, last) {
					t.Errorf("the page's last line %q is never shown", last)
				}
				golden.RequireEqual(t, []byte(strings.Join(screens, "\n──── page down ────\n")))
			})
		}
	}
}

func TestTheGuideSearchFindsThePagesThatAnswerAQuestion(t *testing.T) {
	hs := newHarness(t, 80, 24)
	hs.keys("g", "/")
	for _, r := range "wallet" {
		hs.keys(string(r))
	}
	hs.see("Search: wallet", "1 page", "Sitting and work")
	if strings.Contains(hs.screen(), "Red flags") {
		t.Fatalf("the search kept a page without the word:\n%s", hs.screen())
	}
	hs.keys("enter", "enter")
	hs.see("Sitting and work", "Take your wallet out of your back pocket")
	hs.keys("esc")
	hs.see("Search: wallet")
	// q is a letter while typing, and no page has the words.
	hs.keys("/", "q", "q")
	hs.see("no page has these words")
	hs.keys("backspace", "backspace", "enter")
	hs.see("Search: wallet", "Sitting and work")
	hs.keys("esc")
	hs.see("What sciatica is", "Red flags")
	if strings.Contains(hs.screen(), "Search:") {
		t.Fatalf("esc did not clear the search:\n%s", hs.screen())
	}
	hs.keys("esc")
	hs.see("Choose a routine")
}
