package speech

import (
	"fmt"
	"io"
	"os/exec"
	"sync"
	"time"

	"github.com/centra-app/centra/routines"
)

// Speaker speaks one utterance at a time in its own goroutine.
type Speaker struct {
	eng Engine
	// log, when set, gets a line for every utterance started: the time and
	// the words. It is the record of what a session said.
	log io.Writer
	now func() time.Time
	// audio tells real time, to estimate when a streaming engine has
	// finished a line: speech runs at its own pace whatever the run's
	// clock (--speed) says.
	audio routines.Clock

	mu      sync.Mutex
	pending *string // the next words to say; "" stops
	closed  bool
	wake    chan struct{}
	done    chan struct{}
}

// NewSpeaker starts a speaker for the engine. log, when not nil, records
// every utterance; now stamps its lines (nil leaves them unstamped).
func NewSpeaker(e Engine, log io.Writer, now func() time.Time) *Speaker {
	s := &Speaker{eng: e, log: log, now: now, audio: routines.SystemClock{}, wake: make(chan struct{}, 1), done: make(chan struct{})}
	go s.loop()
	return s
}

// Engine is the engine the speaker runs.
func (s *Speaker) Engine() Engine { return s.eng }

// Say cuts off what is being said and says words. It returns at once.
func (s *Speaker) Say(words string) { s.request(words) }

// Stop cuts off what is being said. It returns at once.
func (s *Speaker) Stop() { s.request("") }

func (s *Speaker) request(words string) {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.pending = &words
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default: // already woken: it will take the latest words
	}
}

// Close kills what is being said and ends the speaker. It waits for the
// engine's process to be gone, so that nothing speaks after centra quits.
func (s *Speaker) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		<-s.done
		return
	}
	s.closed = true
	s.mu.Unlock()
	close(s.wake)
	<-s.done
}

// loop runs the engine: each request cuts off the utterance in progress
// and starts the next, on the session's process for a streaming engine, or
// as a process of its own.
func (s *Speaker) loop() {
	defer close(s.done)
	var (
		cur *running
		st  *stream
	)
	for range s.wake {
		s.mu.Lock()
		words := s.pending
		s.pending = nil
		s.mu.Unlock()
		switch {
		case words == nil:
		case s.eng.streams() && *words == "":
			st = s.streamStop(st)
		case s.eng.streams():
			s.logWords(*words)
			st = s.streamSay(st, *words)
		default:
			cur.kill(s.eng)
			cur = s.start(*words)
		}
	}
	cur.kill(s.eng)
	st.kill()
}

// running is one utterance's process; exited closes when it has ended.
type running struct {
	cmd    *exec.Cmd
	exited chan struct{}
}

func (s *Speaker) start(words string) *running {
	if words == "" {
		return nil
	}
	s.logWords(words)
	cmd := s.eng.command(words)
	if err := cmd.Start(); err != nil {
		s.note("(%s could not start: %v)", s.eng.Name, err)
		return nil
	}
	r := &running{cmd: cmd, exited: make(chan struct{})}
	go func() {
		_ = cmd.Wait()
		close(r.exited)
	}()
	return r
}

// logWords records an utterance in the log, with the run's time.
func (s *Speaker) logWords(words string) {
	if s.log == nil {
		return
	}
	stamp := ""
	if s.now != nil {
		stamp = s.now().Format("15:04:05.0") + " "
	}
	_, _ = fmt.Fprintf(s.log, "%s%s\n", stamp, words) // the log is a record, never a reason to stay silent
}

// kill ends an utterance that is still going and waits for its process.
func (r *running) kill(e Engine) {
	if r == nil {
		return
	}
	select {
	case <-r.exited:
		return
	default:
	}
	_ = r.cmd.Process.Kill()
	<-r.exited
	e.silence()
}
