package main

import (
	"github.com/centra-app/centra/content/guide"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/tui"
	"github.com/centra-app/centra/tui/theme"
)

// guideReading adapts content/guide to what the Library and Guide screens
// read (tui.Reading): the interface speaks the UI's own types, so the UI
// never imports the content.
type guideReading struct{}

var _ tui.Reading = guideReading{}

// Topics implements tui.Reading.
func (guideReading) Topics() []tui.ReadingPage {
	var pages []tui.ReadingPage
	for _, t := range guide.Topics() {
		pages = append(pages, tui.ReadingPage{ID: t.ID, Name: t.Title, Markdown: t.Markdown})
	}
	return pages
}

// Exercise implements tui.Reading.
func (guideReading) Exercise(e *routines.Exercise) tui.ReadingPage {
	return tui.ReadingPage{ID: e.ID, Name: e.Name, Hint: guide.FamilyName(e.Family) + " · " + e.Dose.String(),
		Markdown: guide.Exercise(e, 1), Exercise: e}
}

// Render implements tui.Reading.
func (guideReading) Render(markdown string, width int, p theme.Palette) (string, error) {
	return guide.Render(markdown, width, guideColors(p))
}

// guideColors are the palette's colours as the guide's renderer takes them.
func guideColors(p theme.Palette) guide.Colors {
	return guide.Colors{Text: guide.ColorName(p.Text), Muted: guide.ColorName(p.Muted),
		Accent: guide.ColorName(p.Accent), Caution: guide.ColorName(p.Caution)}
}
