package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/muesli/mango"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/history"
)

// exitStatuses documents centra's exit statuses, for the man page (the
// README has the same table; cli_conventions_test.go checks both).
var exitStatuses = []struct {
	Code string
	Says string
}{
	{"0", "success"},
	{"1", "an error: the history could not be opened or written, the screen failed, a file was bad"},
	{"2", "a usage error: an unknown command, flag or routine, or a missing or extra argument"},
	{"130", "interrupted with ctrl+c; everything done so far was saved"},
	{"128+N", "stopped by signal N (129 the terminal was closed, 143 SIGTERM); a session in progress is kept as cut short"},
}

// conventions makes the command line behave as terminal users expect,
// across every command, including those added later: mistakes in
// arguments exit with status 2 like bad flags do, `completion` and `help`
// carry examples, and `man` prints a man page.
func conventions(root *cobra.Command) {
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	root.AddCommand(newManCmd())
	walk(root, func(c *cobra.Command) {
		if c.Args != nil {
			c.Args = usageArgs(c.Args)
		}
		switch c.Name() {
		case "help":
			if c.Example == "" {
				c.Example = "  centra help start"
			}
		case "completion":
			c.Example = "  centra completion bash > ~/.local/share/bash-completion/completions/centra\n" +
				"  centra completion zsh > \"${fpath[1]}/_centra\"\n" +
				"  centra completion fish > ~/.config/fish/completions/centra.fish"
		case "bash", "zsh", "fish", "powershell":
			if c.Parent() != nil && c.Parent().Name() == "completion" {
				c.Example = "  centra completion " + c.Name()
			}
		}
	})
}

// walk visits c and every command below it.
func walk(c *cobra.Command, visit func(*cobra.Command)) {
	visit(c)
	for _, sub := range c.Commands() {
		walk(sub, visit)
	}
}

// visible reports whether c and every command above it are shown in help.
func visible(c *cobra.Command) bool {
	for ; c != nil; c = c.Parent() {
		if c.Hidden {
			return false
		}
	}
	return true
}

// usageArgs makes an argument check's error a usage error (exit status 2).
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		err := check(cmd, args)
		var ue usageError
		if err != nil && !errors.As(err, &ue) {
			return usageError{err.Error()}
		}
		return err
	}
}

// normalizeNoColor makes any non-empty NO_COLOR turn colour off, as
// no-color.org asks ("regardless of its value"); the colour library only
// honours values such as 1 or true.
func normalizeNoColor() {
	if v, ok := os.LookupEnv("NO_COLOR"); ok && v != "" {
		_ = os.Setenv("NO_COLOR", "1")
	}
}

func newManCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "Print centra's man page (roff), to read with man or to install",
		Example: "  centra man | man -l -\n" +
			"  centra man > ~/.local/share/man/man1/centra.1",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprint(cmd.OutOrStdout(), manPage(cmd.Root()))
			return err
		},
	}
}

// manPage builds the man page from the command tree: every command and
// flag that is not hidden, every example, the exit statuses, the
// environment and the files.
func manPage(root *cobra.Command) string {
	page := mango.NewManPage(1, root.Name(), root.Short).WithLongDescription(reflow(root.Long))
	addManCommand(&page.Root, root)
	var ex []string
	walk(root, func(c *cobra.Command) {
		if !visible(c) || c.Example == "" || c.HasParent() && c.Parent().Name() == "completion" {
			return
		}
		for _, l := range strings.Split(c.Example, "\n") {
			ex = append(ex, strings.TrimSpace(l))
		}
	})
	page.WithSection("Examples", strings.Join(ex, "\n"))
	var codes []string
	for _, s := range exitStatuses {
		codes = append(codes, fmt.Sprintf("*%s: %s", s.Code, s.Says))
	}
	page.WithSection("Exit status", strings.Join(codes, "\n"))
	env := []string{
		"*CENTRA_DATA_DIR: where the history is kept (like --data-dir).",
		"*" + config.EnvDir + ": where the settings and custom routines are (default $XDG_CONFIG_HOME/centra).",
		"*NO_COLOR: any value turns colour off.",
	}
	if root.PersistentFlags().Lookup("accessible") != nil {
		env = append(env, "*ACCESSIBLE: any value runs the plain line mode, like --accessible.")
	}
	page.WithSection("Environment", strings.Join(env, "\n"))
	page.WithSection("Files", strings.Join([]string{
		"*" + history.DefaultDir() + "/" + history.FileName + ": the history (SQLite; folder 0700, file 0600).",
		"*" + config.Path() + ": the settings (see the README for every key).",
	}, "\n"))
	return page.Build(roff.NewDocument())
}

// addManCommand adds c's visible subcommands and flags under m.
func addManCommand(m *mango.Command, c *cobra.Command) {
	addFlags := func(fs *pflag.FlagSet) {
		fs.VisitAll(func(f *pflag.Flag) {
			if !f.Hidden {
				_ = m.AddFlag(mango.Flag{Name: f.Name, Short: f.Shorthand, Usage: f.Usage, PFlag: true})
			}
		})
	}
	addFlags(c.LocalNonPersistentFlags())
	addFlags(c.PersistentFlags())
	for _, sub := range c.Commands() {
		if sub.Hidden || sub.Name() == "help" {
			continue
		}
		item := mango.NewCommand(sub.Name(), sub.Short, sub.Use)
		addManCommand(item, sub)
		_ = m.AddCommand(item)
	}
}

// reflow joins the lines of each paragraph, so that man fills them itself.
func reflow(s string) string {
	paras := strings.Split(s, "\n\n")
	for i, p := range paras {
		paras[i] = strings.Join(strings.Fields(p), " ")
	}
	return strings.Join(paras, "\n")
}
