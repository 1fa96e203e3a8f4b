package history

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
)

const (
	dirPerm  fs.FileMode = 0o700
	filePerm fs.FileMode = 0o600
)

// tighten removes from path's mode every permission bit that want lacks.
// It never adds bits: a file that is already stricter stays so. On Windows,
// where modes do not carry Unix permissions, it does nothing.
func tighten(path string, want fs.FileMode) (fixed bool, err error) {
	if runtime.GOOS == "windows" {
		return false, nil
	}
	fi, err := os.Lstat(path)
	if err != nil {
		return false, fmt.Errorf("history: %w", err)
	}
	if fi.Mode()&fs.ModeSymlink != 0 {
		// Follow a symlinked data dir or file, but check what it points to.
		if fi, err = os.Stat(path); err != nil {
			return false, fmt.Errorf("history: %w", err)
		}
	}
	perm := fi.Mode().Perm()
	if perm&^want == 0 {
		return false, nil
	}
	if err := os.Chmod(path, perm&want); err != nil {
		return false, fmt.Errorf("history: make %s private: %w", path, err)
	}
	return true, nil
}

// syncFile flushes a file's contents to disk.
func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return fmt.Errorf("history: sync %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("history: sync %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("history: sync %s: %w", path, err)
	}
	return nil
}

// syncDir flushes a directory entry change (a create, rename or link) to
// disk. Platforms that cannot sync a directory are ignored.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(filepath.Clean(dir))
	if err != nil {
		return fmt.Errorf("history: sync %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("history: sync %s: %w", dir, err)
	}
	return nil
}
