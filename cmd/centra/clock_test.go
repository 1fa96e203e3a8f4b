package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestNowTakesTheFormsPeopleType(t *testing.T) {
	for in, want := range map[string]time.Time{
		"2026-12-01T09:30":          time.Date(2026, 12, 1, 9, 30, 0, 0, time.Local),
		"2026-12-01 18:05":          time.Date(2026, 12, 1, 18, 5, 0, 0, time.Local),
		"2026-12-01":                time.Date(2026, 12, 1, 9, 0, 0, 0, time.Local),
		"2026-12-01T07:00:00Z":      time.Date(2026, 12, 1, 7, 0, 0, 0, time.UTC),
		" 2026-12-01T09:30:15 ":     time.Date(2026, 12, 1, 9, 30, 15, 0, time.Local),
		"2026-12-01T09:30:00+01:00": time.Date(2026, 12, 1, 8, 30, 0, 0, time.UTC),
	} {
		got, err := parseNow(in)
		if err != nil || !got.Equal(want) {
			t.Errorf("parseNow(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := parseNow("tomorrow"); err == nil || !strings.Contains(err.Error(), "2026-12-01T09:30") {
		t.Errorf("parseNow(tomorrow) = %v; want an error with an example", err)
	}
}

// The export's --since counts back from --now: the fixture of 2026-11-21
// has its last week of sessions in a 7-day export on that day, and none in
// one made a month later.
func TestNowMovesTheCommandLinesClock(t *testing.T) {
	dir := summaryFixture(t)
	rows := func(now string) int {
		t.Helper()
		code, stdout, stderr := runInProcess(t, bg, "--data-dir", dir, "--now", now, "export", "--format", "csv", "--since", "7d")
		if code != 0 {
			t.Fatalf("export at %s: exit %d, %s", now, code, stderr)
		}
		return strings.Count(stdout, "\n") - 1
	}
	if n := rows("2026-11-21T15:00:00Z"); n < 50 {
		t.Errorf("a 7-day export on the fixture's day has %d rows; want its last week (50 or more)", n)
	}
	if n := rows("2026-12-21T15:00:00Z"); n != 0 {
		t.Errorf("a 7-day export a month later has %d rows; want none", n)
	}
}

func TestHiddenClockFlagsNeedTheirOwnDataDirAndSaneValues(t *testing.T) {
	t.Setenv("CENTRA_DATA_DIR", "")
	home := t.TempDir()
	t.Setenv("XDG_DATA_HOME", filepath.Join(home, "data"))
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--now", "2026-12-01", "due"}, "give it its own --data-dir"},
		{[]string{"--data-dir", filepath.Join(home, "d"), "--now", "soon", "due"}, "(--now) takes a date and time"},
		{[]string{"--data-dir", filepath.Join(home, "d"), "--speed", "NaN", "start"}, "(--speed) must be above 0"},
	} {
		code, _, stderr := runInProcessNoEnv(t, tc.args...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%q: exit %d, stderr %q; want exit 2 saying %q", tc.args, code, stderr, tc.want)
		}
	}
	if _, err := os.Stat(filepath.Join(home, "data", "centra")); !os.IsNotExist(err) {
		t.Errorf("a refused --now touched the default data folder: %v", err)
	}
}
