package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/term"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/save"
	"github.com/centra-app/centra/tui"
)

// How long centra goes on saving after it was asked to stop from outside
// (graceDelay, with the screen still up), and then after the screen is gone
// (finishDelay), before it gives up and writes what is left to a recovery
// file. Systems give a process that got SIGTERM several seconds; a closed
// terminal leaves it as long as it needs.
const (
	graceDelay  = 3 * time.Second
	finishDelay = 2 * time.Second
)

// stopSignals are the signals that end a session as cut short: SIGTERM
// (kill, a system shutting down), SIGHUP (the terminal window was closed)
// and SIGINT (ctrl+c from outside; in the TUI ctrl+c is a key).
var stopSignals = []os.Signal{syscall.SIGTERM, syscall.SIGHUP, os.Interrupt}

// signalError is returned when a signal stopped centra; the exit status is
// 128 + its number, as shells report it.
type signalError struct {
	sig   syscall.Signal
	saved bool
}

func (e signalError) Error() string {
	what := map[syscall.Signal]string{syscall.SIGHUP: "the terminal was closed (SIGHUP)",
		syscall.SIGTERM: "stopped by a termination signal (SIGTERM)", syscall.SIGINT: "interrupted (SIGINT)"}[e.sig]
	if what == "" {
		what = "stopped by a signal (" + e.sig.String() + ")"
	}
	if e.saved {
		return what + "; everything you did is saved (a session in progress is kept as cut short)"
	}
	return what
}

func (e signalError) code() int { return 128 + int(e.sig) }

// signalOf is the error for a stop signal (nil if it is not a Unix signal).
func signalOf(sig os.Signal, saved bool) error {
	if s, ok := sig.(syscall.Signal); ok {
		return signalError{sig: s, saved: saved}
	}
	return nil
}

// crashError is returned when the interface panicked. Bubble Tea caught it,
// restored the terminal and printed where it happened.
type crashError struct{ saved bool }

func (e crashError) Error() string {
	s := "sorry: centra hit a bug and stopped (the details are above; please report them)"
	if e.saved {
		s += ". Everything you did is saved; the session was kept as cut short"
	}
	return s
}

// wrapModel lets a test build wrap the model (see crash_test_hook.go).
var wrapModel func(tea.Model) tea.Model

// runProgram runs the interface until it quits, and then makes sure that
// nothing is lost whatever ended it.
//
//   - SIGTERM, SIGHUP and SIGINT (and ctx being cancelled, which fang does on
//     SIGINT) are turned into tui.InterruptMsg: the session in progress is
//     kept as cut short and the program quits once that is saved. Bubble
//     Tea's own handler is off: it quits on SIGTERM at once, without the
//     session, and ignores SIGHUP, which would kill centra mid-write.
//   - If that takes longer than graceDelay the program is killed; the
//     terminal is restored either way (so too after a panic, which Bubble
//     Tea catches in Update, View and commands).
//   - Then, whatever happened, tui.Model.Finish saves what is still queued.
//     What cannot be saved within finishDelay goes to a recovery file in the
//     data folder (0600), or to stderr if even that fails: never lost
//     silently.
func runProgram(ctx context.Context, m *tui.Model, dataDir string, clock routines.Clock, stderr io.Writer) error {
	// The first frame is written as soon as the program starts, before the
	// terminal's size reaches the model as a message: give it the size now,
	// so that frame is the screen itself and not an empty one.
	if w, h, err := term.GetSize(os.Stdout.Fd()); err == nil && w > 0 && h > 0 {
		m.SetSize(w, h)
	}

	var model tea.Model = m
	if wrapModel != nil {
		model = wrapModel(model)
	}
	p := tea.NewProgram(model, tea.WithoutSignalHandler(), tea.WithFPS(frameRate),
		// The program writes to stdout with the process environment, which
		// is exactly what lipgloss detected the colour profile of when it
		// was loaded; detecting it again costs a launch a second `tmux
		// info` under tmux (10-25 ms before the first frame).
		tea.WithColorProfile(lipgloss.Writer.Profile))

	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, stopSignals...)
	defer signal.Stop(sigs)
	stopped := make(chan struct{})
	got := make(chan os.Signal, 1)
	go func() {
		var sig os.Signal
		select {
		case sig = <-sigs:
		case <-ctx.Done():
			sig = os.Interrupt
		case <-stopped:
			return
		}
		got <- sig
		p.Send(tui.InterruptMsg{})
		t := time.NewTimer(graceDelay)
		defer t.Stop()
		select {
		case <-t.C:
			p.Kill()
		case <-sigs: // asked twice: stop now
			p.Kill()
		case <-stopped:
		}
	}()
	_, runErr := p.Run()
	close(stopped)

	fctx, cancel := context.WithTimeout(context.Background(), finishDelay)
	defer cancel()
	unsaved, finishErr := finish(fctx, m)
	saved := unsaved == nil && finishErr == nil
	if unsaved != nil {
		keepUnsaved(stderr, dataDir, unsaved, clock.Now())
	}
	if finishErr != nil {
		fmt.Fprintf(stderr, "centra could not finish saving: %v\n", finishErr)
	}

	select {
	case sig := <-got:
		if se := signalOf(sig, saved); se != nil {
			return se
		}
	default:
	}
	switch {
	case errors.Is(runErr, tea.ErrProgramPanic):
		return crashError{saved: saved}
	case errors.Is(runErr, tea.ErrInterrupted):
		return interruptedError{saved: saved}
	case runErr != nil:
		return fmt.Errorf("the screen stopped unexpectedly: %w", runErr)
	}
	return nil
}

// finish runs m.Finish, turning a panic (a model left half-updated by a
// crash) into an error.
func finish(ctx context.Context, m *tui.Model) (u *save.Unsaved, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return m.Finish(ctx), nil
}

// keepUnsaved writes results that could not be saved to a recovery file,
// <dir>/unsaved-YYYYMMDD-HHMMSS.json (0600), and says where, or prints them
// to stderr if that fails too. Both interfaces end here (save.Keep), and
// the next start offers to save the file's results.
func keepUnsaved(stderr io.Writer, dir string, u *save.Unsaved, now time.Time) {
	path, err := save.Keep(dir, u, now)
	if err == nil {
		fmt.Fprintf(stderr, "centra could not save %d result(s) to your history (%s).\nThey are kept in %s;\n"+
			"centra offers to save them the next time it starts.\n", len(u.Records), u.Error, path)
		return
	}
	data, merr := json.MarshalIndent(u, "", "  ")
	if merr != nil {
		fmt.Fprintf(stderr, "centra could not save %d result(s) and could not write them down either: %v\n", len(u.Records), merr)
		return
	}
	fmt.Fprintf(stderr, "centra could not save %d result(s) to your history (%s), nor write them to %s (%v).\n"+
		"Here they are, so that nothing is lost:\n%s\n", len(u.Records), u.Error, path, err, data)
}
