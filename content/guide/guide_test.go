package guide

import (
	"image/color"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/centra-app/centra/content"
)

func TestTheGuideHasEveryTopicTheProductNames(t *testing.T) {
	want := []string{"sciatica", "centralization", "stopped", "red-flags", "professional", "surgery", "medicines",
		"moving", "good-and-bad-days", "flare", "walking", "sitting", "sleeping", "ice-and-heat", "staying-well"}
	if got := strings.Join(TopicIDs(), " "); got != strings.Join(want, " ") {
		t.Fatalf("topics %s, want %s", got, strings.Join(want, " "))
	}
	for _, tp := range Topics() {
		if tp.Title == "" || strings.HasPrefix(tp.Title, "#") || !strings.HasPrefix(tp.Markdown, "# ") {
			t.Errorf("%s: the page must open with its title as a heading, got %q", tp.ID, tp.Title)
		}
	}
}

func TestTheGuideSaysWhenToSeeAProfessional(t *testing.T) {
	p, err := Lookup("professional")
	if err != nil {
		t.Fatal(err)
	}
	// CLINICAL.md rule 16: about 2 weeks without improvement, 6-8 weeks
	// overall.
	for _, fact := range []string{"two weeks", "six to eight weeks", "red flag"} {
		if !strings.Contains(strings.ToLower(p.Markdown), fact) {
			t.Errorf("the page does not say %q", fact)
		}
	}
	rf, _ := Lookup("red-flags")
	for _, fact := range []string{"any one", "both legs", "bladder", "bowels", "emergency"} {
		if !strings.Contains(strings.ToLower(rf.Markdown), fact) {
			t.Errorf("the red flags page does not say %q", fact)
		}
	}
}

func TestLookupTakesAnIDOrAWordOfIt(t *testing.T) {
	for q, want := range map[string]string{"red-flags": "red-flags", "heat": "ice-and-heat", "RED": "red-flags", "walk": "walking",
		"days": "good-and-bad-days", "medicine": "medicines", "surgery": "surgery"} {
		tp, err := Lookup(q)
		if err != nil || tp.ID != want {
			t.Errorf("Lookup(%q) = %q, %v; want %q", q, tp.ID, err, want)
		}
	}
	if tp, err := Lookup("wallet"); err != nil || tp.ID != "sitting" {
		t.Errorf("a word of one page's text should find it, got %q, %v", tp.ID, err)
	}
	if _, err := Lookup("stretch"); err == nil || !strings.Contains(err.Error(), "flare") {
		t.Errorf("a word of several pages should name them, got %v", err)
	}
	_, err := Lookup("yoga")
	if err == nil || !strings.Contains(err.Error(), "sciatica, centralization, stopped") {
		t.Errorf("an unknown page should list the pages, got %v", err)
	}
}

// check renders md plain and styled and checks the width and the markup.
func check(t *testing.T, name, md string) {
	t.Helper()
	plain, err := Render(md, 80, Colors{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(plain, "\x1b") || strings.Contains(plain, "**") || strings.Contains(plain, "# ") {
		t.Errorf("%s: plain text carries escapes or markup:\n%s", name, plain)
	}
	for _, l := range strings.Split(plain, "\n") {
		if w := ansi.StringWidth(l); w > 80 {
			t.Errorf("%s: line %q is %d cells wide", name, l, w)
		}
	}
	styled, err := Render(md, 80, Colors{Text: "#e6e6e6", Accent: "12", Muted: "#9a9a9a", Caution: "3"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(styled, "\x1b[") {
		t.Errorf("%s: styled text has no style", name)
	}
	if ansi.Strip(styled) == "" {
		t.Errorf("%s: styled text is empty", name)
	}
}

func TestEveryPageReadsAt80Columns(t *testing.T) {
	cat, err := content.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, tp := range Topics() {
		check(t, tp.ID, tp.Markdown)
	}
	check(t, "contents", Contents())
	check(t, "library contents", LibraryContents(cat))
	for _, e := range cat.Exercises() {
		md := Exercise(e, 1)
		check(t, e.ID, md)
		for _, want := range append(append([]string{e.Name}, e.Steps...), e.Cautions...) {
			if !strings.Contains(md, want) {
				t.Errorf("%s: the library page lacks %q", e.ID, want)
			}
		}
	}
	for _, r := range cat.Routines() {
		md := Routine(r)
		check(t, r.ID, md)
		for _, b := range r.Blocks {
			if !strings.Contains(md, b.Exercise.Name+" · "+DoseLine(b.Dose)) {
				t.Errorf("%s: no %s with its dose", r.ID, b.Exercise.Name)
			}
		}
	}
}

func TestADoseIsSaidInFull(t *testing.T) {
	cat, _ := content.Builtin()
	e, _ := cat.Exercise("press-up")
	got := strings.ReplaceAll(DoseLine(e.Dose), "\u00a0", " ")
	if !strings.HasPrefix(got, "3 × 10 reps; each rep: press up 2 s") || !strings.HasSuffix(got, "rest 30 s between sets") {
		t.Errorf("DoseLine(press-up) = %q", got)
	}
}

func TestColorNames(t *testing.T) {
	for c, want := range map[color.Color]string{
		nil:                                "",
		ansi.BasicColor(4):                 "4",
		ansi.IndexedColor(202):             "202",
		color.RGBA{0x0a, 0x6b, 0x8a, 0xff}: "#0a6b8a",
		color.RGBA{}:                       "",
	} {
		if got := ColorName(c); got != want {
			t.Errorf("ColorName(%v) = %q, want %q", c, got, want)
		}
	}
}
