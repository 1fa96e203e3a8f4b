package config

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// Field is one key of the settings file. The loader, the writer and the
// settings screen all work from Fields, so that they cannot disagree.
type Field struct {
	// Key is the TOML key.
	Key string
	// Label names the setting on the settings screen.
	Label string
	// Help says what the values mean; it is also the comment above the key
	// in a written file.
	Help string

	set  func(c *Config, v any) error
	lit  func(c Config) string
	show func(c Config) string
	step func(c *Config, by int)
}

// Fields lists every setting in the order of the file and the screen.
var Fields = append([]Field{
	{
		Key: "cues", Label: "Cues during sets",
		Help: "How a set tells you its moments when you are not looking: \"off\"; \"bell\" rings at each rep, hold, switch of sides and set end; \"voice\" says them aloud with your system's speech engine (the bell when there is none).",
		set: func(c *Config, v any) error {
			s, err := oneOf(v, CueKinds)
			c.Cues = s
			return err
		},
		lit:  func(c Config) string { return strconv.Quote(string(c.Cues)) },
		show: func(c Config) string { return string(c.Cues) },
		step: func(c *Config, by int) { c.Cues = cycle(CueKinds, c.Cues, by) },
	},
	{
		Key: "get_ready_seconds", Label: "Get-ready countdown",
		Help: "Seconds to get into position before each exercise: 1 to 60.",
		set: func(c *Config, v any) error {
			n, err := intIn(v, 1, 60)
			c.GetReady = time.Duration(n) * time.Second
			return err
		},
		lit:  func(c Config) string { return strconv.Itoa(int(c.GetReady / time.Second)) },
		show: func(c Config) string { return routines.FormatDuration(c.GetReady) },
		step: func(c *Config, by int) {
			c.GetReady = time.Duration(clamp(int(c.GetReady/time.Second)+by, 1, 60)) * time.Second
		},
	},
	{
		Key: "rest_seconds", Label: "Rest between sets",
		Help: "Seconds of rest between two sets, for every routine: 0 to 600; 0 keeps each routine's own rest.",
		set: func(c *Config, v any) error {
			n, err := intIn(v, 0, 600)
			c.Rest = time.Duration(n) * time.Second
			return err
		},
		lit: func(c Config) string { return strconv.Itoa(int(c.Rest / time.Second)) },
		show: func(c Config) string {
			if c.Rest <= 0 {
				return "the routine's own"
			}
			return routines.FormatDuration(c.Rest)
		},
		step: func(c *Config, by int) {
			c.Rest = time.Duration(clamp(int(c.Rest/time.Second)+5*by, 0, 600)) * time.Second
		},
	},
	{
		Key: "rep_speed", Label: "Rep speed",
		Help: "How fast the rep prompts go: 1.0 as the routine says; 0.5 half as fast (every rep twice as long); up to 2.0.",
		set: func(c *Config, v any) error {
			f, err := floatIn(v, 0.5, 2)
			c.RepSpeed = f
			return err
		},
		lit: func(c Config) string { return formatFloat(c.RepSpeed) },
		show: func(c Config) string {
			s := strconv.FormatFloat(c.RepSpeed, 'f', -1, 64) + "×"
			switch {
			case c.RepSpeed < 1:
				s += " (slower)"
			case c.RepSpeed > 1:
				s += " (quicker)"
			default:
				s += " (as written)"
			}
			return s
		},
		step: func(c *Config, by int) {
			c.RepSpeed = math.Round(math.Min(math.Max(c.RepSpeed+0.1*float64(by), 0.5), 2)*10) / 10
		},
	},
	{
		Key: "every_hours", Label: "A set every",
		Help: "Reminder interval: hours between two sets while awake, 0.5 to 12 (the usual advice is 2).",
		set: func(c *Config, v any) error {
			f, err := floatIn(v, 0.5, 12)
			c.Every = time.Duration(f * float64(time.Hour))
			return err
		},
		lit:  func(c Config) string { return formatHours(c.Every) },
		show: func(c Config) string { return routines.FormatDuration(c.Every) },
		step: func(c *Config, by int) {
			h := math.Min(math.Max(c.Every.Hours()+0.5*float64(by), 0.5), 12)
			c.Every = time.Duration(h * float64(time.Hour))
		},
	},
	timeField("waking_from", "Awake from", "Start of your waking hours, when sets fall due: \"hh:mm\".",
		func(c *Config) *coach.TimeOfDay { return &c.WakingFrom }),
	timeField("waking_to", "Awake until", "End of your waking hours: \"hh:mm\" (after midnight is fine).",
		func(c *Config) *coach.TimeOfDay { return &c.WakingTo }),
	{
		// Asked as the check-in asks it, with the same answers.
		Key: "leg", Label: "Which leg",
		Help: "The leg the very first check-in starts with (every later one starts with your last answer): " + routines.LegChoices + ".",
		set: func(c *Config, v any) error {
			s, _ := v.(string)
			l, ok := routines.ParseLeg(s)
			if !ok {
				return fmt.Errorf("want one of %s, not %s", routines.LegChoices, describe(v))
			}
			c.Leg = l
			return nil
		},
		lit:  func(c Config) string { return strconv.Quote(string(c.Leg)) },
		show: func(c Config) string { return string(c.Leg) },
		step: func(c *Config, by int) { c.Leg = cycle(routines.Legs, c.Leg, by) },
	},
	{
		Key: "reminders", Label: "Reminders",
		Help: "Remind you when a set is due: a ring while centra is open, a desktop notice from `centra remind` when it is not: true or false.",
		set: func(c *Config, v any) error {
			b, ok := v.(bool)
			if !ok {
				return fmt.Errorf("want true or false, not %s", describe(v))
			}
			c.Reminders = b
			return nil
		},
		lit:  func(c Config) string { return strconv.FormatBool(c.Reminders) },
		show: func(c Config) string { return onOff(c.Reminders) },
		step: func(c *Config, _ int) { c.Reminders = !c.Reminders },
	},
	{
		Key: "remind_again_minutes", Label: "Remind again after",
		Help: "Minutes after the first ring, while centra is open, to ring once more when no set was started: 0 to 120; 0 rings only once. The default, 15, leaves time to finish what you were doing while the set is still near its time.",
		set: func(c *Config, v any) error {
			n, err := intIn(v, 0, 120)
			c.RemindAgain = time.Duration(n) * time.Minute
			return err
		},
		lit: func(c Config) string { return strconv.Itoa(int(c.RemindAgain / time.Minute)) },
		show: func(c Config) string {
			if c.RemindAgain <= 0 {
				return "never (once only)"
			}
			return routines.FormatDuration(c.RemindAgain)
		},
		step: func(c *Config, by int) {
			c.RemindAgain = time.Duration(clamp(int(c.RemindAgain/time.Minute)+5*by, 0, 120)) * time.Minute
		},
	},
	{
		Key: "theme", Label: "Colours",
		Help: "\"auto\" follows your terminal's background; or \"dark\", \"light\", \"high-contrast\". NO_COLOR turns colour off.",
		set: func(c *Config, v any) error {
			s, err := oneOf(v, Themes)
			c.Theme = s
			return err
		},
		lit:  func(c Config) string { return strconv.Quote(string(c.Theme)) },
		show: func(c Config) string { return string(c.Theme) },
		step: func(c *Config, by int) { c.Theme = cycle(Themes, c.Theme, by) },
	},
}, programFields()...)

