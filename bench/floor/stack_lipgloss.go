//go:build stack_lipgloss

package main

import "charm.land/lipgloss/v2"

func init() {
	stackSteps = append(stackSteps, func() any {
		return lipgloss.NewStyle().Bold(true).Border(lipgloss.RoundedBorder()).Render("floor ─ · …")
	})
}
