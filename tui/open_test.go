package tui

import (
	"context"
	"errors"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// TestTheFirstFrameDoesNotWaitForTheHistory: with Deps.Open the first
// frame draws at once, and the history's contents arrive after it.
func TestTheFirstFrameDoesNotWaitForTheHistory(t *testing.T) {
	store := &fakeStore{}
	plan := coach.DefaultPlan(coach.Answers{}, t0)
	opened := false
	m := New(Deps{Catalog: testCatalog(), Clock: routines.NewFakeClock(t0), Open: func(context.Context) (Loaded, error) {
		opened = true
		return Loaded{Store: store, Plan: &plan, Notices: []string{"Your Extension session was cut short."}}, nil
	}})
	cmd := m.Init()
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if opened {
		t.Fatal("the history must open in a command, not before the first frame")
	}
	if s := stripView(m); !contains(s, "Opening your history") {
		t.Fatalf("first frame:\n%s", s)
	}
	// Keys other than quit wait for the history.
	m.Update(keyPress("enter"))
	if m.sess != nil {
		t.Fatal("nothing starts before the history is open")
	}
	for _, msg := range runAll(cmd) {
		if lm, ok := msg.(loadedMsg); ok {
			m.Update(lm)
		}
	}
	if !opened || !contains(stripView(m), "Choose a routine") || !contains(stripView(m), "cut short") {
		t.Fatalf("after opening:\n%s", stripView(m))
	}
	m.Update(keyPress("enter"))
	if m.sess == nil {
		t.Fatal("enter should start the suggested routine once the history is open")
	}
}

func TestAHistoryThatCannotOpenEndsWithItsReason(t *testing.T) {
	damaged := errors.New("centra.db is damaged")
	m := New(Deps{Catalog: testCatalog(), Open: func(context.Context) (Loaded, error) { return Loaded{}, damaged }})
	var quit bool
	for _, msg := range runAll(m.Init()) {
		if lm, ok := msg.(loadedMsg); ok {
			_, c := m.Update(lm)
			for _, r := range runAll(c) {
				_, quit = r.(tea.QuitMsg)
			}
		}
	}
	if !quit || !errors.Is(m.LoadErr(), damaged) {
		t.Fatalf("quit %v, LoadErr %v", quit, m.LoadErr())
	}
}

// runAll runs a command and the batches it returns, giving their messages.
func runAll(cmd tea.Cmd) []tea.Msg {
	var out []tea.Msg
	walk(cmd, func(msg tea.Msg) tea.Cmd {
		out = append(out, msg)
		return nil
	})
	return out
}

func stripView(m *Model) string { return ansi.Strip(m.View().Content) }
