//go:build unix

package history

import (
	"errors"
	"syscall"
)

// pidAlive sends signal 0 to pid: delivered, or refused for lack of
// permission, means a process with that pid exists.
func pidAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
