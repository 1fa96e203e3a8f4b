package tui

import "charm.land/bubbles/v2/key"

// keyMap holds the bindings the root itself matches: help, and quit or esc
// to close it (components list quit and help from here too); each
// component has a key map of its own for the rest.
type keyMap struct {
	Quit, Esc, Help key.Binding
}

func defaultKeyMap() keyMap {
	return keyMap{
		Quit: key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Esc:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back out")),
		Help: key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
	}
}
