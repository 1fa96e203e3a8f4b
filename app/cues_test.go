package app

import (
	"strings"
	"testing"

	"github.com/centra-app/centra/config"
)

// A voice asked for without a speech engine says why and that the bell
// rings instead; with an engine, or with other cues, nothing is said.
func TestTheNoVoiceNoteSaysWhyOnlyWhenAVoiceCannotBeHad(t *testing.T) {
	got := NoVoiceNote(config.CuesVoice, false, "no speech engine found (looked for espeak-ng)")
	for _, want := range []string{"no speech engine found (looked for espeak-ng)", "the bell rings instead", "Installing espeak-ng"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in %q", want, got)
		}
	}
	if got := NoVoiceNote(config.CuesVoice, false, ""); !strings.Contains(got, "no speech engine found;") {
		t.Errorf("without a reason: %q", got)
	}
	if got := NoVoiceNote(config.CuesVoice, true, "x"); got != "" {
		t.Errorf("with a voice: %q", got)
	}
	if got := NoVoiceNote(config.CuesBell, false, "x"); got != "" {
		t.Errorf("with the bell asked for: %q", got)
	}
}
