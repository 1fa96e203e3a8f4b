package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

func TestAMissingFileGivesTheDefaultsAndNoProblems(t *testing.T) {
	c, probs := Load(filepath.Join(t.TempDir(), "config.toml"))
	if len(probs) != 0 {
		t.Fatalf("problems = %v", probs)
	}
	if c != Default() {
		t.Fatalf("config = %+v, want the defaults", c)
	}
}

func TestEverySettingIsRead(t *testing.T) {
	c, probs := Parse("config.toml", []byte(`
cues = "voice"
reminders = false
remind_again_minutes = 30
get_ready_seconds = 10
rest_seconds = 45
rep_speed = 0.75
every_hours = 1.5
waking_from = "06:30"
waking_to = 23:15:00
leg = "left"
theme = "high-contrast"
step_up_sets = 2
red_days_lost = 3
mobility_days = 2
strength_days = 3
strength_leg_pain = 1
maintenance_days = 10
flare_days = 4
flare_leg_rise = 3
maintenance_relief_sets = 4
`))
	if len(probs) != 0 {
		t.Fatalf("problems = %v", probs)
	}
	want := Config{Cues: CuesVoice, Reminders: false, RemindAgain: 30 * time.Minute, GetReady: 10 * time.Second, Rest: 45 * time.Second, RepSpeed: 0.75,
		Every: 90 * time.Minute, WakingFrom: 6*60 + 30, WakingTo: 23*60 + 15, Leg: routines.LegLeft, Theme: ThemeHighContrast,
		Program: coach.Program{StepUpSets: 2, RedDaysLost: 3, MobilityDays: 2, StrengthDays: 3, StrengthLegPain: 1,
			MaintenanceDays: 10, FlareDays: 4, FlareLegRise: 3, MaintenanceReliefSets: 4}}
	if c != want {
		t.Fatalf("config =\n %+v\nwant\n %+v", c, want)
	}
}

func TestBadValuesAndUnknownKeysAreReportedByLineAndDefaulted(t *testing.T) {
	c, probs := Parse("/home/p/.config/centra/config.toml", []byte(`# settings
cue = "voice"
get_ready_seconds = 0
rep_speed = "fast"
leg = "right"

[display]
theme = "dark"
`))
	want := []string{
		`/home/p/.config/centra/config.toml:2: unknown setting "cue" (ignored); did you mean "cues"?`,
		`/home/p/.config/centra/config.toml:3: get_ready_seconds: want a whole number from 1 to 60, not 0; using the default, 5`,
		`/home/p/.config/centra/config.toml:4: rep_speed: want a number from 0.5 to 2, not "fast"; using the default, 1.0`,
		`/home/p/.config/centra/config.toml:7: unknown setting "display" (ignored)`,
	}
	if len(probs) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%s", len(probs), len(want), joinProblems(probs))
	}
	for i, p := range probs {
		if p.Error() != want[i] {
			t.Errorf("problem %d =\n %s\nwant\n %s", i, p.Error(), want[i])
		}
	}
	d := Default()
	if c.GetReady != d.GetReady || c.RepSpeed != d.RepSpeed || c.Cues != d.Cues || c.Theme != d.Theme {
		t.Errorf("bad keys did not fall back to the defaults: %+v", c)
	}
	if c.Leg != routines.LegRight {
		t.Errorf("a good key next to bad ones was lost: leg = %q", c.Leg)
	}
}

func TestASyntaxErrorPointsAtItsLineAndKeepsTheDefaults(t *testing.T) {
	c, probs := Parse("config.toml", []byte("bell = true\nrest_seconds = = 3\n"))
	if len(probs) != 1 || probs[0].Line != 2 || !strings.Contains(probs[0].Msg, "syntax error") {
		t.Fatalf("problems = %v, want one syntax error on line 2", probs)
	}
	if c != Default() {
		t.Fatalf("config = %+v, want the defaults", c)
	}
}

func TestEmptyWakingHoursFallBackToTheDefaults(t *testing.T) {
	c, probs := Parse("config.toml", []byte("waking_from = \"08:00\"\nwaking_to = \"08:00\"\n"))
	if len(probs) != 1 || probs[0].Line != 2 {
		t.Fatalf("problems = %v, want one on line 2", probs)
	}
	if c.WakingFrom != coach.DefaultWakingFrom || c.WakingTo != coach.DefaultWakingTo {
		t.Fatalf("waking hours = %s-%s", c.WakingFrom, c.WakingTo)
	}
}

func TestTheOldBellKeyStillSilencesOrRings(t *testing.T) {
	for _, tc := range []struct {
		file  string
		want  Cues
		probs int
	}{
		{"bell = false\n", CuesOff, 0},
		{"bell = true\n", CuesBell, 0},
		{"bell = false\ncues = \"voice\"\n", CuesVoice, 0},
		{"bell = \"loud\"\n", CuesBell, 1},
	} {
		c, probs := Parse("config.toml", []byte(tc.file))
		if c.Cues != tc.want || len(probs) != tc.probs {
			t.Errorf("%q: cues %q with problems %v; want %q and %d problems", tc.file, c.Cues, probs, tc.want, tc.probs)
		}
	}
}

func TestAnUnreadableFileIsReportedNotFatal(t *testing.T) {
	dir := t.TempDir()
	c, probs := Load(dir) // a directory, not a file
	if len(probs) != 1 || c != Default() {
		t.Fatalf("config = %+v, problems = %v", c, probs)
	}
}

func TestStepsStayInRange(t *testing.T) {
	c := Default()
	f, _ := FieldByKey("rep_speed")
	for range 30 {
		f.Step(&c, +1)
	}
	if c.RepSpeed != 2 {
		t.Errorf("rep speed stepped to %v, want it to stop at 2", c.RepSpeed)
	}
	for range 30 {
		f.Step(&c, -1)
	}
	if c.RepSpeed != 0.5 {
		t.Errorf("rep speed stepped to %v, want it to stop at 0.5", c.RepSpeed)
	}
	w, _ := FieldByKey("waking_to")
	c.WakingTo = 23*60 + 30
	w.Step(&c, +1)
	if c.WakingTo != 0 {
		t.Errorf("waking_to after 23:30 + 30 min = %s, want 00:00", c.WakingTo)
	}
	th, _ := FieldByKey("theme")
	th.Step(&c, -1)
	if c.Theme != ThemeHighContrast {
		t.Errorf("theme cycled back to %q, want high-contrast", c.Theme)
	}
}

func TestDirFollowsTheEnvironment(t *testing.T) {
	t.Setenv(EnvDir, "/tmp/centra-test-config")
	if Path() != "/tmp/centra-test-config/config.toml" {
		t.Fatalf("Path() = %s", Path())
	}
}

func TestApplyPlanSetsTheReminderAndWakingHours(t *testing.T) {
	c := Default()
	c.Every, c.WakingFrom, c.WakingTo = 3*time.Hour, 8*60, 21*60
	p := c.ApplyPlan(coach.DefaultPlan(coach.Answers{}, time.Now()))
	if p.Every != 3*time.Hour || p.WakingFrom != 8*60 || p.WakingTo != 21*60 {
		t.Fatalf("plan = every %v, awake %s-%s", p.Every, p.WakingFrom, p.WakingTo)
	}
}

func joinProblems(ps []Problem) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.Error() + "\n")
	}
	return b.String()
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
