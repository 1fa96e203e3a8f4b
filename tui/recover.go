package tui

import (
	"context"
	"fmt"
	"path/filepath"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/save"
)

// Results that an earlier run could not save are kept in recovery files
// (package save). The home screen offers to save them: a notice says
// where they are, and r saves them to the history. Each file saved is
// renamed restored-….json; one that still cannot be saved stays offered.

// recoverBinding is the home screen's key for the recovery files; it is
// enabled only while there are some.
func recoverBinding() key.Binding {
	return key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "save results kept from an earlier session"), key.WithDisabled())
}

// recoveredMsg says how saving the recovery files went.
type recoveredMsg struct {
	saved int
	left  []string
	err   error
}

// offerRecovery takes in the recovery files found at launch.
func (m *Model) offerRecovery(paths []string) {
	m.home.recovery = paths
	m.keys.Recover.SetEnabled(len(paths) > 0)
	if len(paths) == 0 {
		return
	}
	m.home.notices = append(m.home.notices, fmt.Sprintf(
		"Results from an earlier session could not be saved then; they are kept in %s. Press r to save them to your history now.",
		recoveryNames(paths)))
}

func recoveryNames(paths []string) string {
	if len(paths) == 1 {
		return paths[0]
	}
	return fmt.Sprintf("%d files in %s", len(paths), filepath.Dir(paths[0]))
}

// recoverKey handles r on the home screen; ok is false for any other key.
func (m *Model) recoverKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	if len(m.home.recovery) == 0 || !key.Matches(msg, m.keys.Recover) || m.journal.q.Store() == nil {
		return nil, false
	}
	s, paths := m.journal.q.Store(), m.home.recovery
	m.home.notices = []string{"Saving the results kept from an earlier session…"}
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), openTimeout)
		defer cancel()
		var out recoveredMsg
		for i, p := range paths {
			n, err := save.Restore(ctx, s, p)
			out.saved += n
			if err != nil {
				out.err, out.left = err, paths[i:]
				break
			}
		}
		return out
	}, true
}

// recovered shows the outcome.
func (m *Model) recovered(msg recoveredMsg) {
	m.home.recovery = msg.left
	m.keys.Recover.SetEnabled(len(msg.left) > 0)
	if msg.err != nil {
		m.home.notices = []string{fmt.Sprintf("Could not save the kept results: %s. They stay in %s; press r to try again.",
			humanError(msg.err), recoveryNames(msg.left))}
		return
	}
	m.home.notices = []string{fmt.Sprintf("Saved %d result(s) kept from an earlier session to your history.", msg.saved)}
}
