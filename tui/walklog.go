package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/save"
)

// walkLog is the quick walk log, a component: the minutes (digits; the
// plan's walk length is offered), then how the leg felt (e, s or w), which
// saves and goes home saying so.
type walkLog struct {
	*env
	keys    walkKeys
	width   int
	minutes []rune
	def     int
	feel    bool // the minutes are in: ask how the leg felt
	err     string
}

// walkKeys are the walk log's keys: Digits type the minutes, Next takes
// them, Feel answers how the leg felt.
type walkKeys struct {
	Digits, Next, Feel, Back, Quit, Help key.Binding
}

// newWalkLog is the quick walk log, offering the plan's walk length.
func newWalkLog(e *env) *walkLog {
	def := coach.WalkMinutes
	if e.glance.loaded && e.glance.walks.Minutes > 0 {
		def = e.glance.walks.Minutes
	}
	return &walkLog{env: e, def: def, keys: walkKeys{
		Digits: key.NewBinding(key.WithKeys("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("0-9", "minutes")),
		Next:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "next")),
		Feel:   key.NewBinding(key.WithKeys(app.WalkFeelKeys...), key.WithHelp(strings.Join(app.WalkFeelKeys, "/"), "easier, the same, worse")),
		Back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Quit:   e.keys.Quit,
		Help:   e.keys.Help,
	}}
}

// SetSize implements component.
func (f *walkLog) SetSize(width, _ int) { f.width = width }

// Update implements component.
func (f *walkLog) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return f.key(msg)
	}
	return nil
}

func (f *walkLog) key(msg tea.KeyPressMsg) tea.Cmd {
	k := msg.String()
	switch {
	case key.Matches(msg, f.keys.Back):
		if f.feel {
			f.feel, f.err = false, ""
			return nil
		}
		return f.nav.goHome()
	case key.Matches(msg, f.keys.Quit):
		return f.nav.quit()
	case !f.feel && key.Matches(msg, f.keys.Next):
		if _, err := app.ParseWalkMinutes(string(f.minutes), f.def); err != nil {
			f.err = humanError(err)
			return nil
		}
		f.feel, f.err = true, ""
	case !f.feel && k == "backspace":
		if len(f.minutes) > 0 {
			f.minutes = f.minutes[:len(f.minutes)-1]
		}
	case !f.feel && key.Matches(msg, f.keys.Digits) && len(f.minutes) < 3:
		f.minutes, f.err = append(f.minutes, []rune(k)...), ""
	case f.feel && len(k) == 1:
		// e, s or w (k.Feel); any other letter says what to type.
		feel, err := app.ParseWalkFeel(k)
		if err != nil {
			f.err = humanError(err)
			return nil
		}
		return f.save(feel)
	}
	return nil
}

// save checks the walk, queues it on the journal (the one save path:
// retried, and kept for the recovery file if centra ends before it is
// saved) and goes home saying so, once the write has had its turn so that
// home's count of today's walks includes it.
func (f *walkLog) save(feel routines.WalkFeel) tea.Cmd {
	n, _ := app.ParseWalkMinutes(string(f.minutes), f.def)
	w := routines.Walk{At: f.clock.Now(), Minutes: n, Feel: feel}
	if err := w.Validate(); err != nil {
		f.err = humanError(err)
		return nil
	}
	if f.deps.Walks == nil {
		f.err = "The walk log is not available here."
		return nil
	}
	return tea.Sequence(f.journal.add(save.Walk{Walk: w, Log: f.deps.Walks}), f.nav.goHome(app.WalkLogged(w)))
}

// ShortHelp implements help.KeyMap: the keys of the question on view.
func (f *walkLog) ShortHelp() []key.Binding {
	k := f.keys
	if f.feel {
		return []key.Binding{k.Feel, withHelp(k.Back, "esc", "back to the minutes"), k.Quit, k.Help}
	}
	return []key.Binding{k.Digits, k.Next, k.Back, k.Quit, k.Help}
}

// FullHelp implements help.KeyMap.
func (f *walkLog) FullHelp() [][]key.Binding { return [][]key.Binding{f.ShortHelp()} }

// View implements component.
func (f *walkLog) View() string {
	s := f.styles
	width := min(f.width-4, 76)
	var b strings.Builder
	b.WriteString(s.Title.Render("Log a walk") + "\n\n")
	mins := string(f.minutes)
	if mins == "" {
		mins = strconv.Itoa(f.def)
	}
	if !f.feel {
		b.WriteString(s.Text.Render("How many minutes did you walk?") + "\n\n")
		b.WriteString("  " + s.Bold.Render(mins+" min") + s.Muted.Render("  (type the minutes; enter keeps "+strconv.Itoa(f.def)+")") + "\n")
	} else {
		b.WriteString(s.Muted.Render(mins+" min") + "\n\n")
		b.WriteString(s.Text.Render("How did your leg feel after it?") + "\n\n")
		for i, feel := range routines.WalkFeels {
			b.WriteString("  " + s.Key.Render(app.WalkFeelKeys[i]) + " " + s.Text.Render(feel.Words()) + "\n")
		}
	}
	if f.err != "" {
		b.WriteString("\n" + s.Caution.Render(strings.Join(wrap(f.err, width), "\n")) + "\n")
	}
	b.WriteString("\n" + s.Muted.Render(strings.Join(wrap("Walks count apart from your exercise sets: short, easy walks through the day help.", width), "\n")))
	b.WriteString("\n\n" + f.shortHelp(f.ShortHelp()...))
	return b.String()
}
