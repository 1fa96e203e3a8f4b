package history

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// appID is centra's PRAGMA application_id, "cent" in ASCII. Migration 1
// sets it; a SQLite file without it (and with tables) belongs to something
// else.
const appID = 0x63656E74

// sqliteMagic starts every SQLite 3 database file.
const sqliteMagic = "SQLite format 3\x00"

// DamagedError reports a database file that cannot be trusted: not a
// SQLite file, cut short, failing SQLite's consistency check, or another
// program's database. The file has not been changed.
type DamagedError struct {
	// Path is the file that failed.
	Path string
	// Why says what is wrong, in plain words.
	Why string
}

// Error implements error, saying what to do next.
func (e *DamagedError) Error() string {
	return fmt.Sprintf("history: %s is damaged: %s. Nothing was changed in it. "+
		"Move it aside and run centra again to start fresh, or restore a backup with `centra restore`",
		e.Path, e.Why)
}

// TooNewError reports a database written by a newer centra, whose schema
// this binary does not know. The file has not been changed.
type TooNewError struct {
	Path string
	// Version is the file's schema version, Known the newest this binary
	// understands.
	Version, Known int
}

// Error implements error.
func (e *TooNewError) Error() string {
	return fmt.Sprintf("history: %s was written by a newer centra (data version %d; this one reads up to %d). "+
		"Nothing was changed in it. Update centra to use it", e.Path, e.Version, e.Known)
}

// checkFile decides, without writing to it, whether path is a healthy
// centra database this binary can use, and returns its schema version.
func checkFile(ctx context.Context, path string) (int, error) {
	if err := checkHeader(path); err != nil {
		return 0, err
	}
	return checkContentsWith(ctx, path, "integrity_check")
}

// checkKind refuses, without opening it (so without blocking on a FIFO),
// a path that is not a regular file or a link to one. A missing path is
// not its business (it returns nil): the caller creates the file.
func checkKind(path string) error {
	fi, err := os.Lstat(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("history: %w", err)
	}
	if fi.Mode()&os.ModeSymlink != 0 {
		target, _ := os.Readlink(path)
		if fi, err = os.Stat(path); err != nil {
			return &DamagedError{Path: path, Why: "it is a link to " + target + ", which cannot be reached (" + plainErr(err) + ")"}
		}
	}
	if !fi.Mode().IsRegular() {
		return &DamagedError{Path: path, Why: "it is " + fileKind(fi.Mode()) + ", not a regular file"}
	}
	return nil
}

