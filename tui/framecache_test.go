package tui

import (
	"testing"

	"charm.land/lipgloss/v2"

	"github.com/centra-app/centra/app"
)

// TestFrameCacheFitsLikeTheWholeBody plays a session at several window
// sizes and checks, on every screen it passes through, that fitting the
// body line by line with the cache (kept across frames, as in the program)
// gives exactly, escape codes included, what fitting it whole gives.
func TestFrameCacheFitsLikeTheWholeBody(t *testing.T) {
	for _, sz := range []struct{ w, h int }{{80, 24}, {200, 60}, {minWidth, minHeight}, {61, 30}} {
		hs := newHarness(t, sz.w, sz.h)
		var c frameCache
		check := func(what string) {
			t.Helper()
			m := hs.m
			var body string
			switch {
			case m.help:
				body = helpView(m.styles, m.screenKeys())
			case m.active != nil:
				body = m.active.View()
			default:
				body = m.home.View()
			}
			box := m.styles.App.Width(m.width).MaxWidth(m.width)
			if got, want := c.fit(box, body, m.width, m.styles), box.Render(body); got != want {
				t.Fatalf("%dx%d, %s: fitted line by line:\n%q\nwhole:\n%q", sz.w, sz.h, what, got, want)
			}
		}
		check("home")
		hs.keys("?")
		check("help")
		hs.keys("?", "enter")
		check("baseline")
		hs.keys("5", "enter", "r", "enter", "6", "enter", "enter", "enter")
		for i := 0; i < 400 && hs.m.screen == screenSession; i++ {
			check("session")
			switch s := hs.m.sess; {
			case s.form != nil && s.form.Current() == app.FieldMoved:
				hs.keys([]string{"u", "s", "d"}[i%3])
			case s.form != nil:
				hs.keys("enter")
			case i%7 == 3:
				hs.keys("space") // paused, then resumed
			default:
				hs.wait(secs(1.5))
				if hs.m.sess != nil && hs.m.sess.form == nil && i%5 == 0 {
					hs.keys("enter") // a decision to acknowledge, if shown
				}
			}
		}
		check("summary")
	}
}

// TestFrameCacheFallsBackWhenALineLeavesAStyleOpen checks the cases where
// fitting line by line would differ, and that the body is then fitted
// whole.
func TestFrameCacheFallsBackWhenALineLeavesAStyleOpen(t *testing.T) {
	box := lipgloss.NewStyle().Padding(0, 1).Width(20).MaxWidth(20)
	for _, body := range []string{
		"\x1b[1mbold and still\nbold here\x1b[m",
		"\x1b]8;;https://example.com\x1b\\a link\nthat goes on\x1b]8;;\x1b\\",
		"a carriage return\r\nhere",
		"a line far longer than twenty cells, wrapped\nand a short one",
	} {
		var c frameCache
		if got, want := c.fit(box, body, 20, nil), box.Render(body); got != want {
			t.Errorf("body %q:\nfitted %q\nwhole  %q", body, got, want)
		}
	}
}

func TestClosedLine(t *testing.T) {
	for line, want := range map[string]bool{
		"plain text":                         true,
		"":                                   true,
		"\x1b[1mbold\x1b[m and plain":        true,
		"\x1b[38;5;2mgreen\x1b[0m":           true,
		"\x1b[1mbold to the end":             false,
		"\x1b[1mbold\x1b[22m off, not reset": false, // closed, but not surely: refused
		"\x1b]8;;http://x\x1b\\link\x1b]8;;": false,
		"cut short \x1b[":                    false,
		"carriage\r":                         false,
	} {
		if got := closedLine(line); got != want {
			t.Errorf("closedLine(%q) = %v, want %v", line, got, want)
		}
	}
}
