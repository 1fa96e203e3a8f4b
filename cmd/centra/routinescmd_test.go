package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/centra-app/centra/config"
)

// docsExample is the full example of docs/routines.md.
func docsExample(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../docs/routines.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)## A full example\n\n```toml\n(.*?)```").FindSubmatch(b)
	if m == nil {
		t.Fatal("docs/routines.md has no full example")
	}
	return string(m[1])
}

func TestTheDocumentedRoutineLoadsAndShows(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "config")
	t.Setenv(config.EnvDir, dir)
	if err := os.MkdirAll(filepath.Join(dir, "routines"), 0o700); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "routines", "evening-reset.toml")
	if err := os.WriteFile(file, []byte(docsExample(t)), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runInProcess(t, context.Background(), "routines", "validate", file)
	if code != 0 || out != "" {
		t.Fatalf("validate: exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = runInProcess(t, context.Background(), "routines", "list")
	if code != 0 || !strings.Contains(out, "evening-reset  Evening reset") || !strings.Contains(out, "extension") {
		t.Errorf("list: exit %d\n%s", code, out)
	}
	code, out, _ = runInProcess(t, context.Background(), "routines", "show", "evening-reset")
	for _, want := range []string{"Evening reset", "1. Prone lying on a towel roll · 2 min", "Roll a bath towel",
		"Take the towel away", "2. Press-up · 2 × 8 reps", "rest 45 s between sets", "4. Easy walk · 5 min"} {
		if !strings.Contains(strings.ReplaceAll(out, "\u00a0", " "), want) {
			t.Errorf("show lacks %q:\n%s", want, out)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if len([]rune(l)) > 80 {
			t.Errorf("show: line wider than 80 columns: %q", l)
		}
	}
	if code != 0 || strings.Contains(out, "\x1b") {
		t.Errorf("show: exit %d, or escape codes in a pipe", code)
	}
}

func TestValidatePointsAtTheLineAndFails(t *testing.T) {
	bad := strings.Replace(docsExample(t), "reps = 8", `reps = "eight"`, 1)
	bad = strings.Replace(bad, `exercise = "prone-lying"`, `exercise = "prone-lyin"`, 1)
	file := filepath.Join(t.TempDir(), "evening-reset.toml")
	if err := os.WriteFile(file, []byte(bad), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runInProcess(t, context.Background(), "routines", "validate", file)
	want := file + ":47:1: reps must be a whole number, not the text \"eight\"\n" +
		file + ":51:1: unknown exercise \"prone-lyin\" (did you mean \"prone-lying\"?)\n"
	if code != 1 || out != want {
		t.Errorf("exit %d, printed:\n%s\nwant exit 1 and:\n%s", code, out, want)
	}
	if code, _, _ := runInProcess(t, context.Background(), "routines", "validate", filepath.Join(t.TempDir(), "none.toml")); code != 1 {
		t.Errorf("a missing file: exit %d, want 1", code)
	}
}

func TestABadCustomFileIsSkippedNotFatal(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "config")
	t.Setenv(config.EnvDir, dir)
	_ = os.MkdirAll(filepath.Join(dir, "routines"), 0o700)
	// The documented example with one mistake on line 5.
	bad := strings.Replace(docsExample(t), `name = "Evening reset"`, "name = 3", 1)
	_ = os.WriteFile(filepath.Join(dir, "routines", "a.toml"), []byte(bad), 0o600)
	code, out, errOut := runInProcess(t, context.Background(), "routines", "list")
	if code != 0 || !strings.Contains(out, "Built-in:") || !strings.Contains(errOut, "a.toml:5:") {
		t.Errorf("exit %d\n%s\n%s", code, out, errOut)
	}
	// The list itself says the file was skipped, and why: not "none yet".
	if strings.Contains(out, "none yet") || !strings.Contains(out, "Your own: none that could be read") ||
		!strings.Contains(out, "A file was skipped for a problem") || !strings.Contains(out, filepath.Join(dir, "routines", "a.toml")+":5:") {
		t.Errorf("list with the one custom file skipped says:\n%s\nwant none that could be read, and the file with its problem", out)
	}
	cat, notices, err := loadCatalog(&strings.Builder{})
	if err != nil || len(notices) != 1 || !strings.Contains(notices[0], "a.toml:5:") || len(cat.Routines()) != 6 {
		t.Errorf("loadCatalog: %v, %q", err, notices)
	}
}

func TestGuideAndLibraryPrintPlainTextInAPipe(t *testing.T) {
	code, out, _ := runInProcess(t, context.Background(), "guide", "heat")
	if code != 0 || !strings.Contains(out, "Ice and heat") || strings.Contains(out, "\x1b") || strings.Contains(out, "**") {
		t.Errorf("guide heat: exit %d\n%s", code, out)
	}
	code, out, _ = runInProcess(t, context.Background(), "guide")
	if code != 0 || !strings.Contains(out, "red-flags: Red flags") {
		t.Errorf("guide: exit %d\n%s", code, out)
	}
	code, out, _ = runInProcess(t, context.Background(), "library", "press-up")
	if code != 0 || !strings.Contains(out, "Steps") || !strings.Contains(out, "Cautions") {
		t.Errorf("library press-up: exit %d\n%s", code, out)
	}
	if code, _, _ := runInProcess(t, context.Background(), "library", "sit-up"); code != 2 {
		t.Errorf("an unknown exercise: exit %d, want 2", code)
	}
	if code, _, _ := runInProcess(t, context.Background(), "guide", "yoga"); code != 2 {
		t.Errorf("an unknown page: exit %d, want 2", code)
	}
}
