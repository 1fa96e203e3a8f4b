package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/routines/adherence"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/tui"
)

// exitError ends centra with a given exit status. With a nil err nothing
// is printed: the command has already said what it had to (`centra due`
// exits 1 when a set is overdue).
type exitError struct {
	err  error
	code int
}

func (e exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

func (e exitError) Unwrap() error { return e.err }

// Exit statuses of `centra due`.
const (
	dueOK      = 0 // no set is overdue (or the program is paused)
	dueOverdue = 1 // a set is overdue
	dueError   = 2 // the history could not be read
)

func newDueCmd(g *globals) *cobra.Command {
	var short, asJSON bool
	cmd := &cobra.Command{
		Use:   "due",
		Short: "When the next set is due, for shell prompts and cron (exit 1 when overdue)",
		Long: "Say when the next set is due, with today's sets against the plan's target and the\n" +
			"streak of days. The exit status says whether a set is overdue: 0 not overdue (or\n" +
			"exercises are paused), 1 overdue, 2 the history could not be read.",
		Example: "  centra due\n  centra due --short          # 5/8 due 14:30, for a prompt\n" +
			"  centra due >/dev/null || notify-send 'Time for your exercises'",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			now := g.clock().Now()
			due, _, err := dueWithPlan(cmd.Context(), g, now)
			if err != nil {
				return exitError{err: err, code: dueError}
			}
			switch {
			case asJSON:
				b, _ := json.Marshal(due.JSON(now))
				fmt.Fprintln(os.Stdout, string(b))
			case short:
				fmt.Fprintln(os.Stdout, due.Status.Short(now))
			default:
				fmt.Fprintln(os.Stdout, due.Sentence(now))
			}
			if due.Status.Overdue {
				return exitError{code: dueOverdue}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&short, "short", false, "one short line for a shell prompt: 5/8 due 14:30, 5/8 overdue, paused")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the status as JSON")
	return cmd
}

// dueJSON is what `centra due --json` prints.
type dueJSON = app.DueJSON

// dueStatus reads what `centra due` says. It opens the history read-only
// and without the full health check, so that a shell prompt stays quick;
// with no history yet nothing is due.
func dueStatus(ctx context.Context, g *globals, now time.Time) (adherence.Status, error) {
	due, _, err := dueWithPlan(ctx, g, now)
	return due.Status, err
}

// dueWithPlan is what `centra due` says (the sets and today's walks) with
// the plan it was computed from (its hold, its waking hours), for `centra
// remind`.
func dueWithPlan(ctx context.Context, g *globals, now time.Time) (app.Due, coach.Plan, error) {
	st, err := history.OpenReadOnly(g.resolveDataDir(), history.WithClock(g.clock()))
	if err != nil && !errors.Is(err, os.ErrNotExist) && !errors.Is(err, history.ErrNeedsUpgrade) {
		return app.Due{}, coach.Plan{}, explainOpenError(g.resolveDataDir(), err)
	}
	status, plan, err := dueFrom(ctx, g, st, err, now)
	if err != nil && st != nil {
		// Name the file: a query fails on a damaged page only now.
		return status, plan, explainOpenError(g.resolveDataDir(), history.Explain(st.Path(), err))
	}
	return status, plan, err
}

// dueFrom computes the status from the store OpenReadOnly gave (st, err).
func dueFrom(ctx context.Context, g *globals, st *history.Store, err error, now time.Time) (app.Due, coach.Plan, error) {
	switch {
	case errors.Is(err, os.ErrNotExist):
		p := withSettings(adherence.DefaultPlan())
		return app.Due{Status: adherence.Compute(p, 0, 0, time.Time{}, now), Walks: coach.WalkPlan(p, nil)}, p, nil
	case errors.Is(err, history.ErrNeedsUpgrade):
		st, err = openStore(g) // upgrades it, once
	}
	if err != nil {
		return app.Due{}, coach.Plan{}, err
	}
	defer st.Close()
	plan, err := tui.LoadSchedule(ctx, st.Journal())
	if err != nil {
		return app.Due{}, coach.Plan{}, err
	}
	plan = withSettings(plan)
	y, m, d := now.Date()
	today, err := st.Days().Summaries(ctx, time.Date(y, m, d, 0, 0, 0, 0, now.Location()), now.Add(time.Nanosecond))
	if err != nil {
		return app.Due{}, coach.Plan{}, err
	}
	streak, err := st.Days().Streak(ctx, now)
	if err != nil {
		return app.Due{}, coach.Plan{}, err
	}
	last, _, err := st.Days().LastSetDone(ctx)
	if err != nil {
		return app.Due{}, coach.Plan{}, err
	}
	walks, err := app.ReadWalks(ctx, st.Reader(), plan, now) // as home reads them
	if err != nil {
		return app.Due{}, coach.Plan{}, err
	}
	done := 0
	if len(today) > 0 {
		done = today[len(today)-1].Done
	}
	return app.Due{Status: adherence.Compute(plan, done, streak, last, now), Walks: walks}, plan, nil
}
