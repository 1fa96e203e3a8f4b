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

// NoVoiceNote says, when a voice is asked for (c) and there is no speech
// engine, why (why; empty means none was found) and what rings instead;
// it is empty otherwise.
func NoVoiceNote(c config.Cues, haveVoice bool, why string) string {
	if c != config.CuesVoice || haveVoice {
		return ""
	}
	if why == "" {
		why = "no speech engine found"
	}
	return "Voice cues: " + why + "; the bell rings instead. Installing espeak-ng gives centra a voice."
}
