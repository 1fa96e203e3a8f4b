package app

import (
	"fmt"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/flow"
)

// Summary is what a session did, for the screen after it: both
// interfaces say it from here.
type Summary struct {
	Routine        string
	Status         routines.SessionStatus
	Reason         string
	Sets, CheckIns int
	// First is the baseline check-in, Last the latest one.
	First, Last routines.CheckIn
	// Evidence is what the direction test found, when it was one.
	Evidence []string
	// Empty is true when nothing was done or answered: the history keeps
	// no such session.
	Empty bool
}

// SummaryOf reads the summary of a flow that has ended.
func SummaryOf(f *flow.Flow) Summary {
	s := Summary{Routine: f.Routine().Name, Last: f.Last()}
	s.First, _ = f.Compared()
	s.Sets, s.CheckIns = f.Counts()
	s.Status, s.Reason = f.Status()
	s.Empty = f.Empty()
	if r := f.Result(); r != nil {
		s.Evidence = r.Evidence
	}
	return s
}

// Title says how the session ended.
func (s Summary) Title() string {
	if s.Empty && s.Status != routines.StatusStopped {
		return "Nothing done this time"
	}
	switch s.Status {
	case routines.StatusCutShort:
		return "Session ended early"
	case routines.StatusStopped:
		return "Session stopped"
	}
	if s.Reason == routines.ReasonLastSetSkipped {
		return "Session ended, last set skipped"
	}
	return "Session complete"
}

// NotKept says, for a session with nothing done or answered, that the
// history keeps nothing of it; "" otherwise.
func (s Summary) NotKept() string {
	if !s.Empty {
		return ""
	}
	return "Nothing was done or answered, so your history is as it was."
}

// Counts says the sets done and the check-ins answered.
func (s Summary) Counts() string {
	return fmt.Sprintf("Sets done: %d · check-ins: %d", s.Sets, s.CheckIns)
}

// Compared reports whether a check-in after the baseline can be compared
// with it: only then does the summary say where the pain went.
func (s Summary) Compared() bool { return s.CheckIns > 1 }

// MovedWords says in a sentence where the pain went from the start to the
// end, when it went up or further down; "" otherwise.
func (s Summary) MovedWords() string {
	switch s.Moved() {
	case -1:
		return "The pain moved up toward your back: that is the direction you want."
	case 1:
		return "The pain reaches further down than when you started. Rest in a comfortable position; if it stays, see a professional."
	}
	return ""
}

// TinglingWords says in a sentence where the tingling or numbness was at
// the start and at the end, when there was any: the pain's reach alone
// would not show tingling that spread (R17). "" when there was none.
func (s Summary) TinglingWords() string {
	first, last := tinglingAt(s.First), tinglingAt(s.Last)
	switch {
	case first == 0 && last == 0:
		return ""
	case first == 0:
		return fmt.Sprintf("Tingling or numbness reached %s at the end; there was none at the start.", last.Place())
	case last == 0:
		return fmt.Sprintf("The tingling or numbness you had at the start (%s) was gone at the end.", first.Place())
	case first == last:
		return fmt.Sprintf("Tingling or numbness reached %s at the start and at the end.", last.Place())
	}
	return fmt.Sprintf("Tingling or numbness reached %s at the start and %s at the end.", first.Place(), last.Place())
}

// tinglingAt is how far down a check-in's tingling reached, 0 for none.
func tinglingAt(c routines.CheckIn) routines.Reach {
	if !c.Tingling {
		return 0
	}
	return c.TinglingReach
}

// Moved says where the pain went from the first check-in to the last:
// -1 up toward the back (the direction wanted), 1 further down the leg,
// 0 neither.
func (s Summary) Moved() int {
	switch {
	case s.Last.Reach < s.First.Reach:
		return -1
	case s.Last.Reach > s.First.Reach:
		return 1
	}
	return 0
}
