package tui

import (
	"fmt"
	"strings"
)

func fmtSize(w, h int) string { return fmt.Sprintf("%d×%d", w, h) }

// humanError makes an error fit one calm sentence.
func humanError(err error) string {
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 && len(s)-i < 80 {
		s = s[i+2:]
	}
	s = strings.TrimSpace(s)
	if s != "" && !strings.HasSuffix(s, ".") {
		s += "."
	}
	if s != "" {
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}

// wrap breaks text into lines of at most width cells, on spaces.
func wrap(text string, width int) []string {
	if width < 10 {
		width = 10
	}
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		line := ""
		for _, w := range strings.Fields(para) {
			switch {
			case line == "":
				line = w
			case len([]rune(line))+1+len([]rune(w)) <= width:
				line += " " + w
			default:
				lines = append(lines, line)
				line = w
			}
		}
		lines = append(lines, line)
	}
	return lines
}

// wrapChoices lays a list of choices ("0 no pain · 1 centre of the low
// back · …") into lines of at most width characters, breaking between
// choices, never inside one: a number stays with its words. A choice wider
// than the line is wrapped on its own.
func wrapChoices(text string, width int) []string {
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		line := ""
		for _, it := range strings.Split(para, " · ") {
			switch {
			case line == "":
				line = it
			case len([]rune(line))+3+len([]rune(it)) <= width:
				line += " · " + it
			default:
				lines = append(lines, line)
				line = it
			}
			if len([]rune(line)) > width {
				w := wrap(line, width)
				lines, line = append(lines, w[:len(w)-1]...), w[len(w)-1]
			}
		}
		lines = append(lines, line)
	}
	return lines
}

func itoa(n int) string { return fmt.Sprint(n) }
