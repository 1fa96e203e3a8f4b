package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/centra-app/centra/content"
	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/history/story"
	"github.com/centra-app/centra/privatefile"
	reports "github.com/centra-app/centra/report"
	"github.com/centra-app/centra/termsafe"
)

// exportOpts are the flags of `centra export`.
type exportOpts struct {
	format, out, since, routine string
	// table picks what csv lists: check-ins (the default) or function.
	table string
	// force allows --out to replace an existing file.
	force bool
}

func newExportCmd(g *globals) *cobra.Command {
	var o exportOpts
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export your history: CSV for spreadsheets, JSON for programs, md or html for your physiotherapist",
		Long: "Export your history to standard output or, with --out, to a file readable only by you (0600).\n\n" +
			"  csv   one row per check-in, with its session and set, for spreadsheets; with\n" +
			"        --table function, one row per weekly function measure\n" +
			"  json  everything: every session with its sets, check-ins and decisions, and the\n" +
			"        trigger log (the history's export format, for reading back later)\n" +
			"  md    a summary a physiotherapist can read: the direction and how it was found, the\n" +
			"        plan and its changes, pain and function week by week with the changes that\n" +
			"        matter, the dose done, adherence, amber and red episodes, red flags, triggers\n" +
			"  html  the same as a printable report with charts: one self-contained file (no\n" +
			"        network references) that prints on two A4 or Letter pages\n\n" +
			"Only what you entered is exported. --since and --routine narrow csv and json; md and\n" +
			"html cover the days since you started (at most the last 12 weeks) unless --since\n" +
			"says otherwise.",
		Example: "  centra export --format html --out report.html\n  centra export --format md --out summary.md\n  centra export --format csv --since 90d > sets.csv\n" +
			"  centra export --format json --out centra-backup.json",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runExport(cmd.Context(), g, o, os.Stdout, os.Stderr)
		},
	}
	cmd.Flags().StringVar(&o.format, "format", "json", "csv, json, md or html")
	cmd.Flags().StringVar(&o.out, "out", "", "write to this new file (0600) instead of standard output; never inside centra's data folder")
	cmd.Flags().BoolVar(&o.force, "force", false, "let --out replace an existing file")
	cmd.Flags().StringVar(&o.since, "since", "", "only from this far back: 30d, 2w or a date like 2026-10-01")
	cmd.Flags().StringVar(&o.table, "table", "check-ins", "what csv lists: check-ins (one row each) or function (the weekly measures)")
	cmd.Flags().StringVar(&o.routine, "routine", "", "only sessions of this routine (csv and json)")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"csv", "json", "md", "html"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// runExport checks the flags, then writes the export to stdout or o.out.
func runExport(ctx context.Context, g *globals, o exportOpts, stdout, stderr io.Writer) error {
	now := g.clock().Now()
	o.format = strings.ToLower(strings.TrimSpace(o.format))
	switch o.format {
	case "csv", "json", "md", "html":
	case "pdf":
		return usagef("centra does not write PDF itself: export --format html and print it from a browser (Print, then Save as PDF); it is laid out for two A4 or Letter pages")
	default:
		return usagef("the format (--format) takes csv, json, md or html, got %q", o.format)
	}
	var f history.Filter
	if o.since != "" {
		var err error
		if f.Since, err = parseSince(o.since, now); err != nil {
			return err
		}
	}
	f.RoutineID = o.routine
	switch o.table = strings.ToLower(strings.TrimSpace(o.table)); {
	case o.table == "function" && o.format == "csv":
		o.format = "function-csv"
	case o.table == "function":
		return usagef("a table (--table function) is for csv; json and the reports include the function measures already")
	case o.table != "check-ins" && o.table != "":
		return usagef("the table (--table) takes check-ins or function, got %q", o.table)
	}
	if o.routine != "" && (o.format == "md" || o.format == "html") {
		return usagef("a routine (--routine) narrows csv and json; the md and html reports cover every routine")
	}
	target := privatefile.Options{DataDir: g.resolveDataDir(), Replace: o.force}
	if o.out != "" {
		// Refuse a bad target before the history is even opened.
		if err := privatefile.Check(o.out, target); err != nil {
			return err
		}
	}
	st, err := openStore(g)
	if err != nil {
		return err
	}
	defer st.Close()
	write := func(w io.Writer) error {
		// Notes and names come from the database: no escape sequence
		// reaches a terminal or a viewer (JSON escapes them already).
		sw := termsafe.Writer(w)
		if err := exportTo(ctx, st, sw, o.format, f, now); err != nil {
			return err
		}
		return termsafe.Flush(sw)
	}
	if o.out == "" {
		bw := bufio.NewWriter(stdout)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	if err := privatefile.Write(o.out, target, write); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "Wrote %s (readable only by you).\n", o.out)
	return nil
}

