package linemode

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/save"
)

// triggerLog is the quick log of what made the pain worse.
type triggerLog struct {
	env   *env
	io    *term
	saver *saver
}

// log is the quick log of what made the pain worse: a kind by
// number, a short note (needed for "other"), then it is saved. It says
// "Logged" only once the store has it.
func (tl *triggerLog) log() error {
	if tl.env.d.Triggers == nil {
		tl.io.say("The trigger log is not available in this run.")
		return nil
	}
	kinds := routines.TriggerKinds
	tl.io.blank()
	tl.io.say(core.TriggerQuestion)
	for i, k := range kinds {
		tl.io.say(fmt.Sprintf("  %d %s", i+1, k))
	}
	var kind routines.TriggerKind
	err := tl.io.ask(question{text: "Type a number, then Enter. Enter alone goes back.", parse: func(in string) string {
		if in == "" {
			return ""
		}
		n, err := strconv.Atoi(in)
		if err != nil || n < 1 || n > len(kinds) {
			return fmt.Sprintf("Please type a number from 1 to %d, or Enter alone to go back.", len(kinds))
		}
		kind = kinds[n-1]
		return ""
	}})
	if err != nil || kind == "" {
		return err
	}
	text := "A short note, if you like (Enter alone for none):"
	if kind == routines.TriggerOther {
		text = "Say in a few words what it was:"
	}
	t := routines.Trigger{At: tl.env.clock.Now(), Kind: kind}
	err = tl.io.ask(question{text: text, parse: func(in string) string {
		t.Note = strings.TrimSpace(in)
		if n := utf8.RuneCountInString(t.Note); n > routines.MaxTriggerNote {
			return fmt.Sprintf("Please keep it to %d characters (that was %d).", routines.MaxTriggerNote, n)
		}
		if err := t.Validate(); err != nil {
			return "Please " + err.Error() + "."
		}
		return ""
	}})
	if err != nil {
		return err
	}
	tl.saver.add(save.Trigger{Trigger: t, Log: tl.env.d.Triggers})
	if tl.saver.saved() {
		tl.io.say(core.TriggerLogged(t) + " It shows beside the pain trend in your history.")
	}
	return nil
}
