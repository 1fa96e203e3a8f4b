package history

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
)

// processStart returns when process pid started, in clock ticks since boot
// (field 22 of /proc/pid/stat), or 0 when it cannot be read. Together with
// the pid it names one process, even after the pid is reused.
func processStart(pid int) uint64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The command name (field 2) is in parentheses and may hold spaces or
	// parentheses itself; the fields after the last ')' start at field 3.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0
	}
	fields := bytes.Fields(b[i+1:])
	const startField = 22 - 3
	if len(fields) <= startField {
		return 0
	}
	v, err := strconv.ParseUint(string(fields[startField]), 10, 64)
	if err != nil {
		return 0
	}
	return v
}
