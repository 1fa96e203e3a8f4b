package guide

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/centra-app/centra/content"
)

var testColors = Colors{Text: "#e6e6e6", Accent: "12", Muted: "#9a9a9a", Caution: "3"}

// subset is a page with every kind of markdown centra's pages use.
func subset(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("testdata/subset.md")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The whole subset, plain and styled, at the widths a reader meets: the
// narrowest allowed, the line mode's, a split window and the usual 80.
// Regenerate with `go test ./content/guide -run TestRenderGolden -update`.
func TestRenderGolden(t *testing.T) {
	md := subset(t)
	for _, w := range []int{20, 40, 60, 80} {
		for _, styled := range []bool{false, true} {
			name, c := fmt.Sprintf("plain-%d", w), Colors{}
			if styled {
				name, c = fmt.Sprintf("styled-%d", w), testColors
			}
			t.Run(name, func(t *testing.T) {
				out, err := Render(md, w, c)
				if err != nil {
					t.Fatal(err)
				}
				golden.RequireEqual(t, out)
			})
		}
	}
}

func TestAWrappedListItemContinuesUnderItsWords(t *testing.T) {
	out, _ := Render("- numbness or pins and needles between your legs, or in the parts you sit on\n", 40, Colors{})
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) < 2 || !strings.HasPrefix(lines[0], "  • numbness") {
		t.Fatalf("the item should open with its bullet and wrap:\n%s", out)
	}
	for _, l := range lines[1:] {
		if !strings.HasPrefix(l, "    ") || strings.HasPrefix(l, "     ") {
			t.Errorf("a wrapped line should start under the item's first word: %q", l)
		}
	}
}

func TestANumberStaysWithItsUnit(t *testing.T) {
	md := "Hold it for 30 s, then rest for 30 s, then rest for 30 s again, then 10 reps."
	for w := 20; w <= 40; w++ {
		out, _ := Render(md, w, Colors{})
		for _, l := range strings.Split(out, "\n") {
			if strings.HasSuffix(l, "30") || strings.HasSuffix(l, "10") {
				t.Fatalf("at %d columns a number is parted from its unit:\n%s", w, out)
			}
		}
	}
}

func TestPlainTextHasNoEscapesOrMarkup(t *testing.T) {
	out, _ := Render(subset(t), 60, Colors{})
	for _, bad := range []string{"\x1b", "**", "`", "# ", "](", "&amp;", "\\*", "\u00a0"} {
		if strings.Contains(out, bad) {
			t.Errorf("plain text carries %q:\n%s", bad, out)
		}
	}
	styled, _ := Render(subset(t), 60, testColors)
	if ansi.Strip(styled) != out {
		t.Errorf("the styled page should read exactly as the plain one once its colours are taken away")
	}
}

// Every page centra ships, at every width from the narrowest up: no line
// is wider than asked, none ends in a space, and no word is lost.
func TestEveryPageFitsEveryWidth(t *testing.T) {
	cat, err := content.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string]string{"contents": Contents(), "all": All(), "library": Library(cat), "subset": subset(t)}
	for _, r := range cat.Routines() {
		pages[r.ID] = Routine(r)
	}
	for name, md := range pages {
		wide, _ := Render(md, 200, Colors{})
		for w := 20; w <= 100; w += 7 {
			out, err := Render(md, w, testColors)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range strings.Split(out, "\n") {
				if ansi.StringWidth(l) > w || strings.HasSuffix(ansi.Strip(l), " ") {
					t.Fatalf("%s at %d: line %q is %d cells wide or ends in a space", name, w, l, ansi.StringWidth(l))
				}
			}
			// (The subset's longest word is cut on purpose: its goldens show how.)
			if w >= 40 && name != "subset" && strings.Join(strings.Fields(ansi.Strip(out)), " ") != strings.Join(strings.Fields(wide), " ") {
				t.Errorf("%s at %d: the words differ from the page at 200 columns", name, w)
			}
		}
	}
}
