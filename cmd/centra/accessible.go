package main

import (
	"context"
	"errors"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/centra-app/centra/linemode"
)

// EnvAccessible turns the accessible line mode on, as --accessible does.
const EnvAccessible = "ACCESSIBLE"

// accessibleOn reports whether the line mode is asked for: --accessible, or
// ACCESSIBLE set to a true value (1, true, yes, on).
func (g *globals) accessibleOn() bool { return g.accessible || envAccessible() }

// accessibleCmd reports whether the line mode is asked for, from a
// command's inherited --accessible flag or the environment.
func accessibleCmd(cmd *cobra.Command) bool {
	if f := cmd.Flag("accessible"); f != nil && f.Value.String() == "true" {
		return true
	}
	return envAccessible()
}

// envAccessible reads ACCESSIBLE: 1, true, yes or on.
func envAccessible() bool {
	v := strings.ToLower(strings.TrimSpace(os.Getenv(EnvAccessible)))
	if b, err := strconv.ParseBool(v); err == nil {
		return b
	}
	return v == "yes" || v == "on"
}

// runLineMode runs the accessible line mode on in and out: what the full
// screens do, as plain line prompts. It needs no terminal, so input can
// come from a file. A routine id goes straight into that routine ("plan"
// the suggested one, "test" the direction test).
func runLineMode(ctx context.Context, g *globals, routineID string, in io.Reader, out, errOut io.Writer) error {
	if err := g.validate(); err != nil {
		return err
	}
	cat, catNotices, err := checkedCatalog(routineID, errOut)
	if err != nil {
		return err
	}
	l, err := prepare(ctx, g, errOut, catNotices)
	if err != nil {
		return err
	}
	st, cfg, clock, plan, last, notices := l.store, l.cfg, l.clock, l.plan, l.last, l.notices
	defer st.Close()
	cfg = applyCueFlags(g, cfg)
	v, err := openVoice(g, clock.Now)
	if err != nil {
		return err
	}
	defer v.Close()
	var voice linemode.Voice
	if v.speaker != nil {
		voice = v.speaker
	}
	if n := v.notice(cfg.Cues); n != "" {
		notices = append(notices, n)
	}
	// Today's backup is made while the first questions show.
	defer backupInBackground(context.WithoutCancel(ctx), st, g.clock().Now())()
	// SIGTERM and a closed terminal end a session as ctrl+c does: kept as
	// cut short. Which signal it was sets the exit status (128+N): sigs
	// hears the same signals, and is read once Run has returned.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, stopSignals...)
	defer signal.Stop(sigs)
	ctx, stop := signal.NotifyContext(ctx, stopSignals...)
	defer stop()

	interactive := false
	if f, ok := in.(*os.File); ok {
		interactive = term.IsTerminal(f.Fd())
	}
	err = linemode.Run(ctx, linemode.Deps{
		In: in, Out: out, Interactive: interactive,
		Catalog: cat, Store: st.Journal(), Clock: clock, Runner: cfg.RunnerOptions(), Voice: voice, NoVoice: v.why, Bell: isTerminal(out),
		Plan: plan, Answers: l.answers, LastCheckIn: last, Notices: notices, Recovery: l.recovery,
		Reader: st.Reader(), Triggers: st.Reader(), Function: st.Reader(), Walks: st.Reader(), Settings: settingsFor(cfg),
		Start: routineID,
	})
	saved := true
	if ue, ok := errors.AsType[*linemode.UnsavedError](err); ok {
		// The same end as the screens': a recovery file, offered next time.
		keepUnsaved(errOut, st.Dir(), ue.Unsaved, clock.Now())
		saved, err = false, ue.Err
		if err == nil {
			err = exitError{code: 1}
		}
	}
	if errors.Is(err, linemode.ErrInterrupted) {
		// The session was kept as cut short before Run returned.
		err = interruptedError{saved: saved}
		select {
		case sig := <-sigs:
			if se := signalOf(sig, saved); se != nil {
				err = se
			}
		default:
		}
	}
	if err != nil {
		// The line reader may still be waiting on stdin: settle prints this
		// without fang's terminal query, which it could take the answer of.
		return afterRun{err}
	}
	return nil
}
