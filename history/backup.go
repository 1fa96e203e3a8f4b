package history

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// BackupDir is the directory, inside the data directory, that holds the
// backups.
const BackupDir = "backups"

const dailyPrefix, dailySuffix = "centra-", ".db"

// dailyName is the file name of the daily backup for t's calendar day.
func dailyName(t time.Time) string { return dailyPrefix + t.Format("20060102") + dailySuffix }

// isDaily reports whether name is a daily backup's, centra-YYYYMMDD.db.
func isDaily(name string) bool {
	date, ok := strings.CutPrefix(name, dailyPrefix)
	date, ok2 := strings.CutSuffix(date, dailySuffix)
	if !ok || !ok2 {
		return false
	}
	_, err := time.Parse("20060102", date)
	return err == nil && len(date) == 8
}

// BackupIfDue makes today's backup (by now's calendar day) if there is
// none yet: a consistent copy of the database, taken with VACUUM INTO while
// it stays in use, in <dir>/backups/centra-YYYYMMDD.db (0600). It then
// deletes the oldest daily backups beyond the newest keep (keep < 1 counts
// as 1). It returns the path of today's backup and whether this call made
// it.
func (s *Store) BackupIfDue(ctx context.Context, now time.Time, keep int) (path string, made bool, err error) {
	name := dailyName(now)
	path = filepath.Join(s.dir, BackupDir, name)
	if _, err := os.Lstat(path); err == nil {
		return path, false, nil
	}
	if _, err := s.vacuumInto(ctx, name); err != nil {
		if errors.Is(err, os.ErrExist) {
			return path, false, nil // another centra made it just now
		}
		return "", false, fmt.Errorf("history: back up: %w", err)
	}
	if err := rotate(filepath.Join(s.dir, BackupDir), max(keep, 1)); err != nil {
		return path, true, err
	}
	return path, true, nil
}

// vacuumInto writes a consistent copy of the database to backups/name. The
// copy is built under a temporary name, synced, then linked into place, so
// a backup that exists is always whole. It fails with an error wrapping
// os.ErrExist if backups/name already exists.
func (s *Store) vacuumInto(ctx context.Context, name string) (string, error) {
	dir := filepath.Join(s.dir, BackupDir)
	if err := os.MkdirAll(dir, dirPerm); err != nil {
		return "", fmt.Errorf("create %s: %w", dir, err)
	}
	if _, err := tighten(dir, dirPerm); err != nil {
		return "", err
	}
	final := filepath.Join(dir, name)
	// VACUUM INTO accepts an existing empty file: creating it first gives
	// the copy its 0600 mode whatever the umask.
	tmp, err := os.CreateTemp(dir, "."+name+".tmp-*")
	if err != nil {
		return "", fmt.Errorf("create backup: %w", err)
	}
	tmpPath := tmp.Name()
	defer os.Remove(tmpPath)
	if err := errors.Join(tmp.Chmod(filePerm), tmp.Close()); err != nil {
		return "", fmt.Errorf("create backup: %w", err)
	}
	// A connection of its own: the readers are query_only, which forbids
	// VACUUM INTO, and the writer must stay free. VACUUM INTO only reads
	// the database, from one snapshot, so writers carry on meanwhile. It
	// reads every page once and gives the copy the same cache size, so it
	// keeps the checks' small cache: with the readers' 512 KiB the first
	// launch of the day at ten years peaked about 5 MB higher.
	db, err := sql.Open("sqlite", dsn(s.path, checkCacheKiB, fmt.Sprintf("_pragma=busy_timeout(%d)", busyTimeoutMS)))
	if err != nil {
		return "", fmt.Errorf("copy database: %w", err)
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, "VACUUM INTO ?", tmpPath); err != nil {
		return "", fmt.Errorf("copy database to %s: %w", final, err)
	}
	if err := db.Close(); err != nil {
		return "", fmt.Errorf("copy database: %w", err)
	}
	if err := syncFile(tmpPath); err != nil {
		return "", err
	}
	if err := os.Link(tmpPath, final); err != nil {
		return "", fmt.Errorf("create backup: %w", err)
	}
	return final, syncDir(dir)
}

// rotate deletes the oldest daily backups in dir beyond the newest keep.
// Other files, such as the copies kept before an upgrade, are left alone.
func rotate(dir string, keep int) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("history: rotate backups: %w", err)
	}
	var daily []string
	for _, e := range entries {
		if e.Type().IsRegular() && isDaily(e.Name()) {
			daily = append(daily, e.Name())
		}
	}
	slices.Sort(daily) // by date: the names differ only in YYYYMMDD
	var errs []error
	for _, name := range daily[:max(len(daily)-keep, 0)] {
		if err := os.Remove(filepath.Join(dir, name)); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("history: rotate backups: %w", err)
	}
	return nil
}

// ListBackups lists the backups in dir (DefaultDir when empty), newest
// first. A missing backups directory is an empty list.
func ListBackups(dir string) ([]Backup, error) {
	if dir == "" {
		dir = DefaultDir()
	}
	bdir := filepath.Join(dir, BackupDir)
	entries, err := os.ReadDir(bdir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("history: list backups: %w", err)
	}
	var out []Backup
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !strings.HasPrefix(name, dailyPrefix) || !strings.HasSuffix(name, dailySuffix) {
			continue
		}
		fi, err := e.Info()
		if err != nil {
			continue // removed meanwhile
		}
		out = append(out, Backup{Path: filepath.Join(bdir, name), Time: fi.ModTime(), Size: fi.Size(), Daily: isDaily(name)})
	}
	slices.SortFunc(out, func(a, b Backup) int {
		if c := b.Time.Compare(a.Time); c != 0 {
			return c
		}
		return strings.Compare(b.Path, a.Path)
	})
	return out, nil
}

// copyFile copies src to a new file dst (0600), synced, failing if dst
// exists.
func copyFile(src, dst string) (err error) {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, filePerm)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := out.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(dst)
		}
	}()
	if _, err := io.Copy(out, in); err != nil {
		return err
	}
	return out.Sync()
}
