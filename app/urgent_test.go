package app

import (
	"slices"
	"testing"
)

// Ticking on the screen and typing numbers in the line mode pick the same
// symptoms, by the ids the coach's rules read.
func TestTheUrgentListPicksTheSameSymptomsEitherWay(t *testing.T) {
	var screen UrgentList
	if !screen.Toggle(3) || !screen.Toggle(1) || !screen.Toggle(2) || !screen.Toggle(2) {
		t.Fatal("a symptom on the list could not be ticked")
	}
	if screen.Toggle(0) || screen.Toggle(len(UrgentSymptoms)+1) {
		t.Error("a number off the list was ticked")
	}
	var line UrgentList
	if hint := line.Answer("3, 1 3"); hint != "" {
		t.Fatalf("numbers refused: %s", hint)
	}
	want := []string{UrgentSymptoms[0].ID, UrgentSymptoms[2].ID}
	if !slices.Equal(screen.Picked(), want) || !slices.Equal(line.Picked(), want) {
		t.Errorf("picked %v on the screen and %v in the line mode, want %v", screen.Picked(), line.Picked(), want)
	}
	if hint := line.Answer("1 nine"); hint == "" || line.Picked() != nil {
		t.Errorf("a word was taken as a number: hint %q, picked %v", hint, line.Picked())
	}
	if hint := line.Answer(""); hint != "" || line.Picked() != nil {
		t.Errorf("Enter alone should pick nothing: hint %q, picked %v", hint, line.Picked())
	}
}
