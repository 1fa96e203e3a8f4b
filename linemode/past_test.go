package linemode

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/centra-app/centra/history"
)

// A long history in the line mode goes back and forth a page at a time,
// as the screens' list scrolls both ways: older with m, newer with p, and
// m is not offered on the last page.
func TestTheHistoryPagesBackAndForth(t *testing.T) {
	h := newHarness(t).withPlan()
	if err := history.Seed(context.Background(), h.store, 25, start.AddDate(0, 0, -10), rand.New(rand.NewPCG(1, 2))); err != nil {
		t.Fatal(err)
	}
	// h: the history; m, m: the second and third pages; m again: nothing
	// older, the last page stays; p: back to the second; Enter, q: home,
	// quit.
	out, err := h.run(lines("h", "m", "m", "m", "p", "", "q"))
	if err != nil {
		t.Fatal(err)
	}
	var spans []string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "Sessions ") || strings.HasPrefix(l, "Session ") {
			spans = append(spans, l)
		}
	}
	want := []string{
		"Sessions 1–10 of 25, newest first:",
		"Sessions 11–20 of 25, newest first:",
		"Sessions 21–25 of 25, newest first:",
		"Sessions 21–25 of 25, newest first:",
		"Sessions 11–20 of 25, newest first:",
	}
	if strings.Join(spans, "\n") != strings.Join(want, "\n") {
		t.Errorf("pages shown:\n%s\nwant:\n%s\n\ntranscript:\n%s", strings.Join(spans, "\n"), strings.Join(want, "\n"), out)
	}
	if strings.Count(out, "m older sessions") != 3 { // pages 1, 2 and 2 again; not page 3
		t.Errorf("older sessions offered %d times, want 3:\n%s", strings.Count(out, "m older sessions"), out)
	}
	if strings.Count(out, "p newer sessions") != 4 { // pages 2, 3, 3 again and 2 again; not page 1
		t.Errorf("newer sessions offered %d times, want 4:\n%s", strings.Count(out, "p newer sessions"), out)
	}
}
