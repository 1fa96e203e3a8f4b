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
type screen struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Write(p)
}

func (s *screen) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

// waitFor reports how long it took until the output showed text, or fails
// the test after limit.
func (s *screen) waitFor(t *testing.T, text string, from time.Time, limit time.Duration) time.Duration {
	t.Helper()
	for !strings.Contains(s.String(), text) {
		if time.Since(from) > limit {
			t.Fatalf("%q not on screen within %v; output so far: %q", text, limit, s.String())
		}
		time.Sleep(2 * time.Millisecond)
	}
	return time.Since(from)
}

type showMsg string

// shows is a model that shows the last text it was sent.
type shows struct{ text string }

func (m shows) Init() tea.Cmd { return nil }

func (m shows) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case showMsg:
		m.text = string(msg)
	case tea.KeyPressMsg:
		return m, tea.Quit
	}
	return m, nil
}

func (m shows) View() tea.View { return tea.NewView(m.text) }

// run starts a program at 1 fps on a fake terminal and stops it at the end
// of the test.
func run(t *testing.T, first string) (*tea.Program, *screen, time.Time) {
	t.Helper()
	out := &screen{}
	p := tea.NewProgram(shows{first},
		tea.WithFPS(1), tea.WithInput(nil), tea.WithOutput(out),
		tea.WithWindowSize(80, 24), tea.WithoutSignals(), tea.WithEnvironment([]string{"TERM=xterm-256color"}))
	done := make(chan error, 1)
	start := time.Now()
	go func() { _, err := p.Run(); done <- err }()
	t.Cleanup(func() {
		p.Quit()
		if err := <-done; err != nil {
			t.Errorf("program: %v", err)
		}
	})
	return p, out, start
}

// A change is on screen at once, not at the next frame tick: the first frame
// as the program starts, and a change that comes after the screen has been
// still for longer than a frame period. (The limit is half the 1 s period,
// far above the few milliseconds this takes, so that a loaded machine does
// not fail it; the published renderer needs a whole second for the first.)
func TestFramesAreWrittenWhenTheViewChanges(t *testing.T) {
	p, out, start := run(t, "first frame")
	out.waitFor(t, "first frame", start, 500*time.Millisecond)

	time.Sleep(1100 * time.Millisecond) // still for more than a frame period
	sent := time.Now()
	p.Send(showMsg("SECOND VIEW!"))
	out.waitFor(t, "SECOND VIEW!", sent, 500*time.Millisecond)
}

// The frame rate stays a ceiling: a change that comes right after a frame
// waits for the rest of the frame period, then is written without any
// further event to wake the renderer.
func TestFramesAreNoMoreFrequentThanTheFrameRate(t *testing.T) {
	p, out, start := run(t, "first frame")
	out.waitFor(t, "first frame", start, 500*time.Millisecond)
	drawn := time.Now()

	p.Send(showMsg("SECOND VIEW!"))
	took := out.waitFor(t, "SECOND VIEW!", drawn, 3*time.Second)
	if took < 900*time.Millisecond {
		t.Errorf("the second frame came %v after the first; at 1 fps it must wait about 1 s", took)
	}
}

// A message that leaves the view as it was writes nothing, and so does not
// count as a frame: it must not hold back a change that follows it.
func TestAnUnchangedViewDoesNotHoldBackTheNextChange(t *testing.T) {
	p, out, start := run(t, "first frame")
	out.waitFor(t, "first frame", start, 500*time.Millisecond)

	time.Sleep(900 * time.Millisecond)
	p.Send(showMsg("first frame")) // the same view: nothing to write
	time.Sleep(250 * time.Millisecond)
	sent := time.Now()
	p.Send(showMsg("SECOND VIEW!"))
	out.waitFor(t, "SECOND VIEW!", sent, 500*time.Millisecond)
}
