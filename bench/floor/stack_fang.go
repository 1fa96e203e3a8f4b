//go:build stack_fang

package main

import (
	"context"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"
)

// Runs a command line through fang and cobra, as centra's does: one root
// command with a flag, parsed from no arguments, whose run does nothing.
func init() {
	stackSteps = append(stackSteps, func() any {
		var n int
		root := &cobra.Command{Use: "floor", RunE: func(*cobra.Command, []string) error { return nil }}
		root.Flags().IntVar(&n, "count", 1, "a flag to parse")
		root.SetArgs([]string{})
		if err := fang.Execute(context.Background(), root, fang.WithoutManpage()); err != nil {
			fail(err)
		}
		return root
	})
}
