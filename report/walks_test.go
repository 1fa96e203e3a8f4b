package report

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

// The walks the person logged are part of what the physiotherapist reads:
// per day, with their minutes and how the leg felt, in both renderers.
func TestWalksAreInTheReport(t *testing.T) {
	st := newStore(t)
	session(t, st, smallNow.Add(-50*time.Hour), []string{"press-up"}, []routines.Moved{routines.MovedSame})
	for _, w := range []routines.Walk{
		{At: smallNow.Add(-49 * time.Hour), Minutes: 10, Feel: routines.WalkEasier},
		{At: smallNow.Add(-47 * time.Hour), Minutes: 15, Feel: routines.WalkSame},
		{At: smallNow.Add(-2 * time.Hour), Minutes: 20, Feel: routines.WalkWorse},
	} {
		if _, err := st.Journal().AddWalk(bg, w); err != nil {
			t.Fatal(err)
		}
	}
	r, md := markdown(t, st, time.Time{})
	for _, want := range []string{
		"## Walks",
		"3 walks logged on 2 of the 3 days, 45 minutes in all: 22.5 minutes a day on the days walked. " +
			"After them the leg felt easier once, the same once, worse once.",
		"| Wed 18 Nov | 2 | 25 | 1 · 1 · 0 |",
		"| Fri 20 Nov | 1 | 20 | 0 · 0 · 1 |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown lacks %q:\n%s", want, md)
		}
	}
	var html bytes.Buffer
	if err := HTML(&html, r); err != nil {
		t.Fatal(err)
	}
	page := html.String()
	for _, want := range []string{"<h2>Walks</h2>", "3 walks logged on 2 of the 3 days", "Minutes walked each day",
		">18 Nov</text>", ">19 Nov</text>", ">20 Nov</text>"} {
		if !strings.Contains(page, want) {
			t.Errorf("the HTML lacks %q", want)
		}
	}
}

// Walks alone are a history too: a person who only logged walks gets a
// report of them, not "nothing was recorded".
func TestWalksAloneAreNotAnEmptyReport(t *testing.T) {
	st := newStore(t)
	if _, err := st.Journal().AddWalk(bg, routines.Walk{At: smallNow.Add(-time.Hour), Minutes: 12, Feel: routines.WalkSame}); err != nil {
		t.Fatal(err)
	}
	r, md := markdown(t, st, time.Time{})
	if r.Empty || !strings.Contains(md, "1 walk logged on the one day of the period, 12 minutes") {
		t.Errorf("empty %v:\n%s", r.Empty, md)
	}
}
