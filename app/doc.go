// Package app is centra's headless application layer: what both of its
// interfaces, the full-screen one (package tui) and the accessible line
// mode (package linemode), show and do, written once in plain Go with no
// Bubble Tea and no IO.
//
// It holds the history's read model (the types the store returns and both
// interfaces and the exports read, and the small interfaces they read them
// through) and the words that describe it: a session's timeline set by
// set, how a session went, the trend over days. A renderer only lays these
// out and styles them.
//
// It is not meant for import outside centra.
package app
