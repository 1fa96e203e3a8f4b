package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"

	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/routines"
)

// runInProcess runs the command line as main does, in this process, with
// stdout and stderr captured and the data and config folders in a
// temporary place.
func runInProcess(t *testing.T, ctx context.Context, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return runInProcessAt(t, ctx, routines.SystemClock{}, args...)
}

// runInProcessAt is runInProcess on a given clock: the command line reads
// the time from it and from nothing else.
func runInProcessAt(t *testing.T, ctx context.Context, clock routines.Clock, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	t.Setenv("CENTRA_DATA_DIR", filepath.Join(t.TempDir(), "data"))
	return runInProcessWith(t, ctx, clock, args...)
}

// runInProcessNoEnv runs the command line with the environment as the test
// set it: no data folder is named unless the arguments name one.
func runInProcessNoEnv(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return runInProcessWith(t, bg, routines.SystemClock{}, args...)
}

func runInProcessWith(t *testing.T, ctx context.Context, clock routines.Clock, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	if os.Getenv(config.EnvDir) == "" {
		t.Setenv(config.EnvDir, filepath.Join(t.TempDir(), "config"))
	}
	t.Setenv("NO_COLOR", "1")
	dir := t.TempDir()
	outF, _ := os.Create(filepath.Join(dir, "out"))
	errF, _ := os.Create(filepath.Join(dir, "err"))
	oldOut, oldErr := os.Stdout, os.Stderr
	os.Stdout, os.Stderr = outF, errF
	code = runOn(ctx, clock, args)
	os.Stdout, os.Stderr = oldOut, oldErr
	outF.Close()
	errF.Close()
	o, _ := os.ReadFile(outF.Name())
	e, _ := os.ReadFile(errF.Name())
	return code, string(o), string(e)
}

func TestExitStatuses(t *testing.T) {
	notADir := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(notADir, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		code int
		out  string
	}{
		{[]string{"--help"}, 0, "EXAMPLES"},
		{[]string{"start", "--help"}, 0, "centra start extension"},
		{[]string{"man"}, 0, ".TH CENTRA 1"},
		{[]string{"completion", "bash"}, 0, "__start_centra"},
		{[]string{"completion", "zsh"}, 0, "#compdef centra"},
		{[]string{"settings"}, 0, "theme = \"auto\""},
		{[]string{"history", "--json"}, 0, "sessions"},
		{[]string{"--bogus"}, 2, ""},
		{[]string{"nope"}, 2, ""},
		{[]string{"start", "nope"}, 2, ""},
		{[]string{"start", "extension", "core"}, 2, ""},
		{[]string{"test", "now"}, 2, ""},
		{[]string{"man", "centra"}, 2, ""},
		{[]string{"history", "--since", "3x"}, 2, ""},
		{[]string{"--data-dir", notADir, "history", "--json"}, 1, ""},
	} {
		code, out, errOut := runInProcess(t, context.Background(), tc.args...)
		if code != tc.code {
			t.Errorf("centra %s: exit %d, want %d\n%s", strings.Join(tc.args, " "), code, tc.code, errOut)
		}
		if !strings.Contains(out, tc.out) {
			t.Errorf("centra %s: stdout lacks %q:\n%s", strings.Join(tc.args, " "), tc.out, out)
		}
	}
}

func TestAnInterruptedCommandExits130(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // as fang does on ctrl+c
	if code, _, errOut := runInProcess(t, ctx, "history", "--json"); code != 130 {
		t.Fatalf("exit %d after ctrl+c, want 130\n%s", code, errOut)
	}
}

func TestABadSettingsFileIsAnErrorOnlyForTheCheck(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(config.EnvDir, dir)
	if err := os.WriteFile(filepath.Join(dir, "config.toml"), []byte("bell = true\nrep_speed = 9\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runInProcess(t, context.Background(), "settings")
	if code != 1 || !strings.Contains(errOut, "config.toml:2: rep_speed") || !strings.Contains(out, "rep_speed = 1.0") {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	cfg, notices := loadSettings(&strings.Builder{})
	if len(notices) != 1 || cfg.RepSpeed != 1 || cfg.Cues != config.CuesBell {
		t.Fatalf("the interface got %+v and notices %q; want the defaults for the bad key and one notice", cfg, notices)
	}
}

// TestEveryCommandHasHelpWithExamples holds every command, including ones
// added later, to the same standard: a one-line summary and examples.
func TestEveryCommandHasHelpWithExamples(t *testing.T) {
	root := newRootCmd(routines.SystemClock{})
	conventions(root)
	walk(root, func(c *cobra.Command) {
		if !visible(c) || strings.HasPrefix(c.Name(), "__") {
			return
		}
		if c.Short == "" || strings.TrimSpace(c.Example) == "" {
			t.Errorf("%q has no summary or no examples", c.CommandPath())
		}
	})
}

func TestTheManPageIsComplete(t *testing.T) {
	root := newRootCmd(routines.SystemClock{})
	conventions(root)
	page := manPage(root)
	for _, want := range []string{".SH EXIT STATUS", "130: interrupted", ".SH ENVIRONMENT", "NO_COLOR", ".SH FILES", "config\\&.toml", ".SH EXAMPLES", "\\fB--data-dir\\fP"} {
		if !strings.Contains(page, want) {
			t.Errorf("the man page lacks %q", want)
		}
	}
	walk(root, func(c *cobra.Command) {
		if visible(c) && c.HasParent() && c.Name() != "help" && !strings.Contains(page, "\\fB"+c.Name()+"\\fP") {
			t.Errorf("the man page lacks the command %q", c.CommandPath())
		}
	})
	if strings.Contains(page, "--speed") {
		t.Error("the man page shows the hidden --speed flag")
	}
}

func TestTheREADMEDocumentsTheExitStatuses(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range exitStatuses {
		if !strings.Contains(string(b), "| `"+s.Code+"` |") {
			t.Errorf("the README's exit status table lacks %s", s.Code)
		}
	}
}

func TestAnyNoColorValueTurnsColourOff(t *testing.T) {
	t.Setenv("TERM", "xterm-256color")
	t.Setenv("NO_COLOR", "yes")
	normalizeNoColor()
	if p := colorprofile.Env(os.Environ()); p > colorprofile.ASCII {
		t.Fatalf("NO_COLOR=yes left the colour profile at %v", p)
	}
}

func TestVersionComesFromTheBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "centra")
	build := exec.Command("go", "build", "-ldflags", "-X main.version=9.8.7-test", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "--version").Output()
	if err != nil || !strings.Contains(string(out), "9.8.7-test") {
		t.Fatalf("centra --version = %q (%v), want the version set at build time", out, err)
	}
}

func TestTheSettingsScreenShowsHomePathsWithATilde(t *testing.T) {
	t.Setenv("HOME", "/home/p")
	if got := tilde("/home/p/.config/centra/config.toml"); got != "~/.config/centra/config.toml" {
		t.Errorf("tilde = %q", got)
	}
	if got := tilde("/etc/centra/config.toml"); got != "/etc/centra/config.toml" {
		t.Errorf("a path outside home became %q", got)
	}
}

func TestDueFollowsTheReminderSettings(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(config.EnvDir, dir)
	if err := os.WriteFile(filepath.Join(dir, "config.toml"), []byte("every_hours = 4\nwaking_from = \"08:00\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := runInProcess(t, context.Background(), "due"); code != 0 || !strings.Contains(out, "0 of 4") {
		t.Fatalf("exit %d, want a target of 4 sets (08:00-22:00, every 4 h):\n%s%s", code, out, errOut)
	}
}
