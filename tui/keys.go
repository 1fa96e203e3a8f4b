package tui

import "charm.land/bubbles/v2/key"

// keyMap holds the bindings the root itself matches (help, and quit or esc
// to close it) and that components share; each component has a key map of
// its own for the rest.
type keyMap struct {
	// Enter is the walk log's (walklog.go); the rest the root's own.
	Enter, Quit, Esc, Help key.Binding
}

func defaultKeyMap() keyMap {
	return keyMap{
		Enter: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Quit:  key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Esc:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back out")),
		Help:  key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
	}
}
