package tui

import "charm.land/bubbles/v2/key"

// keyMap holds every binding; each screen enables the ones that work there,
// so that help shows only those.
type keyMap struct {
	Up, Down, Enter, Start key.Binding
	Quit, Esc              key.Binding
	Help, Test             key.Binding
	Settings               key.Binding
	Library, Guide         key.Binding
	// Walk opens the quick walk log.
	Walk        key.Binding
	Left, Right key.Binding
	// Clear asks to lift a hold on the exercises; Yes and No answer.
	Clear, Yes, No key.Binding
	// Recover saves results an earlier run could not (see recover.go).
	Recover key.Binding
}

func defaultKeyMap() keyMap {
	return keyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Enter:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Start:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start")),
		Quit:     key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Esc:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back out")),
		Help:     key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Test:     key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "direction test")),
		Settings: key.NewBinding(key.WithKeys("s", ","), key.WithHelp("s", "settings")),
		Library:  key.NewBinding(key.WithKeys("l"), key.WithHelp("l", "library of exercises")),
		Guide:    key.NewBinding(key.WithKeys("g"), key.WithHelp("g", "guide: what sciatica is, medicines, walking, bad days…")),
		Walk:     key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "log a walk")),
		Left:     key.NewBinding(key.WithKeys("left", "-"), key.WithHelp("←/→", "change")),
		Right:    key.NewBinding(key.WithKeys("right", "+")),
		Clear:    key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "a doctor or physiotherapist has cleared me to exercise")),
		Yes:      key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes")),
		No:       key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "no")),
		Recover:  recoverBinding(),
	}
}
