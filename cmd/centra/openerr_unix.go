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
