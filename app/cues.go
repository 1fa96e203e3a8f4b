package app

import "github.com/centra-app/centra/config"

// Voice speaks a session's cues; package speech implements it. Say and Stop
// hand the words to the speaker's own goroutine and return at once, so an
// interface may call them from its loop without delaying a frame or a timer.
type Voice interface {
	// Say cuts off what is being said and says words.
	Say(words string)
	// Stop cuts off what is being said.
	Stop()
}

// CuesInForce is the cues a session plays for the setting c: the bell when
// a voice is asked for and there is no speech engine.
func CuesInForce(c config.Cues, haveVoice bool) config.Cues {
	if c == config.CuesVoice && !haveVoice {
		return config.CuesBell
	}
	return c
}
