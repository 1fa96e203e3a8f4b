// Package speech speaks centra's cues with the system's own speech engine:
// `say` on macOS, `espeak-ng` (or `spd-say`) elsewhere. The engine is found
// once at start and is never required: without one, Find says so and the
// interfaces ring the bell instead.
//
// A Speaker runs the engine in its own goroutine, one utterance at a time:
// Say and Stop only hand over a request and return at once, so a frame or
// a timer never waits on speech. A new utterance cuts off the one before it
// (the cue that matters is always the latest), and Stop and Close kill the
// engine's process, so that speech ends cleanly on pause, skip and quit.
package speech

import (
	"context"
	"fmt"
	"os/exec"
	"runtime"
	"strings"
)

// Engine is a speech program on this system and how to run it.
type Engine struct {
	// Name is the program's name, as people know it.
	Name string
	// Path is where it is.
	Path string
	// args are the arguments that speak words aloud.
	args func(words string) []string
	// cancel, when set, are the arguments that silence the engine: spd-say
	// hands the words to a speech server, so killing it is not enough.
	cancel []string
	// toFile, when set, are the arguments that write the words' audio to a
	// file instead of the speakers.
	toFile func(words, path string) []string
	// stream, when set, are the arguments of one long-lived process that
	// speaks each line written to its standard input as the line arrives.
	// Starting espeak-ng costs about 35 ms of CPU (it loads its voice
	// data) and saying a cue after that about 1 ms, so a session keeps
	// one running instead of starting one per cue (issue #16).
	stream []string
}

// candidates are the engines tried, in order, for an operating system.
func candidates(goos string) []Engine {
	if goos == "darwin" {
		return []Engine{{Name: "say",
			args:   func(w string) []string { return []string{w} },
			toFile: func(w, p string) []string { return []string{"-o", p, "--data-format=LEI16@22050", w} }}}
	}
	return []Engine{
		{Name: "espeak-ng",
			args:   func(w string) []string { return []string{"--", w} },
			toFile: func(w, p string) []string { return []string{"-w", p, "--", w} },
			// With no words and no file, espeak-ng reads its standard input
			// a line at a time and says each line as it comes.
			stream: []string{}},
		{Name: "spd-say",
			args:   func(w string) []string { return []string{"--wait", "--", w} },
			cancel: []string{"--cancel"}},
		{Name: "espeak",
			args:   func(w string) []string { return []string{"--", w} },
			toFile: func(w, p string) []string { return []string{"-w", p, "--", w} },
			stream: []string{}},
	}
}

// Find looks for a speech engine on this system. The error, when there is
// none, says what was looked for, in words for the person.
func Find() (Engine, error) { return find(runtime.GOOS, exec.LookPath) }

func find(goos string, lookPath func(string) (string, error)) (Engine, error) {
	var names []string
	for _, e := range candidates(goos) {
		if p, err := lookPath(e.Name); err == nil {
			e.Path = p
			return e, nil
		}
		names = append(names, e.Name)
	}
	return Engine{}, fmt.Errorf("no speech engine found (looked for %s)", orList(names))
}

// CanWriteFile reports whether the engine can write its audio to a file.
func (e Engine) CanWriteFile() bool { return e.toFile != nil }

// WriteFile speaks words into an audio file (WAV) instead of the speakers,
// to check the engine or to listen to a session's cues later.
func (e Engine) WriteFile(ctx context.Context, words, path string) error {
	if e.toFile == nil {
		return fmt.Errorf("%s cannot write its speech to a file", e.Name)
	}
	out, err := exec.CommandContext(ctx, e.Path, e.toFile(words, path)...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s: %w: %s", e.Name, err, strings.TrimSpace(string(out)))
	}
	return nil
}

// streams reports whether the engine can keep one process for a session.
func (e Engine) streams() bool { return e.stream != nil }

// command is the process that speaks words aloud.
func (e Engine) command(words string) *exec.Cmd {
	return exec.Command(e.Path, e.args(words)...)
}

// silence asks a speech server to stop, for engines that use one.
func (e Engine) silence() {
	if len(e.cancel) > 0 {
		_ = exec.Command(e.Path, e.cancel...).Run()
	}
}

func orList(names []string) string {
	switch len(names) {
	case 0:
		return "nothing"
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
