package centra_test

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// centra builds Bubble Tea from third_party/bubbletea, patched so that a
// frame is written as soon as the view changes (at most WithFPS frames a
// second) instead of at the next tick of a free-running frame ticker. These
// tests run a real Program at 1 frame a second, where the published
// renderer would hold every change back until the next whole second.

// screen is the program's output, safe to read while the program writes.
// It keeps when each write came and wakes anyone waiting for one.
type screen struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	last  time.Time     // when the last write came
	wrote chan struct{} // signalled after every write
}

func newScreen() *screen { return &screen{wrote: make(chan struct{}, 1)} }

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	n, err := s.buf.Write(p)
	s.last = time.Now()
	s.mu.Unlock()
	select {
	case s.wrote <- struct{}{}:
	default:
	}
	return n, err
}

func (s *screen) state() (string, time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String(), s.last
}

// waitFor waits, write by write, until the output shows text, and returns
// when the write that showed it came; it fails the test after limit.
func (s *screen) waitFor(t *testing.T, text string, limit time.Duration) time.Time {
	t.Helper()
	timeout := time.NewTimer(limit)
	defer timeout.Stop()
	for {
		out, at := s.state()
		if strings.Contains(out, text) {
			return at
		}
		select {
		case <-s.wrote:
		case <-timeout.C:
			t.Fatalf("%q not on screen within %v; output so far: %q", text, limit, out)
		}
	}
}

type showMsg string

// shows is a model that shows the last text it was sent, and tells the
// test each message it has taken in.
type shows struct {
	text string
	seen chan<- tea.Msg
}

func (m shows) Init() tea.Cmd { return nil }

func (m shows) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case showMsg:
		m.text = string(msg)
	case tea.KeyPressMsg:
		return m, tea.Quit
	}
	m.seen <- msg
	return m, nil
}

func (m shows) View() tea.View { return tea.NewView(m.text) }

// prog is a real program at 1 frame a second on a fake terminal.
type prog struct {
	*tea.Program
	out   *screen
	seen  chan tea.Msg // every message the model took in
	start time.Time
}

const period = time.Second // the frame period at 1 fps

// run starts a program at 1 fps and stops it at the end of the test.
func run(t *testing.T, first string) *prog {
	t.Helper()
	p := &prog{out: newScreen(), seen: make(chan tea.Msg, 256), start: time.Now()}
	p.Program = tea.NewProgram(shows{text: first, seen: p.seen},
		tea.WithFPS(1), tea.WithInput(nil), tea.WithOutput(p.out),
		tea.WithWindowSize(80, 24), tea.WithoutSignals(), tea.WithEnvironment([]string{"TERM=xterm-256color"}))
	done := make(chan error, 1)
	go func() { _, err := p.Run(); done <- err }()
	t.Cleanup(func() {
		p.Quit()
		if err := <-done; err != nil {
			t.Errorf("program: %v", err)
		}
	})
	return p
}

// taken waits until the model has taken in msg.
func (p *prog) taken(t *testing.T, msg tea.Msg) {
	t.Helper()
	timeout := time.After(5 * time.Second)
	for {
		select {
		case m := <-p.seen:
			if m == msg {
				return
			}
		case <-timeout:
			t.Fatalf("the model never took in %v", msg)
		}
	}
}

// settle waits until the program has started, taken in its window size
// (which may repaint the screen at the next frame) and written a change
// after it; from then on nothing is left to write. It returns when that
// change was written.
func (p *prog) settle(t *testing.T) time.Time {
	t.Helper()
	if took := p.out.waitFor(t, "first frame", 5*time.Second).Sub(p.start); took > period/2 {
		t.Errorf("the first frame took %v to show", took)
	}
	p.taken(t, tea.WindowSizeMsg{Width: 80, Height: 24})
	p.Send(showMsg("settled"))
	return p.out.waitFor(t, "settled", 3*period)
}

// A change is on screen at once, not at the next frame tick: the first frame
// as the program starts, and a change that comes after the screen has been
// still for longer than a frame period. (The limit is half the period, far
// above the few milliseconds this takes, so that a loaded machine does not
// fail it; the published renderer needs up to a whole period.)
func TestFramesAreWrittenWhenTheViewChanges(t *testing.T) {
	p := run(t, "first frame")
	drawn := p.settle(t)

	// Still for more than a frame period since the last frame was written.
	<-time.After(time.Until(drawn.Add(period + period/10)))
	sent := time.Now()
	p.Send(showMsg("SECOND VIEW!"))
	if took := p.out.waitFor(t, "SECOND VIEW!", period/2).Sub(sent); took > period/2 {
		t.Errorf("the change took %v to show", took)
	}
}

// The frame rate stays a ceiling: a change that comes right after a frame
// waits for the rest of the frame period, then is written without any
// further event to wake the renderer.
func TestFramesAreNoMoreFrequentThanTheFrameRate(t *testing.T) {
	p := run(t, "first frame")
	drawn := p.settle(t)

	p.Send(showMsg("SECOND VIEW!"))
	if took := p.out.waitFor(t, "SECOND VIEW!", 3*period).Sub(drawn); took < period*9/10 {
		t.Errorf("the second frame came %v after the first; at 1 fps it must wait about 1 s", took)
	}
}

// A message that leaves the view as it was writes nothing, and so does not
// count as a frame: it must not hold back a change that follows it. Were it
// counted, the change sent just after a period from the last real frame
// would wait for most of another period.
func TestAnUnchangedViewDoesNotHoldBackTheNextChange(t *testing.T) {
	p := run(t, "first frame")
	drawn := p.settle(t)

	same := showMsg("settled") // the same view: nothing to write
	p.Send(same)
	p.taken(t, same)
	<-time.After(time.Until(drawn.Add(period + period/10)))
	if _, last := p.out.state(); !last.Equal(drawn) {
		t.Fatalf("something was written after the settled frame (%v later)", last.Sub(drawn))
	}
	sent := time.Now()
	p.Send(showMsg("SECOND VIEW!"))
	if took := p.out.waitFor(t, "SECOND VIEW!", period/2).Sub(sent); took > period/2 {
		t.Errorf("the change took %v to show", took)
	}
}
