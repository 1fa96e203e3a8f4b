// Package config reads and writes centra's settings: one flat TOML file,
// config.toml, in centra's folder of the XDG config directory (or in
// CENTRA_CONFIG_DIR). Every key is optional; a missing key, a bad value or an
// unknown key never stops centra: it is reported with its file and line, and
// the default is used for it.
package config

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/adrg/xdg"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// FileName is the settings file's name inside Dir.
const FileName = "config.toml"

// EnvDir names the environment variable that moves centra's config folder
// (settings and custom routines), mostly for tests and demos.
const EnvDir = "CENTRA_CONFIG_DIR"

// Dir is centra's config folder: $CENTRA_CONFIG_DIR, else
// $XDG_CONFIG_HOME/centra (usually ~/.config/centra).
func Dir() string {
	if d := os.Getenv(EnvDir); d != "" {
		return d
	}
	return filepath.Join(xdg.ConfigHome, "centra")
}

// Path is the settings file: Dir()/config.toml.
func Path() string { return filepath.Join(Dir(), FileName) }

// Theme is how the screens are coloured.
type Theme string

// The themes.
const (
	// ThemeAuto follows the terminal's background, light or dark.
	ThemeAuto Theme = "auto"
	// ThemeDark and ThemeLight force one palette.
	ThemeDark  Theme = "dark"
	ThemeLight Theme = "light"
	// ThemeHighContrast uses the terminal's own bright colours, bold text and
	// no dim greys.
	ThemeHighContrast Theme = "high-contrast"
)

// Themes lists the themes in the order the settings screen cycles them.
var Themes = []Theme{ThemeAuto, ThemeDark, ThemeLight, ThemeHighContrast}

// Cues is how a session signals its moments to someone who is not looking
// at the screen.
type Cues string

// The kinds of cues.
const (
	// CuesOff is silence.
	CuesOff Cues = "off"
	// CuesBell rings the terminal bell at each rep's turn, each hold,
	// switch sides and the end of a set.
	CuesBell Cues = "bell"
	// CuesVoice speaks the cues with the system's speech engine: the
	// exercise, "get ready", each rep's count and beat, "switch sides",
	// the rests and "set done". Without an engine it falls back to the bell.
	CuesVoice Cues = "voice"
)

// CueKinds lists the cues in the order the settings screen cycles them.
var CueKinds = []Cues{CuesOff, CuesBell, CuesVoice}

// DefaultRemindAgain is how long after "a set is due now" an open centra
// rings once more when no set was started. The sources give no number:
// this is long enough to finish what one was doing and short enough that
// the set stays near its time.
const DefaultRemindAgain = 15 * time.Minute

// Config is every setting, always complete: Load fills what the file does
// not say with the defaults.
type Config struct {
	// Cues signals the moments of a set: silence, the bell, or a voice.
	Cues Cues
	// GetReady is the countdown before the first set of each exercise.
	GetReady time.Duration
	// Rest, when above zero, replaces every routine's rest between sets;
	// zero keeps each routine's own.
	Rest time.Duration
	// RepSpeed scales the cadence of repetitions: 1 as written, 0.5 half as
	// fast (every beat twice as long), 2 twice as fast.
	RepSpeed float64
	// Every is the reminder interval: the time between two sets while awake.
	Every time.Duration
	// WakingFrom and WakingTo are the waking hours, when sets fall due.
	WakingFrom, WakingTo coach.TimeOfDay
	// Leg pre-fills "which leg" at the very first check-in.
	Leg routines.Leg
	// Theme picks the colours.
	Theme Theme
	// Program holds the design defaults of the plan over days (R19 to R24).
	Program coach.Program
	// Reminders, when on, rings when a set falls due while centra is open,
	// and lets `centra remind` send a desktop notification when it is not.
	Reminders bool
	// RemindAgain is how long after the first ring a second one comes, when
	// no set was started; zero means only once.
	RemindAgain time.Duration
}

// Default returns the settings centra uses when the file says nothing.
func Default() Config {
	return Config{
		Cues:        CuesBell,
		GetReady:    routines.DefaultGetReady,
		RepSpeed:    1,
		Every:       coach.DefaultEvery,
		WakingFrom:  coach.DefaultWakingFrom,
		WakingTo:    coach.DefaultWakingTo,
		Leg:         routines.LegNone,
		Theme:       ThemeAuto,
		Program:     coach.DefaultProgram(),
		Reminders:   true,
		RemindAgain: DefaultRemindAgain,
	}
}

// RunnerOptions are the timer settings, for routines.NewRunner.
func (c Config) RunnerOptions() routines.RunnerOptions {
	return routines.RunnerOptions{GetReady: c.GetReady, Rest: c.Rest, RepSpeed: c.RepSpeed}
}

// ApplyPlan returns the plan with the reminder interval, the waking hours
// and the design defaults of the plan over days of these settings.
func (c Config) ApplyPlan(p coach.Plan) coach.Plan {
	p.Every, p.WakingFrom, p.WakingTo = c.Every, c.WakingFrom, c.WakingTo
	p.Program = c.Program
	return p
}

// Problem is one thing wrong with the settings file.
type Problem struct {
	File string
	// Line is 1-based; zero means the problem has no single line.
	Line int
	Msg  string
}

// Error formats the problem as "file:line: msg".
func (p Problem) Error() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Msg)
}

// formatHours writes a duration in hours as TOML and people write it: 2,
// 1.5.
func formatHours(d time.Duration) string {
	return strconv.FormatFloat(d.Hours(), 'f', -1, 64)
}

// formatFloat writes a float so that TOML reads it back as a float: 1.0,
// 0.75.
func formatFloat(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if _, err := strconv.Atoi(s); err == nil {
		s += ".0"
	}
	return s
}
