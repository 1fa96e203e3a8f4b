package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/centra-app/centra/content"
	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/tui"
)

// globals are the flags every command shares.
type globals struct {
	dataDir string
	speed   float64
	noBell  bool
	// voice and voiceLog try the spoken cues, and record what they say.
	voice    bool
	voiceLog string
	// accessible runs the line mode (linemode) instead of the screens.
	accessible bool
	// now is the hidden --now flag: the time centra's clock starts at.
	now string
	// base is the clock the run starts from (clock.go); clk is the run's
	// clock once made.
	base routines.Clock
	clk  routines.Clock
}

// newRootCmd builds the command line on the given clock: the system clock
// in main, a fixed one in tests.
func newRootCmd(base routines.Clock) *cobra.Command {
	g := &globals{base: base}
	root := &cobra.Command{
		Use:   "centra",
		Short: "A calm terminal coach for your sciatica exercises",
		Long: "centra walks you through McKenzie-style exercises with timers, asks after every set\n" +
			"whether the leg pain moved up toward your back or down your leg, and keeps a history.\n" +
			"It is a coach, not a diagnosis. Everything stays on this computer.",
		Example:       "  centra                  # the home screen\n  centra start extension  # straight into a routine\n  centra history --json   # every session as JSON",
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTUI(cmd.Context(), g, "")
		},
	}
	// The hidden clock flags are checked before any command reads the
	// history, so that a made-up time never reaches a real one.
	pf := root.PersistentFlags()
	pf.StringVar(&g.dataDir, "data-dir", "", "where centra keeps your history (env CENTRA_DATA_DIR; default "+history.DefaultDir()+")")
	pf.Float64Var(&g.speed, "speed", 1, "run every timer N times faster (demos and tests)")
	pf.BoolVar(&g.noBell, "no-bell", false, "no cues at all this time: no bell, no voice")
	pf.BoolVar(&g.voice, "voice", false, "speak the cues aloud this time (the system's speech engine; the bell when there is none)")
	pf.StringVar(&g.voiceLog, "voice-log", "", "write every spoken cue, with its time, to this file")
	_ = pf.MarkHidden("voice-log")
	pf.BoolVar(&g.accessible, "accessible", false, "plain line prompts instead of screens, for screen readers and scripts (env ACCESSIBLE=1)")
	pf.StringVar(&g.now, "now", "", "start centra's clock at this time, e.g. 2026-12-01T09:30 (demos and tests)")
	_ = pf.MarkHidden("speed")
	_ = pf.MarkHidden("now")
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
		// An empty --data-dir is almost always a variable that was not set
		// (--data-dir "$DIR"): refuse it rather than quietly using the
		// default folder, the person's real history.
		if cmd.Flags().Changed("data-dir") && strings.TrimSpace(g.dataDir) == "" {
			return usagef("the data folder (--data-dir) is empty: name a folder, or leave the flag out to use %s", history.DefaultDir())
		}
		return g.validate()
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err.Error()} })
	root.AddCommand(newStartCmd(g), newTestCmd(g), newFunctionCmd(g), newHistoryCmd(g), newBackupCmd(g), newRestoreCmd(g), newSettingsCmd(),
		newRoutinesCmd(), newGuideCmd(), newLibraryCmd())
	root.AddCommand(newDueCmd(g), newRemindCmd(g), newExportCmd(g), newDevCmd(g)) // the history's commands (due.go, export.go)
	return root
}

func newStartCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:     "start [ROUTINE]",
		Short:   "Go straight into a routine (the suggested one when none is named)",
		Example: "  centra start\n  centra start extension\n  centra start core",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id := "plan"
			if len(args) == 1 {
				id = args[0]
			}
			return runTUI(cmd.Context(), g, id)
		},
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			cat, err := content.Builtin()
			if err != nil {
				return nil, cobra.ShellCompDirectiveError
			}
			var ids []string
			for _, r := range cat.Routines() {
				ids = append(ids, r.ID+"\t"+r.Name)
			}
			return ids, cobra.ShellCompDirectiveNoFileComp
		},
	}
}

func newFunctionCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "function",
		Short: "The weekly check of what you can do: your own activities rated 0-10, and minutes of sitting and walking",
		Long: "Once a week centra asks, on the home screen, what the sciatica still makes hard: up to three\n" +
			"activities you name (the Patient-Specific Functional Scale, Stratford et al. 1995), rated 0\n" +
			"(cannot do it) to 10 (as before the problem), the same ones every week, and how long you can\n" +
			"sit and walk before the leg pain starts. This command takes it any time. History and the\n" +
			"reports for your physiotherapist show it beside your pain, with the changes that matter.",
		Example: "  centra function\n  centra --accessible function",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTUI(cmd.Context(), g, "function")
		},
	}
}

func newTestCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:     "test",
		Short:   "Run the guided direction test: which movement helps your leg pain",
		Long:    "The direction test takes a baseline, runs short sets of one direction with a check-in\nafter each, and follows the rules to find the direction that draws the pain up toward\nyour back (or says that none did). The result becomes your plan; every result is kept.",
		Example: "  centra test",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTUI(cmd.Context(), g, "test")
		},
	}
}

// resolveDataDir applies --data-dir, then CENTRA_DATA_DIR, then the default.
func (g *globals) resolveDataDir() string {
	if g.dataDir != "" {
		return g.dataDir
	}
	if d := os.Getenv("CENTRA_DATA_DIR"); d != "" {
		return d
	}
	return history.DefaultDir()
}

func (g *globals) validate() error {
	if !(g.speed > 0 && g.speed <= 1000) { // NaN fails both
		return usagef("the timer speed (--speed) must be above 0 and at most 1000, got %s", strconv.FormatFloat(g.speed, 'g', -1, 64))
	}
	// A sped-up clock records sped-up times: keep them out of the real
	// history.
	if g.speed != 1 && !g.ownDataDir() {
		return usagef("the timer speed (--speed) is for demos and tests, and its sessions carry sped-up times: give it its own --data-dir so your real history keeps real times")
	}
	return g.validateClock()
}

func openStore(g *globals) (*history.Store, error) {
	st, err := history.Open(g.resolveDataDir(), history.WithClock(g.clock()))
	if err != nil {
		return nil, explainOpenError(g.resolveDataDir(), err)
	}
	return st, nil
}

// runTUI opens the history and runs the interface. A routine id goes
// straight into that routine.
func runTUI(ctx context.Context, g *globals, routineID string) error {
	if err := g.validate(); err != nil {
		return err
	}
	if g.accessibleOn() {
		return runLineMode(ctx, g, routineID, os.Stdin, os.Stdout, os.Stderr)
	}
	cat, catNotices, err := checkedCatalog(routineID, os.Stderr)
	if err != nil {
		return err
	}
	if !term.IsTerminal(os.Stdin.Fd()) || !term.IsTerminal(os.Stdout.Fd()) {
		return errors.New("centra needs a terminal to show its screens; for scripts use `centra history --json`, or run `centra --accessible`")
	}
	cfg, cfgNotices := loadSettings(os.Stderr)
	cfg = applyCueFlags(g, cfg)
	notices := append(catNotices, cfgNotices...)
	clock := g.clock()
	v, err := openVoice(g, clock.Now)
	if err != nil {
		return err
	}
	defer v.Close()
	var speaker tui.Voice
	if v.speaker != nil {
		speaker = v.speaker
	}
	if n := v.notice(cfg.Cues); n != "" {
		notices = append(notices, n)
	}

	// The history opens after the first frame: its health check reads the
	// whole file. Today's backup starts as soon as it is open.
	var (
		mu         sync.Mutex
		opened     *launch
		waitBackup func() error
	)
	m := tui.New(tui.Deps{
		Catalog:      cat,
		Clock:        clock,
		Voice:        speaker,
		NoVoice:      v.why,
		Settings:     settingsFor(cfg),
		StartRoutine: routineID,
		Reading:      guideReading{},
		Open: func(ctx context.Context) (tui.Loaded, error) {
			l, err := openLaunch(ctx, g, cfg, notices)
			if err != nil {
				return tui.Loaded{}, err
			}
			mu.Lock()
			opened, waitBackup = l, backupInBackground(context.Background(), l.store, g.clock().Now())
			mu.Unlock()
			return tui.Loaded{Store: l.store.Journal(), History: l.store.Reader(), Triggers: l.store.Reader(), Function: l.store.Reader(), Walks: l.store.Reader(),
				Plan: l.plan, Answers: l.answers, LastCheckIn: l.last, Notices: l.notices, Recovery: l.recovery}, nil
		},
	})
	err = runProgram(ctx, m, g.resolveDataDir(), g.clock(), os.Stderr)
	mu.Lock()
	defer mu.Unlock()
	if waitBackup != nil {
		if berr := waitBackup(); berr != nil {
			fmt.Fprintf(os.Stderr, "centra could not make today's backup: %v\n", berr)
		}
	}
	if opened != nil {
		opened.store.Close()
	}
	if err == nil {
		err = m.LoadErr()
	}
	if err != nil {
		return afterRun{err}
	}
	return nil
}

func routineIDs(cat *routines.Catalog) string {
	s := ""
	for i, r := range cat.Routines() {
		if i > 0 {
			s += ", "
		}
		s += r.ID
	}
	return s
}
