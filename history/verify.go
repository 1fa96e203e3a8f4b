package history

import (
	"context"
	"errors"
	"fmt"
)

// verifier is the full health check of an open store, PRAGMA
// integrity_check, run in the background: Open decides on the quicker
// quick_check, so that a launch never waits for the slower one, and every
// write waits for this one. A file it finds damaged takes no write; each
// gets the *DamagedError instead (the interfaces keep what was not saved
// in their recovery file).
type verifier struct {
	done   chan struct{}
	err    error
	cancel context.CancelFunc
}

// startVerify runs the full check of path in the background.
func startVerify(path string) *verifier {
	ctx, cancel := context.WithCancel(context.Background())
	v := &verifier{done: make(chan struct{}), cancel: cancel}
	go func() {
		defer close(v.done)
		_, err := checkContentsWith(ctx, path, "integrity_check")
		if ctx.Err() == nil {
			v.err = err
		}
	}()
	return v
}

// Verified waits for the full health check of the file and returns what
// it found: nil for a healthy file, a *DamagedError for a damaged one.
// A store opened read-only has none and returns nil at once.
func (s *Store) Verified(ctx context.Context) error {
	v := s.verify
	if v == nil {
		return nil
	}
	select {
	case <-v.done:
		var damaged *DamagedError
		if v.err != nil && !errors.As(v.err, &damaged) {
			// The check itself could not run (a busy disk): that says
			// nothing against the file, and quick_check passed.
			return nil
		}
		return v.err
	case <-ctx.Done():
		return fmt.Errorf("history: waiting for the health check of %s: %w", s.path, ctx.Err())
	}
}

// stop ends the background check, for Close. A nil verifier (a store
// opened read-only) has nothing to stop.
func (v *verifier) stop() {
	if v != nil {
		v.cancel()
		<-v.done
	}
}
