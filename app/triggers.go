package app

import (
	"fmt"

	"github.com/centra-app/centra/routines"
)

// TriggerQuestion is what the trigger log asks first.
const TriggerQuestion = "What made the pain worse?"

// TriggerLogged says a logged trigger back to the person, once the store
// has it: "Logged other (long drive) at 14:05." Each interface adds where
// it shows.
func TriggerLogged(t routines.Trigger) string {
	what := string(t.Kind)
	if t.Note != "" {
		what += " (" + t.Note + ")"
	}
	return fmt.Sprintf("Logged %s at %s.", what, t.At.Format("15:04"))
}
