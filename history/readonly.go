package history

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
)

// ErrNeedsUpgrade is returned by OpenReadOnly for a database written with
// an older schema: Open it once (which upgrades it) and try again.
var ErrNeedsUpgrade = errors.New("the history needs an upgrade first")

// OpenReadOnly opens the history in dir for reading only, for quick
// questions such as `centra due` in a shell prompt. It skips the full
// health check Open runs (PRAGMA integrity_check reads the whole file, about
// 150 ms at ten years) but still checks the file's header, that it is
// centra's, and that its schema is the one this binary writes. It never
// creates, upgrades or writes the file: a missing file gives an error
// wrapping os.ErrNotExist, an older schema ErrNeedsUpgrade, a newer one a
// *TooNewError. Its write methods fail.
func OpenReadOnly(dir string, opts ...Option) (*Store, error) {
	s, err := newStore(dir, opts)
	if err != nil {
		return nil, err
	}
	if _, err := os.Lstat(s.path); err != nil {
		return nil, fmt.Errorf("history: %w", err)
	}
	if err := checkKind(s.path); err != nil {
		return nil, err
	}
	if err := s.takeLock(); err != nil {
		return nil, err
	}
	if err := claim(s.path, func() error { return checkHeader(s.path) }); err != nil {
		s.lock.release()
		return nil, err
	}
	s.claimed = true
	r, err := openReader(s.path)
	if err != nil {
		_ = s.Close()
		return nil, err
	}
	s.r = r
	// Writes go to a query-only pool too, so that a write method called by
	// mistake fails with an error instead of touching the file.
	if s.w, err = openReader(s.path); err != nil {
		_ = s.Close()
		return nil, err
	}
	s.w.SetMaxOpenConns(1)
	ctx := context.Background()
	var app, version int
	if err := r.QueryRowContext(ctx, "PRAGMA application_id").Scan(&app); err != nil {
		_ = s.Close()
		return nil, fmt.Errorf("history: open %s: %w", s.path, err)
	}
	if err := r.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		_ = s.Close()
		return nil, fmt.Errorf("history: open %s: %w", s.path, err)
	}
	switch {
	case app != appID:
		_ = s.Close()
		return nil, &DamagedError{Path: s.path, Why: "it is not centra's history"}
	case version > SchemaVersion():
		_ = s.Close()
		return nil, &TooNewError{Path: s.path, Version: version, Known: SchemaVersion()}
	case version < SchemaVersion():
		_ = s.Close()
		return nil, fmt.Errorf("history: %s is at data version %d: %w", s.path, version, ErrNeedsUpgrade)
	}
	return s, nil
}

// openReader opens a pool of query-only connections on path.
func openReader(path string) (*sql.DB, error) {
	r, err := sql.Open("sqlite", dsn(path, pageCacheKiB, fmt.Sprintf("_pragma=busy_timeout(%d)", busyTimeoutMS), "_query_only=1"))
	if err != nil {
		return nil, fmt.Errorf("history: open %s: %w", path, err)
	}
	r.SetMaxOpenConns(2)
	if err := r.Ping(); err != nil {
		r.Close()
		return nil, fmt.Errorf("history: open %s: %w", path, err)
	}
	return r, nil
}
