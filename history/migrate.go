package history

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"
)

// migrationFiles holds the schema, one file per version: NNNN_name.sql.
// Migrations are forward only; a released file is never edited, a change
// is a new file. A migration that rebuilds a table must keep foreign keys
// consistent: each one is followed by PRAGMA foreign_key_check before it
// commits.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one step of the schema: applying it takes a database from
// version-1 to version.
type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations parses the embedded files once, on first use.
var loadMigrations = sync.OnceValues(func() ([]migration, error) {
	entries, err := migrationFiles.ReadDir("migrations")
	if err != nil {
		return nil, fmt.Errorf("history: read migrations: %w", err)
	}
	var out []migration
	for i, e := range entries { // ReadDir sorts by name
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v != i+1 {
			return nil, fmt.Errorf("history: migration %s: want name %04d_something.sql", e.Name(), i+1)
		}
		b, err := migrationFiles.ReadFile(path.Join("migrations", e.Name()))
		if err != nil {
			return nil, fmt.Errorf("history: read migration %s: %w", e.Name(), err)
		}
		out = append(out, migration{version: v, name: e.Name(), sql: string(b)})
	}
	return out, nil
})

// SchemaVersion returns the schema version this binary writes: the number
// of embedded migrations.
func SchemaVersion() int {
	m, err := loadMigrations()
	if err != nil {
		return 0
	}
	return len(m)
}

// migrate applies, in order, every migration newer than db's user_version,
// each in its own transaction together with the new user_version, so a
// failing step leaves the database as the previous step left it. It is safe
// to run from two processes at once: each step re-reads the version inside
// its (immediate) transaction. It returns the version reached.
func migrate(ctx context.Context, db *sql.DB, migs []migration) (int, error) {
	version, err := userVersion(ctx, db)
	if err != nil {
		return 0, err
	}
	for _, m := range migs {
		if m.version <= version {
			continue
		}
		if err := applyMigration(ctx, db, m); err != nil {
			return version, err
		}
		version = m.version
	}
	return version, nil
}

func applyMigration(ctx context.Context, db *sql.DB, m migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("history: migration %s: %w", m.name, err)
	}
	defer tx.Rollback() //nolint:errcheck // after Commit it is a no-op
	var have int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&have); err != nil {
		return fmt.Errorf("history: migration %s: %w", m.name, err)
	}
	if have >= m.version {
		return nil // another process got there first
	}
	if have != m.version-1 {
		return fmt.Errorf("history: migration %s: database is at version %d, want %d", m.name, have, m.version-1)
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("history: migration %s: %w", m.name, err)
	}
	rows, err := tx.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return fmt.Errorf("history: migration %s: %w", m.name, err)
	}
	broken := rows.Next()
	rows.Close()
	if broken {
		return fmt.Errorf("history: migration %s: it breaks foreign keys", m.name)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
		return fmt.Errorf("history: migration %s: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("history: migration %s: %w", m.name, err)
	}
	return nil
}

func userVersion(ctx context.Context, db *sql.DB) (int, error) {
	var v int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return 0, fmt.Errorf("history: read schema version: %w", err)
	}
	return v, nil
}

// upgrade brings an opened store to the current schema. A database that
// already holds data is copied to the backups directory first.
func (s *Store) upgrade(ctx context.Context) error {
	migs, err := loadMigrations()
	if err != nil {
		return err
	}
	return s.upgradeWith(ctx, migs, s.clock.Now())
}

func (s *Store) upgradeWith(ctx context.Context, migs []migration, now time.Time) error {
	from, err := userVersion(ctx, s.w)
	if err != nil {
		return err
	}
	if from >= len(migs) {
		return nil
	}
	if err := s.Verified(ctx); err != nil {
		return err // never upgrade a damaged file
	}
	if from > 0 {
		name := fmt.Sprintf("centra-v%d-before-upgrade-%s.db", from, now.Format("20060102-150405"))
		p, err := s.vacuumInto(ctx, name)
		if err != nil {
			return fmt.Errorf("history: back up before upgrading: %w", err)
		}
		s.notes.add("Saved a copy of your history as it was, in %s, before upgrading it.", p)
	}
	to, err := migrate(ctx, s.w, migs)
	if err != nil {
		return err
	}
	if from > 0 && to > from {
		s.notes.add("Upgraded your history from data version %d to %d.", from, to)
	}
	return nil
}
