package main

import (
	"os"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
)

func newHistoryCmd(g *globals) *cobra.Command {
	var o historyOpts
	cmd := &cobra.Command{
		Use:   "history",
		Short: "Show past sessions: a table on a terminal, JSON for scripts",
		Example: "  centra history --since 7d\n  centra history --since 2026-10-01 --routine extension\n" +
			"  centra history --json | jq '.sessions[0]'",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.limitSet = cmd.Flags().Changed("limit")
			return runHistory(cmd.Context(), g, o, os.Stdout, term.IsTerminal(os.Stdout.Fd()))
		},
	}
	cmd.Flags().BoolVar(&o.json, "json", false, "print the sessions with their sets, check-ins and decisions as JSON")
	cmd.Flags().StringVar(&o.since, "since", "", "only sessions from this far back: 30d, 2w or a date like 2026-10-01")
	cmd.Flags().StringVar(&o.until, "until", "", "only sessions up to and including this date, like 2026-10-31")
	cmd.Flags().StringVar(&o.rtine, "routine", "", "only sessions of this routine (its id, e.g. extension)")
	cmd.Flags().IntVar(&o.limit, "limit", 0, "show at most N sessions in the table, newest first (0: all; a terminal shows 50 unless --since is given)")
	return cmd
}
