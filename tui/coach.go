package tui

import (
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/tui/theme"
)

// lightWord gives a traffic light as a word and a symbol, so that colour
// is never the only carrier of meaning.
func lightWord(s *theme.Styles, l coach.Light) string {
	switch l {
	case coach.LightGreen:
		return s.Good.Render("● green")
	case coach.LightAmber:
		return s.Caution.Render("◐ amber")
	case coach.LightRed:
		return s.Stop.Render("■ red")
	}
	return ""
}
