package tui

import (
	"charm.land/bubbles/v2/key"

	"github.com/centra-app/centra/app"
)

// homeKeys are the home screen's keys: home's Update matches these and its
// help lists them. What home offers besides the routines, and its words,
// are app.Home's actions, the same as the line mode's menu.
type homeKeys struct {
	Start, Up, Down, Pick key.Binding
	Test, Walk, Function  key.Binding
	// Skip skips the weekly check for this week, while it is due.
	Skip                             key.Binding
	History, Trigger, Library, Guide key.Binding
	Settings                         key.Binding
	// Clear asks, while exercises are held, to lift the hold; Yes and No
	// answer.
	Clear, Yes, No key.Binding
	Quit, Help     key.Binding
}

// actionKey is the binding of a home action: its letter (and any other
// keys), with its full words.
func actionKey(a app.Action, more ...string) key.Binding {
	return key.NewBinding(key.WithKeys(append([]string{a.Key}, more...)...), key.WithHelp(a.Key, a.Words))
}

func newHomeKeys(root keyMap) homeKeys {
	fn := actionKey(app.ActFunction)
	fn.SetHelp("f", app.ActFunction.Words+" (x skips it this week)")
	return homeKeys{
		Start:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start")),
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", "choose")),
		Down:     key.NewBinding(key.WithKeys("down", "j")),
		Pick:     key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", "pick by number")),
		Test:     actionKey(app.ActTest),
		Walk:     actionKey(app.ActWalk),
		Function: fn,
		Skip:     key.NewBinding(key.WithKeys("x")),
		History:  actionKey(app.ActHistory),
		Trigger:  actionKey(app.ActTrigger),
		Library:  actionKey(app.ActLibrary),
		Guide:    actionKey(app.ActGuide),
		Settings: actionKey(app.ActSettings, ","),
		Clear:    actionKey(app.ActCleared),
		Yes:      key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes: lift the pause")),
		No:       key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", "no: keep the exercises paused")),
		Quit:     root.Quit,
		Help:     root.Help,
	}
}

// actions are the bindings of what home offers now besides the routines
// (app.Home.Actions), in its order, without quit; short gives them their
// short words.
func (h *home) actions(short bool) []key.Binding {
	k := h.keys
	by := map[string]key.Binding{"d": k.Test, "h": k.History, "t": k.Trigger, "f": k.Function, "w": k.Walk,
		"s": k.Settings, "l": k.Library, "g": k.Guide, "c": k.Clear}
	var out []key.Binding
	for _, a := range h.offer().Actions(h.deps.Walks != nil, true) {
		b, ok := by[a.Key]
		if !ok {
			continue // quit: listed last, with help
		}
		if short {
			b = withHelp(b, a.Key, a.Short)
		}
		out = append(out, b)
	}
	return out
}

// ShortHelp implements help.KeyMap: the key lines under home, in the
// short words that fit there.
func (h *home) ShortHelp() []key.Binding {
	first, second := h.hintKeys()
	return append(first, second...)
}

// hintKeys are home's two key lines: what is used most, then the rest.
func (h *home) hintKeys() (first, second []key.Binding) {
	k := h.keys
	if h.plan.Held() {
		if h.clearing {
			return []key.Binding{k.Yes, k.No, k.Quit, k.Help}, nil
		}
		acts := h.actions(true)
		return []key.Binding{k.Clear, k.Quit, k.Help}, acts[1:]
	}
	first = []key.Binding{k.Start}
	for _, b := range h.actions(true) {
		switch b.Help().Key {
		case "d", "w":
			first = append(first, b)
		default:
			second = append(second, b)
		}
	}
	return append(first, k.Up, k.Quit, k.Help), second
}

// FullHelp implements help.KeyMap: every key of home, in full words.
func (h *home) FullHelp() [][]key.Binding {
	k := h.keys
	if h.plan.Held() && h.clearing {
		return [][]key.Binding{{k.Yes, k.No, k.Quit, k.Help}}
	}
	var ks []key.Binding
	if !h.plan.Held() {
		ks = append(ks, k.Start)
	}
	ks = append(ks, h.actions(false)...)
	if !h.plan.Held() {
		ks = append(ks, k.Up, k.Pick)
	}
	return [][]key.Binding{append(ks, h.recovery.key, k.Quit, k.Help)}
}
