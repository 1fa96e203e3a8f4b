package history

// ownerAlive reports whether the process that started a session may still
// be running it. A pid of 0 (unknown) counts as gone. When the process's
// start time was recorded and can be read again, a different one means the
// pid now belongs to another program, so the owner is gone.
func ownerAlive(pid int, start uint64) bool {
	if pid <= 0 || !pidAlive(pid) {
		return false
	}
	if start != 0 {
		if now := processStart(pid); now != 0 && now != start {
			return false
		}
	}
	return true
}
