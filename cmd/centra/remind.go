package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/routines/remind"
)

// remindStateFile is where `centra remind` remembers the last reminder it
// sent, in the data folder, so that it never sends two for the same set.
const remindStateFile = "remind.state"

func newRemindCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "remind",
		Short: "Send a desktop notification when a set is due (run by the scheduler `remind install` sets up)",
		Long: "Checks whether a set is due. Inside your waking hours, when one is, it sends one desktop\n" +
			"notification saying so and how to start it, and never a second for the same set. When a\n" +
			"red flag has paused the exercises, the reminder says to see a clinician instead.\n" +
			"`centra remind install` runs it every 10 minutes with your system's own scheduler.",
		Example: "  centra remind install   # a systemd user timer, a launchd agent, or a crontab line\n" +
			"  centra remind status\n  centra remind uninstall",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var term io.Writer
			if isTerminal(os.Stdout) {
				term = os.Stdout
			}
			return runRemind(cmd.Context(), g, cmd.OutOrStdout(), term, showNotice)
		},
	}
	cmd.AddCommand(newRemindInstallCmd(g), newRemindStatusCmd(g), newRemindUninstallCmd(g))
	return cmd
}

// runRemind sends the reminder that is due, if any, and remembers it.
func runRemind(ctx context.Context, g *globals, out, term io.Writer, show notifier) error {
	cfg, _ := config.Load(config.Path())
	if !cfg.Reminders {
		fmt.Fprintln(out, "Reminders are off in the settings (reminders = false): nothing sent.")
		return nil
	}
	now := g.clock().Now()
	due, plan, err := dueWithPlan(ctx, g, now)
	if err != nil {
		return err
	}
	st := due.Status
	statePath := filepath.Join(g.resolveDataDir(), remindStateFile)
	last, err := readRemindState(statePath)
	if err != nil {
		return err
	}
	n, ok := remind.Decide(st, plan, now, last)
	switch {
	case !ok && !remind.Awake(plan, now):
		fmt.Fprintf(out, "No reminder now: it is outside your waking hours (%s to %s).\n", plan.WakingFrom, plan.WakingTo)
		return nil
	case !ok && remind.Due(st, plan, now):
		fmt.Fprintln(out, "No reminder now: one was already sent for this set. "+st.DueText(now))
		return nil
	case !ok:
		fmt.Fprintln(out, "No reminder now. "+st.DueText(now))
		return nil
	}
	how, err := show(ctx, n, term)
	if err != nil {
		return fmt.Errorf("could not show the reminder: %w; it will be tried again at the next run", err)
	}
	if err := writeRemindState(statePath, n.Key); err != nil {
		return err
	}
	fmt.Fprintf(out, "Sent a %s: %s\n", how, n.Body)
	return nil
}

// readRemindState reads the key of the last reminder sent ("" when none).
func readRemindState(path string) (string, error) {
	b, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "", nil
	case err != nil:
		return "", fmt.Errorf("cannot read what was last reminded: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}

// writeRemindState remembers the reminder sent, readable by its owner only.
func writeRemindState(path, key string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("cannot remember the reminder: %w", err)
	}
	return writeFileAtomic(path, []byte(key+"\n"))
}

// theScheduler is the scheduler of this system, for this run's folders.
var theScheduler = func(g *globals) (scheduler, error) {
	home, err := os.UserHomeDir()
	if err != nil {
		return scheduler{}, fmt.Errorf("cannot find your home folder: %w", err)
	}
	exe, err := os.Executable()
	if err != nil {
		return scheduler{}, fmt.Errorf("cannot find the centra program to schedule: %w", err)
	}
	if abs, err := filepath.EvalSymlinks(exe); err == nil {
		exe = abs
	}
	return schedulerFor(runtime.GOOS, home, os.Getenv, remindCommand(exe, g)), nil
}

// runScheduler runs the scheduler's start and stop commands; tests replace
// it.
var runScheduler = runCommand

func newRemindInstallCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:     "install",
		Short:   "Run `centra remind` every 10 minutes with your system's scheduler, for you alone",
		Example: "  centra remind install\n  centra --data-dir ~/centra-data remind install   # reminders for that history",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := theScheduler(g)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if s.manual != "" {
				fmt.Fprintf(out, "This system has no scheduler centra sets up itself. Add this line with `crontab -e`:\n\n%s\n", s.manual)
				return nil
			}
			note, err := s.install(runScheduler)
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "Installed a %s:\n", s.name)
			for _, p := range sortedPaths(s.files) {
				fmt.Fprintf(out, "  %s\n", tilde(p))
			}
			if note != "" {
				fmt.Fprintf(out, "Note: %s.\n", note)
			} else {
				fmt.Fprintln(out, "It runs every 10 minutes; inside your waking hours, when a set is due, you get one notification.")
			}
			fmt.Fprintln(out, "`centra remind uninstall` removes it.")
			return nil
		},
	}
}

func newRemindStatusCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:     "status",
		Short:   "Say whether the reminder is installed, where its files are, and what it last sent",
		Example: "  centra remind status",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := theScheduler(g)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			cfg, _ := config.Load(config.Path())
			fmt.Fprintf(out, "Reminders in the settings: %s.\n", onOffWord(cfg.Reminders))
			if s.manual != "" {
				fmt.Fprintf(out, "This system uses a crontab line, which centra cannot see; `crontab -l` lists it. The line is:\n%s\n", s.manual)
			} else if have := s.installed(); len(have) == 0 {
				fmt.Fprintf(out, "Not installed (a %s; `centra remind install` sets it up).\n", s.name)
			} else {
				fmt.Fprintf(out, "Installed as a %s:\n", s.name)
				for _, p := range sortedPaths(s.files) {
					state := "present"
					if _, err := os.Stat(p); err != nil {
						state = "missing: run `centra remind install` again"
					}
					fmt.Fprintf(out, "  %s (%s)\n", tilde(p), state)
				}
				for _, p := range s.links {
					if _, err := os.Lstat(p); err == nil {
						fmt.Fprintf(out, "  %s (enabled)\n", tilde(p))
					}
				}
			}
			last, err := readRemindState(filepath.Join(g.resolveDataDir(), remindStateFile))
			if err != nil {
				return err
			}
			if last == "" {
				last = "nothing yet"
			}
			fmt.Fprintf(out, "Last reminder sent: %s.\n", last)
			return nil
		},
	}
}

func newRemindUninstallCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:     "uninstall",
		Short:   "Stop the scheduled reminder and remove every file `remind install` wrote",
		Example: "  centra remind uninstall",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := theScheduler(g)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if s.manual != "" {
				fmt.Fprintf(out, "Remove this line with `crontab -e`:\n%s\n", s.manual)
				return nil
			}
			removed, note, err := s.uninstall(runScheduler)
			if err != nil {
				return err
			}
			if len(removed) == 0 {
				fmt.Fprintln(out, "Nothing to remove: the reminder was not installed.")
				return nil
			}
			fmt.Fprintln(out, "Removed:")
			for _, p := range removed {
				fmt.Fprintf(out, "  %s\n", tilde(p))
			}
			if note != "" {
				fmt.Fprintf(out, "Note: %s.\n", note)
			}
			return nil
		},
	}
}

func sortedPaths(m map[string]string) []string {
	return slices.Sorted(maps.Keys(m))
}

func onOffWord(b bool) string {
	if b {
		return "on"
	}
	return "off"
}
