package linemode

import (
	"context"
	"fmt"
	"time"

	"github.com/centra-app/centra/routines/flow"
	"github.com/centra-app/centra/save"
)

// saver is the saving side of a run, the same queue the screens use:
// writes are made in order, and one that fails stays queued with
// everything after it. cur is the flow running, whose records are saved
// before anything is said (term.say calls flush); saving guards against
// saying while saving.
type saver struct {
	env     *env
	io      *term
	q       *save.Queue
	cur     *flow.Flow
	saving  bool
	saveErr error
	// routine names the session saved last, for the recovery file.
	routine string
}

// watch makes f the flow whose records are saved before each line said;
// nil when no flow runs.
func (s *saver) watch(f *flow.Flow) {
	s.cur = f
	if f != nil {
		s.routine = f.Routine().Name
	}
}

// add queues entries and tries everything queued. A plan among them is
// also the plan this run goes on with.
func (s *saver) add(es ...save.Entry) {
	for _, e := range es {
		if p, ok := e.(flow.Plan); ok {
			s.env.plan, s.env.hasPlan = p.Plan, true
		}
	}
	s.q.Add(es...)
	s.try()
}

// records queues the flow's records, in order, and tries them once.
func (s *saver) records(recs []flow.Record) {
	es := make([]save.Entry, len(recs))
	for i, r := range recs {
		es[i] = r
	}
	s.add(es...)
}

// flush saves what the running flow has recorded, and anything still
// queued, before a line is said: what the person hears as done is on disk
// (or they hear that it is not saved yet).
func (s *saver) flush() {
	if s.saving {
		return
	}
	if s.cur != nil {
		// Through add, not straight to the queue: a plan among the
		// records is also the plan this run goes on with.
		s.records(s.cur.Drain())
	}
	if s.q.Len() > 0 {
		s.try()
	}
}

// saved says whether everything queued has reached the store.
func (s *saver) saved() bool { return s.q.Len() == 0 }

// try writes what is queued, in order, until one fails. The first
// failure is said once; success after it is said too.
func (s *saver) try() bool {
	s.saving = true
	defer func() { s.saving = false }()
	// Not the run's context: what was done is saved even after ctrl+c.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	err := s.q.Flush(ctx)
	cancel()
	if err != nil {
		if s.saveErr == nil {
			s.io.say(fmt.Sprintf("Not saved yet: %v. Your results are kept and centra tries again.", err))
		}
		s.saveErr = err
		return false
	}
	if s.saveErr != nil {
		s.io.say("Saved now.")
		s.saveErr = nil
	}
	return true
}

// finish tries a few more times before centra ends; what still cannot
// be saved is returned as an *UnsavedError, for the recovery file.
func (s *saver) finish() error {
	s.flush()
	for i := 0; i < 3 && s.q.Len() > 0; i++ {
		if i > 0 {
			<-s.env.d.After(200 * time.Millisecond)
		}
		if s.try() {
			return nil
		}
	}
	if u := s.q.Unsaved(s.routine, false, "centra stopped before it could save these"); u != nil {
		return &UnsavedError{Unsaved: u}
	}
	return nil
}

// UnsavedError is returned by Run when some results could not be saved:
// the command line keeps them in a recovery file, as for the screens.
type UnsavedError struct {
	Unsaved *save.Unsaved
	// Err is how the run ended otherwise (nil, ErrInterrupted, ...).
	Err error
}

func (e *UnsavedError) Error() string {
	return fmt.Sprintf("%d result(s) could not be saved to your history (%s)", len(e.Unsaved.Records), e.Unsaved.Error)
}

// Unwrap gives the way the run ended.
func (e *UnsavedError) Unwrap() error { return e.Err }
