package report

import (
	"regexp"
	"strings"
)

// The coach words its reasons for the person ("Your leg pain…", "press d
// on the home screen"); a report is read by their clinician. clinical puts
// such a reason in the third person and drops the hints about keys, which
// mean nothing on paper.
var (
	keyHint     = regexp.MustCompile(`\s*\((?:press|type) [^()]*\)|(?:^|\s)(?:Press|Type) [a-z!?] [^.]*\.`)
	youObject   = regexp.MustCompile(`\b(checked|cleared|helps|eases|told|for|to|with) you\b`)
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

// clinical is s in the third person, with no key hints.
func clinical(s string) string {
	s = keyHint.ReplaceAllString(s, "")
	s = youObject.ReplaceAllString(s, "$1 them")
	s = pronounRepl.Replace(s)
	return strings.TrimSpace(s)
}
