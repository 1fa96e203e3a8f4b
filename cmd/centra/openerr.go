package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/centra-app/centra/history"
)

// openError is a failure to open the history, said in words a person can
// act on: what is wrong, with which folder, and what to do. It wraps the
// store's own error for errors.Is and errors.As.
type openError struct {
	msg string
	err error
}

func (e *openError) Error() string { return e.msg }
func (e *openError) Unwrap() error { return e.err }

// SQLite result codes (the low byte of an extended code) that say the disk,
// not the file, is the problem. modernc.org/sqlite reports them through
// (*sqlite.Error).Code.
const (
	sqlitePerm     = 3
	sqliteReadOnly = 8
	sqliteIOErr    = 10
	sqliteFull     = 13
	sqliteCantOpen = 14
)

// howToMove is the way out every message offers.
const howToMove = "or keep your history in another folder with --data-dir DIR (or CENTRA_DATA_DIR)"

// explainOpenError turns an error from history.Open(dir) into an
// *openError naming the folder and what to do. A damaged or too-new file
// already says so (and names the file); only its package prefix goes.
//
// fang capitalises the first word of an error, so no message starts with a
// path ("/Home/Ann/...") or with "centra".
func explainOpenError(dir string, err error) error {
	if err == nil {
		return nil
	}
	if abs, aerr := filepath.Abs(dir); aerr == nil {
		dir = abs
	}
	var damaged *history.DamagedError
	var tooNew *history.TooNewError
	if errors.As(err, &damaged) || errors.As(err, &tooNew) {
		return &openError{msg: "Your history file " + trimPkg(err), err: err}
	}
	code := -1
	var coded interface{ Code() int }
	if errors.As(err, &coded) {
		code = coded.Code() & 0xff
	}
	var msg string
	switch {
	case errors.Is(err, syscall.ENOTDIR):
		msg = fmt.Sprintf("Cannot keep your history in %s: %s is a file, not a folder. "+
			"Move that file away, %s", dir, fileInTheWay(dir), howToMove)
	case errors.Is(err, syscall.EROFS):
		msg = fmt.Sprintf("Cannot save your history in %s: the disk is read-only. Nothing was changed. "+
			"Make the disk writable, %s", dir, howToMove)
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT), code == sqliteFull,
		code == sqliteIOErr && diskFull(dir):
		msg = fmt.Sprintf("The disk holding %s is full, so centra cannot save your history. Nothing was changed. "+
			"Free some space and run centra again, %s", dir, howToMove)
	case errors.Is(err, fs.ErrPermission), code == sqlitePerm, code == sqliteReadOnly, code == sqliteCantOpen:
		msg = fmt.Sprintf("Not allowed to write in %s%s. Nothing was changed. "+
			"The folder and the files in it should be yours and writable (chown -R \"$USER\" %s; chmod 700 %s), %s",
			dir, ownedBySomeoneElse(dir), dir, dir, howToMove)
	case code == sqliteIOErr:
		msg = fmt.Sprintf("The disk holding %s reported an error while centra read your history (%s). "+
			"Nothing was changed. Check the disk, then run centra again, %s", dir, trimPkg(err), howToMove)
	default:
		msg = fmt.Sprintf("Could not open your history in %s: %s", dir, trimPkg(err))
	}
	return &openError{msg: msg, err: err}
}

// fullBelow is the free space under which a disk error at open is read
// as a full disk: SQLite reports a write that found no room, for its
// journal say, as a plain I/O error.
const fullBelow = 1 << 20

// freeSpace tells the free space on the disk holding a folder (a variable
// so that tests can fill the disk).
var freeSpace = freeBytes

// diskFull says whether the disk holding dir is full, as far as can be told.
func diskFull(dir string) bool {
	free, ok := freeSpace(dir)
	return ok && free < fullBelow
}

func trimPkg(err error) string { return strings.TrimPrefix(err.Error(), "history: ") }

// fileInTheWay returns the deepest existing path at or above dir: the file
// that stops the folder from being made.
func fileInTheWay(dir string) string {
	for p := dir; ; p = filepath.Dir(p) {
		if fi, err := os.Stat(p); err == nil {
			if !fi.IsDir() {
				return p
			}
			return dir
		}
		if filepath.Dir(p) == p {
			return dir
		}
	}
}
