package tui

import (
	"strings"

	"github.com/centra-app/centra/routines/coach"
)

// urgentSymptoms are the symptoms the check-in asks about when ! is
// pressed: the coach's own list, so that its rules read them by id.
var urgentSymptoms = coach.CheckInWarnings()

// lightWord gives a traffic light as a word and a symbol, so that colour
// is never the only carrier of meaning.
func (m *Model) lightWord(l coach.Light) string {
	s := m.styles
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

// urgentWords names urgent symptoms in words (the coach question's Short
// text), never by their ids.
func urgentWords(ids []string) string {
	short := map[string]string{}
	for _, q := range coach.RedFlagQuestions() {
		short[q.ID] = q.Short
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = id
		if w := short[id]; w != "" {
			out[i] = w
		}
	}
	return strings.Join(out, "; ")
}
