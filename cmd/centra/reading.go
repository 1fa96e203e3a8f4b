package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/content/guide"
	"github.com/centra-app/centra/figure"
	"github.com/centra-app/centra/termsafe"
	"github.com/centra-app/centra/tui/theme"
)

func newGuideCmd() *cobra.Command {
	var all bool
	cmd := &cobra.Command{
		Use:   "guide [PAGE]",
		Short: "Read the guide: what sciatica is, surgery, medicines, sitting, walking, bad days, staying well…",
		Long: "Short reading about sciatica and your exercises, in centra's own words. With no page,\n" +
			"the list of pages; a word of a page's name is enough (`centra guide heat`), and a word\n" +
			"of its text finds the page that has it (`centra guide wallet`).",
		Example: "  centra guide\n  centra guide sciatica\n  centra guide wallet\n  centra guide --all | less",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			md := guide.Contents()
			switch {
			case all:
				md = guide.All()
			case len(args) == 1:
				t, err := guide.Lookup(args[0])
				if err != nil {
					return usageError{err.Error()}
				}
				md = t.Markdown
			}
			return printMarkdown(cmd.OutOrStdout(), md, accessibleCmd(cmd))
		},
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			var ids []string
			for _, t := range guide.Topics() {
				ids = append(ids, t.ID+"\t"+t.Title)
			}
			return ids, cobra.ShellCompDirectiveNoFileComp
		},
	}
	cmd.Flags().BoolVar(&all, "all", false, "print every page, one after the other")
	return cmd
}

func newLibraryCmd() *cobra.Command {
	var all bool
	cmd := &cobra.Command{
		Use:     "library [EXERCISE]",
		Short:   "Read the library: every exercise with its steps, cues and cautions",
		Long:    "With no exercise, the list of exercises by family; with one, its figure, steps, cues and cautions.",
		Example: "  centra library\n  centra library press-up\n  centra library --all | less",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cat, _, err := loadCatalog(io.Discard)
			if err != nil {
				return err
			}
			md := guide.LibraryContents(cat)
			switch {
			case all:
				md = guide.Library(cat)
			case len(args) == 1:
				e, ok := cat.Exercise(args[0])
				if !ok {
					return usagef("there is no exercise %q; `centra library` lists them", args[0])
				}
				md = guide.Exercise(e, 1)
				if !accessibleCmd(cmd) {
					// The figure, above the text; in accessible mode its
					// words ("How it moves") say the same.
					if lines := figure.Strip(e, 76, 6); len(lines) > 0 {
						fmt.Fprintln(cmd.OutOrStdout(), "  "+strings.Join(lines, "\n  ")+"\n")
					}
				}
			}
			return printMarkdown(cmd.OutOrStdout(), md, accessibleCmd(cmd))
		},
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			cat, _, err := loadCatalog(io.Discard)
			if err != nil {
				return nil, cobra.ShellCompDirectiveError
			}
			var ids []string
			for _, e := range cat.Exercises() {
				ids = append(ids, e.ID+"\t"+e.Name)
			}
			return ids, cobra.ShellCompDirectiveNoFileComp
		},
	}
	cmd.Flags().BoolVar(&all, "all", false, "print every exercise in full")
	return cmd
}

// printMarkdown renders markdown for w: at most 80 columns wide, styled in
// the settings' theme on a terminal, plain text in a pipe, a file, with
// NO_COLOR or in accessible mode (plain).
func printMarkdown(w io.Writer, md string, plain bool) error {
	md = termsafe.String(md) // a custom routine's text may carry escape sequences
	width, colors := 80, guide.Colors{}
	f, isFile := w.(*os.File)
	if isFile && term.IsTerminal(f.Fd()) {
		if tw, _, err := term.GetSize(f.Fd()); err == nil && tw > 0 {
			width = min(tw, 80)
		}
		if os.Getenv("NO_COLOR") == "" && !plain {
			cfg, _ := config.Load(config.Path())
			p := theme.For(string(cfg.Theme), lipgloss.HasDarkBackground(os.Stdin, f), false).Palette
			colors = guideColors(p)
			// Fit the colours to what the terminal shows.
			w = colorprofile.NewWriter(f, os.Environ())
		}
	}
	out, err := guide.Render(md, width, colors)
	if err != nil {
		return err
	}
	_, err = fmt.Fprint(w, out)
	return err
}
