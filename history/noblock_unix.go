//go:build unix

package history

import (
	"os"
	"syscall"
)

// openNoBlock opens path for reading without waiting for a writer, as a
// FIFO would make an ordinary open wait forever.
func openNoBlock(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
