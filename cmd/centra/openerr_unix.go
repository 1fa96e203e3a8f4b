//go:build unix

package main

import (
	"os"
	"path/filepath"
	"syscall"
)

// ownedBySomeoneElse says " (it belongs to another user)" when the deepest
// existing folder at or above dir is not the caller's.
func ownedBySomeoneElse(dir string) string {
	for p := dir; ; p = filepath.Dir(p) {
		fi, err := os.Stat(p)
		if err == nil {
			if st, ok := fi.Sys().(*syscall.Stat_t); ok && int(st.Uid) != os.Geteuid() {
				return " (it belongs to another user)"
			}
			return ""
		}
		if filepath.Dir(p) == p {
			return ""
		}
	}
}

// freeBytes is the space left for an unprivileged user on the disk holding
// the deepest existing folder at or above dir; ok is false when it cannot
// be told.
func freeBytes(dir string) (free uint64, ok bool) {
	for p := dir; ; p = filepath.Dir(p) {
		var st syscall.Statfs_t
		if err := syscall.Statfs(p, &st); err == nil {
			return st.Bavail * uint64(st.Bsize), true
		}
		if filepath.Dir(p) == p {
			return 0, false
		}
	}
}
