package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
)

// testsView is the direction tests view: every result kept, with its
// date, newest first, to compare.
type testsView struct {
	*env
	*area
	started, done bool
	records       []TestRecord
	err           error
}

type testsMsg struct {
	records []TestRecord
	err     error
}

func (testsMsg) historyMsg() {}

// loadTests reads the direction test results the coach kept (the
// "direction-tests" state).
func (t *testsView) load() tea.Cmd {
	r := t.deps.History
	t.started = true
	return func() tea.Msg {
		ctx, cancel := readCtx()
		defer cancel()
		recs, err := LoadTests(ctx, r)
		return testsMsg{records: recs, err: err}
	}
}

// loaded takes the results read.
func (t *testsView) loaded(msg testsMsg) {
	t.records, t.err, t.done = msg.records, msg.err, true
}

func (t *testsView) view() string {
	s := t.styles
	width := t.width - 2
	var b strings.Builder
	b.WriteString("\n")
	switch {
	case !t.done:
		b.WriteString(s.Muted.Render("Loading…") + "\n")
	case t.err != nil:
		b.WriteString(s.Caution.Render("Could not read the direction tests: "+humanError(t.err)) + "\n")
	case len(t.records) == 0:
		b.WriteString(s.Text.Render("No direction tests yet.") + "\n")
		for _, l := range wrap("The direction test finds which way of moving draws the pain up toward your back. Press d on the home screen to take it; every result is kept here with its date.", width) {
			b.WriteString(s.Muted.Render(l) + "\n")
		}
	default:
		var lines []string
		for i := len(t.records) - 1; i >= 0; i-- {
			lines = append(lines, t.lines(t.records[i], width)...)
			lines = append(lines, "")
		}
		room := max(t.height-5, 3)
		if len(lines) > room {
			lines = append(lines[:room-1], s.Muted.Render(fmt.Sprintf("… and %s before", plural(len(t.records)-countShown(lines[:room-1]), "older test"))))
		}
		b.WriteString(strings.Join(lines, "\n") + "\n")
	}
	return b.String()
}

// lines draws one result: its date and outcome, then the evidence.
func (t *testsView) lines(r TestRecord, width int) []string {
	s, res := t.styles, r.Result
	sym, words := app.TestOutcome(res)
	head := s.Caution.Render(sym + " " + words)
	switch {
	case res.Stopped:
		head = s.Stop.Render(sym + " " + words)
	case res.Found:
		head = s.Good.Render(sym+" "+words) + s.Text.Render(fmt.Sprintf(" (level %d)", res.Level))
	}
	out := []string{s.Bold.Render(r.At.Format("Mon 2 Jan 2006 15:04")) + "  " + head}
	for _, e := range res.Evidence {
		for i, l := range wrap(e, width-4) {
			pad := "  · "
			if i > 0 {
				pad = "    "
			}
			out = append(out, pad+s.Muted.Render(l))
		}
	}
	return out
}

// countShown counts the results whose heading is among lines (a heading
// is a line that does not start with a space).
func countShown(lines []string) int {
	n := 0
	for _, l := range lines {
		if l != "" && !strings.HasPrefix(l, " ") {
			n++
		}
	}
	return n
}
