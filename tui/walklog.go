package tui

import (
	"context"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// walkForm is the quick walk log: the minutes (digits; the plan's walk
// length is offered), then how the leg felt (e, s or w), which saves.
type walkForm struct {
	minutes []rune
	def     int
	feel    bool // the minutes are in: ask how the leg felt
	saving  bool
	err     string
}

// walkSavedMsg reports the outcome of saving a walk.
type walkSavedMsg struct {
	w   routines.Walk
	err error
}

// openWalkLog shows the quick walk log.
func (m *Model) openWalkLog() tea.Cmd {
	def := coach.WalkMinutes
	if m.glance.loaded && m.glance.walks.Minutes > 0 {
		def = m.glance.walks.Minutes
	}
	m.walk = &walkForm{def: def}
	m.screen, m.help = screenWalk, false
	return nil
}

func (m *Model) walkKey(msg tea.KeyPressMsg) tea.Cmd {
	f := m.walk
	if f == nil || f.saving {
		return nil
	}
	switch {
	case key.Matches(msg, m.keys.Esc):
		if f.feel {
			f.feel, f.err = false, ""
			return nil
		}
		m.walk, m.screen = nil, screenHome
	case key.Matches(msg, m.keys.Quit):
		m.quitting = true
		return m.quitIfDone()
	case !f.feel && key.Matches(msg, m.keys.Enter):
		if _, err := app.ParseWalkMinutes(string(f.minutes), f.def); err != nil {
			f.err = humanError(err)
			return nil
		}
		f.feel, f.err = true, ""
	case !f.feel && msg.String() == "backspace":
		if len(f.minutes) > 0 {
			f.minutes = f.minutes[:len(f.minutes)-1]
		}
	case !f.feel && len(msg.String()) == 1 && msg.String() >= "0" && msg.String() <= "9" && len(f.minutes) < 3:
		f.minutes, f.err = append(f.minutes, []rune(msg.String())...), ""
	case f.feel && len(msg.String()) == 1:
		feel, err := app.ParseWalkFeel(msg.String())
		if err != nil {
			f.err = humanError(err)
			return nil
		}
		return m.saveWalk(feel)
	}
	return nil
}

// saveWalk checks the walk and saves it in a command.
func (m *Model) saveWalk(feel routines.WalkFeel) tea.Cmd {
	f := m.walk
	n, _ := app.ParseWalkMinutes(string(f.minutes), f.def)
	w := routines.Walk{At: m.clock.Now(), Minutes: n, Feel: feel}
	if err := w.Validate(); err != nil {
		f.err = humanError(err)
		return nil
	}
	log := m.deps.Walks
	if log == nil {
		f.err = "The walk log is not available here."
		return nil
	}
	f.saving, f.err = true, ""
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_, err := log.AddWalk(ctx, w)
		return walkSavedMsg{w: w, err: err}
	}
}

// walkSaved goes home once the walk is saved, saying so, or says why it
// is not and keeps the answers.
func (m *Model) walkSaved(msg walkSavedMsg) tea.Cmd {
	f := m.walk
	if f == nil {
		return nil
	}
	f.saving = false
	if msg.err != nil {
		f.err = "Not saved: " + humanError(msg.err) + " Type the answer again to retry."
		return nil
	}
	m.walk, m.screen = nil, screenHome
	m.home.notices = []string{app.WalkSaved(msg.w)}
	return m.loadGlance()
}

// walkKeys lists the keys of the walk log.
func (m *Model) walkKeys() []key.Binding {
	k := m.keys
	if m.walk != nil && m.walk.feel {
		return []key.Binding{withHelp(k.Enter, "e/s/w", "easier, the same, worse"), withHelp(k.Esc, "esc", "back to the minutes"), k.Quit, k.Help}
	}
	return []key.Binding{withHelp(k.Enter, "0-9", "minutes"), withHelp(k.Enter, "enter", "next"), withHelp(k.Esc, "esc", "back"), k.Quit, k.Help}
}

func (m *Model) walkView() string {
	s, f := m.styles, m.walk
	width := min(m.width-4, 76)
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
	if f.saving {
		b.WriteString("\n" + s.Muted.Render("Saving…") + "\n")
	}
	b.WriteString("\n" + s.Muted.Render(strings.Join(wrap("Walks count apart from your exercise sets: short, easy walks through the day help.", width), "\n")))
	b.WriteString("\n\n" + m.shortHelp(m.walkKeys()...))
	return b.String()
}

// weekWalksMsg carries the line on the last 7 days of walks.
type weekWalksMsg struct{ line string }

func (weekWalksMsg) historyMsg() {}

// loadWeekWalks reads the walks of the last 7 days for the history screen.
func (m *Model) loadWeekWalks() tea.Cmd {
	log, now := m.deps.Walks, m.clock.Now()
	if log == nil {
		return nil
	}
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		ws, err := log.Walks(ctx, app.StartOfDay(now).AddDate(0, 0, -6), now.Add(time.Minute))
		if err != nil {
			return weekWalksMsg{line: "The walks could not be read: " + humanError(err)}
		}
		return weekWalksMsg{line: app.WeekWalksLine(ws)}
	}
}
