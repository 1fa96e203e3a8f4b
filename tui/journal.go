package tui

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines"
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

// write is one store call. ref is the local reference of what it creates.
type write struct {
	do  func(ctx context.Context, s Store, ids *journalIDs) error
	ref int
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

func (j *journal) startSession(kind routines.SessionKind, r *routines.Routine, at time.Time) tea.Cmd {
	*j.ids = journalIDs{sets: map[int]int64{}}
	return j.add(write{do: func(ctx context.Context, s Store, ids *journalIDs) error {
		if ids.session == 0 {
			id, err := s.StartSession(ctx, kind, r.ID, r.Name, at)
			if err != nil {
				return err
			}
			ids.session = id
		}
		planned := 0
		for _, b := range r.Blocks {
			planned += b.Dose.Sets
		}
		return s.SetPlanned(ctx, ids.session, planned)
	}})
}

func (j *journal) set(ref int, res routines.SetResult) tea.Cmd {
	return j.add(write{ref: ref, do: func(ctx context.Context, s Store, ids *journalIDs) error {
		id, err := s.AddSet(ctx, ids.session, res)
		if err == nil {
			ids.sets[ref] = id
		}
		return err
	}})
}

// checkIn saves a check-in, attached to the set with local reference
// setRef (0: none, as for a baseline).
func (j *journal) checkIn(setRef int, c routines.CheckIn) tea.Cmd {
	return j.add(write{do: func(ctx context.Context, s Store, ids *journalIDs) error {
		_, err := s.AddCheckIn(ctx, ids.session, ids.sets[setRef], c)
		return err
	}})
}

func (j *journal) decision(d routines.DecisionRecord) tea.Cmd {
	return j.add(write{do: func(ctx context.Context, s Store, ids *journalIDs) error {
		return s.AddDecision(ctx, ids.session, d)
	}})
}

func (j *journal) finish(status routines.SessionStatus, reason string, at time.Time) tea.Cmd {
	return j.add(write{do: func(ctx context.Context, s Store, ids *journalIDs) error {
		return s.FinishSession(ctx, ids.session, status, reason, at)
	}})
}
