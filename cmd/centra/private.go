package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
)

// privatePerm is the mode of every file centra writes outside its store:
// exports and recovery files hold health data, readable by their owner only.
const privatePerm fs.FileMode = 0o600

// writePrivateFile writes what write produces to path, readable and
// writable by the owner only (0600, whatever the umask), and all or
// nothing: the data goes to a temporary file beside path, is synced, and
// only then renamed over path. A failed write leaves no partial file and an
// existing file at path untouched; a successful one replaces it (and its
// looser mode, if it had one). The folder must exist.
//
// Use it for anything that holds someone's data: `centra export`, the
// recovery file of unsaved results.
func writePrivateFile(path string, write func(w io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	// CreateTemp already makes it 0600; say so explicitly, so that no
	// future change of it can widen an export.
	if err := f.Chmod(privatePerm); err != nil && runtime.GOOS != "windows" {
		return fmt.Errorf("write %s: %w", path, err)
	}
	bw := bufio.NewWriter(f)
	if err := write(bw); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := errors.Join(bw.Flush(), f.Sync(), f.Close()); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if d, err := os.Open(dir); err == nil { // make the rename itself durable
		_ = d.Sync()
		d.Close()
	}
	return nil
}
