package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/termsafe"
)

// historyOpts are the flags of `centra history`.
type historyOpts struct {
	json                bool
	since, until, rtine string
	limit               int
	// limitSet says --limit was given; without it a terminal shows the
	// newest tableDefault sessions and says how to see more.
	limitSet bool
}

// tableDefault is how many sessions the table shows on a terminal when
// neither --since nor --limit says otherwise.
const tableDefault = 50

// historyFilter turns the flags into a store filter.
func (o historyOpts) filter(now time.Time) (history.Filter, error) {
	var f history.Filter
	var err error
	if o.since != "" {
		if f.Since, err = parseSince(o.since, now); err != nil {
			return f, err
		}
	}
	if o.until != "" {
		if f.Until, err = parseUntil(o.until, now); err != nil {
			return f, err
		}
	}
	if o.limit < 0 {
		return f, usagef("the number of sessions (--limit) must be 0 (all) or more")
	}
	f.RoutineID = o.rtine
	return f, nil
}

// runHistory prints the sessions the flags select: JSON for scripts (the
// export document of the history package, filtered), else a table, newest
// first, read a page at a time.
func runHistory(ctx context.Context, g *globals, o historyOpts, w io.Writer, terminal bool) error {
	w = termsafe.Writer(w) // routine names and reasons come from the database
	f, err := o.filter(g.clock().Now())
	if err != nil {
		return err
	}
	st, err := openStore(g)
	if err != nil {
		return err
	}
	defer st.Close()
	// A session whose program was killed shows as cut short at once, not
	// as in progress until centra next starts.
	markAt := g.clock().Now()
	if g.fakeTime() {
		markAt = markAt.AddDate(100, 0, 0) // as at launch: sped-up sessions run ahead
	}
	if _, err := st.Journal().MarkInterrupted(ctx, markAt); err != nil {
		return explainOpenError(g.resolveDataDir(), history.Explain(st.Path(), err))
	}
	bw := bufio.NewWriter(w)
	if o.json {
		if err := st.Export().JSON(ctx, bw, history.JSONOptions{Filter: f, Function: true, PlanChanges: true, Walks: true}); err != nil {
			return err
		}
		return bw.Flush()
	}
	limit := o.limit
	if !o.limitSet && terminal && f.Since.IsZero() {
		limit = tableDefault
	}
	if err := writeTable(ctx, st, bw, f, limit); err != nil {
		return err
	}
	if f.RoutineID == "" {
		if err := writeWalks(ctx, st, bw, f); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// writeTable writes the sessions f selects as an aligned table, at most
// limit (0: all) of them, reading pageSize at a time.
func writeTable(ctx context.Context, st *history.Store, w io.Writer, f history.Filter, limit int) error {
	total, err := st.Sessions().Count(ctx, f)
	if err != nil {
		return err
	}
	what := describeRange(f.Since, f.Until)
	if f.RoutineID != "" {
		what += ", routine " + f.RoutineID
	}
	if total == 0 {
		_, err := fmt.Fprintf(w, "No sessions (%s).\n", what)
		return err
	}
	fmt.Fprintf(w, "How far down the pain reached: %s.\n\n", routines.ReachScale(" · "))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "WHEN\tROUTINE\tSETS\tENDED\tPAIN REACHED\tLEG PAIN\tRESPONSE")
	const page = 500
	shown := 0
	for f.Limit = page; limit == 0 || shown < limit; {
		if limit > 0 {
			f.Limit = min(page, limit-shown)
		}
		sums, err := st.Sessions().List(ctx, f)
		if err != nil {
			return err
		}
		rows, err := st.Sessions().Rows(ctx, sums)
		if err != nil {
			return err
		}
		for _, r := range rows {
			fmt.Fprintln(tw, tableRow(r))
		}
		shown += len(sums)
		if len(sums) < f.Limit {
			break
		}
		f.BeforeID = sums[len(sums)-1].ID
		if err := tw.Flush(); err != nil { // hand each page on
			return err
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if shown < total {
		_, err = fmt.Fprintf(w, "\nThe newest %d of %d sessions (%s). See more with --since 30d, --limit N (0 for all) or --json.\n",
			shown, total, what)
	}
	return err
}

// writeWalks writes the walks logged in f's range after the sessions,
// newest first: walks are kept apart from the sessions and never count as
// sets.
func writeWalks(ctx context.Context, st *history.Store, w io.Writer, f history.Filter) error {
	recs, err := st.Walks().List(ctx, f.Since, f.Until)
	if err != nil || len(recs) == 0 {
		return err
	}
	total := 0
	for _, r := range recs {
		total += r.Minutes
	}
	fmt.Fprintf(w, "\nWalks (%s): %d, %d min in all.\n", describeRange(f.Since, f.Until), len(recs), total)
	for i := len(recs) - 1; i >= 0; i-- {
		if _, err := fmt.Fprintln(w, "  "+app.WalkLine(recs[i].Walk)); err != nil {
			return err
		}
	}
	return nil
}

// tableRow is one session as a tab-separated row.
func tableRow(r app.SessionRow) string {
	sets := app.SetsShort(r)
	ended := strings.ReplaceAll(string(r.Status), "-", " ")
	if r.Status == routines.StatusCompleted && r.Reason == routines.ReasonLastSetSkipped {
		_, ended = app.StatusWords(r.Status, r.Reason)
	}
	pain, leg := "-", "-"
	switch b, l := r.Baseline, r.Last; {
	case b != nil && l != nil:
		pain = fmt.Sprintf("%d %s → %d %s", b.Reach, app.ShortReach(b.Reach), l.Reach, app.ShortReach(l.Reach))
		leg = fmt.Sprintf("%d → %d", b.LegPain, l.LegPain)
	case b != nil:
		pain, leg = fmt.Sprintf("%d %s", b.Reach, app.ShortReach(b.Reach)), fmt.Sprint(b.LegPain)
	}
	sym, word := app.SessionResponse(r)
	return strings.Join([]string{r.StartedAt.Format("2006-01-02 15:04"), r.RoutineName, sets, ended, pain, leg, sym + " " + word}, "\t")
}
