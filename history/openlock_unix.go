//go:build unix

package history

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// LockName is the lock file beside the history. Every open store holds a
// shared lock on it; a restore takes it exclusively, so that it never
// replaces the file under a running centra (a window on the home screen, a
// command reading the history). It is a flock(2) on its own file: it
// never touches the POSIX locks SQLite keeps on centra.db.
const LockName = ".centra.lock"

// openLock is a held lock on the data folder's lock file.
type openLock struct{ f *os.File }

// lockDir takes the lock of dir, shared or exclusive, without waiting. It
// returns errLocked when another process holds it the other way.
func lockDir(dir string, exclusive bool) (*openLock, error) {
	path := filepath.Join(dir, LockName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|syscall.O_NONBLOCK|syscall.O_NOFOLLOW, filePerm)
	if err != nil && !exclusive {
		// A read-only folder: an existing lock file still locks; with
		// none, nothing can restore into this folder either.
		if f, err = os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOFOLLOW, 0); err != nil {
			return &openLock{}, nil
		}
	}
	if err != nil {
		return nil, fmt.Errorf("history: lock %s: %w", dir, err)
	}
	how := syscall.LOCK_SH
	if exclusive {
		how = syscall.LOCK_EX
	}
	if err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, errLocked
		}
		return nil, fmt.Errorf("history: lock %s: %w", dir, err)
	}
	return &openLock{f: f}, nil
}

// release drops the lock.
func (l *openLock) release() {
	if l != nil && l.f != nil {
		l.f.Close()
		l.f = nil
	}
}
