package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/cue"
	"github.com/centra-app/centra/routines/flow"
)

// Voice speaks a session's cues (app.Voice): calling it from Update never
// delays a frame or a timer (like tea.Raw, it is a message passed on, not
// IO done here).
type Voice = app.Voice

// cuer plays a session's cues: it remembers the last moment cued, so that
// each is played once, and cuts speech off when the session pauses, ends
// or is muted.
type cuer struct {
	*env
	follow cue.Follower
}

// mode is the cues in force: the setting, the bell when a voice was asked
// for and there is no speech engine, and off while muted (m).
func (c *cuer) mode() config.Cues {
	if c.muted {
		return config.CuesOff
	}
	return app.CuesInForce(c.prefs.cfg.Cues, c.deps.Voice != nil)
}

// play plays the cue of the moment the flow has reached, once per moment:
// the words with a voice, a ring for the moments that matter with the
// bell. A session that has ended falls silent at once.
func (c *cuer) play(f *flow.Flow) tea.Cmd {
	if f.Ended() {
		c.silence()
		return nil
	}
	r := f.Runner()
	if r == nil {
		return nil
	}
	st := r.Status()
	if f.Need() != flow.NeedTimer && st.Phase.Kind != routines.PhaseCheckIn {
		return nil // the coach's word or a question is on screen: the timer waits
	}
	q, ok := c.follow.Next(st)
	if !ok {
		return nil
	}
	switch c.mode() {
	case config.CuesVoice:
		c.deps.Voice.Say(q.Words)
	case config.CuesBell:
		if q.Ring {
			return tea.Raw("\a")
		}
	case config.CuesOff:
	}
	return nil
}

// silence cuts off any speech: on pause, when leaving, when muted and when
// a session ends.
func (c *cuer) silence() {
	if c.deps.Voice != nil {
		c.deps.Voice.Stop()
	}
}
