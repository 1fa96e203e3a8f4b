package main

import (
	"fmt"
	"os"
)

// The floor alone is the yardstick. Built with the tags below, it also
// carries one or more of the libraries centra is built on, doing the least
// each can do, so that bench/run stack can show what each costs a program
// before any of centra's own code runs:
//
//	stack_lipgloss  styles one line with lipgloss
//	stack_huh       links huh (forms)
//	stack_sqlite    opens a SQLite database (modernc.org/sqlite), writes a row
//	stack_goldmark  parses a short page with goldmark (the guide's markdown)
//	stack_fang      runs a command line through fang and cobra (no arguments)
//	stack_bubbles   renders a help line and a viewport (bubbles)
//
// None of them changes what the floor shows or how it counts down.

// carried holds what the tagged files made, so that nothing is dropped as
// unused; stackSteps are their set-up steps, run before the program starts.
var (
	carried      []any
	stackSteps   []func() any
	stackCleanup []func()
)

// carry runs the set-up steps of the libraries the floor was built with.
func carry() {
	for _, step := range stackSteps {
		carried = append(carried, step())
	}
}

// uncarry undoes what the set-up steps left on disk.
func uncarry() {
	for _, f := range stackCleanup {
		f()
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "floor:", err)
	os.Exit(1)
}
