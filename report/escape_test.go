package report

import (
	"bytes"
	"strings"
	"testing"
)

// Whatever a person typed reaches the printed page as text, never as
// markup: a note, a trigger, an activity they named, an exercise's name
// from a routine file, an episode's words.
func TestWhatAPersonTypedIsEscapedInTheHTML(t *testing.T) {
	r := storyReport(t)
	hostile := func(where string) string { return `<script>alert(1)</script> & "x" ` + where }
	r.Notes = append(r.Notes, Note{At: r.Now, What: hostile("note")})
	r.Triggers.Counts = append(r.Triggers.Counts, Count{What: hostile("trigger"), N: 1})
	r.Function.Measures[0].Ratings[0].Activity = hostile("activity")
	r.Doses[0].Name = hostile("dose")
	r.Episodes[0].What = hostile("episode")
	var buf bytes.Buffer
	if err := HTML(&buf, r); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	if i := strings.Index(strings.ToLower(page), "<script"); i >= 0 {
		t.Errorf("a script tag reached the page: …%s…", page[max(i-60, 0):min(i+60, len(page))])
	}
	for _, where := range []string{"note", "trigger", "activity", "dose", "episode"} {
		want := `&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;x&#34; ` + where
		if !strings.Contains(page, want) {
			t.Errorf("the %s is not on the page as escaped text %q", where, want)
		}
	}
	if n := strings.Count(page, "<svg"); n != 3 {
		t.Errorf("%d charts drawn as markup, want 3: centra's own SVG is not escaped", n)
	}
}