// exportTo writes one export format.
func exportTo(ctx context.Context, st *history.Store, w io.Writer, format string, f history.Filter, now time.Time) error {
	switch format {
	case "csv":
		return st.Export().CSV(ctx, w, f)
	case "function-csv":
		return st.Export().FunctionCSV(ctx, w, f)
	case "md", "html":
		cat, _ := content.Builtin() // names the exercises; ids serve if it fails
		r, err := reports.Build(ctx, st, reports.Options{Now: now, Since: f.Since, Catalog: cat})
		if err != nil {
			return err
		}
		if format == "html" {
			return reports.HTML(w, r)
		}
		return reports.Markdown(w, r)
	}
	return st.Export().JSON(ctx, w, history.JSONOptions{Filter: f, Triggers: true, Function: true, PlanChanges: true, Walks: true, Now: now})
}

// newDevCmd is hidden: tools for developers and demos.
func newDevCmd(g *globals) *cobra.Command {
	dev := &cobra.Command{Use: "dev", Short: "Developer tools", Hidden: true}
	var n int
	var seed uint64
	var story bool
	seedCmd := &cobra.Command{
		Use:   "seed",
		Short: "Fill the data dir with a long, realistic made-up history (30000 sessions is ten years)",
		Long: "Fill the data directory with made-up sessions ending today, about eight a day, and a trigger\n" +
			"every other day: for demos and for trying the history screens at ten years. Use an\n" +
			"empty --data-dir: it never touches a real history that already has sessions.",
		Example: "  centra --data-dir /tmp/ten-years dev seed --sessions 30000",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if story {
				return seedStory(cmd, g)
			}
			if n < 1 || n > 1_000_000 {
				return usagef("the number of sessions (--sessions) must be from 1 to 1000000")
			}
			st, err := openStore(g)
			if err != nil {
				return err
			}
			defer st.Close()
			if have, err := st.Sessions().Count(cmd.Context(), history.Filter{}); err != nil || have > 0 {
				if err == nil {
					err = usagef("%s already holds %d sessions: seed an empty --data-dir", st.Path(), have)
				}
				return err
			}
			days := (n + 7) / 8
			y, m, d := g.clock().Now().Date()
			start := time.Date(y, m, d-days, 7, 0, 0, 0, time.Local) // ends yesterday
			rng := rand.New(rand.NewPCG(seed, seed))
			if err := history.Seed(cmd.Context(), st, n, start, rng); err != nil {
				return err
			}
			if err := history.SeedTriggers(cmd.Context(), st, start, days, rng); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Seeded %d sessions over %d days in %s.\n", n, days, st.Path())
			return nil
		},
	}
	seedCmd.Flags().IntVar(&n, "sessions", 30000, "how many sessions")
	seedCmd.Flags().BoolVar(&story, "story", false, "instead, six weeks of one made-up person whose pain centralizes, ending today, for trying the reports")
	seedCmd.Flags().Uint64Var(&seed, "seed", 42, "random seed: the same seed gives the same history")
	dev.AddCommand(seedCmd)
	return dev
}

// seedStory writes the six-week story of history/story into an empty data
// dir, ending today on centra's clock.
func seedStory(cmd *cobra.Command, g *globals) error {
	st, err := openStore(g)
	if err != nil {
		return err
	}
	defer st.Close()
	if _, any, err := st.Days().First(cmd.Context()); err != nil || any {
		if err == nil {
			err = usagef("%s already holds a history: seed an empty --data-dir", st.Path())
		}
		return err
	}
	start := g.clock().Now().AddDate(0, 0, -(story.Days - 1))
	if err := story.Write(cmd.Context(), st, start, 7); err != nil {
		return err
	}
	fmt.Fprintf(cmd.OutOrStdout(), "Wrote a six-week story from %s in %s.\n", start.Format("Mon 2 Jan 2006"), st.Path())
	return nil
}
