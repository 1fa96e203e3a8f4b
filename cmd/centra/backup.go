package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/centra-app/centra/history"
)

// keepBackups is how many daily backups centra keeps.
const keepBackups = 7

// backupInBackground makes today's backup, if there is none yet, without
// holding up the first frame: VACUUM INTO reads the whole file, which takes
// a while for years of history. Call the returned function before closing
// the store: it waits for the copy and returns what went wrong, if anything.
func backupInBackground(ctx context.Context, st *history.Store, now time.Time) (wait func() error) {
	done := make(chan error, 1)
	go func() {
		_, _, err := st.BackupIfDue(ctx, now, keepBackups)
		done <- err
	}()
	return func() error { return <-done }
}

func newBackupCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "backup",
		Short: "Make a fresh backup of your history now",
		Long: "centra backs up your history by itself once a day, when it starts, and keeps the last " +
			fmt.Sprint(keepBackups) + ".\nThis makes today's backup again now, with everything saved so far.",
		Example: "  centra backup\n  centra backup && centra restore   # make one, then list them all",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := openStore(g)
			if err != nil {
				return err
			}
			defer st.Close()
			path, err := backupNow(cmd.Context(), st, g.clock().Now())
			if err != nil {
				return fmt.Errorf("could not back up your history: %s", trimPkg(err))
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Backed up your history to %s\n", path)
			return nil
		},
	}
}

// backupNow makes today's backup, replacing one made earlier today. The
// earlier copy is set aside first and put back if the new one fails, so
// there is always a whole backup for today.
func backupNow(ctx context.Context, st *history.Store, now time.Time) (string, error) {
	path, made, err := st.BackupIfDue(ctx, now, keepBackups)
	if err != nil || made {
		return path, err
	}
	aside := path + ".replaced"
	if err := os.Rename(path, aside); err != nil {
		return "", err
	}
	path2, made, err := st.BackupIfDue(ctx, now, keepBackups)
	if err != nil || !made {
		if rerr := os.Rename(aside, path); rerr != nil {
			err = errors.Join(err, rerr)
		}
		if err == nil {
			return path, nil // another centra made it meanwhile: as fresh
		}
		return "", err
	}
	os.Remove(aside)
	return path2, nil
}

func newRestoreCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "restore [BACKUP]",
		Short: "List your backups, or put one back as your history",
		Long: "With no argument, lists the backups with their dates and sizes, newest first.\n" +
			"With one, makes it your history. Your current history is not deleted: it is moved\n" +
			"aside, beside it, and the command says where.",
		Example: "  centra restore                     # list the backups\n" +
			"  centra restore centra-20261121.db  # put that one back",
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := g.resolveDataDir()
			out := cmd.OutOrStdout()
			if len(args) == 0 {
				return listBackups(out, dir)
			}
			return restoreBackup(out, dir, args[0], history.WithClock(g.clock()))
		},
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			bs, _ := history.ListBackups(g.resolveDataDir())
			var names []string
			for _, b := range bs {
				names = append(names, filepath.Base(b.Path))
			}
			return names, cobra.ShellCompDirectiveNoFileComp
		},
	}
}

func listBackups(out io.Writer, dir string) error {
	bs, err := history.ListBackups(dir)
	if err != nil {
		return fmt.Errorf("could not list the backups in %s: %w", filepath.Join(dir, history.BackupDir), err)
	}
	if len(bs) == 0 {
		fmt.Fprintf(out, "No backups yet in %s.\ncentra makes one a day when it starts; `centra backup` makes one now.\n",
			filepath.Join(dir, history.BackupDir))
		return nil
	}
	fmt.Fprintf(out, "Backups in %s, newest first:\n\n", filepath.Join(dir, history.BackupDir))
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	suggest := ""
	for _, b := range bs {
		note := ""
		switch {
		case b.Size == 0:
			// Left by a backup cut short (a full disk, a kill): not one.
			note = "empty (0 bytes): not a usable backup"
		case !b.Daily:
			note = "kept before an upgrade"
		}
		if suggest == "" && b.Size > 0 {
			suggest = filepath.Base(b.Path)
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", filepath.Base(b.Path), b.Time.Local().Format("Mon 2 Jan 2006 15:04"),
			humanSize(b.Size), note)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if suggest == "" {
		fmt.Fprintln(out, "\nNone of them can be restored: they are all empty.")
		return nil
	}
	fmt.Fprintf(out, "\nPut one back with: centra restore %s\n", suggest)
	return nil
}

// findBackup resolves what the person typed: a path to a file, or the name
// of one in the backups folder.
func findBackup(dir, arg string) (string, error) {
	if fi, err := os.Stat(arg); err == nil && fi.Mode().IsRegular() {
		return arg, nil
	}
	if !strings.ContainsRune(arg, os.PathSeparator) {
		p := filepath.Join(dir, history.BackupDir, arg)
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			return p, nil
		}
	}
	return "", usagef("there is no backup %q; run `centra restore` to list them", arg)
}

func restoreBackup(out io.Writer, dir, arg string, opts ...history.Option) error {
	path, err := findBackup(dir, arg)
	if err != nil {
		return err
	}
	aside, err := history.Restore(dir, path, opts...)
	var damaged *history.DamagedError
	var tooNew *history.TooNewError
	switch {
	case errors.Is(err, history.ErrInUse):
		return fmt.Errorf("another centra has a session in progress: finish or quit it, then restore again (%s)", trimPkg(err))
	case errors.As(err, &damaged), errors.As(err, &tooNew):
		return fmt.Errorf("cannot restore %s: %s", path, trimPkg(err))
	case err != nil:
		current := filepath.Join(dir, history.FileName)
		if _, serr := os.Stat(current); aside != "" && errors.Is(serr, os.ErrNotExist) {
			return fmt.Errorf("could not restore %s: %s. Your history as it was is at %s: move it back to %s",
				path, trimPkg(err), aside, current)
		}
		return explainOpenError(dir, err)
	}
	fmt.Fprintf(out, "Restored %s.\n", path)
	if aside != "" {
		fmt.Fprintf(out, "Your history as it was is kept at %s.\n", aside)
	}
	return nil
}

// humanSize says a file size the way people read it: 912 B, 60 KB, 3.4 MB.
func humanSize(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	v := float64(n) / float64(div)
	if v < 10 {
		return fmt.Sprintf("%.1f %cB", v, "KMGT"[exp])
	}
	return fmt.Sprintf("%.0f %cB", v, "KMGT"[exp])
}
