package tui

import "charm.land/bubbles/v2/key"

// homeKeys are the home screen's keys: home's Update matches these and its
// help lists them.
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

func newHomeKeys(root keyMap) homeKeys {
	return homeKeys{
		Start:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start")),
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", "choose")),
		Down:     key.NewBinding(key.WithKeys("down", "j")),
		Pick:     key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", "pick by number")),
		Test:     key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "direction test")),
		Walk:     key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "log a walk")),
		Function: key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "what you can do: the weekly check (x skips it this week)")),
		Skip:     key.NewBinding(key.WithKeys("x")),
		History:  key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "history and trends")),
		Trigger:  key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "log what made it worse")),
		Library:  key.NewBinding(key.WithKeys("l"), key.WithHelp("l", "library of exercises")),
		Guide:    key.NewBinding(key.WithKeys("g"), key.WithHelp("g", "guide: what sciatica is, medicines, walking, bad days…")),
		Settings: key.NewBinding(key.WithKeys("s", ","), key.WithHelp("s", "settings")),
		Clear:    key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "a doctor or physiotherapist has cleared me to exercise")),
		Yes:      key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes: lift the pause")),
		No:       key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", "no: keep the exercises paused")),
		Quit:     root.Quit,
		Help:     root.Help,
	}
}

// ShortHelp implements help.KeyMap: the key lines under home, in the
// short words that fit there.
func (h *home) ShortHelp() []key.Binding {
	first, second := h.hintKeys()
	return append(first, second...)
}

// hintKeys are home's two key lines.
func (h *home) hintKeys() (first, second []key.Binding) {
	k := h.keys
	if h.plan.Held() {
		if h.clearing {
			return []key.Binding{k.Yes, k.No, k.Quit, k.Help}, nil
		}
		return []key.Binding{k.Clear, k.Quit, k.Help}, h.heldOpen()
	}
	first = []key.Binding{k.Start, k.Test}
	if h.deps.Walks != nil {
		first = append(first, k.Walk)
	}
	first = append(first, k.Up, k.Quit, k.Help)
	second = []key.Binding{withHelp(k.History, "h", "history"), withHelp(k.Trigger, "t", "log a trigger"), withHelp(k.Function, "f", "function"),
		withHelp(k.Library, "l", "library"), withHelp(k.Guide, "g", "guide"), k.Settings}
	return first, second
}

// heldOpen are the screens that stay open while exercises are held.
func (h *home) heldOpen() []key.Binding {
	k := h.keys
	return []key.Binding{withHelp(k.Guide, "g", "guide"), withHelp(k.Library, "l", "library"),
		withHelp(k.History, "h", "history"), withHelp(k.Trigger, "t", "log a trigger"), k.Settings}
}

// FullHelp implements help.KeyMap: every key of home, in full words.
func (h *home) FullHelp() [][]key.Binding {
	k := h.keys
	if h.plan.Held() {
		if h.clearing {
			return [][]key.Binding{{k.Yes, k.No, k.Quit, k.Help}}
		}
		return [][]key.Binding{append(append([]key.Binding{k.Clear}, h.heldOpen()...), h.recovery.key, k.Quit, k.Help)}
	}
	ks := []key.Binding{k.Start, k.Test, k.Settings, k.History, k.Trigger}
	if h.deps.Walks != nil {
		ks = append(ks, k.Walk)
	}
	return [][]key.Binding{append(ks, k.Function, k.Library, k.Guide, k.Up, k.Pick, h.recovery.key, k.Quit, k.Help)}
}
