package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/linemode"
	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// EnvAccessible turns the accessible line mode on, as --accessible does.
const EnvAccessible = "ACCESSIBLE"

// accessibleOn reports whether the line mode is asked for: --accessible, or
// ACCESSIBLE set to a true value (1, true, yes, on).
func (g *globals) accessibleOn() bool { return g.accessible || envAccessible() }

// accessibleCmd reports whether the line mode is asked for, from a
// command's inherited --accessible flag or the environment.
func accessibleCmd(cmd *cobra.Command) bool {
	if f := cmd.Flag("accessible"); f != nil && f.Value.String() == "true" {
		return true
	}
	return envAccessible()
}

// envAccessible reads ACCESSIBLE: 1, true, yes or on.
func envAccessible() bool {
	v := strings.ToLower(strings.TrimSpace(os.Getenv(EnvAccessible)))
	if b, err := strconv.ParseBool(v); err == nil {
		return b
	}
	return v == "yes" || v == "on"
}

// runLineMode runs the accessible line mode on in and out: what the full
// screens do, as plain line prompts. It needs no terminal, so input can
// come from a file. A routine id goes straight into that routine ("plan"
// the suggested one, "test" the direction test).
func runLineMode(ctx context.Context, g *globals, routineID string, in io.Reader, out, errOut io.Writer) error {
	if err := g.validate(); err != nil {
		return err
	}
	cat, catNotices, err := loadCatalog(errOut)
	if err != nil {
		return err
	}
	if routineID != "" && routineID != "plan" && routineID != "test" {
		if _, ok := cat.Routine(routineID); !ok {
			return usagef("there is no routine %q; try one of: %s", routineID, routineIDs(cat))
		}
	}
	st, err := openStore(g)
	if err != nil {
		return err
	}
	defer st.Close()
	// SIGTERM and a closed terminal end a session as ctrl+c does: kept as
	// cut short.
	ctx, stop := signal.NotifyContext(ctx, stopSignals...)
	defer stop()

	notices := append(st.Notices(), catNotices...)
	if cut, err := st.MarkInterrupted(ctx, time.Now()); err == nil {
		for _, s := range cut {
			notices = append(notices, fmt.Sprintf("Your %s session of %s was cut short. What you did was kept: %d set(s) saved.",
				s.RoutineName, s.StartedAt.Local().Format("Mon 2 Jan 15:04"), s.SetsRecorded))
		}
	}
	var last *routines.CheckIn
	if c, ok, err := st.LastCheckIn(ctx); err == nil && ok {
		last = &c
	}
	var plan *coach.Plan
	if p, ok, err := persist.LoadPlan(ctx, st); err != nil {
		return fmt.Errorf("reading your plan from %s: %w", st.Path(), err)
	} else if ok {
		plan = &p
	}
	cfg, cfgNotices := loadSettings(errOut)
	notices = append(notices, cfgNotices...)
	if plan != nil {
		*plan = cfg.ApplyPlan(*plan)
	}
	var clock routines.Clock = routines.SystemClock{}
	if g.speed != 1 {
		clock = routines.NewScaledClock(clock, g.speed)
	}
	interactive := false
	if f, ok := in.(*os.File); ok {
		interactive = term.IsTerminal(f.Fd())
	}
	err = linemode.Run(ctx, linemode.Deps{
		In: in, Out: out, Interactive: interactive,
		Catalog: cat, Store: st, Clock: clock, Runner: cfg.RunnerOptions(),
		Plan: plan, LastCheckIn: last, Notices: notices,
		History: func(ctx context.Context, n int) ([]linemode.Past, error) { return pastSessions(ctx, st, n) },
		Start:   routineID,
	})
	if errors.Is(err, linemode.ErrInterrupted) {
		return interruptedError{}
	}
	return err
}

// pastSessions reads the last n sessions for the line mode's summary.
func pastSessions(ctx context.Context, st *history.Store, n int) ([]linemode.Past, error) {
	sums, err := st.Sessions(ctx, history.Filter{Limit: n})
	if err != nil {
		return nil, err
	}
	out := make([]linemode.Past, len(sums))
	for i, s := range sums {
		out[i] = linemode.Past{At: s.StartedAt, Routine: s.RoutineName, Status: s.Status,
			SetsDone: s.SetsDone, SetsPlanned: s.SetsPlanned, Before: readingOf(s.Baseline), After: readingOf(s.Last)}
	}
	return out, nil
}

func readingOf(r *history.Reading) *linemode.Reading {
	if r == nil {
		return nil
	}
	return &linemode.Reading{Reach: r.Reach, LegPain: r.LegPain, BackPain: r.BackPain}
}
