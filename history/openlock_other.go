//go:build !unix

package history

// LockName is the lock file beside the history (unused here: other
// systems keep their own locks on open files).
const LockName = ".centra.lock"

type openLock struct{}

// lockDir does nothing on systems without flock(2).
func lockDir(string, bool) (*openLock, error) { return &openLock{}, nil }

func (*openLock) release() {}
