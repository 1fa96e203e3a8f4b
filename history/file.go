package history

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"slices"
	"sync"

	"github.com/centra-app/centra/routines"
)

// dbFile is the database file in its folder as Open finds or makes it:
// the folder and the file made private to the person, a new file built
// whole before it appears, a stray write-ahead log set aside. What it
// changed on the way it tells through notes.
type dbFile struct {
	dir, path string
	clock     routines.Clock
	notes     *notices
}

// notices are what opening the store did that the person should hear
// about, in plain sentences. Safe for concurrent use.
type notices struct {
	mu   sync.Mutex
	list []string
}

func (n *notices) add(format string, args ...any) {
	n.mu.Lock()
	n.list = append(n.list, fmt.Sprintf(format, args...))
	n.mu.Unlock()
}

func (n *notices) all() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return slices.Clone(n.list)
}

// ensureDir creates f.dir (0700) or tightens a looser one.
func (f dbFile) ensureDir() error {
	if err := os.MkdirAll(f.dir, dirPerm); err != nil {
		return fmt.Errorf("history: create %s: %w", f.dir, err)
	}
	fixed, err := tighten(f.dir, dirPerm)
	if err != nil {
		return err
	}
	if fixed {
		f.notes.add("Made %s private to you: other users could open it before.", f.dir)
	}
	return nil
}

// fixPerms tightens the database file and its WAL side files to 0600.
func (f dbFile) fixPerms() error {
	changed := false
	for _, p := range []string{f.path, f.path + "-wal", f.path + "-shm"} {
		fixed, err := tighten(p, filePerm)
		if errors.Is(err, os.ErrNotExist) && p != f.path {
			continue
		}
		if err != nil {
			return err
		}
		changed = changed || fixed
	}
	if changed {
		f.notes.add("Made %s private to you: other users could open it before.", f.path)
	}
	return nil
}

// ensure makes sure f.path holds a healthy centra database: it checks
// an existing one (read-only) or creates a new one. On success f.path is
// claimed (see inUse) until Close.
func (f dbFile) ensure() error {
	for {
		_, err := os.Lstat(f.path)
		if errors.Is(err, os.ErrNotExist) {
			created, err := f.create()
			if err != nil || created {
				return err
			}
			continue // another centra created it first: check theirs
		}
		if err != nil {
			return fmt.Errorf("history: %w", err)
		}
		if err := checkKind(f.path); err != nil {
			return err
		}
		if err := claim(f.path, func() error { return checkHeader(f.path) }); err != nil {
			return err
		}
		if _, err := checkContents(context.Background(), f.path); err != nil {
			release(f.path)
			return err
		}
		if err := f.fixPerms(); err != nil {
			release(f.path)
			return err
		}
		return nil
	}
}

// create makes a new database: it builds the full schema in a private
// temporary file and then links it into place, so centra.db never exists
// half-made, and a file another process created in the meantime is kept
// (created is then false). On success f.path is claimed.
func (f dbFile) create() (created bool, err error) {
	tmp, err := os.CreateTemp(f.dir, ".centra-new-*.db")
	if err != nil {
		return false, fmt.Errorf("history: create database in %s: %w", f.dir, err)
	}
	tmpPath := tmp.Name()
	defer os.Remove(tmpPath)
	if err := errors.Join(tmp.Chmod(filePerm), tmp.Close()); err != nil {
		return false, fmt.Errorf("history: create database: %w", err)
	}
	if err := initFile(tmpPath); err != nil {
		return false, err
	}
	if err := syncFile(tmpPath); err != nil {
		return false, err
	}
	if err := f.setAsideOrphanLog(); err != nil {
		return false, err
	}
	err = claim(f.path, func() error { return os.Link(tmpPath, f.path) })
	if errors.Is(err, os.ErrExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("history: create %s: %w", f.path, err)
	}
	if err := syncDir(f.dir); err != nil {
		release(f.path)
		return false, err
	}
	return true, nil
}

// setAsideOrphanLog renames a non-empty centra.db-wal (and its -shm) left
// behind by a database that was moved or deleted: SQLite would otherwise
// replay that log into the new file and corrupt it. The log is kept, not
// deleted, and a notice says where.
func (f dbFile) setAsideOrphanLog() error {
	wal := f.path + "-wal"
	fi, err := os.Lstat(wal)
	if errors.Is(err, os.ErrNotExist) || (err == nil && fi.Size() == 0) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("history: %w", err)
	}
	aside := fmt.Sprintf("%s.orphan-%s", wal, f.clock.Now().Format("20060102-150405"))
	if err := os.Rename(wal, aside); err != nil {
		return fmt.Errorf("history: set aside %s: %w", wal, err)
	}
	if err := os.Rename(f.path+"-shm", aside+"-shm"); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("history: set aside %s: %w", f.path+"-shm", err)
	}
	f.notes.add("Found a write-ahead log without its database and kept it as %s.", aside)
	return nil
}

// initFile writes the current schema into a new, empty file, in rollback
// journal mode so the result is one self-contained file.
func initFile(path string) error {
	db, err := sql.Open("sqlite", dsn(path, pageCacheKiB, "_pragma=foreign_keys(1)", "_txlock=immediate"))
	if err != nil {
		return fmt.Errorf("history: create database: %w", err)
	}
	defer db.Close()
	migs, err := loadMigrations()
	if err != nil {
		return err
	}
	if _, err := migrate(context.Background(), db, migs); err != nil {
		return err
	}
	if err := db.Close(); err != nil {
		return fmt.Errorf("history: create database: %w", err)
	}
	return nil
}
