// Command centra is a terminal coach for people with sciatica doing their
// home exercises. Run it with no arguments for the home screen.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"

	"github.com/centra-app/centra/internal/memreport"
	"github.com/centra-app/centra/routines"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = ""

func buildVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

func main() {
	memreport.StartHeapProfile() // only with CENTRA_MEMREPORT_HEAP
	normalizeNoColor()
	tuneMemory()
	code := run(context.Background(), os.Args[1:])
	memreport.WriteIfAsked() // bench/run's memory breakdown (CENTRA_MEMREPORT)
	os.Exit(code)
}

// run executes the command line and returns the exit status: 0 success,
// 1 an error, 2 a usage error, 130 interrupted, 128+N stopped by signal N.
func run(ctx context.Context, args []string) int {
	return runOn(ctx, routines.SystemClock{}, args)
}

// runOn is run on a given clock: tests pass a fixed one.
func runOn(ctx context.Context, clock routines.Clock, args []string) int {
	root := newRootCmd(clock)
	conventions(root)
	root.SetArgs(args)
	var settled error
	settle(root, os.Stderr, &settled)
	err := fang.Execute(ctx, root, fang.WithVersion(buildVersion()), fang.WithNotifySignal(os.Interrupt), fang.WithoutManpage(),
		fang.WithErrorHandler(fang.DefaultErrorHandler))
	if err == nil {
		err = settled
	}
	return exitCode(err)
}

// exitCode is the exit status for what a command returned: 0 success,
// 1 an error, 2 a usage error, 130 interrupted, 128+N stopped by signal N,
// or a command's own status.
func exitCode(err error) int {
	var ue usageError
	var ie interruptedError
	var se signalError
	var xe exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ie), errors.Is(err, context.Canceled):
		return 130
	case errors.As(err, &se):
		return se.code()
	case errors.As(err, &xe):
		return xe.code // a command's own status, e.g. centra due: 1 overdue
	case errors.As(err, &ue):
		return 2
	default:
		return 1
	}
}

// settle keeps two kinds of outcome away from fang's error handler, which
// asks the terminal for its background colour (a query whose answer it
// reads back from stdin) before it prints any error: a quiet exit status
// (exitError with no error: centra due, in a shell prompt, should not make
// the terminal answer questions), and whatever ends a run of the screens
// or of the line mode (afterRun). After a screen that was stopped at once
// (ctrl+c twice, a crash) Bubble Tea's own input reader may still be
// waiting on stdin, as the line mode's reader is after ctrl+c; if it takes
// the terminal's answer, fang's read waits for a key press that never
// comes, and centra hangs after everything was saved. Those errors
// are printed here, plainly, and their status kept in *settled for run.
func settle(root *cobra.Command, stderr io.Writer, settled *error) {
	for _, c := range append([]*cobra.Command{root}, allCommands(root)...) {
		runE := c.RunE
		if runE == nil {
			continue
		}
		c.RunE = func(cmd *cobra.Command, args []string) error {
			err := runE(cmd, args)
			xe, quiet := err.(exitError) // as returned, not wrapped in a message
			var as afterRun
			switch {
			case quiet && xe.err == nil:
			case errors.As(err, &as):
				fmt.Fprintln(stderr, "centra: "+strings.TrimSuffix(err.Error(), ".")+".")
			default:
				return err
			}
			*settled = err
			return nil
		}
	}
}

// allCommands is every command below c.
func allCommands(c *cobra.Command) []*cobra.Command {
	var all []*cobra.Command
	for _, sub := range c.Commands() {
		all = append(append(all, sub), allCommands(sub)...)
	}
	return all
}

// afterRun is an error that ends a run of the screens or of the line mode;
// settle prints it.
type afterRun struct{ err error }

func (e afterRun) Error() string { return e.err.Error() }
func (e afterRun) Unwrap() error { return e.err }

// usageError is a mistake in how centra was called (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// interruptedError is returned when the person pressed ctrl+c (exit 130);
// saved says the screens saved everything first.
type interruptedError struct{ saved bool }

func (e interruptedError) Error() string {
	if e.saved {
		return "stopped with ctrl+c; everything you did is saved (a session in progress is kept as cut short)"
	}
	return "interrupted"
}
