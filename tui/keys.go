package tui

import "charm.land/bubbles/v2/key"

// keyMap holds every binding; each screen enables the ones that work there,
// so that help shows only those.
type keyMap struct {
	Up, Down, Enter key.Binding
	Quit, Esc, Help key.Binding
	Left, Right     key.Binding
}

func defaultKeyMap() keyMap {
	return keyMap{
		Up:    key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:  key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Enter: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Quit:  key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Esc:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back out")),
		Help:  key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Left:  key.NewBinding(key.WithKeys("left", "-"), key.WithHelp("←/→", "change")),
		Right: key.NewBinding(key.WithKeys("right", "+")),
	}
}
