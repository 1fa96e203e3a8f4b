//go:build centra_crashkey

package main

import tea "charm.land/bubbletea/v2"

// This file is only in the binary the end-to-end tests build with
// -tags centra_crashkey: it adds two keys that crash centra, to prove that
// a crash restores the terminal and loses nothing saved. F12 panics in
// Update, F11 in a command (another goroutine).
func init() {
	wrapModel = func(m tea.Model) tea.Model { return crashKeys{m} }
}

type crashKeys struct{ tea.Model }

func (c crashKeys) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "f12":
			panic("crash key F12 pressed (test build)")
		case "f11":
			return c, func() tea.Msg { panic("crash key F11 pressed (test build)") }
		}
	}
	m, cmd := c.Model.Update(msg)
	return crashKeys{m}, cmd
}
