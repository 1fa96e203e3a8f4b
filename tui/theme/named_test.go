package theme

import (
	"image/color"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

func TestNamedThemes(t *testing.T) {
	if For(Light, true, false).Palette != New(false).Palette {
		t.Error("light on a dark terminal is not the light palette")
	}
	if For(Dark, false, false).Palette != New(true).Palette {
		t.Error("dark on a light terminal is not the dark palette")
	}
	if For(Auto, false, false).Palette != New(false).Palette || For("", true, false).Palette != New(true).Palette {
		t.Error("auto does not follow the background")
	}
	hc := For(HighContrast, true, false)
	if !hc.Selected.GetReverse() || !hc.Selected.GetBold() {
		t.Error("high contrast does not show the selection in bold reverse video")
	}
	if _, grey := hc.Muted.GetForeground().(lipgloss.NoColor); !grey {
		t.Errorf("high contrast keeps a dim colour for hints: %v", hc.Muted.GetForeground())
	}
}

func TestSixteenColourPalettesUseOnlyANSIColours(t *testing.T) {
	for _, isDark := range []bool{true, false} {
		for _, name := range []string{Auto, HighContrast} {
			p := For(name, isDark, true).Palette
			for _, c := range []color.Color{p.Text, p.Muted, p.Accent, p.Good, p.Caution, p.Stop, p.Border} {
				switch c.(type) {
				case ansi.BasicColor, lipgloss.NoColor:
				default:
					t.Errorf("%s (dark %v) uses %T %v, not one of the 16 colours", name, isDark, c, c)
				}
			}
		}
	}
}
