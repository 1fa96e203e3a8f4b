//go:build stack_bubbles

package main

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
)

// floorKeys is a one-binding key map for the help line.
type floorKeys struct{ quit key.Binding }

func (k floorKeys) ShortHelp() []key.Binding  { return []key.Binding{k.quit} }
func (k floorKeys) FullHelp() [][]key.Binding { return [][]key.Binding{{k.quit}} }

// Renders a help line and a scrolled page, as centra's screens do.
func init() {
	stackSteps = append(stackSteps, func() any {
		keys := floorKeys{key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit"))}
		vp := viewport.New(viewport.WithWidth(40), viewport.WithHeight(5))
		vp.SetContent("one\ntwo\nthree\nfour\nfive\nsix\nseven")
		vp.ScrollDown(1)
		return help.New().View(keys) + vp.View()
	})
}
