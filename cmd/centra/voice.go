package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/charmbracelet/x/term"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/speech"
)

// applyCueFlags gives the settings' cues the flags of this run: --voice to
// try the voice, --no-bell for silence. They last for this run only; the
// settings file changes only when the person saves the settings screen.
func applyCueFlags(g *globals, cfg config.Config) config.Config {
	switch {
	case g.noBell:
		cfg.Cues = config.CuesOff
	case g.voice:
		cfg.Cues = config.CuesVoice
	}
	return cfg
}

// voice is the speaker of a run, when the system has a speech engine.
type voice struct {
	speaker *speech.Speaker
	// why says why there is none.
	why string
	log *os.File
}

// openVoice finds the speech engine, once, at start. It is never
// required: without one, why says so and the cues fall back to the bell.
// --voice-log writes every utterance, with its time, to a file.
func openVoice(g *globals, now func() time.Time) (*voice, error) {
	e, err := speech.Find()
	if err != nil {
		return &voice{why: err.Error()}, nil
	}
	v := &voice{}
	var log io.Writer
	if g.voiceLog != "" {
		f, err := os.OpenFile(g.voiceLog, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
		if err != nil {
			return nil, fmt.Errorf("cannot write the voice log: %w", err)
		}
		v.log, log = f, f
	}
	v.speaker = speech.NewSpeaker(e, log, now)
	return v, nil
}

// Close silences the voice: the engine's process is killed before centra
// exits.
func (v *voice) Close() {
	if v.speaker != nil {
		v.speaker.Close()
	}
	if v.log != nil {
		_ = v.log.Close() // every line was written as it was said
	}
}

// notice says, once at start, that a voice was asked for and cannot be
// had; empty otherwise.
func (v *voice) notice(c config.Cues) string {
	return app.NoVoiceNote(c, v.speaker != nil, v.why)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}
