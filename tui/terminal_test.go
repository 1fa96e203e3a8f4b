package tui

import (
	"bytes"
	"image/color"
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/routines/coach"
)

// tourScreens drives a session through the main screens and returns each
// one as the model renders it, escape codes and all.
func tourScreens(t *testing.T, hs *harness) map[string]string {
	t.Helper()
	out := map[string]string{}
	raw := func() string { return hs.m.View().Content }
	out["home"] = raw()
	hs.keys("enter", "5")
	out["baseline"] = raw()
	hs.keys("enter", "r", "enter", "6", "enter", "enter", "enter")
	hs.wait(secs(65))
	out["check-in"] = raw()
	hs.keys("u", "4", "enter", "enter", "enter", "enter", "enter", "n")
	hs.wait(secs(15.5))
	out["player"] = raw()
	hs.wait(secs(45))
	hs.keys("d", "5", "enter", "enter", "enter", "enter", "enter")
	out["decision"] = raw()
	hs.keys("q")
	out["summary"] = raw()
	hs.keys("enter", "s")
	out["settings"] = raw()
	return out
}

// sgr matches a Select Graphic Rendition sequence and captures its
// parameters.
var sgr = regexp.MustCompile("\x1b\\[([0-9;:]*)m")

// colourParams returns the colour parameters of every SGR sequence in s:
// 30-38, 40-48, 90-97 and 100-107 (39 and 49, back to the default colour,
// are not colours).
func colourParams(s string) []string {
	var out []string
	for _, m := range sgr.FindAllStringSubmatch(s, -1) {
		params := strings.FieldsFunc(m[1], func(r rune) bool { return r == ';' || r == ':' })
		for i := 0; i < len(params); i++ {
			n, _ := strconv.Atoi(params[i])
			switch {
			case n == 38 || n == 48 || n == 58:
				out = append(out, m[0])
				i = len(params) // the rest are the colour's own numbers
			case n >= 30 && n <= 37, n >= 40 && n <= 47, n >= 90 && n <= 97, n >= 100 && n <= 107:
				out = append(out, m[0])
			}
		}
	}
	return out
}

// through writes s as Bubble Tea would for a terminal of profile p.
func through(p colorprofile.Profile, s string) string {
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: p}
	_, _ = w.Write([]byte(s))
	return buf.String()
}

func TestNoColorIsDetectedEvenInAColourTerminal(t *testing.T) {
	env := []string{"TERM=xterm-256color", "COLORTERM=truecolor", "TTY_FORCE=1", "NO_COLOR=1"}
	if p := colorprofile.Detect(&bytes.Buffer{}, env); p > colorprofile.ASCII {
		t.Fatalf("with NO_COLOR the profile is %v, want ASCII or less", p)
	}
}

func TestWithNoColorNoScreenHasAColourCode(t *testing.T) {
	for _, name := range []config.Theme{config.ThemeAuto, config.ThemeHighContrast} {
		cfg := config.Default()
		cfg.Theme = name
		hs, _ := newSettingsHarness(t, cfg)
		for screen, s := range tourScreens(t, hs) {
			if !strings.Contains(s, "\x1b[") {
				t.Fatalf("%s/%s: the model rendered no styles at all; the test would prove nothing", name, screen)
			}
			if c := colourParams(through(colorprofile.ASCII, s)); len(c) > 0 {
				t.Errorf("%s/%s under NO_COLOR still has colour codes %q", name, screen, c[:min(len(c), 3)])
			}
			if strings.Contains(through(colorprofile.NoTTY, s), "\x1b") {
				t.Errorf("%s/%s written to a pipe still has escape codes", name, screen)
			}
		}
	}
}

func TestASixteenColourTerminalGetsTheANSIPalette(t *testing.T) {
	hs, _ := newSettingsHarness(t, config.Default())
	hs.send(tea.ColorProfileMsg{Profile: colorprofile.ANSI})
	p := hs.m.styles.Palette
	for name, c := range map[string]color.Color{"accent": p.Accent, "good": p.Good, "caution": p.Caution, "stop": p.Stop, "muted": p.Muted} {
		if _, ok := c.(ansi.BasicColor); !ok {
			t.Errorf("%s is %T %v, want one of the 16 ANSI colours", name, c, c)
		}
	}
	for screen, s := range tourScreens(t, hs) {
		for _, code := range colourParams(through(colorprofile.ANSI, s)) {
			if strings.Contains(code, "38;") || strings.Contains(code, "48;") {
				t.Errorf("%s in a 16-colour terminal uses an extended colour %q", screen, code)
				break
			}
		}
	}
}

func TestTheBackgroundPicksLightOrDarkAndTheSettingWins(t *testing.T) {
	hs, _ := newSettingsHarness(t, config.Default())
	light, dark := textColour(false), textColour(true)
	hs.send(tea.BackgroundColorMsg{Color: color.White})
	if hs.m.styles.Palette.Text != light {
		t.Fatalf("on a white background the text is %v, want the light theme's %v", hs.m.styles.Palette.Text, light)
	}
	hs.send(tea.BackgroundColorMsg{Color: color.Black})
	if hs.m.styles.Palette.Text != dark {
		t.Fatalf("on a black background the text is %v, want the dark theme's %v", hs.m.styles.Palette.Text, dark)
	}
	cfg := config.Default()
	cfg.Theme = config.ThemeLight
	forced, _ := newSettingsHarness(t, cfg)
	forced.send(tea.BackgroundColorMsg{Color: color.Black})
	if forced.m.styles.Palette.Text != light {
		t.Fatal("theme = light did not win over a dark background")
	}
}

// textColour is the text colour of the standard light or dark palette.
func textColour(isDark bool) color.Color {
	return lipgloss.LightDark(isDark)(lipgloss.Color("#1f2328"), lipgloss.Color("#e6e6e6"))
}

// TestMeaningNeverRestsOnColourAlone reads the screens with every escape
// code removed: the traffic light, the direction of the pain and the
// selection must all still be there, in words and symbols.
func TestMeaningNeverRestsOnColourAlone(t *testing.T) {
	hs := newHarness(t, 80, 24)
	screens := tourScreens(t, hs)
	plain := func(name string) string { return through(colorprofile.NoTTY, screens[name]) }
	for _, want := range []struct{ screen, text string }{
		{"home", "▸ 1 Extension"},
		{"home", "suggested"},
		{"baseline", "▸ How far down it reaches"},
		{"check-in", "▸ Since that set, the pain"},
		{"player", "● green"},
		{"decision", "Let's pause and check again"},
		{"decision", "◐ amber"},
		{"summary", "Session ended early"},
		{"settings", "▸ Cues during sets"},
	} {
		if !strings.Contains(plain(want.screen), want.text) {
			t.Errorf("without colour the %s screen lacks %q:\n%s", want.screen, want.text, plain(want.screen))
		}
	}
	for _, l := range []coach.Light{coach.LightGreen, coach.LightAmber, coach.LightRed} {
		if w := ansi.Strip(lightWord(hs.m.styles, l)); !strings.Contains(w, string(l)) || len([]rune(w)) < len(l)+2 {
			t.Errorf("light %q reads %q without colour: want a symbol and the word", l, w)
		}
	}
}
