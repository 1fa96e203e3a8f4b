// Command floor is the yardstick bench/run measures centra against: the
// smallest honest Bubble Tea v2 countdown, one screen, at the library's
// default settings (frame rate included). Like centra it counts down to a
// deadline rather than counting ticks, shows whole seconds rounded up and
// wakes only when the seconds change. Like centra's, its countdown starts
// with a key press (enter), so that both are timed from the same kind of
// moment; space pauses, so that key echo can be measured on it too.
//
//	floor [-n SECONDS]
package main

import (
	"flag"
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/internal/memreport"
)

// tickMsg wakes the countdown; gen drops ticks scheduled before a pause.
type tickMsg struct{ gen int }

type model struct {
	deadline time.Time
	left     time.Duration // remaining time, kept until started and while paused
	started  bool
	paused   bool
	gen      int
}

func (m *model) Init() tea.Cmd { return nil }

// remaining is the time left now.
func (m *model) remaining() time.Duration {
	if !m.started || m.paused {
		return m.left
	}
	return max(time.Until(m.deadline), 0)
}

// schedule asks for a tick when the shown second next changes.
func (m *model) schedule() tea.Cmd {
	m.gen++
	rem := m.remaining()
	if !m.started || m.paused || rem <= 0 {
		return nil
	}
	d := rem - (rem-1)/time.Second*time.Second
	gen := m.gen
	return tea.Tick(d, func(time.Time) tea.Msg { return tickMsg{gen} })
}

func (m *model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tickMsg:
		if msg.gen == m.gen {
			return m, m.schedule()
		}
	case tea.KeyPressMsg:
		switch msg.String() {
		case "q", "ctrl+c":
			return m, tea.Quit
		case "enter":
			if !m.started {
				m.started, m.deadline = true, time.Now().Add(m.left)
				return m, m.schedule()
			}
		case "space":
			if !m.started {
				break
			}
			if m.paused {
				m.deadline = time.Now().Add(m.left)
			} else {
				m.left = m.remaining()
			}
			m.paused = !m.paused
			return m, m.schedule()
		}
	}
	return m, nil
}

func (m *model) View() tea.View {
	rem := m.remaining()
	secs := int((rem + time.Second - 1) / time.Second)
	state := "running"
	switch {
	case !m.started:
		state = "enter to start"
	case rem <= 0:
		state = "done"
	case m.paused:
		state = "paused"
	}
	return tea.NewView(fmt.Sprintf("floor countdown\n\n  %d:%02d  %s\n\nspace pause · q quit\n", secs/60, secs%60, state))
}

func main() {
	n := flag.Float64("n", 60, "countdown length in seconds")
	flag.Parse()
	m := &model{left: time.Duration(*n * float64(time.Second))}
	carry() // nothing, unless built with stack tags (stack.go)
	_, err := tea.NewProgram(m).Run()
	uncarry()
	if err != nil {
		fail(err)
	}
	memreport.WriteIfAsked() // the same breakdown as centra's (CENTRA_MEMREPORT)
}
