package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/centra-app/centra/content"
	"github.com/centra-app/centra/content/guide"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/termsafe"
)

func newRoutinesCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "routines",
		Short: "List, show and check routines, built-in and your own",
		Long: "Your own routines are TOML files in " + customDir() + ",\n" +
			"with the same schema as the built-in ones (see docs/routines.md). A file with a\n" +
			"problem is reported and skipped; the others still load.",
		Example: "  centra routines list\n  centra routines show extension\n  centra routines validate my-routine.toml",
		Args:    cobra.NoArgs,
	}
	cmd.AddCommand(newRoutinesListCmd(), newRoutinesShowCmd(), newRoutinesValidateCmd())
	return cmd
}

func newRoutinesListCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "list",
		Short:   "List every routine: built-in first, then your own",
		Example: "  centra routines list",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			base, err := content.Builtin()
			if err != nil {
				return err
			}
			cat, probs := content.LoadCustom(base, customDir())
			out := termsafe.Writer(cmd.OutOrStdout()) // names from files
			listRoutines(out, "Built-in", base.Routines())
			var own []*routines.Routine
			for _, r := range cat.Routines() {
				if _, builtin := base.Routine(r.ID); !builtin {
					own = append(own, r)
				}
			}
			fmt.Fprintln(out)
			switch {
			case len(own) > 0:
				listRoutines(out, "Your own, from "+customDir(), own)
			case len(probs) > 0:
				fmt.Fprintf(out, "Your own: none that could be read, from %s.\n", customDir())
			default:
				fmt.Fprintf(out, "Your own: none yet (put .toml files in %s).\n", customDir())
			}
			listSkipped(out, probs)
			for _, p := range probs {
				fmt.Fprintln(cmd.ErrOrStderr(), termsafe.String(p.Error()))
			}
			if len(probs) > 0 {
				fmt.Fprintln(cmd.ErrOrStderr(), "Files with problems were skipped.")
			}
			return nil
		},
	}
}

// listSkipped names each custom file that was skipped, under the list,
// with its problems (file:line:col: message, as validate prints them).
func listSkipped(w io.Writer, probs []content.Problem) {
	if len(probs) == 0 {
		return
	}
	files := map[string]bool{}
	for _, p := range probs {
		files[p.File] = true
	}
	what := "A file was skipped"
	if len(files) > 1 {
		what = fmt.Sprintf("%d files were skipped", len(files))
	}
	fmt.Fprintln(w, what+" for a problem (check it with `centra routines validate FILE`):")
	for _, p := range probs {
		fmt.Fprintln(w, "  "+p.Error())
	}
}

func listRoutines(w io.Writer, title string, rs []*routines.Routine) {
	fmt.Fprintln(w, title+":")
	width := 0
	for _, r := range rs {
		width = max(width, len(r.ID))
	}
	for _, r := range rs {
		mins := max(1, int(r.Length().Minutes()+0.5))
		fmt.Fprintf(w, "  %-*s  %s · about %d min\n", width, r.ID, r.Name, mins)
	}
}

func newRoutinesShowCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "show ID",
		Short:   "Show a routine: its exercises with their doses, steps and cautions",
		Example: "  centra routines show extension\n  centra routines show core | less",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			base, err := content.Builtin()
			if err != nil {
				return err
			}
			cat, _ := content.LoadCustom(base, customDir())
			r, ok := cat.Routine(args[0])
			if !ok {
				return usagef("there is no routine %q; try one of: %s", args[0], routineIDs(cat))
			}
			return printMarkdown(cmd.OutOrStdout(), guide.Routine(r), accessibleCmd(cmd))
		},
		ValidArgsFunction: routineCompletion,
	}
}

func newRoutinesValidateCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "validate FILE...",
		Short: "Check routine files: exit status 0 when they are fine, 1 when not",
		Long: "Checks each file against the built-in library, as centra would load it, and prints\n" +
			"every problem as file:line:col: message, the form editors jump to. Use - to read\n" +
			"standard input.",
		Example: "  centra routines validate my-routine.toml\n  centra routines validate ~/.config/centra/routines/*.toml",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			base, err := content.Builtin()
			if err != nil {
				return err
			}
			bad := 0
			for _, path := range args {
				var probs []content.Problem
				if path == "-" {
					data, rerr := io.ReadAll(cmd.InOrStdin())
					if rerr != nil {
						return rerr
					}
					probs = content.Validate(base, "<stdin>", data)
				} else {
					probs = content.ValidateFile(base, path)
				}
				for _, p := range probs {
					fmt.Fprintln(cmd.OutOrStdout(), p.Error())
				}
				if len(probs) > 0 {
					bad++
				}
			}
			if bad > 0 {
				return validationError{files: bad}
			}
			if len(args) == 1 {
				fmt.Fprintf(cmd.ErrOrStderr(), "%s: no problems found\n", args[0])
			} else {
				fmt.Fprintf(cmd.ErrOrStderr(), "%d files: no problems found\n", len(args))
			}
			return nil
		},
	}
}

// validationError ends `routines validate` with exit status 1; the
// problems are already printed.
type validationError struct{ files int }

func (e validationError) Error() string {
	if e.files == 1 {
		return "the file has problems (listed above)"
	}
	return fmt.Sprintf("%d files have problems (listed above)", e.files)
}

// routineCompletion completes routine ids, built-in and custom.
func routineCompletion(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	base, err := content.Builtin()
	if err != nil {
		return nil, cobra.ShellCompDirectiveError
	}
	cat, _ := content.LoadCustom(base, customDir())
	var ids []string
	for _, r := range cat.Routines() {
		ids = append(ids, r.ID+"\t"+r.Name)
	}
	return ids, cobra.ShellCompDirectiveNoFileComp
}
