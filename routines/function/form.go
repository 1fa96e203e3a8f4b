package function

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Form asks the weekly questions one at a time, the same in both
// interfaces: each carried-over activity is rated (or, the first time, up
// to MaxActivities are named and rated), then the sitting and the walking
// time. Feed it what the person typed with Answer.
type Form struct {
	carried []string
	m       Measure
	step    step
	naming  string // the activity named, waiting for its rating
}

type step int

const (
	stepActivity step = iota // naming or rating activities
	stepSitting
	stepWalking
	stepDone
)

// NewForm starts the questions at at, with the activities of the last
// measure (none the first time).
func NewForm(carried []string, at time.Time) *Form {
	return &Form{carried: carried, m: Measure{At: at, Sitting: Unanswered, Walking: Unanswered}}
}

// Done reports whether every question has been answered.
func (f *Form) Done() bool { return f.step == stepDone }

// Measure is what was answered.
func (f *Form) Measure() Measure { return f.m }

// Intro says what the questions are for, once, before the first.
func (f *Form) Intro() string {
	if len(f.carried) > 0 {
		return "A weekly check of what you can do, about a minute: the same activities as last time, then how long " +
			"you can sit and walk. Your physiotherapist sees it beside your pain."
	}
	return "A weekly check of what you can do, about a minute. First name up to three activities the sciatica " +
		"makes hard, and rate each; next week centra asks about the same ones. Then how long you can sit and walk."
}

// Prompt is the question now, and a hint of what to type.
func (f *Form) Prompt() (question, hint string) {
	switch f.step {
	case stepActivity:
		if name := f.current(); name != "" {
			return fmt.Sprintf("How well can you do this now: %s?", name),
				"0 cannot do it at all · 10 as well as before the problem"
		}
		n := len(f.m.Ratings) + 1
		if n == 1 {
			return "Name an activity the sciatica makes hard (like sitting at work, putting on socks, driving).",
				"A few words; Enter alone to leave activities out"
		}
		return fmt.Sprintf("Another activity (%d of at most %d)?", n, MaxActivities), "A few words; Enter alone when that is all"
	case stepSitting:
		return "How long can you sit before the leg pain starts?", "minutes, like 20, or hours like 1h30; Enter alone to leave it out"
	case stepWalking:
		return "How long can you walk before the leg pain starts?", "minutes, like 20, or hours like 1h30; Enter alone to leave it out"
	}
	return "", ""
}

// current is the activity waiting for a rating: carried over, or named.
func (f *Form) current() string {
	if f.naming != "" {
		return f.naming
	}
	if i := len(f.m.Ratings); i < len(f.carried) {
		return f.carried[i]
	}
	return ""
}

// Answer takes what was typed for the question now. An error says what
// to type instead; the question stays.
func (f *Form) Answer(in string) error {
	in = strings.TrimSpace(in)
	switch f.step {
	case stepActivity:
		return f.activity(in)
	case stepSitting, stepWalking:
		n, err := ParseMinutes(in)
		if err != nil {
			return err
		}
		if f.step == stepSitting {
			f.m.Sitting = n
		} else {
			f.m.Walking = n
			if err := f.finish(); err != nil {
				return err
			}
		}
		f.step++
	}
	return nil
}

func (f *Form) activity(in string) error {
	if name := f.current(); name != "" {
		s, err := ParseScore(in)
		if err != nil {
			return err
		}
		f.m.Ratings = append(f.m.Ratings, Rating{Activity: name, Score: s})
		f.naming = ""
	} else {
		switch {
		case in == "":
			f.step = stepSitting
			return nil
		case utf8.RuneCountInString(in) > MaxActivityName:
			return fmt.Errorf("keep it to %d characters", MaxActivityName)
		}
		for _, r := range f.m.Ratings {
			if Key(r.Activity) == Key(in) {
				return fmt.Errorf("%q is named already: name another, or Enter alone", in)
			}
		}
		f.naming = in
		return nil
	}
	carriedDone := len(f.carried) > 0 && len(f.m.Ratings) >= len(f.carried)
	if carriedDone || len(f.m.Ratings) >= MaxActivities {
		f.step = stepSitting
	}
	return nil
}

// finish checks the whole measure once the last question is answered.
func (f *Form) finish() error {
	if len(f.m.Ratings) == 0 && f.m.Sitting == Unanswered && f.m.Walking == Unanswered {
		return fmt.Errorf("nothing was answered: give at least one time or activity, or skip the check this week")
	}
	return f.m.Validate()
}

// Summary says what was kept, in one line.
func Summary(m Measure) string {
	var parts []string
	if avg, ok := m.Average(); ok {
		parts = append(parts, fmt.Sprintf("activities %s/10 on average", Num(avg)))
	}
	if m.Sitting != Unanswered {
		parts = append(parts, fmt.Sprintf("sitting %d min", m.Sitting))
	}
	if m.Walking != Unanswered {
		parts = append(parts, fmt.Sprintf("walking %d min", m.Walking))
	}
	return strings.Join(parts, " · ")
}
