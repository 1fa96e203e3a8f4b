package routines

import (
	"fmt"
	"time"
	"unicode/utf8"
)

// TriggerKind is what made the pain worse, as the quick log on the home
// screen offers it.
type TriggerKind string

// The kinds of trigger.
const (
	TriggerSitting  TriggerKind = "sitting"
	TriggerDriving  TriggerKind = "driving"
	TriggerStanding TriggerKind = "standing"
	TriggerWalking  TriggerKind = "walking"
	TriggerBending  TriggerKind = "bending"
	TriggerMornings TriggerKind = "mornings"
	TriggerLifting  TriggerKind = "lifting"
	// TriggerOther comes with a short note in the person's own words.
	TriggerOther TriggerKind = "other"
)

// TriggerKinds lists the kinds in the order the quick log offers them.
var TriggerKinds = []TriggerKind{
	TriggerSitting, TriggerDriving, TriggerStanding, TriggerWalking,
	TriggerBending, TriggerMornings, TriggerLifting, TriggerOther,
}

// MaxTriggerNote is the longest note a trigger keeps, in characters.
const MaxTriggerNote = 140

// Valid reports whether k is one of TriggerKinds.
func (k TriggerKind) Valid() bool {
	for _, v := range TriggerKinds {
		if k == v {
			return true
		}
	}
	return false
}

// Trigger is one entry of the trigger log.
type Trigger struct {
	At   time.Time
	Kind TriggerKind
	// Note is optional, except for TriggerOther, which needs one.
	Note string
}

// Validate reports the first problem, in words a person can act on.
func (t Trigger) Validate() error {
	switch {
	case !t.Kind.Valid():
		return fmt.Errorf("unknown trigger %q", t.Kind)
	case t.Kind == TriggerOther && t.Note == "":
		return fmt.Errorf("say in a few words what it was")
	case utf8.RuneCountInString(t.Note) > MaxTriggerNote:
		return fmt.Errorf("the note is too long: keep it under %d characters", MaxTriggerNote)
	case !utf8.ValidString(t.Note):
		return fmt.Errorf("the note is not valid text")
	}
	return nil
}
