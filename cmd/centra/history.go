package main

import (
	"bufio"
	"os"

	"github.com/spf13/cobra"
)

func newHistoryCmd(g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "history",
		Short:   "Show past sessions with their sets and check-ins",
		Example: "  centra history --json | jq '.[0]'",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !asJSON {
				return usagef("for now history prints JSON only: run `centra history --json`")
			}
			st, err := openStore(g)
			if err != nil {
				return err
			}
			defer st.Close()
			w := bufio.NewWriter(os.Stdout)
			if err := st.ExportJSON(cmd.Context(), w); err != nil {
				return err
			}
			return w.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print every session with its sets, check-ins and decisions as JSON")
	return cmd
}
