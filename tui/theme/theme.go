// Package theme holds centra's styles: one Styles value built from whether
// the terminal background is dark, passed down to every screen.
package theme

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Palette is the small set of named colours centra uses. Colour never
// carries meaning alone: every coloured word has a symbol or a word too.
type Palette struct {
	Text, Muted, Accent, Good, Caution, Stop, Border color.Color
}

func palette(isDark bool) Palette {
	ld := lipgloss.LightDark(isDark)
	return Palette{
		Text:    ld(lipgloss.Color("#1f2328"), lipgloss.Color("#e6e6e6")),
		Muted:   ld(lipgloss.Color("#57606a"), lipgloss.Color("#9a9a9a")),
		Accent:  ld(lipgloss.Color("#0a6b8a"), lipgloss.Color("#6cc7e0")),
		Good:    ld(lipgloss.Color("#1a7f37"), lipgloss.Color("#6fd08c")),
		Caution: ld(lipgloss.Color("#9a6700"), lipgloss.Color("#e3b341")),
		Stop:    ld(lipgloss.Color("#cf222e"), lipgloss.Color("#ff7b72")),
		Border:  ld(lipgloss.Color("#d0d7de"), lipgloss.Color("#3d444d")),
	}
}

// Styles are the styles of every screen.
type Styles struct {
	Palette Palette

	App       lipgloss.Style
	Title     lipgloss.Style
	Header    lipgloss.Style
	Muted     lipgloss.Style
	Text      lipgloss.Style
	Bold      lipgloss.Style
	Accent    lipgloss.Style
	Good      lipgloss.Style
	Caution   lipgloss.Style
	Stop      lipgloss.Style
	Selected  lipgloss.Style
	Key       lipgloss.Style
	Countdown lipgloss.Style
	Cue       lipgloss.Style
	Box       lipgloss.Style
	StopBox   lipgloss.Style
	Rule      lipgloss.Style
	BarFull   lipgloss.Style
	BarEmpty  lipgloss.Style
}

// New builds the styles for a dark or a light background.
func New(isDark bool) *Styles { return build(palette(isDark)) }

// build makes every style from a palette.
func build(p Palette) *Styles {
	s := &Styles{Palette: p}
	s.App = lipgloss.NewStyle().Padding(0, 1)
	s.Title = lipgloss.NewStyle().Bold(true).Foreground(p.Accent)
	s.Header = lipgloss.NewStyle().Foreground(p.Muted)
	s.Muted = lipgloss.NewStyle().Foreground(p.Muted)
	s.Text = lipgloss.NewStyle().Foreground(p.Text)
	s.Bold = lipgloss.NewStyle().Bold(true).Foreground(p.Text)
	s.Accent = lipgloss.NewStyle().Foreground(p.Accent)
	s.Good = lipgloss.NewStyle().Bold(true).Foreground(p.Good)
	s.Caution = lipgloss.NewStyle().Bold(true).Foreground(p.Caution)
	s.Stop = lipgloss.NewStyle().Bold(true).Foreground(p.Stop)
	s.Selected = lipgloss.NewStyle().Bold(true).Foreground(p.Accent)
	s.Key = lipgloss.NewStyle().Bold(true).Foreground(p.Accent)
	s.Countdown = lipgloss.NewStyle().Bold(true).Foreground(p.Text)
	s.Cue = lipgloss.NewStyle().Bold(true).Foreground(p.Accent)
	s.Box = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(p.Border).Padding(0, 1)
	s.StopBox = lipgloss.NewStyle().Border(lipgloss.ThickBorder()).BorderForeground(p.Stop).Padding(0, 1)
	s.Rule = lipgloss.NewStyle().Foreground(p.Border)
	s.BarFull = lipgloss.NewStyle().Foreground(p.Accent)
	s.BarEmpty = lipgloss.NewStyle().Foreground(p.Border)
	return s
}
