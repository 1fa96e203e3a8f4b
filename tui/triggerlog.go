package tui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines"
)

// triggerForm is the quick log of what made the pain worse: pick a kind
// (a digit, or arrows and Enter), add a short note if you like (needed for
// "other"), Enter saves.
type triggerForm struct {
	cursor int
	noting bool
	note   []rune
	saving bool
	err    string
}

// triggerSavedMsg reports the outcome of saving a trigger.
type triggerSavedMsg struct {
	t   routines.Trigger
	err error
}

func (triggerSavedMsg) historyMsg() {}

// openTriggerLog shows the quick log.
func (m *Model) openTriggerLog() tea.Cmd {
	m.history().trigger = &triggerForm{}
	m.screen, m.help = screenTrigger, false
	return nil
}

// typing reports whether keys are going into a text field, where ? and q
// are letters rather than commands.
func (m *Model) typing() bool {
	return m.screen == screenTrigger && m.hist.trigger != nil && m.hist.trigger.noting
}

func (m *Model) triggerKey(msg tea.KeyPressMsg) tea.Cmd {
	f := m.history().trigger
	if f == nil || f.saving {
		return nil
	}
	kinds := routines.TriggerKinds
	if f.noting {
		switch {
		case key.Matches(msg, m.keys.Esc):
			f.noting, f.err = false, ""
		case key.Matches(msg, m.keys.Enter):
			return m.saveTrigger()
		case msg.String() == "backspace":
			if len(f.note) > 0 {
				f.note = f.note[:len(f.note)-1]
			}
		case msg.Text != "" && len(f.note)+len([]rune(msg.Text)) <= routines.MaxTriggerNote:
			f.note = append(f.note, []rune(msg.Text)...)
			f.err = ""
		}
		return nil
	}
	switch {
	case key.Matches(msg, m.keys.Esc):
		m.screen = screenHome
	case key.Matches(msg, m.keys.Quit):
		m.quitting = true
		return m.quitIfDone()
	case key.Matches(msg, m.keys.Up):
		f.cursor = max(f.cursor-1, 0)
	case key.Matches(msg, m.keys.Down):
		f.cursor = min(f.cursor+1, len(kinds)-1)
	case key.Matches(msg, m.keys.Enter):
		f.noting = true
	case len(msg.String()) == 1 && msg.String() >= "1" && int(msg.String()[0]-'1') < len(kinds):
		f.cursor, f.noting = int(msg.String()[0]-'1'), true
	}
	return nil
}

// saveTrigger checks the entry and saves it in a command.
func (m *Model) saveTrigger() tea.Cmd {
	f := m.history().trigger
	t := routines.Trigger{At: m.clock.Now(), Kind: routines.TriggerKinds[f.cursor], Note: strings.TrimSpace(string(f.note))}
	if err := t.Validate(); err != nil {
		f.err = humanError(err)
		return nil
	}
	log := m.deps.Triggers
	if log == nil {
		f.err = "The trigger log is not available here."
		return nil
	}
	f.saving, f.err = true, ""
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_, err := log.AddTrigger(ctx, t)
		return triggerSavedMsg{t: t, err: err}
	}
}

// triggerSaved goes home once the entry is saved, or says why it is not.
func (m *Model) triggerSaved(msg triggerSavedMsg) tea.Cmd {
	h := m.history()
	f := h.trigger
	if f == nil {
		return nil
	}
	f.saving = false
	if msg.err != nil {
		f.err = "Not saved: " + humanError(msg.err) + " Press enter to try again."
		return nil
	}
	h.trigger = nil
	h.trends.started = false // the next look at the trends shows it
	if m.screen == screenTrigger {
		m.screen = screenHome
	}
	what := string(msg.t.Kind)
	if msg.t.Note != "" {
		what += " (" + msg.t.Note + ")"
	}
	m.home.notices = append(m.home.notices, fmt.Sprintf("Logged %s at %s. The history's trends show it beside the pain (press h).",
		what, msg.t.At.Format("15:04")))
	return nil
}

func (m *Model) triggerView() string {
	s, f := m.styles, m.history().trigger
	if f == nil {
		return ""
	}
	width := m.width - 4
	var b strings.Builder
	b.WriteString(s.Title.Render("What made the pain worse?") + "\n\n")
	for i, k := range routines.TriggerKinds {
		mark, line := "  ", fmt.Sprintf("%d %s", i+1, k)
		if k == routines.TriggerOther {
			line += " (say what)"
		}
		if i == f.cursor {
			mark, line = s.Selected.Render("▸ "), s.Selected.Render(line)
		} else {
			line = s.Text.Render(line)
		}
		b.WriteString(mark + line + "\n")
	}
	b.WriteString("\n")
	if f.noting {
		label := "Note (optional): "
		if routines.TriggerKinds[f.cursor] == routines.TriggerOther {
			label = "What was it? "
		}
		b.WriteString(s.Bold.Render(label) + s.Text.Render(fit(string(f.note)+"▏", max(width-len(label), 10))) + "\n")
	} else {
		b.WriteString(s.Muted.Render("Pick one: a number, or ↑/↓ and enter.") + "\n")
	}
	switch {
	case f.saving:
		b.WriteString(s.Muted.Render("Saving…") + "\n")
	case f.err != "":
		for _, l := range wrap(f.err, width) {
			b.WriteString(s.Caution.Render(l) + "\n")
		}
	default:
		b.WriteString("\n")
	}
	b.WriteString("\n" + m.shortHelp(m.triggerKeys()...))
	return b.String()
}

// triggerKeys lists the keys of the quick log.
func (m *Model) triggerKeys() []key.Binding {
	k := m.keys
	f := m.history().trigger
	if f != nil && f.noting {
		return []key.Binding{withHelp(k.Enter, "enter", "save"), withHelp(k.Esc, "esc", "back to the list")}
	}
	return []key.Binding{withHelp(k.Up, "1-"+itoa(len(routines.TriggerKinds)), "pick"), withHelp(k.Up, "↑/↓", "move"),
		withHelp(k.Enter, "enter", "choose"), withHelp(k.Esc, "esc", "cancel"), k.Quit, k.Help}
}
