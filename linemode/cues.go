package linemode

import (
	"fmt"
	"time"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/flow"
)

// Voice speaks a session's cues (core.Voice).
type Voice = core.Voice

// cueMode is the cues in force: the settings' (the bell when they say
// nothing), and the bell when a voice is asked for and there is no engine.
func (a *app) cueMode() config.Cues {
	c := config.CuesBell
	if a.d.Settings != nil {
		c = a.d.Settings.Config.Cues
	}
	return core.CuesInForce(c, a.d.Voice != nil)
}

// cuesOn reports whether a timer cues its moments: a voice, or a bell
// where the output can ring.
func (a *app) cuesOn() bool {
	switch a.cueMode() {
	case config.CuesVoice:
		return true
	case config.CuesBell:
		return a.d.Bell
	}
	return false
}

// cue plays the cue of the moment the flow's timer is at, once per
// moment: spoken with a voice, else the bell (written to the output as
// BEL) for the moments that matter with the eyes off. The printed lines
// stay as they are: a screen reader reads them, the voice is for the
// person who is not at the keyboard.
func (a *app) cue(f *flow.Flow) {
	r := f.Runner()
	if !a.cuesOn() || r == nil {
		return
	}
	q, ok := a.cues.Next(r.Status())
	if !ok {
		return
	}
	switch {
	case a.cueMode() == config.CuesVoice:
		a.d.Voice.Say(q.Words)
	case q.Ring:
		_, _ = fmt.Fprint(a.out, "\a") // a bell that cannot be written is no loss
	}
}

// noVoiceNote says, when a voice is asked for and cannot be had, why and
// what rings instead; empty otherwise.
func (a *app) noVoiceNote(c config.Cues) string {
	if c != config.CuesVoice || a.d.Voice != nil {
		return ""
	}
	why := a.d.NoVoice
	if why == "" {
		why = "no speech engine found"
	}
	return "Voice cues: " + why + "; the bell rings instead. Installing espeak-ng gives centra a voice."
}

// hush cuts off speech: on pause, stop and at the end of a flow.
func (a *app) hush() {
	if a.d.Voice != nil {
		a.d.Voice.Stop()
	}
}

// cueWake is how long a timer may sleep before its next cue is due: the
// runner's next change (the next beat of a rep, the next second), when
// cues are on and that comes before limit.
func (a *app) cueWake(r *routines.Runner, limit time.Duration) time.Duration {
	if !a.cuesOn() {
		return limit
	}
	next := r.NextChange(0)
	if next.IsZero() {
		return limit
	}
	return min(limit, max(next.Sub(a.clock.Now()), 0))
}
