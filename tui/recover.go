package tui

import (
	"context"
	"fmt"
	"path/filepath"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/save"
)

// Results that an earlier run could not save are kept in recovery files
// (package save). The home screen offers to save them: a notice says
// where they are, and r saves them to the history. Each file saved is
// renamed restored-….json; one that still cannot be saved stays offered.

// recovery is home's offer of the recovery files: the files, and the key
// that saves them, enabled only while there are some.
type recovery struct {
	paths []string
	key   key.Binding
}

func newRecovery() recovery {
	return recovery{key: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "save results kept from an earlier session"), key.WithDisabled())}
}

// recoveredMsg says how saving the recovery files went.
type recoveredMsg struct {
	saved int
	left  []string
	err   error
}

// offer takes in the recovery files found at launch, and says where they
// are ("" when there are none).
func (r *recovery) offer(paths []string) string {
	r.paths = paths
	r.key.SetEnabled(len(paths) > 0)
	if len(paths) == 0 {
		return ""
	}
	return app.RecoveryKept(recoveryNames(paths)) + " Press r to save them to your history now."
}

func recoveryNames(paths []string) string {
	if len(paths) == 1 {
		return paths[0]
	}
	return fmt.Sprintf("%d files in %s", len(paths), filepath.Dir(paths[0]))
}

// save saves the files to the store s in a command, when msg is the key
// and there are files and a store; ok is false otherwise.
func (r *recovery) save(msg tea.KeyPressMsg, s persist.Store) (cmd tea.Cmd, ok bool) {
	if len(r.paths) == 0 || !key.Matches(msg, r.key) || s == nil {
		return nil, false
	}
	paths := r.paths
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

// done takes in the outcome and says it.
func (r *recovery) done(msg recoveredMsg) string {
	r.paths = msg.left
	r.key.SetEnabled(len(msg.left) > 0)
	if msg.err != nil {
		return fmt.Sprintf("Could not save the kept results: %s. They stay in %s; press r to try again.",
			humanError(msg.err), recoveryNames(msg.left))
	}
	return app.RecoverySaved(msg.saved)
}
