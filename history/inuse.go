package history

import (
	"errors"
	"sync"
)

// errLocked is what lockDir returns when another process holds the data
// folder's lock the other way: a restore in progress (for an open), a
// running centra (for a restore).
var errLocked = errors.New("locked by another centra")

// inUse counts, per database path, the Stores (and restores) of this
// process that may have SQLite connections on the file.
//
// SQLite's default locks are POSIX record locks, which the kernel drops
// for the whole process when any descriptor of the file is closed. So the
// header check, which opens and closes the file directly, must never run
// while a connection of this process holds locks on it: it is skipped when
// the file is in use here (it already passed when that Store opened it).
var inUse = struct {
	sync.Mutex
	n map[string]int
}{n: map[string]int{}}

// claim registers a user of path and, if it is the first one in this
// process, runs first (the raw-file check) before any connection can exist.
func claim(path string, first func() error) error {
	inUse.Lock()
	defer inUse.Unlock()
	if inUse.n[path] == 0 && first != nil {
		if err := first(); err != nil {
			return err
		}
	}
	inUse.n[path]++
	return nil
}

// claimAlone registers a user of path only if there is none in this
// process, and reports whether it did.
func claimAlone(path string) bool {
	inUse.Lock()
	defer inUse.Unlock()
	if inUse.n[path] > 0 {
		return false
	}
	inUse.n[path]++
	return true
}

// release undoes a claim.
func release(path string) {
	inUse.Lock()
	defer inUse.Unlock()
	if inUse.n[path]--; inUse.n[path] <= 0 {
		delete(inUse.n, path)
	}
}
