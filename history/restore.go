package history

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// ErrInUse is returned (wrapped) by Restore when another running centra
// has a session in progress in the database it would replace.
var ErrInUse = errors.New("the history is in use by a running centra")

// Restore makes the backup at backupPath the history in dir (DefaultDir
// when empty). The backup is checked first, as Open checks a file, and a
// damaged or too new one is refused (*DamagedError, *TooNewError) with
// nothing changed. The current database, damaged or not, is never deleted:
// it is moved aside, with its write-ahead log, to
// centra-replaced-YYYYMMDD-HHMMSS.db in dir, whose path is returned ("" when
// there was none). The backup itself is copied, not moved.
//
// Call it with no Store open in this process; it refuses while another
// process has a session in progress (ErrInUse).
func Restore(dir, backupPath string, opts ...Option) (movedAside string, err error) {
	ctx := context.Background()
	if dir == "" {
		dir = DefaultDir()
	}
	if dir, err = filepath.Abs(dir); err != nil {
		return "", fmt.Errorf("history: restore: %w", err)
	}
	if _, err := checkFile(ctx, backupPath); err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, dirPerm); err != nil {
		return "", fmt.Errorf("history: restore: %w", err)
	}
	current := filepath.Join(dir, FileName)
	if !claimAlone(current) {
		return "", fmt.Errorf("history: restore: %w (this program has it open); close it first", ErrInUse)
	}
	defer release(current)
	// Every open store holds the folder's lock shared: taking it alone
	// means no other centra has the history open, and none can open it
	// until the restore is done.
	lock, err := lockDir(dir, true)
	if errors.Is(err, errLocked) {
		return "", fmt.Errorf("history: restore: %w (another centra window or command has it open); "+
			"quit every other centra, then run the restore again", ErrInUse)
	}
	if err != nil {
		return "", err
	}
	defer lock.release()
	if _, err := os.Lstat(current); err == nil {
		if movedAside, err = moveAside(ctx, current, optionsOf(opts).clock.Now()); err != nil {
			return "", err
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("history: restore: %w", err)
	}
	tmp := filepath.Join(dir, fmt.Sprintf(".centra-restore-%d.db", os.Getpid()))
	os.Remove(tmp) // a leftover of an earlier failed attempt by this pid
	if err := copyFile(backupPath, tmp); err != nil {
		return movedAside, errors.Join(fmt.Errorf("history: restore %s: %w", backupPath, err), putBack(movedAside, current))
	}
	// Link, not rename: a database another centra created meanwhile is
	// kept, never replaced.
	orphan := dbFile{dir: dir, path: current, clock: optionsOf(opts).clock, notes: &notices{}}
	if err := orphan.setAsideOrphanLog(); err != nil {
		os.Remove(tmp)
		return movedAside, err
	}
	err = os.Link(tmp, current)
	os.Remove(tmp)
	if err != nil {
		return movedAside, fmt.Errorf("history: restore %s: %w", backupPath, err)
	}
	return movedAside, syncDir(dir)
}

// moveAside renames the database at current, with its -wal and -shm files,
// to a new name beside it. A healthy database is first checked for live
// sessions and checkpointed, so the moved file stands on its own.
func moveAside(ctx context.Context, current string, now time.Time) (string, error) {
	if _, err := checkFile(ctx, current); err == nil {
		if err := quiesce(ctx, current); err != nil {
			return "", err
		}
	}
	dir := filepath.Dir(current)
	var aside string
	for i := 1; ; i++ {
		name := "centra-replaced-" + now.Format("20060102-150405")
		if i > 1 {
			name += fmt.Sprintf("-%d", i)
		}
		aside = filepath.Join(dir, name+".db")
		if _, err := os.Lstat(aside); errors.Is(err, os.ErrNotExist) {
			break
		}
	}
	if err := os.Rename(current, aside); err != nil {
		return "", fmt.Errorf("history: move %s aside: %w", current, err)
	}
	for _, side := range []string{"-wal", "-shm"} {
		if err := os.Rename(current+side, aside+side); err != nil && !errors.Is(err, os.ErrNotExist) {
			return aside, errors.Join(fmt.Errorf("history: move %s aside: %w", current+side, err), putBack(aside, current))
		}
	}
	return aside, syncDir(dir)
}

// quiesce refuses when a live process has a session in progress in the
// healthy database at path, and otherwise folds its write-ahead log into
// the file.
func quiesce(ctx context.Context, path string) error {
	db, err := sql.Open("sqlite", dsn(path, pageCacheKiB, fmt.Sprintf("_pragma=busy_timeout(%d)", busyTimeoutMS)))
	if err != nil {
		return fmt.Errorf("history: restore: %w", err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	var tables int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE name = 'sessions'").Scan(&tables); err != nil {
		return fmt.Errorf("history: restore: %w", err)
	}
	if tables == 0 {
		return nil // an empty database: nothing running, nothing to fold
	}
	rows, err := db.QueryContext(ctx, "SELECT owner_pid, owner_start FROM sessions WHERE status = 'in-progress'")
	if err != nil {
		return fmt.Errorf("history: restore: %w", err)
	}
	for rows.Next() {
		var pid int
		var start uint64
		if err := rows.Scan(&pid, &start); err != nil {
			rows.Close()
			return fmt.Errorf("history: restore: %w", err)
		}
		if pid != os.Getpid() && ownerAlive(pid, start) {
			rows.Close()
			return fmt.Errorf("history: restore: %w (process %d); finish or quit that session first", ErrInUse, pid)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("history: restore: %w", err)
	}
	if _, err := db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		return fmt.Errorf("history: restore: %w", err)
	}
	return nil
}

// putBack undoes moveAside after a failed restore.
func putBack(aside, current string) error {
	if aside == "" {
		return nil
	}
	for _, side := range []string{"-wal", "-shm"} {
		if err := os.Rename(aside+side, current+side); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("history: put %s back: %w", aside+side, err)
		}
	}
	if err := os.Rename(aside, current); err != nil {
		return fmt.Errorf("history: put %s back: %w", aside, err)
	}
	return nil
}
