// Command centra is a terminal coach for people with sciatica doing their
// home exercises. Run it with no arguments for the home screen.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime/debug"

	"charm.land/fang/v2"
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
	normalizeNoColor()
	os.Exit(run(context.Background(), os.Args[1:]))
}

// run executes the command line and returns the exit status: 0 success,
// 1 an error, 2 a usage error, 130 interrupted, 128+N stopped by signal N.
func run(ctx context.Context, args []string) int {
	root := newRootCmd()
	conventions(root)
	root.SetArgs(args)
	err := fang.Execute(ctx, root, fang.WithVersion(buildVersion()), fang.WithNotifySignal(os.Interrupt), fang.WithoutManpage(),
		fang.WithErrorHandler(quietExits(fang.DefaultErrorHandler)))
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

// usageError is a mistake in how centra was called (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// interruptedError is returned when the person pressed ctrl+c (exit 130).
type interruptedError struct{}

func (interruptedError) Error() string { return "interrupted" }
