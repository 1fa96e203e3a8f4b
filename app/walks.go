package app

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// WalkLog is where walks logged from home are written and read: the store
// implements it (history.Reader), tests stub it. Walks are kept apart from
// the sessions and never count as relief sets.
type WalkLog interface {
	AddWalk(ctx context.Context, w routines.Walk) (int64, error)
	// Walks lists the walks logged in [since, until), oldest first.
	Walks(ctx context.Context, since, until time.Time) ([]routines.Walk, error)
}

// ReadWalks reads today's walks and what the plan suggests for walking
// (coach.WalkPlan).
func ReadWalks(ctx context.Context, log WalkLog, plan coach.Plan, now time.Time) (coach.WalkAdvice, error) {
	day := StartOfDay(now)
	walks, err := log.Walks(ctx, day, day.Add(24*time.Hour))
	if err != nil {
		return coach.WalkAdvice{}, err
	}
	return coach.WalkPlan(plan, walks), nil
}

// WalkLogged says a logged walk back to the person, with what to do next.
func WalkLogged(w routines.Walk) string {
	s := fmt.Sprintf("Walk logged: %d min, the leg felt %s.", w.Minutes, feelWord(w.Feel))
	if w.Feel == routines.WalkWorse {
		s += " Make the next walk shorter, and rest in a position that eases the leg."
	}
	return s
}

// WalkFeelKeys are the one-letter answers to "how did the leg feel?", in
// the order of routines.WalkFeels.
var WalkFeelKeys = []string{"e", "s", "w"}

// ParseWalkMinutes reads the minutes of a walk; empty is def.
func ParseWalkMinutes(in string, def int) (int, error) {
	in = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(strings.ToLower(in)), "min"))
	if in == "" {
		return def, nil
	}
	n, err := strconv.Atoi(in)
	if err != nil || n < 1 || n > routines.MaxWalkMinutes {
		return 0, fmt.Errorf("please type the minutes you walked, from 1 to %d", routines.MaxWalkMinutes)
	}
	return n, nil
}

// ParseWalkFeel reads how the leg felt: e, s or w (or 1 to 3, or the
// word).
func ParseWalkFeel(in string) (routines.WalkFeel, error) {
	in = strings.ToLower(strings.TrimSpace(in))
	for i, f := range routines.WalkFeels {
		if in == WalkFeelKeys[i] || in == strconv.Itoa(i+1) || in == string(f) {
			return f, nil
		}
	}
	return "", fmt.Errorf("please type e (easier), s (the same) or w (worse)")
}

// WeekWalksLine sums up the walks of the last 7 days, apart from the
// sessions: "Walks, last 7 days: 4 (38 min); the last Tue 14:05: 10 min,
// leg easier."
func WeekWalksLine(ws []routines.Walk) string {
	if len(ws) == 0 {
		return "Walks, last 7 days: none logged yet (w on the home screen)."
	}
	total := 0
	for _, w := range ws {
		total += w.Minutes
	}
	last := ws[len(ws)-1]
	return fmt.Sprintf("Walks, last 7 days: %d (%d min); the last %s: %d min, leg %s.",
		len(ws), total, last.At.Local().Format("Mon 15:04"), last.Minutes, feelWord(last.Feel))
}

// WalkLine says one walk for a list: "Tue 3 Mar 14:05 · 10 min · the leg
// felt easier".
func WalkLine(w routines.Walk) string {
	return fmt.Sprintf("%s · %d min · the leg felt %s", w.At.Local().Format("Mon 2 Jan 15:04"), w.Minutes, feelWord(w.Feel))
}

func feelWord(f routines.WalkFeel) string {
	switch f {
	case routines.WalkEasier:
		return "easier"
	case routines.WalkSame:
		return "the same"
	case routines.WalkWorse:
		return "worse"
	}
	return string(f)
}
