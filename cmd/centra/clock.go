package main

import (
	"os"
	"strings"
	"time"

	"github.com/centra-app/centra/routines"
)

// The clock every command reads. Nothing in cmd/centra calls time.Now: the
// base clock is injected (the system clock in main, a fixed one in tests),
// and the hidden flags shape it: --now starts it at a given time, --speed
// makes it run faster.

// nowLayouts are the forms --now takes, in local time unless they carry a
// zone. A date alone means 09:00 that day: a plausible first set.
var nowLayouts = []string{
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	"2006-01-02",
}

// parseNow reads the --now flag.
func parseNow(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range nowLayouts {
		t, err := time.ParseInLocation(layout, s, time.Local)
		if err != nil {
			continue
		}
		if layout == "2006-01-02" {
			t = t.Add(9 * time.Hour)
		}
		return t, nil
	}
	return time.Time{}, usagef("the start time (--now) takes a date and time such as 2026-12-01T09:30 or 2026-12-01 (09:00 that day), not %q", s)
}

// clock is the clock of this run, made once: the base clock, started at
// --now if given, running --speed times faster if given.
func (g *globals) clock() routines.Clock {
	if g.clk != nil {
		return g.clk
	}
	c := g.base
	if c == nil {
		c = routines.SystemClock{}
	}
	if g.now != "" {
		if at, err := parseNow(g.now); err == nil {
			c = routines.NewStartedClock(c, at)
		}
	}
	if g.speed != 1 {
		c = routines.NewScaledClock(c, g.speed)
	}
	g.clk = c
	return c
}

// fakeTime says whether this run's clock is not the wall clock (--now or
// --speed): its sessions carry times of their own.
func (g *globals) fakeTime() bool { return g.now != "" || g.speed != 1 }

// ownDataDir says whether the data folder was named for this run.
func (g *globals) ownDataDir() bool {
	return g.dataDir != "" || os.Getenv("CENTRA_DATA_DIR") != ""
}

// validateClock checks the hidden clock flags.
func (g *globals) validateClock() error {
	if g.now == "" {
		return nil
	}
	if _, err := parseNow(g.now); err != nil {
		return err
	}
	if !g.ownDataDir() {
		return usagef("the start time (--now) is for demos and tests, and its sessions carry made-up dates: give it its own --data-dir so your real history keeps real dates")
	}
	return nil
}
