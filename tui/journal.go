package tui

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines/flow"
)

// journal saves a session to the store in order, one write at a time, in
// commands (never in Update). A write that fails stays queued with
// everything after it, the person is told that their results are not saved
// yet, and the journal tries again; nothing is lost while centra runs.
type journal struct {
	store   Store
	pending []write
	busy    bool
	err     error
	retries int
	// ids maps local references (the session, sets) to store ids. Only the
	// write in flight touches it.
	ids *journalIDs
	// after schedules the retry; the model shares its own.
	after func(time.Duration, tea.Msg) tea.Cmd
	// flight is the write in progress while busy (see Finish).
	flight *flight
}

// journalIDs maps the session's local references to store ids.
type journalIDs = persist.IDs

// write is one store call. rec is what it keeps, for the recovery file
// when it cannot be saved (see Finish).
type write struct {
	do  func(ctx context.Context, s Store, ids *journalIDs) error
	rec flow.Record
}

// savedMsg reports the outcome of the write at the head of the journal.
type savedMsg struct{ err error }

// retryMsg asks the journal to try a failed write again.
type retryMsg struct{}

func newJournal(s Store) *journal {
	return &journal{store: s, ids: &journalIDs{}, after: teaAfter}
}

// add queues a write and returns the command that runs it if none is
// running.
func (j *journal) add(w write) tea.Cmd {
	j.pending = append(j.pending, w)
	return j.next()
}

func (j *journal) next() tea.Cmd {
	if j.busy || len(j.pending) == 0 || j.store == nil {
		return nil
	}
	j.busy = true
	w, s, ids := j.pending[0], j.store, j.ids
	f := &flight{done: make(chan struct{}), err: errUnfinished}
	j.flight = f
	return func() tea.Msg {
		defer close(f.done)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		f.err = w.do(ctx, s, ids)
		return savedMsg{err: f.err}
	}
}

// done handles a write's outcome and returns what to run next.
func (j *journal) done(msg savedMsg) tea.Cmd {
	j.busy, j.flight = false, nil
	if msg.err != nil {
		j.err = msg.err
		j.retries++
		delay := min(time.Duration(j.retries)*2*time.Second, 30*time.Second)
		return j.after(delay, retryMsg{})
	}
	j.err, j.retries = nil, 0
	j.pending = j.pending[1:]
	return j.next()
}

// idle reports whether everything queued has been saved.
func (j *journal) idle() bool { return len(j.pending) == 0 && !j.busy }

// persist queues the flow's records as store writes, in order.
func (m *Model) persist(recs []flow.Record) tea.Cmd {
	var cmds []tea.Cmd
	for _, r := range recs {
		w := writeFor(r)
		w.rec = r
		cmds = append(cmds, m.journal.add(w))
		if p, ok := r.(flow.Plan); ok {
			m.plan = p.Plan
		}
	}
	return tea.Batch(cmds...)
}

// writeFor turns a flow record into the store call that keeps it; the
// mapping itself is persist.Write, shared with the line mode.
func writeFor(r flow.Record) write {
	return write{do: func(ctx context.Context, s Store, ids *journalIDs) error {
		return persist.Write(ctx, s, ids, r)
	}}
}
