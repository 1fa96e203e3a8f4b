package theme

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// The theme names, as the settings file writes them.
const (
	Auto         = "auto"
	Dark         = "dark"
	Light        = "light"
	HighContrast = "high-contrast"
)

// For builds the styles of a named theme. "dark" and "light" force a
// palette; "auto" (or anything else) follows the terminal's background,
// isDark. "high-contrast" uses the terminal's own foreground and bright
// colours, no dim greys, and reverse video for the selection. ansi16 says
// the terminal shows only the 16 ANSI colours: the palette then uses those
// by number, so that the terminal's own colour scheme decides how they
// look, rather than approximating centra's colours.
func For(name string, isDark, ansi16 bool) *Styles {
	switch name {
	case Dark:
		isDark = true
	case Light:
		isDark = false
	case HighContrast:
		return highContrast(isDark)
	}
	if ansi16 {
		return build(ansiPalette(isDark))
	}
	return New(isDark)
}

// ansiPalette is the palette in the 16 ANSI colours. Text is the terminal's
// default foreground.
func ansiPalette(isDark bool) Palette {
	ld := lipgloss.LightDark(isDark)
	return Palette{
		Text:    lipgloss.NoColor{},
		Muted:   ld(lipgloss.BrightBlack, lipgloss.White),
		Accent:  ld(lipgloss.Blue, lipgloss.BrightCyan),
		Good:    ld(lipgloss.Green, lipgloss.BrightGreen),
		Caution: ld(lipgloss.Magenta, lipgloss.BrightYellow),
		Stop:    ld(lipgloss.Red, lipgloss.BrightRed),
		Border:  ld(lipgloss.BrightBlack, lipgloss.White),
	}
}

// highContrast is the palette and styles for people who need the strongest
// contrast: text and hints in the terminal's own foreground, bold colours
// for meaning, and the selection in reverse video.
func highContrast(isDark bool) *Styles {
	p := ansiPalette(isDark)
	var fg color.Color = lipgloss.NoColor{}
	p.Muted, p.Border = fg, fg
	s := build(p)
	s.Muted = lipgloss.NewStyle()
	s.Header = lipgloss.NewStyle()
	s.Text = lipgloss.NewStyle()
	s.Bold = lipgloss.NewStyle().Bold(true)
	s.Selected = lipgloss.NewStyle().Bold(true).Reverse(true)
	s.Key = lipgloss.NewStyle().Bold(true).Underline(true)
	s.BarEmpty = lipgloss.NewStyle()
	s.Rule = lipgloss.NewStyle()
	return s
}
