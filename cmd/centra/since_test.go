package main

import (
	"errors"
	"strings"
	"testing"
	"time"
)

var sinceNow = time.Date(2026, 11, 21, 14, 30, 0, 0, time.UTC)

func TestParseSince(t *testing.T) {
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	for in, want := range map[string]time.Time{
		"1d":         day(11, 21), // today
		"7d":         day(11, 15),
		"30d":        day(10, 23),
		"2w":         day(11, 8),
		" 2w ":       day(11, 8),
		"2026-10-01": day(10, 1),
		"2026-11-21": day(11, 21),
	} {
		got, err := parseSince(in, sinceNow)
		if err != nil || !got.Equal(want) {
			t.Errorf("parseSince(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "0d", "-3d", "+3d", "3", "d", "3m", "3 d", "2026-13-01", "2026-02-30", "2027-01-01",
		"99999999999999999999d", "6000w", "40000d", "1e3d", "2026-10-1x"} {
		_, err := parseSince(in, sinceNow)
		var ue usageError
		if !errors.As(err, &ue) || !strings.HasPrefix(err.Error(), sinceUsage) {
			t.Errorf("parseSince(%q): err = %v, want a usage error starting %q", in, err, sinceUsage)
		}
	}
}

func TestParseUntilIncludesTheDay(t *testing.T) {
	got, err := parseUntil("2026-10-31", sinceNow)
	if want := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC); err != nil || !got.Equal(want) {
		t.Errorf("parseUntil = %v, %v; want %v", got, err, want)
	}
	if _, err := parseUntil("yesterday", sinceNow); err == nil || !strings.Contains(err.Error(), "(--until) takes a date") {
		t.Errorf("parseUntil(yesterday): err = %v", err)
	}
}

// FuzzParseSince checks that any input either gives a clear usage error
// or a local midnight no later than today, never a panic.
func FuzzParseSince(f *testing.F) {
	for _, s := range []string{"30d", "2w", "2026-10-01", "", "0d", "-1d", "7", "1x", "99999999999999999999w", "2026-02-29", "٣d", "2026-1-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseSince(s, sinceNow)
		if err != nil {
			var ue usageError
			if !errors.As(err, &ue) || !strings.HasPrefix(err.Error(), sinceUsage) {
				t.Fatalf("parseSince(%q): unclear error %v", s, err)
			}
			return
		}
		if got.After(sinceNow) || got.Hour() != 0 || got.Minute() != 0 || got.Location() != sinceNow.Location() {
			t.Fatalf("parseSince(%q) = %v: not a past local midnight", s, got)
		}
		if sinceNow.Sub(got) > (maxSinceDays+2)*24*time.Hour && !strings.Contains(s, "-") {
			t.Fatalf("parseSince(%q) = %v: further back than allowed", s, got)
		}
	})
}
