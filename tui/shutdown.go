package tui

import (
	"context"
	"errors"
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines/flow"
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
type Unsaved struct {
	// Routine is the name of the session's routine ("" if none ran).
	Routine string `json:"routine,omitempty"`
	// Error is why the last attempt failed.
	Error string `json:"error"`
	// MaybeSaved is true when the first record was being written as
	// centra stopped: it may have been saved after all.
	MaybeSaved bool `json:"maybe_saved,omitempty"`
	// Records are what was not saved, oldest first.
	Records []UnsavedRecord `json:"records"`
}

// UnsavedRecord is one record that was not saved.
type UnsavedRecord struct {
	// Kind names the record: start, set, check-in, decision, plan,
	// test-result, finish, or other (a record with no data to keep).
	Kind   string      `json:"kind"`
	Record flow.Record `json:"record,omitempty"`
}

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
	queue = append(queue, m.interruptSession())
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
	if len(j.pending) == 0 {
		return nil
	}
	u := &Unsaved{Error: "centra stopped before it could save these", MaybeSaved: inFlight || j.busy}
	if j.err != nil {
		u.Error = j.err.Error()
	}
	if m.sess != nil {
		u.Routine = m.sess.flow.Routine().Name
	}
	for _, w := range j.pending {
		u.Records = append(u.Records, UnsavedRecord{Kind: recordKind(w.rec), Record: w.rec})
	}
	return u
}

func recordKind(r flow.Record) string {
	switch r.(type) {
	case flow.Start:
		return "start"
	case flow.Set:
		return "set"
	case flow.CheckIn:
		return "check-in"
	case flow.Decision:
		return "decision"
	case flow.Plan:
		return "plan"
	case flow.TestResult:
		return "test-result"
	case flow.Finish:
		return "finish"
	}
	return "other"
}
