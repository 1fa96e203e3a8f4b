// Package save is centra's one save path, shared by the full-screen
// interface and the accessible line mode: what a person did is queued in
// the order it happened, written one entry at a time, and an entry that
// fails stays queued with everything after it, to be tried again. Nothing
// is dropped: what still cannot be written when centra ends goes to a
// recovery file (unsaved-*.json, 0600) in the data folder, which the next
// start reads back and offers to save (see Keep, Pending and Load).
//
// An interface announces something as saved only once Queue.Len says it
// has been written; the line mode writes before it speaks, the screens
// show "Not saved yet" while a write is queued.
package save

import (
	"context"
	"fmt"
	"time"

	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
	"github.com/centra-app/centra/routines/function"
)

// Answers is the first-run answers to keep: the one thing saved that is
// not a flow record.
type Answers struct{ Answers coach.Answers }

// Trigger is a trigger logged. Log, when set, is where it goes; without it
// (a trigger read back from a recovery file) the store must take it.
type Trigger struct {
	Trigger routines.Trigger
	Log     TriggerLog `json:"-"`
}

// TriggerLog keeps triggers.
type TriggerLog interface {
	AddTrigger(ctx context.Context, t routines.Trigger) (int64, error)
}

// Function is a weekly function measure taken. Log, when set, is where it
// goes; without it (read back from a recovery file) the store must take it.
type Function struct {
	Measure function.Measure
	Log     FunctionLog `json:"-"`
}

// FunctionSkip is the weekly function check skipped at At.
type FunctionSkip struct{ At time.Time }

// FunctionLog keeps weekly function measures.
type FunctionLog interface {
	AddFunction(ctx context.Context, m function.Measure) (int64, error)
}

// Walk is a walk logged from home. Log, when set, is where it goes;
// without it (a walk read back from a recovery file) the store must take
// it.
type Walk struct {
	Walk routines.Walk
	Log  WalkLog `json:"-"`
}

// WalkLog keeps walks.
type WalkLog interface {
	AddWalk(ctx context.Context, w routines.Walk) (int64, error)
}

// Entry is one thing to save: a flow.Record, Answers, a Trigger, a
// Function measure, a FunctionSkip or a Walk.
type Entry any

// Queue holds what is still to be saved, oldest first, with the ids the
// written part of a session has in the store. It does no IO of its own
// accord: Flush writes synchronously (the line mode, and the screens once
// they have stopped), Head and Done let the screens write one entry at a
// time in a command. It is not safe for concurrent use; the one write in
// flight (between Head and Done) only touches the ids.
type Queue struct {
	store   persist.Store
	ids     persist.IDs
	pending []Entry
	// err is why the last write failed (nil after a success); retries
	// counts the failures in a row.
	err     error
	retries int
}

// NewQueue is an empty queue writing to s (nil: nothing is written yet;
// see SetStore).
func NewQueue(s persist.Store) *Queue { return &Queue{store: s} }

// SetStore gives the queue its store once the history is open.
func (q *Queue) SetStore(s persist.Store) { q.store = s }

// Store is the store written to (nil before the history is open).
func (q *Queue) Store() persist.Store { return q.store }

// Add queues entries, in order.
func (q *Queue) Add(es ...Entry) {
	for _, e := range es {
		if e != nil {
			q.pending = append(q.pending, e)
		}
	}
}

// AddRecords queues a flow's records, in order.
func (q *Queue) AddRecords(recs []flow.Record) {
	for _, r := range recs {
		q.Add(r)
	}
}

// Len is how many entries are still to be saved.
func (q *Queue) Len() int { return len(q.pending) }

// Err is why the last write failed, nil when it succeeded.
func (q *Queue) Err() error { return q.err }

// Retries counts the failed writes in a row.
func (q *Queue) Retries() int { return q.retries }

// Pending is what is still to be saved, oldest first.
func (q *Queue) Pending() []Entry { return append([]Entry(nil), q.pending...) }

// Head returns the write of the oldest entry, to run anywhere (a command),
// and false when nothing is queued or there is no store yet. Report its
// outcome with Done before asking for the next.
func (q *Queue) Head() (func(context.Context) error, bool) {
	if len(q.pending) == 0 || q.store == nil {
		return nil, false
	}
	e, s, ids := q.pending[0], q.store, &q.ids
	return func(ctx context.Context) error { return write(ctx, s, ids, e) }, true
}

// Done records the outcome of the write Head returned: on success the
// entry leaves the queue, on failure it stays at its head.
func (q *Queue) Done(err error) {
	if err != nil {
		q.err = err
		q.retries++
		return
	}
	q.err, q.retries = nil, 0
	if len(q.pending) > 0 {
		q.pending = q.pending[1:]
	}
}

// Flush writes what is queued, in order, until one write fails; it
// returns that failure, or nil when everything is saved.
func (q *Queue) Flush(ctx context.Context) error {
	for {
		w, ok := q.Head()
		if !ok {
			if len(q.pending) > 0 {
				return fmt.Errorf("the history is not open")
			}
			return nil
		}
		err := w(ctx)
		q.Done(err)
		if err != nil {
			return err
		}
	}
}

// write keeps one entry in the store.
func write(ctx context.Context, s persist.Store, ids *persist.IDs, e Entry) error {
	switch e := e.(type) {
	case Answers:
		return persist.SaveAnswers(ctx, s, e.Answers)
	case Trigger:
		log := e.Log
		if log == nil {
			l, ok := s.(TriggerLog)
			if !ok {
				return fmt.Errorf("save: this history cannot keep a trigger")
			}
			log = l
		}
		_, err := log.AddTrigger(ctx, e.Trigger)
		return err
	case Function:
		log := e.Log
		if log == nil {
			l, ok := s.(FunctionLog)
			if !ok {
				return fmt.Errorf("save: this history cannot keep a function measure")
			}
			log = l
		}
		_, err := log.AddFunction(ctx, e.Measure)
		return err
	case FunctionSkip:
		return persist.SaveFunctionSkip(ctx, s, e.At)
	case Walk:
		log := e.Log
		if log == nil {
			l, ok := s.(WalkLog)
			if !ok {
				return fmt.Errorf("save: this history cannot keep a walk")
			}
			log = l
		}
		_, err := log.AddWalk(ctx, e.Walk)
		return err
	case flow.Record:
		return persist.Write(ctx, s, ids, e)
	}
	return fmt.Errorf("save: cannot keep a %T", e)
}
