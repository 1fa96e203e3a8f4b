package tui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines/function"
	"github.com/centra-app/centra/save"
)

// FunctionLog is where the weekly check of what the person can do is kept
// and read back (app.FunctionLog).
type FunctionLog = app.FunctionLog

// functionHome is what home knows of the weekly check, read in a command.
type functionHome struct {
	loaded bool
	app.FunctionState
}

type functionStateMsg struct {
	st  app.FunctionState
	err error
}

// historyMsg marks it as read from the history (the root handles it).
func (functionStateMsg) historyMsg() {}

// functionForm is the weekly check on screen: one question at a time, the
// answer typed on one line, Enter to answer, esc to leave without keeping.
type functionForm struct {
	form  *function.Form
	input []rune
	err   string
}

// loadFunctionState reads whether the weekly check is due.
func (m *Model) loadFunctionState() tea.Cmd {
	log, st := m.deps.Function, m.deps.Store
	if log == nil || st == nil {
		return nil
	}
	now := m.clock.Now()
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		skipped, err := persist.LoadFunctionSkip(ctx, st)
		if err != nil {
			return functionStateMsg{err: err}
		}
		s, err := app.ReadFunctionState(ctx, log, skipped, now)
		return functionStateMsg{st: s, err: err}
	}
}

func (m *Model) functionStateLoaded(msg functionStateMsg) {
	if msg.err == nil {
		m.fnHome = functionHome{loaded: true, FunctionState: msg.st}
	}
}

// openFunction shows the weekly check.
func (m *Model) openFunction() tea.Cmd {
	if m.deps.Function == nil {
		m.home.notices = append(m.home.notices, "The weekly check is not available here: the history is not open.")
		return nil
	}
	m.fn = &functionForm{form: function.NewForm(m.fnHome.Activities, m.clock.Now())}
	m.screen, m.help = screenFunction, false
	return nil
}

// skipFunction quiets the weekly check for a week.
func (m *Model) skipFunction() tea.Cmd {
	m.fnHome.Due = false
	m.home.notices = append(m.home.notices, "Weekly check skipped for this week; f on home takes it any time.")
	return m.journal.add(save.FunctionSkip{At: m.clock.Now()})
}

func (m *Model) functionKey(msg tea.KeyPressMsg) tea.Cmd {
	f := m.fn
	if f == nil {
		m.screen = screenHome
		return nil
	}
	switch {
	case key.Matches(msg, m.keys.Esc):
		m.fn, m.screen = nil, screenHome
	case key.Matches(msg, m.keys.Enter):
		if err := f.form.Answer(string(f.input)); err != nil {
			f.err = upperFirst(err.Error()) + "."
			return nil
		}
		f.input, f.err = nil, ""
		if f.form.Done() {
			return m.keepFunction()
		}
	case msg.String() == "backspace":
		if len(f.input) > 0 {
			f.input = f.input[:len(f.input)-1]
		}
	case msg.Text != "" && len(f.input) < function.MaxActivityName:
		f.input = append(f.input, []rune(msg.Text)...)
	}
	return nil
}

// keepFunction saves the answers and goes home, saying what was kept.
func (m *Model) keepFunction() tea.Cmd {
	meas := m.fn.form.Measure()
	meas.At = m.clock.Now()
	m.fn, m.screen = nil, screenHome
	m.fnHome.Due = false
	m.fnHome.Activities = function.Activities([]function.Measure{meas})
	m.hist.trends.started = false // the next look at the trends shows it
	m.home.notices = append(m.home.notices, fmt.Sprintf("Kept: %s. History's trends show it beside your pain (press h).",
		function.Summary(meas)))
	cmd := m.journal.add(save.Function{Measure: meas, Log: m.deps.Function})
	if m.exitAfter {
		m.quitting = true
		return tea.Batch(cmd, m.quitIfDone())
	}
	return cmd
}

func (m *Model) functionView() string {
	s, f := m.styles, m.fn
	if f == nil {
		return ""
	}
	width := m.width - 4
	var b strings.Builder
	b.WriteString(s.Title.Render("What you can do: the weekly check") + "\n\n")
	for _, l := range wrap(f.form.Intro(), width) {
		b.WriteString(s.Muted.Render(l) + "\n")
	}
	q, hint := f.form.Prompt()
	b.WriteString("\n")
	for _, l := range wrap(q, width) {
		b.WriteString(s.Bold.Render(l) + "\n")
	}
	b.WriteString(s.Selected.Render("▸ ") + s.Text.Render(fit(string(f.input)+"▏", width-2)) + "\n")
	for _, l := range wrap(hint, width) {
		b.WriteString(s.Muted.Render(l) + "\n")
	}
	if f.err != "" {
		for _, l := range wrap(f.err, width) {
			b.WriteString(s.Caution.Render(l) + "\n")
		}
	}
	b.WriteString("\n" + m.shortHelp(withHelp(m.keys.Enter, "enter", "answer"), withHelp(m.keys.Esc, "esc", "leave without keeping")))
	return b.String()
}

// functionHomeLine is home's line when the weekly check is due.
func (m *Model) functionHomeLines(width int) []string {
	if !m.fnHome.loaded || !m.fnHome.Due || m.deps.Function == nil {
		return nil
	}
	return []string{m.styles.Text.Render(fit(app.FunctionPrompt, width)),
		m.styles.Muted.Render(fit("Press f to take it now, x to skip it this week.", width))}
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
