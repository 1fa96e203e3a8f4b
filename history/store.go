package history

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"syscall"

	"github.com/adrg/xdg"
	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/centra-app/centra/routines"
)

// FileName is the name of the database file inside the data directory.
const FileName = "centra.db"

// busyTimeoutMS is how long a connection waits for another writer (in this
// or another process) before giving up with SQLITE_BUSY. Writes here last
// milliseconds, so five seconds is only reached when something is wrong.
const busyTimeoutMS = 5000

// pageCacheKiB bounds the page cache of each connection that answers the
// program's queries (SQLite's default is 2 MiB a connection). centra's
// queries walk indexes and read a few pages; the kernel's own cache of the
// file keeps re-reads fast. SQLite's allocator (modernc.org/memory) gives
// each cached page a slot twice its size, and keeps what is freed resident
// for reuse, so every KiB here costs about two of the process's peak.
const pageCacheKiB = 512

// checkCacheKiB bounds the page cache of the connections that read the
// whole file: quick_check before a launch, integrity_check in the
// background and of a backup before a restore, VACUUM INTO for a backup.
// They read every page once, so a cache saves them nothing; at
// pageCacheKiB the check running beside the launch's queries added about
// 1 MiB to a ten-year launch's peak. Measured at ten years:
// integrity_check takes as long with 64 KiB as with 512.
const checkCacheKiB = 64

// Store is the history database. Its methods are safe for concurrent use.
//
// It holds two connection pools on the same file: one writer connection,
// whose transactions begin IMMEDIATE so that a write never fails halfway
// through on a lock upgrade, and a few reader connections, so reads (an
// export, the history screen) never wait for a write in WAL mode.
type Store struct {
	dir  string
	path string
	w    *sql.DB // exactly one connection; BEGIN IMMEDIATE
	r    *sql.DB // readers; query_only

	claimed bool // s.path is registered in inUse until Close

	notes notices

	// lock is the shared lock on the data folder that keeps a restore
	// from replacing the file while this store is open (openlock_*.go).
	lock *openLock

	// verify is the full health check running in the background; writes
	// wait for it (verify.go). Nil for a read-only store.
	verify *verifier

	// clock stamps the store's own times (WithClock).
	clock routines.Clock
}

// DefaultDir returns centra's data directory, $XDG_DATA_HOME/centra (for
// example ~/.local/share/centra).
func DefaultDir() string {
	return filepath.Join(xdg.DataHome, "centra")
}

// newStore is the Store for the history in dir (DefaultDir when dir is
// empty), not yet opened: its absolute directory and file path.
func newStore(dir string, opts []Option) (*Store, error) {
	if dir == "" {
		dir = DefaultDir()
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("history: resolve %q: %w", dir, err)
	}
	return &Store{dir: dir, path: filepath.Join(dir, FileName), clock: optionsOf(opts).clock}, nil
}

// file is the store's file as Open finds or makes it.
func (s *Store) file() dbFile {
	return dbFile{dir: s.dir, path: s.path, clock: s.clock, notes: &s.notes}
}

// Open opens the history in dir (DefaultDir when dir is empty), creating
// the directory (0700) and the database file (0600) when missing.
//
// An existing file is first checked through a read-only connection: its
// header, PRAGMA integrity_check, the scales of the values, that it is centra's, and its schema version.
// A file that fails gives a *DamagedError, one written by a newer centra a
// *TooNewError, and in both cases the file is left exactly as it was. A file
// that passes is upgraded to the current schema if needed, after a copy has
// been put in dir/backups.
//
// Permissions looser than 0700 (directory) or 0600 (file) are tightened;
// that and anything else the person should hear about is reported by
// Notices.
//
// Pragmas: journal_mode=WAL (readers never block the writer, and another
// process can write at the same time); foreign_keys=ON; busy_timeout=5000;
// synchronous=FULL. In WAL mode NORMAL already survives a crash or kill -9,
// but a power cut can roll back the last commits; FULL syncs the log on every
// commit so a check-in once saved stays saved. centra commits about once per
// set, so the cost of that fsync is never felt.
//
// Open does IO and, for the health check, reads the whole file: about 130 ms
// for ten years of history (39 MB), a few ms for the first year. Call it
// from a tea.Cmd, not before the first frame.
func Open(dir string, opts ...Option) (*Store, error) {
	s, err := newStore(dir, opts)
	if err != nil {
		return nil, err
	}
	f := s.file()
	if err := f.ensureDir(); err != nil {
		return nil, err
	}
	if err := s.takeLock(); err != nil {
		return nil, err
	}
	if err := f.ensure(); err != nil {
		s.lock.release()
		return nil, err
	}
	s.claimed = true
	if err := s.openPools(); err != nil {
		_ = s.Close()
		return nil, err
	}
	s.verify = startVerify(s.path)
	if err := s.upgrade(context.Background()); err != nil {
		_ = s.Close()
		return nil, err
	}
	return s, nil
}

