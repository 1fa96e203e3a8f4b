package speech

import (
	"fmt"
	"io"
	"os/exec"
	"strings"
	"time"
	"unicode"
)

// Speaking time is estimated, as a line written to a streaming engine
// gives no word of when it has been said: a lead-in, a time per letter or
// digit and a pause at each break inside the line (". ", ": ", ", "). At
// espeak-ng's default rate this errs a little long for the cues of a set
// ("pause at the top..." 1.1 s, estimate 1.2 s; "Last three. 8. press
// up..." 1.9 s, estimate 2.2 s), so cues two seconds apart share one
// process while a cue that comes while the last may still be speaking
// restarts the engine to cut it off, which costs one start.
const (
	speakLead      = 300 * time.Millisecond
	speakPerLetter = 70 * time.Millisecond
	speakPerBreak  = 350 * time.Millisecond
)

// speakingTime estimates how long words take to say.
func speakingTime(words string) time.Duration {
	d := speakLead
	rs := []rune(words)
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			d += speakPerLetter
		case strings.ContainsRune(".:,;", r) && i+1 < len(rs) && rs[i+1] == ' ':
			d += speakPerBreak
		}
	}
	return d
}

// stream is a streaming engine's process: each line written to in is
// said as it arrives. busyUntil is when the last line written is estimated
// to have been said.
type stream struct {
	cmd       *exec.Cmd
	in        io.WriteCloser
	exited    chan struct{}
	busyUntil time.Time
}

// startStream starts the engine's streaming process; nil if it cannot be
// started (the log says why).
func (s *Speaker) startStream() *stream {
	cmd := exec.Command(s.eng.Path, s.eng.stream...)
	in, err := cmd.StdinPipe()
	if err == nil {
		err = cmd.Start()
	}
	if err != nil {
		s.note("(%s could not start: %v)", s.eng.Name, err)
		return nil
	}
	st := &stream{cmd: cmd, in: in, exited: make(chan struct{})}
	go func() {
		_ = cmd.Wait()
		close(st.exited)
	}()
	return st
}

// alive reports whether the process still runs.
func (st *stream) alive() bool {
	if st == nil {
		return false
	}
	select {
	case <-st.exited:
		return false
	default:
		return true
	}
}

// busy reports whether the process may still be speaking at now.
func (st *stream) busy(now time.Time) bool {
	return st.alive() && now.Before(st.busyUntil)
}

// say writes words as one line. false means the process is gone.
func (st *stream) say(words string, now time.Time) bool {
	line := strings.Join(strings.Fields(words), " ") + "\n"
	if _, err := io.WriteString(st.in, line); err != nil {
		return false
	}
	st.busyUntil = now.Add(speakingTime(words))
	return true
}

// kill ends the process and waits for it to be gone.
func (st *stream) kill() {
	if st == nil {
		return
	}
	_ = st.in.Close()
	if st.alive() {
		_ = st.cmd.Process.Kill()
	}
	<-st.exited
}

// streamSay says words on the session's process: written to it when it
// is quiet, or on a fresh one when it may still be speaking (which cuts
// the last cue off) or has gone. It returns the process now in use.
func (s *Speaker) streamSay(st *stream, words string) *stream {
	now := s.audio.Now()
	if st.busy(now) || !st.alive() {
		st.kill()
		st = s.startStream()
	}
	if st == nil {
		return nil
	}
	if !st.say(words, now) {
		st.kill()
		if st = s.startStream(); st != nil && !st.say(words, now) {
			s.note("(%s stopped taking words)", s.eng.Name)
		}
	}
	return st
}

// streamStop cuts off what the process may still be saying.
func (s *Speaker) streamStop(st *stream) *stream {
	if st.busy(s.audio.Now()) {
		st.kill()
		return nil
	}
	return st
}

// note writes a line about the engine itself to the log, if there is one.
func (s *Speaker) note(format string, args ...any) {
	if s.log != nil {
		_, _ = fmt.Fprintf(s.log, format+"\n", args...) // the log is a record, never a reason to stay silent
	}
}
