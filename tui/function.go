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
	"github.com/centra-app/centra/tui/theme"
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

// functionForm is the weekly check on screen, a component: one question
// at a time, the answer typed on one line, Enter to answer, esc to leave
// without keeping. Every key is typed text, so ? and q are letters here.
type functionForm struct {
	*env
	keys  functionKeys
	width int
	form  *function.Form
	input []rune
	err   string
	// home is what home knows of the check, updated once it is kept.
	home *functionHome
}

// functionKeys are the weekly check's keys (letters are the answers).
type functionKeys struct{ Answer, Leave key.Binding }

func newFunctionForm(e *env, fh *functionHome) *functionForm {
	return &functionForm{env: e, home: fh, form: function.NewForm(fh.Activities, e.clock.Now()),
		keys: functionKeys{
			Answer: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "answer")),
			Leave:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "leave without keeping")),
		}}
}

// loadFunctionState reads whether the weekly check is due. While a weekly
// check kept or skipped waits to be saved it reads nothing: what home knows
// then is newer than what the store would say. Other writes (a plan, a
// walk) do not hold it back.
func (e *env) loadFunctionState() tea.Cmd {
	log, st := e.deps.Function, e.deps.Store
	if log == nil || st == nil || e.journal.holds(isFunctionEntry) {
		return nil
	}
	now, started := e.clock.Now(), e.plan.Started()
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		skipped, err := persist.LoadFunctionSkip(ctx, st)
		if err != nil {
			return functionStateMsg{err: err}
		}
		s, err := app.ReadFunctionState(ctx, log, started, skipped, now)
		return functionStateMsg{st: s, err: err}
	}
}

// isFunctionEntry reports whether a journal entry keeps or skips the weekly
// check.
func isFunctionEntry(en save.Entry) bool {
	switch en.(type) {
	case save.Function, save.FunctionSkip, *save.Function, *save.FunctionSkip:
		return true
	}
	return false
}

// take takes in the state read, unless it could not be read.
func (fh *functionHome) take(msg functionStateMsg) {
	if msg.err == nil {
		*fh = functionHome{loaded: true, FunctionState: msg.st}
	}
}

// openFunction shows the weekly check.
func (h *home) openFunction() tea.Cmd {
	if h.deps.Function == nil {
		h.notices = append(h.notices, "The weekly check is not available here: the history is not open.")
		return nil
	}
	h.notices = nil
	h.nav.open(screenFunction, newFunctionForm(h.env, &h.fn))
	return nil
}

// skipFunction quiets the weekly check for a week.
func (h *home) skipFunction() tea.Cmd {
	h.fn.Due = false
	h.notices = append(h.notices, "Weekly check skipped for this week; f on home takes it any time.")
	return h.journal.add(save.FunctionSkip{At: h.clock.Now()})
}

// typing implements textInput: once an answer is begun every key is part
// of it, ? and q included; on an empty line ? opens help.
func (f *functionForm) typing() bool { return len(f.input) > 0 }

// SetSize implements component.
func (f *functionForm) SetSize(width, _ int) { f.width = width }

// Update implements component.
func (f *functionForm) Update(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		return f.key(k)
	}
	return nil
}

func (f *functionForm) key(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, f.keys.Leave):
		return f.nav.goHome()
	case key.Matches(msg, f.keys.Answer):
		if err := f.form.Answer(string(f.input)); err != nil {
			f.err = upperFirst(err.Error()) + "."
			return nil
		}
		f.input, f.err = nil, ""
		if f.form.Done() {
			return f.keep()
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

// keep saves the answers and goes home, saying what was kept (or ends
// centra when it was started for the check).
func (f *functionForm) keep() tea.Cmd {
	meas := f.form.Measure()
	meas.At = f.clock.Now()
	f.home.Due = false
	f.home.Activities = function.Activities([]function.Measure{meas})
	cmd := f.journal.add(save.Function{Measure: meas, Log: f.deps.Function})
	return tea.Batch(cmd, f.nav.finish(fmt.Sprintf("Kept: %s. History's trends show it beside your pain (press h).",
		function.Summary(meas))))
}

// ShortHelp implements help.KeyMap.
func (f *functionForm) ShortHelp() []key.Binding {
	return []key.Binding{f.keys.Answer, f.keys.Leave, withHelp(f.env.keys.Help, "?", "help, on an empty line")}
}

// FullHelp implements help.KeyMap.
func (f *functionForm) FullHelp() [][]key.Binding { return [][]key.Binding{f.ShortHelp()} }

// View implements component.
func (f *functionForm) View() string {
	s := f.styles
	width := f.width - 4
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
	b.WriteString("\n" + f.shortHelp(f.ShortHelp()...))
	return b.String()
}

// lines are home's lines when the weekly check is due (and there is a
// place to keep it: on).
func (fh functionHome) lines(s *theme.Styles, on bool, width int) []string {
	if !fh.loaded || !fh.Due || !on {
		return nil
	}
	return []string{s.Text.Render(fit(app.FunctionPrompt, width)),
		s.Muted.Render(fit("Press f to take it now, x to skip it this week.", width))}
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