// openPools opens the writer and reader pools on a file that passed checks.
func (s *Store) openPools() error {
	common := []string{
		fmt.Sprintf("_pragma=busy_timeout(%d)", busyTimeoutMS),
		"_pragma=foreign_keys(1)",
		"_pragma=synchronous(FULL)",
	}
	w, err := sql.Open("sqlite", dsn(s.path, pageCacheKiB, append(common, "_pragma=journal_mode(WAL)", "_txlock=immediate")...))
	if err != nil {
		return fmt.Errorf("history: open %s: %w", s.path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	// Open the writer first: it switches the file to WAL before any reader.
	if err := w.Ping(); err != nil {
		w.Close()
		return fmt.Errorf("history: open %s: %w", s.path, err)
	}
	r, err := sql.Open("sqlite", dsn(s.path, pageCacheKiB, append(common, "_query_only=1")...))
	if err != nil {
		w.Close()
		return fmt.Errorf("history: open %s: %w", s.path, err)
	}
	r.SetMaxOpenConns(4)
	r.SetMaxIdleConns(4)
	s.w, s.r = w, r
	return nil
}

// dsn builds a file: URI for the driver, escaping the path so that any
// directory name works, for a connection whose page cache holds cacheKiB.
func dsn(path string, cacheKiB int, params ...string) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(path), OmitHost: true}
	q := fmt.Sprintf("_pragma=cache_size(-%d)", cacheKiB)
	for _, p := range params {
		q += "&" + p
	}
	u.RawQuery = q
	return u.String()
}

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// Dir returns the data directory the store lives in.
func (s *Store) Dir() string { return s.dir }

// Notices returns what Open did that the person should hear about, in
// plain sentences: permissions tightened, the schema upgraded and the
// backup taken first.
func (s *Store) Notices() []string { return s.notes.all() }

// Close closes the store. Everything already written is on disk; Close only
// lets SQLite fold the write-ahead log back into the main file.
func (s *Store) Close() error {
	s.verify.stop()
	var errs []error
	if s.r != nil {
		errs = append(errs, s.r.Close())
	}
	if s.w != nil {
		// Best effort: refreshes the planner's statistics when they are
		// stale; never in a file the health check found damaged.
		if s.verify == nil || s.verify.err == nil {
			_, _ = s.w.Exec("PRAGMA optimize")
		}
		errs = append(errs, s.w.Close())
	}
	if s.claimed {
		s.claimed = false
		release(s.path)
	}
	s.lock.release()
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("history: close %s: %w", s.path, err)
	}
	return nil
}

// write runs fn in one immediate transaction on the writer connection and
// commits it; on any error nothing of fn's work is kept.
func (s *Store) write(ctx context.Context, what string, fn func(*sql.Tx) error) error {
	if err := s.Verified(ctx); err != nil {
		return err
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return s.writeErr(what, err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return s.writeErr(what, err)
	}
	if err := tx.Commit(); err != nil {
		return s.writeErr(what, err)
	}
	return nil
}

// writeErr says why a write failed in words a person can act on, naming
// the file: a full disk, a read-only file or folder, a damaged file. The
// store's error stays wrapped.
func (s *Store) writeErr(what string, err error) error {
	code := -1
	var coded interface{ Code() int }
	if errors.As(err, &coded) {
		code = coded.Code() & 0xff
	}
	switch {
	case code == sqliteFull || errors.Is(err, syscall.ENOSPC):
		return fmt.Errorf("history: %s: the disk holding %s is full (%w); free some space and centra saves what is waiting", what, s.path, err)
	case code == sqliteReadOnly || errors.Is(err, syscall.EROFS):
		return fmt.Errorf("history: %s: %s cannot be written, as it or its folder is read-only (%w); "+
			"make them writable again (chmod u+w) and centra saves what is waiting", what, s.path, err)
	case code == sqliteCorrupt:
		return fmt.Errorf("history: %s: %s is damaged (%w); what you did is kept in a recovery file when centra ends", what, s.path, err)
	}
	return fmt.Errorf("history: %s in %s: %w", what, s.path, err)
}

// SQLite result codes (the low byte of an extended code) writeErr names.
const (
	sqliteReadOnly = 8
	sqliteCorrupt  = 11
	sqliteFull     = 13
)

// ErrRestoring is returned (wrapped) by Open and OpenReadOnly while another
// centra is restoring a backup into the same folder.
var ErrRestoring = errors.New("another centra is restoring a backup into this folder")

// takeLock takes the shared lock of the data folder.
func (s *Store) takeLock() error {
	l, err := lockDir(s.dir, false)
	if errors.Is(err, errLocked) {
		return fmt.Errorf("history: %s: %w; try again in a moment", s.dir, ErrRestoring)
	}
	if err != nil {
		return err
	}
	s.lock = l
	return nil
}
