package linemode

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// urgentSymptoms are the symptoms "!" lists: the coach's own, so that its
// rules read them by id.
var urgentSymptoms = coach.CheckInWarnings()

// checkIns asks the check-ins of a session and the urgent list.
type checkIns struct {
	io    *term
	clock routines.Clock
}

// ask asks a check-in (core.CheckInForm, as the screens do): after a
// set, first the one question, then the details, each with the last answer
// kept on an empty Enter. It returns errUrgent with the symptoms in
// c.Urgent when "!" was used and some were picked, and errQuit when the
// person stops.
func (c *checkIns) ask(kind routines.CheckInKind, prev routines.CheckIn, title string) (routines.CheckIn, error) {
	f := core.NewCheckInForm(kind, prev, title)
	f.Value.At = time.Time{}
	c.io.blank()
	c.io.say("Check-in · " + title)
	for done := false; !done; {
		text, choices := f.Question()
		err := c.io.ask(question{text: text, choices: choices, urgent: true, parse: func(in string) string {
			hint, finished := f.Answer(in)
			done = finished
			return hint
		}})
		if err == errUrgent {
			picked, uerr := c.urgent()
			if uerr != nil {
				return f.Value, uerr
			}
			if len(picked) == 0 {
				continue // none of these: the same question again
			}
			f.Value.Urgent = picked
			f.Value.At = c.clock.Now() // when the answer is given, as the full screen does
			return f.Value, errUrgent
		}
		if err != nil {
			return f.Value, err
		}
	}
	f.Value.At = c.clock.Now()
	return f.Value, nil
}

// urgent lists the urgent symptoms by number; the answer is the
// numbers that apply, or nothing.
func (c *checkIns) urgent() ([]string, error) {
	c.io.blank()
	c.io.say("Do you have any of these now?")
	for i, q := range urgentSymptoms {
		c.io.say(fmt.Sprintf("  %d %s", i+1, q.Short))
	}
	var picked []string
	err := c.io.ask(question{
		text: "Type the numbers that apply, such as 1 3, then Enter. Enter alone if none of these.",
		parse: func(in string) string {
			picked = nil
			seen := map[int]bool{}
			for _, f := range strings.FieldsFunc(in, func(r rune) bool { return r == ' ' || r == ',' }) {
				n, err := strconv.Atoi(f)
				if err != nil || n < 1 || n > len(urgentSymptoms) {
					return fmt.Sprintf("Please type numbers from 1 to %d, separated by spaces, or Enter alone.", len(urgentSymptoms))
				}
				if !seen[n] {
					seen[n] = true
					picked = append(picked, urgentSymptoms[n-1].ID)
				}
			}
			return ""
		},
	})
	return picked, err
}
