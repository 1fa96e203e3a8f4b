//go:build !unix

package history

import "os"

// pidAlive reports whether a process with that pid exists. On Windows,
// os.FindProcess opens the process and fails when there is none.
func pidAlive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	_ = p.Release()
	return true
}