// FieldByKey finds a field by its TOML key.
func FieldByKey(key string) (Field, bool) {
	i := slices.IndexFunc(Fields, func(f Field) bool { return f.Key == key })
	if i < 0 {
		return Field{}, false
	}
	return Fields[i], true
}

// Show gives the field's value in c in words, for the settings screen.
func (f Field) Show(c Config) string { return f.show(c) }

// Literal gives the field's value in c as TOML writes it.
func (f Field) Literal(c Config) string { return f.lit(c) }

// Step moves the field's value in c one step up (by > 0) or down, within
// its range; choices cycle.
func (f Field) Step(c *Config, by int) { f.step(c, by) }

func timeField(key, label, help string, at func(*Config) *coach.TimeOfDay) Field {
	return Field{
		Key: key, Label: label, Help: help,
		set: func(c *Config, v any) error {
			var t coach.TimeOfDay
			switch v := v.(type) {
			case string:
				if err := t.UnmarshalText([]byte(v)); err != nil {
					return fmt.Errorf("want a time like \"07:30\", not %q", v)
				}
			case time.Time: // a TOML local time, 07:30:00
				t = coach.TimeOfDay(v.Hour()*60 + v.Minute())
			default:
				return fmt.Errorf("want a time like \"07:30\", not %s", describe(v))
			}
			*at(c) = t
			return nil
		},
		lit:  func(c Config) string { return strconv.Quote(at(&c).String()) },
		show: func(c Config) string { return at(&c).String() },
		step: func(c *Config, by int) {
			p := at(c)
			*p = coach.TimeOfDay(((int(*p)+30*by)%1440 + 1440) % 1440)
		},
	}
}

func clamp(v, lo, hi int) int { return min(max(v, lo), hi) }

// describe names a decoded TOML value for a message.
func describe(v any) string {
	switch v := v.(type) {
	case string:
		return strconv.Quote(v)
	case bool, int64, float64:
		return fmt.Sprint(v)
	case []any:
		return "a list"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("%v", v)
}

func intIn(v any, lo, hi int) (int, error) {
	n, ok := v.(int64)
	if !ok {
		if f, isF := v.(float64); isF && f == math.Trunc(f) {
			n, ok = int64(f), true
		}
	}
	if !ok || n < int64(lo) || n > int64(hi) {
		return 0, fmt.Errorf("want a whole number from %d to %d, not %s", lo, hi, describe(v))
	}
	return int(n), nil
}

func floatIn(v any, lo, hi float64) (float64, error) {
	var f float64
	switch v := v.(type) {
	case float64:
		f = v
	case int64:
		f = float64(v)
	default:
		return 0, fmt.Errorf("want a number from %g to %g, not %s", lo, hi, describe(v))
	}
	if math.IsNaN(f) || f < lo || f > hi {
		return 0, fmt.Errorf("want a number from %g to %g, not %s", lo, hi, describe(v))
	}
	return f, nil
}

func oneOf[T ~string](v any, choices []T) (T, error) {
	s, _ := v.(string)
	if slices.Contains(choices, T(s)) {
		return T(s), nil
	}
	quoted := make([]string, len(choices))
	for i, c := range choices {
		quoted[i] = strconv.Quote(string(c))
	}
	return "", fmt.Errorf("want one of %s, not %s", strings.Join(quoted, ", "), describe(v))
}

func cycle[T comparable](list []T, cur T, by int) T {
	i := max(slices.Index(list, cur), 0)
	return list[((i+by)%len(list)+len(list))%len(list)]
}

func onOff(b bool) string {
	if b {
		return "on"
	}
	return "off"
}
