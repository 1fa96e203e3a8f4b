package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// The golden reports are the six-week story on its last evening: a
// physiotherapist's view of a person whose pain centralizes with
// extension, with a flare. Regenerate with go test ./report -update.
func TestGoldenMarkdown(t *testing.T) {
	var buf bytes.Buffer
	if err := Markdown(&buf, storyReport(t)); err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, buf.Bytes())
}

func TestGoldenHTML(t *testing.T) {
	var buf bytes.Buffer
	if err := HTML(&buf, storyReport(t)); err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, buf.Bytes())
}

// The printed report must open anywhere, offline, and call nothing: no
// address, no remote font, script, style sheet or image.
func TestHTMLHasNoExternalReference(t *testing.T) {
	var buf bytes.Buffer
	if err := HTML(&buf, storyReport(t)); err != nil {
		t.Fatal(err)
	}
	page := strings.ToLower(buf.String())
	for _, bad := range []string{"http:", "https:", "//www", "<script", "<link", "@import", "url(", "src=", "href="} {
		if i := strings.Index(page, bad); i >= 0 {
			t.Errorf("the page holds %q: …%s…", bad, page[max(i-60, 0):min(i+60, len(page))])
		}
	}
	if n := strings.Count(page, "<svg"); n != 3 {
		t.Errorf("%d charts inline, want 3 (reach, leg pain with function, minutes)", n)
	}
}

// Both renderers say the same things: every line of the summary, in both.
func TestMarkdownAndHTMLAgree(t *testing.T) {
	r := storyReport(t)
	var md, html bytes.Buffer
	if err := Markdown(&md, r); err != nil {
		t.Fatal(err)
	}
	if err := HTML(&html, r); err != nil {
		t.Fatal(err)
	}
	unescape := strings.NewReplacer("&#39;", "'", "&amp;", "&", "&#34;", `"`)
	for _, l := range r.Summary() {
		if !strings.Contains(md.String(), l.Text) || !strings.Contains(unescape.Replace(html.String()), l.Text) {
			t.Errorf("%s: %q is not in both", l.Label, l.Text)
		}
	}
}

// A physiotherapist reading the story's report finds the answers to their
// questions, and nothing that contradicts the history.
func TestTheStoryReadsAsItHappened(t *testing.T) {
	r := storyReport(t)
	var buf bytes.Buffer
	if err := Markdown(&buf, r); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"- Direction: **bending backward (extension)**",
		"Found by the guided direction test on Mon 5 Oct 2026",
		"it is centralizing, reaching less far down the leg",
		"Leg pain 6.8 → 2.1/10: better: a change that matters",
		"Sitting before the leg pain starts 15 → 50 min: better: a change that matters",
		"1 red episode",
		"Red on Thu 22 Oct", "Press-up (step 3 of extension)",
		"Stage: mobility → relief", "A flare",
		"Worse with: sitting, bending forward.",
		"carried the shopping up the stairs",
		"All 12 screening questions were answered no",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q", want)
		}
	}
	if r.From.Format("2006-01-02") != "2026-10-05" || r.Days != 42 {
		t.Errorf("covers %s, %d days; want the 42 days from 5 Oct", r.From, r.Days)
	}
}

var bareRule = regexp.MustCompile(`\bR\d{1,2}\b`)

// Every rule the report cites is named by number and explained at the end.
func TestEveryRuleCitedIsExplained(t *testing.T) {
	r := storyReport(t)
	var buf bytes.Buffer
	if err := Markdown(&buf, r); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if m := bareRule.FindString(out); m != "" {
		t.Errorf("bare rule id %q in the report", m)
	}
	cited := regexp.MustCompile(`rule (\d+)\)`).FindAllStringSubmatch(out, -1)
	if len(cited) == 0 {
		t.Fatal("the story cites no rule")
	}
	for _, c := range cited {
		if !strings.Contains(out, "- Rule "+c[1]+": ") {
			t.Errorf("rule %s is cited but not explained", c[1])
		}
	}
}

// The clinician may have only the printed page: the HTML gives each
// design default its reason, and never sends them to another document.
func TestHTMLGivesTheDesignDefaultsTheirReasons(t *testing.T) {
	r := storyReport(t)
	var buf bytes.Buffer
	if err := HTML(&buf, r); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if len(r.Plan.Defaults) == 0 {
		t.Fatal("the story has no design defaults to show")
	}
	for _, d := range r.Plan.Defaults {
		if !strings.Contains(out, escapeHTML(d.Reason)) {
			t.Errorf("the HTML leaves out why %q: %q", d.Name, d.Reason)
		}
	}
	if strings.Contains(out, "Markdown summary") {
		t.Error("the HTML sends the clinician to the Markdown summary")
	}
}
