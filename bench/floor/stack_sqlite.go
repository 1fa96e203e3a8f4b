//go:build stack_sqlite

package main

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"

	_ "modernc.org/sqlite"
)

// The database goes in a temporary folder, removed when the floor ends
// (bench/run quits it with q).
func init() {
	stackSteps = append(stackSteps, func() any {
		dir, err := os.MkdirTemp("", "floor-stack-")
		if err != nil {
			fail(err)
		}
		stackCleanup = append(stackCleanup, func() { os.RemoveAll(dir) })
		db, err := sql.Open("sqlite", filepath.Join(dir, "floor.db"))
		if err != nil {
			fail(err)
		}
		for _, q := range []string{
			"PRAGMA journal_mode=WAL",
			"CREATE TABLE IF NOT EXISTS sets (id INTEGER PRIMARY KEY, at TEXT NOT NULL)",
			"INSERT INTO sets (at) VALUES (datetime('now'))",
		} {
			if _, err := db.Exec(q); err != nil {
				fail(fmt.Errorf("%s: %w", q, err))
			}
		}
		return db
	})
}
