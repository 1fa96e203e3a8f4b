package linemode

import (
	"fmt"
	"io"
	"time"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/cue"
	"github.com/centra-app/centra/routines/flow"
)

// Voice speaks a session's cues (core.Voice).
type Voice = core.Voice

// cuer plays a session's cues, by voice or by bell, as the settings say.
type cuer struct {
	env *env
	out io.Writer
	// follower remembers the last moment cued.
	follower cue.Follower
}

// reset forgets the last moment cued, as a flow starts.
func (c *cuer) reset() { c.follower.Reset() }

// mode is the cues in force: the settings' (the bell when they say
// nothing), and the bell when a voice is asked for and there is no engine.
func (c *cuer) mode() config.Cues {
	want := config.CuesBell
	if c.env.d.Settings != nil {
		want = c.env.d.Settings.Config.Cues
	}
	return core.CuesInForce(want, c.env.d.Voice != nil)
}

// on reports whether a timer cues its moments: a voice, or a bell
// where the output can ring.
func (c *cuer) on() bool {
	switch c.mode() {
	case config.CuesVoice:
		return true
	case config.CuesBell:
		return c.env.d.Bell
	}
	return false
}

// cue plays the cue of the moment the flow's timer is at, once per
// moment: spoken with a voice, else the bell (written to the output as
// BEL) for the moments that matter with the eyes off. The printed lines
// stay as they are: a screen reader reads them, the voice is for the
// person who is not at the keyboard.
func (c *cuer) cue(f *flow.Flow) {
	r := f.Runner()
	if !c.on() || r == nil {
		return
	}
	q, ok := c.follower.Next(r.Status())
	if !ok {
		return
	}
	switch {
	case c.mode() == config.CuesVoice:
		c.env.d.Voice.Say(q.Words)
	case q.Ring:
		_, _ = fmt.Fprint(c.out, "\a") // a bell that cannot be written is no loss
	}
}

// noVoiceNote says, when a voice is asked for and cannot be had, why and
// what rings instead; empty otherwise.
func (c *cuer) noVoiceNote(want config.Cues) string {
	return core.NoVoiceNote(want, c.env.d.Voice != nil, c.env.d.NoVoice)
}

// hush cuts off speech: on pause, stop and at the end of a flow.
func (c *cuer) hush() {
	if c.env.d.Voice != nil {
		c.env.d.Voice.Stop()
	}
}

// wake is how long a timer may sleep before its next cue is due: the
// runner's next change (the next beat of a rep, the next second), when
// cues are on and that comes before limit.
func (c *cuer) wake(r *routines.Runner, limit time.Duration) time.Duration {
	if !c.on() {
		return limit
	}
	next := r.NextChange(0)
	if next.IsZero() {
		return limit
	}
	return min(limit, max(next.Sub(c.env.clock.Now()), 0))
}
