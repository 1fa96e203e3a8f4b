package main

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/centra-app/centra/content"
	"github.com/centra-app/centra/content/guide"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/tui"
	"github.com/centra-app/centra/tui/theme"
)

// The screens reach the Guide and the Library only through guideReading;
// this is the wiring runTUI does, driven from the home screen.
func TestTheReadingScreensShowTheGuideAndTheLibrary(t *testing.T) {
	cat, err := content.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	plan := coach.DefaultPlan(coach.Answers{}, time.Now())
	m := tui.New(tui.Deps{Catalog: cat, Plan: &plan, Reading: guideReading{}})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})

	drive(m, key("g"))
	first := guide.Topics()[0]
	if got := ansi.Strip(m.View().Content); !strings.Contains(got, "1 "+first.Title) {
		t.Fatalf("the Guide's list lacks its first page %q:\n%s", first.Title, got)
	}
	drive(m, tea.KeyPressMsg{Code: tea.KeyEnter})
	if got := ansi.Strip(m.View().Content); !strings.Contains(got, "page 1 of ") {
		t.Fatalf("the first page did not open:\n%s", got)
	}

	drive(m, tea.KeyPressMsg{Code: tea.KeyEscape}) // back to the list
	drive(m, tea.KeyPressMsg{Code: tea.KeyEscape}) // and home
	drive(m, key("l"))
	e := cat.Exercises()[0]
	if got := ansi.Strip(m.View().Content); !strings.Contains(got, e.Name) || !strings.Contains(got, guide.FamilyName(e.Family)) {
		t.Fatalf("the Library lacks %q with its family:\n%s", e.Name, got)
	}
}

func TestGuideReadingRendersInThePalettesColours(t *testing.T) {
	md := guide.Topics()[0].Markdown
	styled, err := guideReading{}.Render(md, 60, theme.New(true).Palette)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := guide.Render(md, 60, guide.Colors{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(styled, "\x1b[") || strings.Contains(plain, "\x1b[") {
		t.Fatalf("want colour only when styled:\nstyled %.200q\nplain %.200q", styled, plain)
	}
}
