package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

func TestSavingANewFileWritesEverySettingReadableOnlyByItsOwner(t *testing.T) {
	path := filepath.Join(t.TempDir(), "centra", "config.toml")
	c := Default()
	c.Cues, c.Rest, c.Theme = CuesVoice, 40*time.Second, ThemeLight
	if err := Save(path, c, "cues"); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("file mode = %v, want 0600", st.Mode().Perm())
	}
	if d, _ := os.Stat(filepath.Dir(path)); d.Mode().Perm() != 0o700 {
		t.Errorf("folder mode = %v, want 0700", d.Mode().Perm())
	}
	text := readFile(t, path)
	for _, f := range Fields {
		if !strings.Contains(text, "\n"+f.Key+" = ") || !strings.Contains(text, "# "+f.Help) {
			t.Errorf("a new file lacks %s with its help:\n%s", f.Key, text)
		}
	}
	back, probs := Load(path)
	if len(probs) != 0 || back != c {
		t.Fatalf("read back %+v (problems %v), want %+v", back, probs, c)
	}
}

func TestSavingKeepsTheOtherKeysAsTheyWere(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.toml")
	orig := "# mine\nleg = \"left\"\nrest_seconds = 9999\ncolour = \"teal\"\n\n[later]\nx = 1\n"
	if err := os.WriteFile(path, []byte(orig), 0o644); err != nil {
		t.Fatal(err)
	}
	c, _ := Load(path)
	c.Cues = CuesOff
	c.Leg = routines.LegBoth // changed in memory but not named: not written
	if err := Save(path, c, "cues"); err != nil {
		t.Fatal(err)
	}
	text := readFile(t, path)
	for _, want := range []string{`cues = "off"`, `leg = "left"`, "rest_seconds = 9999", `colour = "teal"`, "[later]", "x = 1"} {
		if !strings.Contains(text, want) {
			t.Errorf("saved file lacks %q:\n%s", want, text)
		}
	}
	for _, absent := range []string{"theme", "every_hours"} {
		if strings.Contains(text, absent) {
			t.Errorf("saved file gained %q, which the person never set:\n%s", absent, text)
		}
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("file mode = %v, want 0600 after a save", st.Mode().Perm())
	}
	back, probs := Load(path)
	if back.Cues != CuesOff || back.Leg != routines.LegLeft || len(probs) != 3 {
		t.Errorf("read back %+v with problems %v; want cues off, leg left and the same three problems", back, probs)
	}
}

func TestSavingOverAnUnparsableFileKeepsACopy(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config.toml")
	if err := os.WriteFile(path, []byte("bell = = true\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Save(path, Default(), "cues"); err != nil {
		t.Fatal(err)
	}
	if got := readFile(t, path+".bak"); got != "bell = = true\n" {
		t.Errorf("backup = %q", got)
	}
	if _, probs := Load(path); len(probs) != 0 {
		t.Errorf("the new file has problems: %v", probs)
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".config.toml.*"))
	if len(left) != 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

func TestSavingTheCuesReplacesTheOldBellLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(path, []byte("bell = false\nleg = \"left\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c, _ := Load(path)
	if c.Cues != CuesOff {
		t.Fatalf("bell = false read as cues %q, want off", c.Cues)
	}
	c.Cues = CuesVoice
	if err := Save(path, c, "cues"); err != nil {
		t.Fatal(err)
	}
	text := readFile(t, path)
	if strings.Contains(text, "bell =") || !strings.Contains(text, `cues = "voice"`) {
		t.Errorf("saved file:\n%s\nwant the cues line and no bell line", text)
	}
}

func TestSavingOverSomethingThatIsNotAFileFailsCleanly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.toml")
	if err := os.MkdirAll(filepath.Join(path, "x"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := Save(path, Default()); err == nil {
		t.Fatal("saving over a folder succeeded")
	}
	if _, err := os.Stat(filepath.Join(path, "x")); err != nil {
		t.Fatalf("the folder in the way was touched: %v", err)
	}
}
