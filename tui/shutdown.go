package tui

import (
	"context"
	"errors"
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/save"
)

// InterruptMsg asks centra to stop from outside, as ctrl+c does from the
// keyboard: a session in progress is kept as cut short, and the program
// quits once everything is saved. The command line sends it on SIGTERM,
// SIGHUP (the terminal window was closed) and SIGINT.
type InterruptMsg struct{}

// flight is a journal write in progress. err is set, and done closed, when
// it returns, even by a panic (err stays errUnfinished then).
type flight struct {
	done chan struct{}
	err  error
}

var errUnfinished = errors.New("the write did not finish")

// finishRetryDelay caps the wait between two attempts in Finish: the
// program has stopped, so there is no one to show a long retry to.
const finishRetryDelay = 250 * time.Millisecond

// Unsaved is what Finish could not save: the records, in order, with the
// last error. The command line keeps it in a recovery file.
type Unsaved = save.Unsaved

// UnsavedRecord is one record that was not saved.
type UnsavedRecord = save.UnsavedRecord

// Finish is for after the program has stopped, whatever stopped it: ctrl+c
// pressed twice, a signal, a closed terminal, a crash Bubble Tea caught. It
// waits for the write that was in flight, keeps a session still running as
// cut short, and saves every write still queued, here and now, trying again
// until ctx is done. It returns what could not be saved, or nil when
// everything is. Call it once, after Program.Run has returned.
func (m *Model) Finish(ctx context.Context) *Unsaved {
	j := m.journal
	j.after = func(d time.Duration, msg tea.Msg) tea.Cmd {
		return func() tea.Msg {
			t := time.NewTimer(min(d, finishRetryDelay))
			defer t.Stop()
			select {
			case <-t.C:
			case <-ctx.Done():
			}
			return msg
		}
	}
	var queue []tea.Cmd
	if f := j.flight; j.busy && f != nil {
		queue = append(queue, func() tea.Msg { <-f.done; return savedMsg{err: f.err} })
	}
	queue = append(queue, m.sess.interrupt())
	if !j.busy {
		queue = append(queue, j.next()) // writes that were waiting for a retry
	}
	inFlight := false
	for len(queue) > 0 && ctx.Err() == nil {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		got := make(chan tea.Msg, 1)
		go func() {
			// Bubble Tea no longer catches panics here: a write that panics
			// counts as failed, and its record goes to the recovery file.
			defer func() {
				if r := recover(); r != nil {
					got <- savedMsg{err: fmt.Errorf("%w: %v", errUnfinished, r)}
				}
			}()
			got <- c()
		}()
		var msg tea.Msg
		select {
		case msg = <-got:
		case <-ctx.Done():
			inFlight = true
		}
		switch msg := msg.(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case savedMsg:
			queue = append(queue, j.done(msg))
		case retryMsg:
			queue = append(queue, j.next())
		}
	}
	routine := ""
	if m.sess != nil {
		routine = m.sess.flow.Routine().Name
	}
	return j.q.Unsaved(routine, inFlight || j.busy, "centra stopped before it could save these")
}
