package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/save"
)

// triggerLog is the quick log of what made the pain worse, a component:
// pick a kind (a digit, or arrows and Enter), add a short note if you like
// (needed for "other"), Enter queues it on the journal, the one save path
// (retried, and kept in the recovery file if it cannot be saved before
// centra closes), and goes home saying so.
type triggerLog struct {
	*env
	width  int
	keys   triggerKeyMap
	cursor int
	noting bool
	note   []rune
	err    string
}

// triggerKeyMap holds the keys of the trigger log: picking a kind, then
// writing the note.
type triggerKeyMap struct {
	Pick, Up, Down, Choose, Cancel key.Binding
	Save, Back                     key.Binding
}

func defaultTriggerKeys() triggerKeyMap {
	n := itoa(len(routines.TriggerKinds))
	digits := make([]string, len(routines.TriggerKinds))
	for i := range digits {
		digits[i] = itoa(i + 1)
	}
	return triggerKeyMap{
		Pick:   key.NewBinding(key.WithKeys(digits...), key.WithHelp("1-"+n, "pick")),
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", "move")),
		Down:   key.NewBinding(key.WithKeys("down", "j")),
		Choose: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		Save:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save")),
		Back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back to the list")),
	}
}

// newTriggerLog is the quick log, on its first kind.
func newTriggerLog(e *env) *triggerLog { return &triggerLog{env: e, keys: defaultTriggerKeys()} }

// SetSize implements component.
func (f *triggerLog) SetSize(width, _ int) { f.width = width }

// typing implements textInput: once the note is begun, ? and q are
// letters rather than commands; on an empty note ? opens help.
func (f *triggerLog) typing() bool { return f.noting && len(f.note) > 0 }

// Update implements component.
func (f *triggerLog) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if f.noting {
			return f.noteKey(msg)
		}
		return f.key(msg)
	}
	return nil
}

func (f *triggerLog) key(msg tea.KeyPressMsg) tea.Cmd {
	k := f.keys
	switch {
	case key.Matches(msg, k.Cancel):
		return f.nav.goHome()
	case key.Matches(msg, f.env.keys.Quit):
		return f.nav.quit()
	case key.Matches(msg, k.Up):
		f.cursor = max(f.cursor-1, 0)
	case key.Matches(msg, k.Down):
		f.cursor = min(f.cursor+1, len(routines.TriggerKinds)-1)
	case key.Matches(msg, k.Choose):
		f.noting = true
	case key.Matches(msg, k.Pick):
		f.cursor, f.noting = int(msg.String()[0]-'1'), true
	}
	return nil
}

// noteKey edits the note: letters add, backspace takes away.
func (f *triggerLog) noteKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, f.keys.Back):
		f.noting, f.err = false, ""
	case key.Matches(msg, f.keys.Save):
		return f.save()
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

// save checks the entry, queues it on the journal and goes home saying
// so; the save status under every screen says if it is not saved yet.
func (f *triggerLog) save() tea.Cmd {
	t := routines.Trigger{At: f.clock.Now(), Kind: routines.TriggerKinds[f.cursor], Note: strings.TrimSpace(string(f.note))}
	if err := t.Validate(); err != nil {
		f.err = humanError(err)
		return nil
	}
	if f.deps.Triggers == nil {
		f.err = "The trigger log is not available here."
		return nil
	}
	return tea.Batch(f.journal.add(save.Trigger{Trigger: t, Log: f.deps.Triggers}),
		f.nav.goHome(app.TriggerLogged(t)+" The history's trends show it beside the pain (press h)."))
}

// ShortHelp implements help.KeyMap: the keys of the list, or of the note.
func (f *triggerLog) ShortHelp() []key.Binding {
	k := f.keys
	if f.noting {
		return []key.Binding{k.Save, k.Back, withHelp(f.env.keys.Help, "?", "help, on an empty note")}
	}
	return []key.Binding{k.Pick, k.Up, k.Choose, k.Cancel, f.env.keys.Quit, f.env.keys.Help}
}

// FullHelp implements help.KeyMap.
func (f *triggerLog) FullHelp() [][]key.Binding { return [][]key.Binding{f.ShortHelp()} }

// View implements component.
func (f *triggerLog) View() string {
	s := f.styles
	width := f.width - 4
	var b strings.Builder
	b.WriteString(s.Title.Render(app.TriggerQuestion) + "\n\n")
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
	case f.err != "":
		for _, l := range wrap(f.err, width) {
			b.WriteString(s.Caution.Render(l) + "\n")
		}
	default:
		b.WriteString("\n")
	}
	b.WriteString("\n" + f.shortHelp(f.ShortHelp()...))
	return b.String()
}
