package tui

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/content"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// The README shows the main screens as text. TestREADMEScreens renders
// them from the model with the real exercise library, a fixed clock and an
// 80×24 window (the wide player at 100×30), keeps them in docs/screens/NAME.txt and checks that the
// README embeds each one, unchanged, between <!-- screen:NAME --> and
// <!-- /screen -->. When the UI changes, the test fails until
//
//	go test ./tui -run TestREADMEScreens -update
//
// rewrites the files and the README's blocks. scripts/screenshots captures
// the same screens from the real binary in tmux, to compare by eye.

const screensDir = "../docs/screens"

// readmeScreens walks a new person through the main screens and returns
// them in README order.
func readmeScreens(t *testing.T) []struct{ name, text string } {
	t.Helper()
	cat, err := content.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	plan := coach.DefaultPlan(coach.Answers{}, t0)
	hs := &harness{t: t, clock: routines.NewFakeClock(t0), store: &fakeStore{}}
	hs.m = New(Deps{Catalog: cat, Store: hs.store, Clock: hs.clock, Plan: &plan,
		Settings: &Settings{Config: config.Default(), Path: "~/.config/centra/config.toml"}})
	hs.m.after = func(time.Duration, tea.Msg) tea.Cmd { return nil }
	hs.m.journal.after = hs.m.after
	hs.m.Init()
	hs.send(tea.WindowSizeMsg{Width: 80, Height: 24})

	var out []struct{ name, text string }
	shot := func(name string) { out = append(out, struct{ name, text string }{name, tidy(hs.screen())}) }
	shot("home")
	hs.keys("enter", "5", "enter", "r", "enter", "6", "enter", "enter", "enter") // baseline
	hs.wait(secs(5 + 120))                                                       // prone lying
	hs.keys("u", "4")
	shot("check-in")
	hs.keys("enter", "enter", "enter", "enter", "enter")
	hs.wait(secs(5 + 300)) // prone on elbows
	hs.keys("s", "enter", "enter", "enter", "enter", "enter")
	hs.wait(secs(5 + 15.5)) // into the press-ups
	shot("player")
	hs.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	hs.wait(secs(3)) // rep 4, half way up
	shot("player-wide")
	hs.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	hs.wait(secs(57))
	hs.keys("d", "5", "enter", "enter", "enter", "enter", "enter")
	shot("decision")
	hs.keys("q", "enter", "s", "down")
	shot("settings")
	return out
}

// tidy drops trailing spaces and blank lines, which editors strip.
func tidy(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n") + "\n"
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

func readmeBlock(name, text string) string {
	return "<!-- screen:" + name + " -->\n```text\n" + text + "```\n<!-- /screen -->"
}

var readmeBlockRE = regexp.MustCompile("(?s)<!-- screen:([a-z-]+) -->\n.*?<!-- /screen -->")

func TestREADMEScreens(t *testing.T) {
	screens := readmeScreens(t)
	readmePath := filepath.Join("..", "README.md")
	readme, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, s := range screens {
		want[s.name] = s.text
		path := filepath.Join(screensDir, s.name+".txt")
		if updating() {
			if err := os.MkdirAll(screensDir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(s.text), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != s.text {
			t.Errorf("%s drifted from the UI (run go test ./tui -run TestREADMEScreens -update):\n%s", path, s.text)
		}
	}
	seen := map[string]bool{}
	text := readmeBlockRE.ReplaceAllStringFunc(string(readme), func(block string) string {
		name := readmeBlockRE.FindStringSubmatch(block)[1]
		seen[name] = true
		w, ok := want[name]
		switch {
		case !ok:
			t.Errorf("the README embeds a screen %q that no longer exists", name)
			return block
		case block != readmeBlock(name, w):
			if !updating() {
				t.Errorf("the README's %q screen drifted from the UI (run go test ./tui -run TestREADMEScreens -update)", name)
			}
		}
		return readmeBlock(name, w)
	})
	for _, s := range screens {
		if !seen[s.name] {
			t.Errorf("the README has no <!-- screen:%s --> block; add one where the screen belongs", s.name)
		}
	}
	if updating() && text != string(readme) {
		if err := os.WriteFile(readmePath, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		fmt.Println("rewrote the README's screens")
	}
}
