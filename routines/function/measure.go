package function

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxActivities is how many activities the PSFS rates.
const MaxActivities = 3

// MaxActivityName is the longest activity name kept, in characters.
const MaxActivityName = 60

// MaxMinutes is the longest tolerance kept: 12 hours stands for "no limit".
const MaxMinutes = 12 * 60

// Unanswered marks a tolerance the person did not give.
const Unanswered = -1

// Rating is one PSFS activity and how well the person can do it now:
// 0 cannot do it at all, 10 as well as before the problem.
type Rating struct {
	Activity string `json:"activity"`
	Score    int    `json:"score"`
}

// Measure is one weekly measure. Sitting and Walking are minutes before
// the leg pain starts, or Unanswered.
type Measure struct {
	At      time.Time `json:"at"`
	Ratings []Rating  `json:"psfs"`
	Sitting int       `json:"sitting_minutes"`
	Walking int       `json:"walking_minutes"`
}

// Validate reports the first problem, in words a person can act on.
func (m Measure) Validate() error {
	if m.At.IsZero() {
		return errors.New("the measure has no time")
	}
	if len(m.Ratings) > MaxActivities {
		return fmt.Errorf("rate at most %d activities", MaxActivities)
	}
	seen := map[string]bool{}
	for _, r := range m.Ratings {
		name := strings.TrimSpace(r.Activity)
		switch {
		case name == "":
			return errors.New("name the activity in a few words")
		case utf8.RuneCountInString(name) > MaxActivityName:
			return fmt.Errorf("keep the activity to %d characters", MaxActivityName)
		case r.Score < 0 || r.Score > 10:
			return fmt.Errorf("rate %q from 0 (cannot do it) to 10 (as before the problem)", name)
		case seen[Key(name)]:
			return fmt.Errorf("%q is named twice", name)
		}
		seen[Key(name)] = true
	}
	for _, t := range []struct {
		what string
		min  int
	}{{"sitting", m.Sitting}, {"walking", m.Walking}} {
		if t.min != Unanswered && (t.min < 0 || t.min > MaxMinutes) {
			return fmt.Errorf("give the %s time in minutes, from 0 to %d", t.what, MaxMinutes)
		}
	}
	if len(m.Ratings) == 0 && m.Sitting == Unanswered && m.Walking == Unanswered {
		return errors.New("nothing was answered")
	}
	return nil
}

// Key is how activities are matched week to week: case and spacing do
// not matter.
func Key(name string) string {
	return strings.Join(strings.Fields(strings.ToLower(name)), " ")
}

// Average is the PSFS score: the mean of the ratings; ok is false when
// there are none.
func (m Measure) Average() (avg float64, ok bool) {
	if len(m.Ratings) == 0 {
		return 0, false
	}
	sum := 0
	for _, r := range m.Ratings {
		sum += r.Score
	}
	return float64(sum) / float64(len(m.Ratings)), true
}

// Activities are the names the next measure asks about: the latest
// measure's, so the activities stay the same week to week.
func Activities(latest []Measure) []string {
	for i := len(latest) - 1; i >= 0; i-- {
		if len(latest[i].Ratings) > 0 {
			out := make([]string, len(latest[i].Ratings))
			for j, r := range latest[i].Ratings {
				out[j] = r.Activity
			}
			return out
		}
	}
	return nil
}

// ParseMinutes reads a tolerance as typed: a number of minutes, or empty
// for no answer. "2h" and "1h30" are read as hours.
func ParseMinutes(s string) (int, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, "minutes"), "min"), "m")
	s = strings.TrimSpace(s)
	if s == "" {
		return Unanswered, nil
	}
	h, rest, hours := strings.Cut(s, "h")
	n := 0
	if hours {
		hh, err := parseNat(h)
		if err != nil {
			return 0, errMinutes
		}
		mm := 0
		if rest = strings.TrimSpace(rest); rest != "" {
			if mm, err = parseNat(rest); err != nil || mm > 59 {
				return 0, errMinutes
			}
		}
		n = hh*60 + mm
	} else {
		var err error
		if n, err = parseNat(s); err != nil {
			return 0, errMinutes
		}
	}
	if n > MaxMinutes {
		return 0, fmt.Errorf("at most %d minutes (12 hours): more than that counts as no limit", MaxMinutes)
	}
	return n, nil
}

var errMinutes = errors.New("type the minutes as a number, like 20, or hours like 1h30")

func parseNat(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 5 {
		return 0, errMinutes
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, errMinutes
		}
		n = n*10 + int(r-'0')
	}
	return n, nil
}

// ParseScore reads a PSFS rating, 0 to 10.
func ParseScore(s string) (int, error) {
	n, err := parseNat(s)
	if err != nil || n > 10 {
		return 0, errors.New("rate it from 0 (cannot do it) to 10 (as well as before the problem)")
	}
	return n, nil
}
