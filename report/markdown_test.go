package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines/function"
)

// cells splits a Markdown table row at its unescaped pipes.
var unescapedPipe = regexp.MustCompile(`(^|[^\\])\|`)

// What the person types (a note, an activity they named, the name of an
// exercise in their own routine file) cannot break the Markdown summary:
// no table gains a column, no line turns into a heading, a list, a link or
// markup, and every word still reads.
func TestMarkdownEscapesWhatThePersonTyped(t *testing.T) {
	nasty := "**sat** | 3 h _at_ `desk` [see](x) <b>x</b> ~~y~~ &amp; \\ end\n# not a heading"
	at := time.Date(2026, 11, 20, 9, 0, 0, 0, zone)
	r := Report{Now: at, From: at, To: at, Days: 1, Period: "One day.",
		Direction: Direction{How: "Not tested yet."},
		Doses:     []Dose{{Name: "Wall | slide *mine*", Sets: 2, Days: 1, PerDay: 2, Last: at}},
		Moves:     []Move{{Name: "Wall | slide *mine*", Sets: 2, Answers: 2, Same: 2}},
		Function: Function{Measures: []function.Measure{{At: at, Ratings: []function.Rating{{Activity: "put on | socks", Score: 4}},
			Sitting: 10, Walking: 10}}},
		Triggers: Triggers{Counts: []Count{{What: "sitting", N: 1}}},
		Notes:    []Note{{At: at, What: nasty}, {At: at, What: "- 1. starts like a list"}},
	}
	var buf bytes.Buffer
	if err := Markdown(&buf, r); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	cols := 0
	for _, line := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(line, "|---"):
			if n := strings.Count(line, "|"); n != cols {
				t.Errorf("a table's header has %d cell edges, its delimiter row %d: %s", cols, n, line)
			}
		case strings.HasPrefix(line, "|") && cols == 0:
			cols = len(unescapedPipe.FindAllString(line, -1))
		case strings.HasPrefix(line, "|"):
			if n := len(unescapedPipe.FindAllString(line, -1)); n != cols {
				t.Errorf("a table row has %d cell edges, its table %d: %s", n, cols, line)
			}
		case line == "":
			cols = 0
		}
		if strings.HasPrefix(line, "# not") || strings.HasPrefix(line, "- 1.") {
			t.Errorf("typed text started a line of its own: %q", line)
		}
	}
	for _, bad := range []string{"**sat**", "_at_", "`desk`", "[see](x)", "<b>", "~~y~~", " &amp;", "*mine*"} {
		if strings.Contains(out, bad) {
			t.Errorf("%q reached the Markdown unescaped", bad)
		}
	}
	for _, want := range []string{`\*\*sat\*\* \| 3 h \_at\_ \` + "`desk\\`" + ` \[see\](x) \<b\>x\</b\> \~\~y\~\~ \&amp; \\ end # not a heading`,
		`Wall \| slide \*mine\*`, `put on \| socks`, `\- 1. starts like a list`} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q, the text escaped, in:\n%s", want, out)
		}
	}
}
