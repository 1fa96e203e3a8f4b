package linemode

import (
	"fmt"
	"time"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
)

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
	return c.askForm(core.NewCheckInForm(kind, prev, title))
}

// askForm asks the check-in f, as ask does.
func (c *checkIns) askForm(f *core.CheckInForm) (routines.CheckIn, error) {
	f.Value.At = time.Time{}
	c.io.blank()
	c.io.say("Check-in · " + f.Title)
	for done := false; !done; {
		text, choices := f.Question()
		err := c.io.ask(question{text: text, choices: choices, urgent: true, parse: func(in string) string {
			step := f.Step
			hint, finished := f.Answer(in)
			done = finished
			if hint != "" && f.Step != step {
				// Taken, but the form went back to an earlier question
				// (a rating that does not agree with the reach): say why
				// and ask that question again.
				c.io.say(hint)
				return ""
			}
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
	c.io.say(core.UrgentQuestion)
	for i, q := range core.UrgentSymptoms {
		c.io.say(fmt.Sprintf("  %d %s", i+1, core.UrgentName(q)))
	}
	var list core.UrgentList
	err := c.io.ask(question{
		text:  "Type the numbers that apply, such as 1 3, then Enter. Enter alone if none of these.",
		parse: list.Answer,
	})
	return list.Picked(), err
}
