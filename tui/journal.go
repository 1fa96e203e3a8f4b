package tui

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

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
}

type journalIDs struct {
	session int64
	sets    map[int]int64
}

// write is one store call.
type write struct {
	do func(ctx context.Context, s Store, ids *journalIDs) error
}

// savedMsg reports the outcome of the write at the head of the journal.
type savedMsg struct{ err error }

// retryMsg asks the journal to try a failed write again.
type retryMsg struct{}

func newJournal(s Store) *journal {
	return &journal{store: s, ids: &journalIDs{sets: map[int]int64{}}, after: teaAfter}
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
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		return savedMsg{err: w.do(ctx, s, ids)}
	}
}

// done handles a write's outcome and returns what to run next.
func (j *journal) done(msg savedMsg) tea.Cmd {
	j.busy = false
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
		cmds = append(cmds, m.journal.add(writeFor(r)))
		if p, ok := r.(flow.Plan); ok {
			m.plan = p.Plan
		}
	}
	return tea.Batch(cmds...)
}

// writeFor turns a flow record into the store call that keeps it.
func writeFor(r flow.Record) write {
	switch r := r.(type) {
	case flow.Start:
		return write{do: func(ctx context.Context, s Store, ids *journalIDs) error {
			*ids = journalIDs{sets: map[int]int64{}}
			id, err := s.StartSession(ctx, r.Kind, r.RoutineID, r.RoutineName, r.At)
			if err != nil {
				return err
			}
			ids.session = id
			if r.Planned > 0 {
				return s.SetPlanned(ctx, id, r.Planned)
			}
			return nil
		}}
	case flow.Set:
		return write{do: func(ctx context.Context, s Store, ids *journalIDs) error {
			id, err := s.AddSet(ctx, ids.session, r.Result)
			if err == nil {
				ids.sets[r.Ref] = id
			}
			return err
		}}
	case flow.CheckIn:
		return write{do: func(ctx context.Context, s Store, ids *journalIDs) error {
			_, err := s.AddCheckIn(ctx, ids.session, ids.sets[r.SetRef], r.CheckIn)
			return err
		}}
	case flow.Decision:
		return write{do: func(ctx context.Context, s Store, ids *journalIDs) error {
			return s.AddDecision(ctx, ids.session, r.Record)
		}}
	case flow.Plan:
		return write{do: func(ctx context.Context, s Store, _ *journalIDs) error {
			return savePlan(ctx, s, r.Plan)
		}}
	case flow.TestResult:
		return write{do: func(ctx context.Context, s Store, _ *journalIDs) error {
			return addTestResult(ctx, s, r)
		}}
	case flow.Finish:
		return write{do: func(ctx context.Context, s Store, ids *journalIDs) error {
			return s.FinishSession(ctx, ids.session, r.Status, r.Reason, r.At)
		}}
	}
	return write{do: func(context.Context, Store, *journalIDs) error { return nil }}
}
