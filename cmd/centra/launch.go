package main

import (
	"context"
	"fmt"
	"io"

	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/save"
)

// launch is what both interfaces, the full screens and the line mode,
// start from: the open store and what it says, the person's last check-in
// and plan, their settings, and the clock the timers run on.
type launch struct {
	store   *history.Store
	notices []string
	last    *routines.CheckIn
	plan    *coach.Plan
	// answers are the first-run answers; nil before the first run.
	answers *coach.Answers
	cfg     config.Config
	clock   routines.Clock
	// recovery are the recovery files of results an earlier run could
	// not save, which both interfaces offer to save.
	recovery []string
}

// checkedCatalog loads the library with the person's own routines and
// checks that a routine id given on the command line exists ("plan" and
// "test" stand for the plan's routine and the direction test).
func checkedCatalog(routineID string, errOut io.Writer) (*routines.Catalog, []string, error) {
	cat, notices, err := loadCatalog(errOut)
	if err != nil {
		return nil, nil, err
	}
	if routineID != "" && routineID != "plan" && routineID != "test" && routineID != "function" {
		if _, ok := cat.Routine(routineID); !ok {
			return nil, nil, usagef("there is no routine %q; try one of: %s", routineID, routineIDs(cat))
		}
	}
	return cat, notices, nil
}

// prepare reads the settings, opens the store and gathers the rest. The
// caller closes l.store.
func prepare(ctx context.Context, g *globals, errOut io.Writer, notices []string) (*launch, error) {
	cfg, cfgNotices := loadSettings(errOut)
	return openLaunch(ctx, g, cfg, append(notices, cfgNotices...))
}

// openLaunch opens the store and gathers what the interfaces start from.
// Sessions left in progress by a program that died are marked cut short
// and reported. The caller closes l.store.
func openLaunch(ctx context.Context, g *globals, cfg config.Config, notices []string) (*launch, error) {
	st, err := openStore(g)
	if err != nil {
		return nil, err
	}
	l := &launch{store: st, notices: append(st.Notices(), notices...), clock: g.clock(), cfg: cfg}
	// A run at --now or --speed keeps the times its clock made up, so an
	// earlier run's session may seem to start in the future: look at every session
	// (MarkInterrupted still leaves those of running programs alone).
	markAt := g.clock().Now()
	if g.fakeTime() {
		markAt = markAt.AddDate(100, 0, 0)
	}
	if cut, err := st.Journal().MarkInterrupted(ctx, markAt); err == nil {
		for _, s := range cut {
			l.notices = append(l.notices, cutShortNotice(s))
		}
	}
	if a, ok, err := persist.LoadAnswers(ctx, st.Journal()); err == nil && ok {
		l.answers = &a
	}
	if c, ok, err := st.Sessions().LastCheckIn(ctx); err == nil && ok {
		l.last = &c
	} else if a := l.answers; a != nil && a.Baseline != nil {
		// No session yet: the first one's baseline starts from the first
		// run's.
		c := *a.Baseline
		l.last = &c
	}
	if p, ok, err := persist.LoadPlan(ctx, st.Journal()); err != nil {
		st.Close()
		return nil, fmt.Errorf("reading your plan from %s: %w", st.Path(), err)
	} else if ok {
		l.plan = &p
	}
	if l.plan != nil {
		*l.plan = l.cfg.ApplyPlan(*l.plan)
	}
	l.recovery, _ = save.Pending(st.Dir()) // unreadable folder: Open would have failed
	return l, nil
}

// cutShortNotice tells the person what was kept of a session that a crash
// or a closed terminal cut short.
func cutShortNotice(s history.SessionSummary) string {
	return fmt.Sprintf("Your %s session of %s was cut short. What you did was kept: %d set(s) saved.",
		s.RoutineName, s.StartedAt.Local().Format("Mon 2 Jan 15:04"), s.SetsRecorded)
}
