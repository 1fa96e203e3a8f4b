package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/flow"
)

// Voice speaks a session's cues (app.Voice): calling it from Update never
// delays a frame or a timer (like tea.Raw, it is a message passed on, not
// IO done here).
type Voice = app.Voice

// cueMode is the cues in force: the setting, the bell when a voice was
// asked for and there is no speech engine, and off while muted (m).
func (e *env) cueMode() config.Cues {
	if e.muted {
		return config.CuesOff
	}
	return app.CuesInForce(e.prefs.cfg.Cues, e.deps.Voice != nil)
}

// cue plays the cue of the moment the session has reached, once per
// moment: the words with a voice, a ring for the moments that matter with
// the bell. A session that has ended falls silent at once.
func (s *session) cue() tea.Cmd {
	if s.flow.Ended() {
		s.silence()
		return nil
	}
	r := s.flow.Runner()
	if r == nil {
		return nil
	}
	st := r.Status()
	if s.flow.Need() != flow.NeedTimer && st.Phase.Kind != routines.PhaseCheckIn {
		return nil // the coach's word or a question is on screen: the timer waits
	}
	q, ok := s.cues.Next(st)
	if !ok {
		return nil
	}
	switch s.cueMode() {
	case config.CuesVoice:
		s.deps.Voice.Say(q.Words)
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
func (e *env) silence() {
	if e.deps.Voice != nil {
		e.deps.Voice.Stop()
	}
}

// cuesNote says why the voice cannot be had, for the settings screen; it
// is empty when it can.
func (e *env) cuesNote(c config.Cues) string {
	if c != config.CuesVoice || e.deps.Voice != nil {
		return ""
	}
	why := e.deps.NoVoice
	if why == "" {
		why = "no speech engine found"
	}
	return "Voice: " + why + ", so the bell rings instead. Installing espeak-ng (Linux) gives centra a voice."
}
