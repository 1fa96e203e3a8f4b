package report

import (
	"regexp"
	"strings"
	"sync"
)

// The coach words its reasons for the person ("Your leg pain…", "Stop
// the press-up", "press d on the home screen"); a report is read by their
// clinician. clinical says such a reason in the third person, as what the
// coach did or advised, and drops the hints about keys, which mean nothing
// on paper.
var (
	keyHint = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\s*\((?:press|type) [^()]*\)|(?:^|\s)(?:Press|Type) [a-z!?] [^.]*\.`)
	})
	// imperative maps the coach's instructions, at the start of a
	// sentence, to what they did; the longest first.
	imperative = []struct{ from, to string }{
		{"Keep today like this, with no set making the pain worse, and ", "If today stays like this, with no set making the pain worse, "},
		{"Keep up the daily routine and a few relief sets.", "The daily routine and a few relief sets go on."},
		{"Keep going", "The coach kept going"},
		{"Keep gently ", "The coach advised keeping gently "},
		{"Carry on with ", "The coach kept "},
		{"Stop exercising", "The coach stopped the exercises"},
		{"Stop ", "The coach stopped "},
		{"Please have ", "The coach advised having "},
		{"Please see ", "The coach advised seeing "},
		{"Please book ", "The coach advised booking "},
		{"Please get ", "The coach advised getting "},
		{"Please stop ", "The coach advised stopping "},
		{"Rest in ", "The coach advised resting in "},
		{"Rest and ", "The coach advised rest and "},
		{"See a ", "The coach advised seeing a "},
		{"We start ", "centra starts "},
	}
	// gerund turns the verbs joined to an advised one ("resting … or
	// take a walk") into the same form: "or taking a walk".
	gerund = strings.NewReplacer(
		" or take ", " or taking ", " and take ", " and taking ",
		" or get ", " or getting ", " and get ", " and getting ",
		" or see ", " or seeing ", " and see ", " and seeing ",
		" or call ", " or calling ", " and call ", " and calling ",
		" or book ", " or booking ", " and book ", " and booking ",
		" or try ", " or trying ", " and try ", " and trying ",
		" or rest ", " or resting ", " and rest ", " and resting ",
	)
	youObject = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\b(checked|cleared|helps|eases|told|for|to|with|let) you\b`)
	})
	pronounRepl = strings.NewReplacer(
		"You told me about ", "The person reported ",
		"you told me about ", "they reported ",
		"You told centra ", "The person told centra ",
		"You said ", "The person said ",
		"Yours", "Theirs", "yours", "theirs",
		"Yourself", "Themselves", "yourself", "themselves",
		"Your ", "Their ", "your ", "their ",
		"You're ", "They're ", "you're ", "they're ",
		"You've ", "They've ", "you've ", "they've ",
		"You ", "They ", "you ", "they ",
	)
)

// clinical is s in the third person, with no instructions to the person
// and no key hints.
func clinical(s string) string {
	s = keyHint().ReplaceAllString(s, "")
	s = reported(s)
	s = youObject().ReplaceAllString(s, "$1 them")
	s = pronounRepl.Replace(s)
	return strings.TrimSpace(s)
}

// reported turns the instructions that start a sentence of s into what
// the coach did or advised (imperative). Advice said as "advised doing"
// carries the verbs joined to it in the same form, up to the end of the
// clause: "advised resting … or taking an easy walk".
func reported(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if i == 0 || (i >= 2 && s[i-1] == ' ' && strings.IndexByte(".:!?;", s[i-2]) >= 0) {
			matched := false
			for _, im := range imperative {
				if strings.HasPrefix(s[i:], im.from) {
					b.WriteString(im.to)
					i += len(im.from)
					matched = true
					if strings.HasPrefix(im.to, "The coach advised ") {
						end := i + clauseEnd(s[i:])
						b.WriteString(gerund.Replace(s[i:end]))
						i = end
					}
					break
				}
			}
			if matched {
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// clauseEnd is where the clause that starts s ends: at its first full
// stop, colon, semicolon or exclamation, or at the end of s.
func clauseEnd(s string) int {
	if j := strings.IndexAny(s, ".:;!?"); j >= 0 {
		return j
	}
	return len(s)
}
