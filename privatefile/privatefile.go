// Package privatefile writes files that hold someone's health data: an
// export, a physio report, the recovery file of unsaved results. It is the
// one place that decides whether a file may be written where the person
// asked, and that writes it safely.
//
// A file is written readable and writable by its owner only (0600,
// whatever the umask), all or nothing: the data goes to a temporary file in
// the same folder, is synced, and only then takes the target's name. A
// failed write leaves no partial file and the target untouched.
//
// Before writing, Check refuses what would lose data or write somewhere
// unexpected: a target inside centra's own data folder (the history, its
// backups), anything that is not a regular file (a device such as
// /dev/full, a FIFO, a folder), a symbolic link (renaming over it would
// replace the link, not what it points to), and an existing file unless
// the person said to replace it (Options.Replace, the --force flag).
package privatefile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
)

// Perm is the mode of every file written here.
const Perm fs.FileMode = 0o600

// Options say where a file may go.
type Options struct {
	// DataDir is centra's data folder: nothing is written inside it.
	// Empty skips that check (for centra's own files, such as the
	// recovery file, which belong there).
	DataDir string
	// Replace allows replacing an existing regular file at the target.
	// Without it an existing file is refused, never overwritten.
	Replace bool
}

// RefusedError says why a target was refused, in plain words, and what to
// do instead. Nothing was written.
type RefusedError struct {
	Path string
	Why  string
	Do   string
}

// Error implements error.
func (e *RefusedError) Error() string {
	s := fmt.Sprintf("cannot write %s: %s", e.Path, e.Why)
	if e.Do != "" {
		s += ". " + e.Do
	}
	return s
}

// ErrExists is wrapped by the RefusedError for an existing file written
// without Options.Replace.
var ErrExists = errors.New("the file already exists")

// Check decides whether path may be written with o, without writing
// anything. It never blocks: it only looks at names (Lstat), never opens
// the target.
func Check(path string, o Options) error {
	if strings.TrimSpace(path) == "" {
		return &RefusedError{Path: `""`, Why: "no file name was given", Do: "Name the file to write"}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	dir := filepath.Dir(abs)
	if o.DataDir != "" && inside(realPath(dir), realPath(o.DataDir)) {
		return &RefusedError{Path: path, Why: "it is inside centra's data folder (" + o.DataDir + "), where your history and its backups live",
			Do: "Write it somewhere else, for example your home folder"}
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		if err == nil || errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) {
			return &RefusedError{Path: path, Why: "the folder " + dir + " does not exist", Do: "Create it first, or name a file in an existing folder"}
		}
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	fi, err := os.Lstat(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if fi.Mode()&fs.ModeSymlink != 0 {
		return &RefusedError{Path: path, Why: "it is a symbolic link", Do: "Name a new file, or the file the link points to"}
	}
	if !fi.Mode().IsRegular() {
		return &RefusedError{Path: path, Why: "it is " + kind(fi.Mode()) + ", not a regular file", Do: "Name a new file instead"}
	}
	if !o.Replace {
		return &RefusedError{Path: path, Why: ErrExists.Error(), Do: "Name a new file, or add --force to replace it"}
	}
	return nil
}

// Is reports whether err is a RefusedError for an existing file.
func (e *RefusedError) Is(target error) bool {
	return target == ErrExists && e.Why == ErrExists.Error()
}

// inside reports whether dir is dataDir or inside it (both absolute and
// free of symbolic links).
func inside(dir, dataDir string) bool {
	rel, err := filepath.Rel(dataDir, dir)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// realPath is p made absolute with its symbolic links resolved, as far up
// as it exists: a folder not made yet is placed under its real parent.
func realPath(p string) string {
	p, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	rest := ""
	for {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			return filepath.Join(real, rest)
		}
		parent := filepath.Dir(p)
		if parent == p {
			return filepath.Join(p, rest)
		}
		rest = filepath.Join(filepath.Base(p), rest)
		p = parent
	}
}

// kind names a file type in words.
func kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

// Write checks path with o, then writes what fill produces to it (0600,
// all or nothing). Without o.Replace the file must not exist when it is
// put in place (a link, which fails rather than replace a file that
// appeared meanwhile); with it only a regular file is replaced.
func Write(path string, o Options, fill func(w io.Writer) error) (err error) {
	if err := Check(path, o); err != nil {
		return err
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, explain(err))
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
		}
		os.Remove(tmp) // after a rename or link this is a no-op or drops the second name
	}()
	// CreateTemp already makes it 0600; say so explicitly, so that no
	// future change of it can widen an export.
	if err := f.Chmod(Perm); err != nil && runtime.GOOS != "windows" {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	bw := bufio.NewWriter(f)
	if err := fill(bw); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, explain(err))
	}
	if err := errors.Join(bw.Flush(), f.Sync(), f.Close()); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, explain(err))
	}
	if err := place(tmp, path, o); err != nil {
		return err
	}
	if d, err := os.Open(dir); err == nil { // make the new name itself durable
		_ = d.Sync()
		d.Close()
	}
	return nil
}

// place gives the finished temporary file the target's name.
func place(tmp, path string, o Options) error {
	if !o.Replace {
		if err := os.Link(tmp, path); err != nil {
			if errors.Is(err, fs.ErrExist) {
				return &RefusedError{Path: path, Why: ErrExists.Error(), Do: "Name a new file, or add --force to replace it"}
			}
			// Some file systems have no hard links: fall back to a rename
			// after checking again that nothing is there.
			if _, lerr := os.Lstat(path); !errors.Is(lerr, fs.ErrNotExist) {
				return &RefusedError{Path: path, Why: ErrExists.Error(), Do: "Name a new file, or add --force to replace it"}
			}
			if err := os.Rename(tmp, path); err != nil {
				return fmt.Errorf("cannot write %s: %w", path, err)
			}
		}
		return nil
	}
	// Check again just before the rename: only a regular file is replaced.
	if err := Check(path, o); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}

// explain names a full disk and a read-only folder in plain words.
func explain(err error) error {
	switch {
	case isNoSpace(err):
		return fmt.Errorf("the disk is full (%w); free some space and try again", err)
	case isReadOnly(err):
		return fmt.Errorf("the folder is read-only (%w); choose a folder you can write to", err)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("permission denied (%w); choose a folder you can write to", err)
	}
	return err
}

func isNoSpace(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT)
}
func isReadOnly(err error) bool { return errors.Is(err, syscall.EROFS) }