// plainErr is an *os.PathError's reason alone, without the path it repeats.
func plainErr(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// fileKind names a file type in words.
func fileKind(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&os.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

// checkHeader reads the 100-byte SQLite header and compares what it says
// with the file's size. It opens the file without blocking, so a FIFO put
// in its place after checkKind cannot hang centra.
func checkHeader(path string) error {
	if err := checkKind(path); err != nil {
		return err
	}
	f, err := openNoBlock(path)
	if err != nil {
		return fmt.Errorf("history: open %s: %w", path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return fmt.Errorf("history: open %s: %w", path, err)
	}
	if !fi.Mode().IsRegular() {
		return &DamagedError{Path: path, Why: "it is not a regular file"}
	}
	size := fi.Size()
	if size == 0 {
		return &DamagedError{Path: path, Why: "the file is empty"}
	}
	var h [100]byte
	n, err := io.ReadFull(f, h[:])
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("history: read %s: %w", path, err)
	}
	if !strings.HasPrefix(string(h[:n]), sqliteMagic) {
		if n < len(sqliteMagic) && strings.HasPrefix(sqliteMagic, string(h[:n])) {
			return &DamagedError{Path: path, Why: "it is cut short (truncated)"}
		}
		return &DamagedError{Path: path, Why: "it is not a SQLite database"}
	}
	if n < len(h) {
		return &DamagedError{Path: path, Why: "it is cut short (truncated) inside its header"}
	}
	pageSize := int64(binary.BigEndian.Uint16(h[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	if pageSize < 512 || pageSize > 65536 || pageSize&(pageSize-1) != 0 {
		return &DamagedError{Path: path, Why: "its header is garbled (bad page size)"}
	}
	if size%pageSize != 0 {
		return &DamagedError{Path: path, Why: "it is cut short (truncated): its size is not a whole number of pages"}
	}
	// The header's page count is trustworthy only when written by a
	// version of SQLite that keeps it (change counter == valid-for).
	pages := int64(binary.BigEndian.Uint32(h[28:32]))
	if binary.BigEndian.Uint32(h[24:28]) == binary.BigEndian.Uint32(h[92:96]) && size < pages*pageSize {
		return &DamagedError{Path: path, Why: fmt.Sprintf(
			"it is cut short (truncated): %d bytes where its header promises %d", size, pages*pageSize)}
	}
	return nil
}

// checkContents opens path read-only and runs PRAGMA integrity_check and checks the scales of the values, then
// checks that the file is centra's and not newer than this binary.
func checkContents(ctx context.Context, path string) (int, error) {
	return checkContentsWith(ctx, path, "quick_check")
}

// checkContentsWith is checkContents with the given PRAGMA: quick_check
// where a launch waits for it, integrity_check where nothing waits (the
// background check of an open store, a backup before a restore).
func checkContentsWith(ctx context.Context, path, pragma string) (int, error) {
	db, err := sql.Open("sqlite", dsn(path, checkCacheKiB, "mode=ro", fmt.Sprintf("_pragma=busy_timeout(%d)", busyTimeoutMS)))
	if err != nil {
		return 0, fmt.Errorf("history: open %s: %w", path, err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)

	migs, err := loadMigrations()
	if err != nil {
		return 0, err
	}
	known := len(migs)
	problems, err := sqliteCheck(ctx, db, pragma)
	if err != nil {
		return 0, classify(path, err)
	}
	if len(problems) > 0 {
		return 0, &DamagedError{Path: path, Why: "SQLite's consistency check failed (" + strings.Join(problems, "; ") + ")"}
	}
	if why, err := outOfRange(ctx, db); err != nil {
		return 0, classify(path, err)
	} else if why != "" {
		return 0, &DamagedError{Path: path, Why: why}
	}
	var version, id, tables int
	err = db.QueryRowContext(ctx, `SELECT (SELECT user_version FROM pragma_user_version),
		(SELECT application_id FROM pragma_application_id),
		(SELECT count(*) FROM sqlite_schema)`).Scan(&version, &id, &tables)
	if err != nil {
		return 0, classify(path, err)
	}
	switch {
	case id == 0 && version == 0 && tables == 0:
		// An empty SQLite database: nothing to lose; migrations fill it.
	case id != appID || version == 0:
		return 0, &DamagedError{Path: path, Why: "it is a SQLite database, but not centra's"}
	case version > known:
		return 0, &TooNewError{Path: path, Version: version, Known: known}
	}
	return version, nil
}

// sqliteCheck runs PRAGMA quick_check or integrity_check and returns its
// complaints (at most a few), or nil when it says "ok". integrity_check
// also compares every index with its table, which catches a damaged page
// that quick_check lets through (5 in 40 pages of flipped bytes did); it
// takes about five times as long (about 0.7 s at ten years), so an open
// store runs it in the background, before its first write (verify.go).
func sqliteCheck(ctx context.Context, db *sql.DB, pragma string) ([]string, error) {
	rows, err := db.QueryContext(ctx, "PRAGMA "+pragma+"(5)")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var msg string
		if err := rows.Scan(&msg); err != nil {
			return nil, err
		}
		for _, line := range strings.Split(msg, "\n") {
			if line != "ok" && line != "" && !strings.HasPrefix(line, "***") {
				out = append(out, line)
			}
		}
	}
	return out, rows.Err()
}

// rangeChecks find values the person could never have entered: the
// scales the check-ins use (reach 0-6, pain 0-10) whose CHECK constraints
// are looser or absent (SQLite does not enforce them on read).
var rangeChecks = []struct{ table, where, what string }{
	{"check_ins", "reach NOT BETWEEN 0 AND 6 OR tingling_reach NOT BETWEEN 0 AND 6", "how far down the pain reaches"},
	{"check_ins", "leg_pain NOT BETWEEN 0 AND 10 OR back_pain NOT BETWEEN 0 AND 10", "a pain score"},
}

// outOfRange says which value is out of its range, "" when none is. A
// database without the tables (an empty one) has nothing to check.
func outOfRange(ctx context.Context, db *sql.DB) (string, error) {
	for _, c := range rangeChecks {
		var exists int
		if err := db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", c.table).Scan(&exists); err != nil {
			return "", err
		}
		if exists == 0 {
			continue
		}
		var n int
		if err := db.QueryRowContext(ctx, "SELECT count(*) FROM "+c.table+" WHERE "+c.where).Scan(&n); err != nil {
			return "", err
		}
		if n > 0 {
			return fmt.Sprintf("%d saved check-in(s) hold %s outside its scale, which centra never writes", n, c.what), nil
		}
	}
	return "", nil
}

// classify turns an error from reading a file into a *DamagedError when
// SQLite says the file itself is bad, and leaves other errors (a busy lock,
// a permission problem, an I/O error) as they are, wrapped: those say
// nothing about the file's health.
func classify(path string, err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_NOTADB:
			return &DamagedError{Path: path, Why: "it is not a SQLite database"}
		case sqlite3.SQLITE_CORRUPT:
			return &DamagedError{Path: path, Why: "SQLite reports it as malformed (" + se.Error() + ")"}
		}
	}
	return fmt.Errorf("history: check %s: %w", path, err)
}

// Explain names the file in an error from reading the history at path: a
// *DamagedError when SQLite says the file is malformed (as a damaged page
// is found only when a query reaches it), the error wrapped with the path
// otherwise.
func Explain(path string, err error) error {
	if err == nil {
		return nil
	}
	var damaged *DamagedError
	if errors.As(err, &damaged) {
		return err
	}
	if c := classify(path, err); errors.As(c, &damaged) {
		return c
	}
	return fmt.Errorf("history: reading %s: %w", path, err)
}

// ErrOutOfRange is wrapped by a read that met a value outside its scale
// (reach 0-6, pain 0-10): the file was damaged after it was checked.
var ErrOutOfRange = errors.New("a saved value is outside its scale; the history file may be damaged")
