package tui

import (
	"context"
	"slices"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/save"
)

// journal saves a session to the store in order, one write at a time, in
// commands (never in Update), through the save path the line mode uses too
// (package save). A write that fails stays queued with everything after
// it, the person is told that their results are not saved yet, and the
// journal tries again; nothing is lost while centra runs.
type journal struct {
	q    *save.Queue
	busy bool
	// after schedules the retry; the model shares its own.
	after func(time.Duration, tea.Msg) tea.Cmd
	// flight is the write in progress while busy (see Finish).
	flight *flight
}

// savedMsg reports the outcome of the write at the head of the journal.
type savedMsg struct{ err error }

// retryMsg asks the journal to try a failed write again.
type retryMsg struct{}

func newJournal(s Store) *journal {
	j := &journal{q: save.NewQueue(nil), after: teaAfter}
	if s != nil {
		j.q.SetStore(s)
	}
	return j
}

// add queues entries and returns the command that writes the first if
// none is running.
func (j *journal) add(es ...save.Entry) tea.Cmd {
	j.q.Add(es...)
	return j.next()
}

func (j *journal) next() tea.Cmd {
	if j.busy {
		return nil
	}
	w, ok := j.q.Head()
	if !ok {
		return nil
	}
	j.busy = true
	f := &flight{done: make(chan struct{}), err: errUnfinished}
	j.flight = f
	return func() tea.Msg {
		defer close(f.done)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		f.err = w(ctx)
		return savedMsg{err: f.err}
	}
}

// done handles a write's outcome and returns what to run next.
func (j *journal) done(msg savedMsg) tea.Cmd {
	j.busy, j.flight = false, nil
	j.q.Done(msg.err)
	if msg.err != nil {
		delay := min(time.Duration(j.q.Retries())*2*time.Second, 30*time.Second)
		return j.after(delay, retryMsg{})
	}
	return j.next()
}

// holds reports whether an entry waiting to be saved, or being saved,
// matches.
func (j *journal) holds(match func(save.Entry) bool) bool {
	return slices.ContainsFunc(j.q.Pending(), match)
}

// idle reports whether everything queued has been saved.
func (j *journal) idle() bool { return j.q.Len() == 0 && !j.busy }

// err is why the last write failed, nil after a success.
func (j *journal) err() error { return j.q.Err() }
