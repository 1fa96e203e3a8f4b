package linemode

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// urgentSymptoms are the symptoms "!" lists: the coach's own, so that its
// rules read them by id.
var urgentSymptoms = coach.CheckInWarnings()

// checkIn asks a check-in: after a set, first the one question, then the
// details, each with the last answer kept on an empty Enter. It returns
// errUrgent with the symptoms in c.Urgent when "!" was used and some were
// picked, and errQuit when the person stops.
func (a *app) checkIn(kind routines.CheckInKind, prev routines.CheckIn, title string) (routines.CheckIn, error) {
	v := prev
	v.Kind, v.Moved, v.Urgent, v.At = kind, "", nil, time.Time{}
	if v.Leg == "" {
		v.Leg = routines.LegNone
	}
	a.blank()
	a.say("Check-in · " + title)
	// The list is made again after every answer: a yes to tingling adds
	// how far down it reaches.
	for i := 0; i < len(a.checkInSteps(&v)); i++ {
		err := a.checkInSteps(&v)[i]()
		if err == errUrgent {
			picked, uerr := a.askUrgent()
			if uerr != nil {
				return v, uerr
			}
			if len(picked) == 0 {
				i-- // none of these: the same question again
				continue
			}
			v.Urgent = picked
			v.At = a.clock.Now() // when the answer is given, as the full screen does
			return v, errUrgent
		}
		if err != nil {
			return v, err
		}
	}
	v.At = a.clock.Now()
	return v, nil
}

// checkInSteps lists the questions of a check-in, in order; how far down
// the tingling reaches is asked when there is tingling.
func (a *app) checkInSteps(v *routines.CheckIn) []func() error {
	var steps []func() error
	if v.Kind != routines.CheckInBaseline {
		steps = append(steps, func() error { return a.askMoved(v) })
	}
	steps = append(steps,
		a.reachStep(&v.Reach, "How far down does the pain reach now?", func() string { return routines.PainReachHint(*v) }),
		func() error { return a.askLeg(v) },
		a.painStep(&v.LegPain, "Leg pain now, from 0 (none) to 10 (the worst you can imagine)?"),
		a.painStep(&v.BackPain, "Back pain now, from 0 to 10?"),
		func() error { return a.askTingling(v) },
	)
	if v.Tingling {
		steps = append(steps, a.reachStep(&v.TinglingReach, "How far down does the tingling or numbness reach?",
			func() string { return routines.TinglingReachHint(*v) }))
	}
	return steps
}

func (a *app) askMoved(v *routines.CheckIn) error {
	return a.ask(question{
		text:    "Since that set, did the pain move up toward your back, further down your leg, stay the same, or go away?",
		choices: "u up toward the back · d further down the leg · s the same · g gone · ! an urgent symptom",
		urgent:  true,
		parse: func(in string) string {
			before := *v
			defer func() { *v = routines.Prefill(before, *v) }()
			switch strings.ToLower(in) {
			case "u", "up", "up toward the back", "better":
				v.Moved = routines.MovedUp
			case "d", "down", "further down", "further", "worse":
				v.Moved = routines.MovedDown
			case "s", "same", "the same", "=":
				v.Moved = routines.MovedSame
			case "g", "gone", "away", "went away", "none":
				v.Moved = routines.MovedGone
			default:
				return "Please type u (up), d (down), s (same) or g (gone), then Enter. Type ! for an urgent symptom."
			}
			return ""
		},
	})
}

// reachWords are the words accepted for each point of the reach scale.
var reachWords = map[string]routines.Reach{
	"none": 0, "no pain": 0, "nowhere": 0,
	"centre": 1, "center": 1, "low back": 1, "centre of the low back": 1, "middle": 1,
	"side": 2, "one side": 2, "one side of the back": 2,
	"buttock": 3, "bottom": 3, "bum": 3, "hip": 3,
	"thigh": 4,
	"knee":  5, "below the knee": 5, "calf": 5, "shin": 5,
	"foot": 6, "toes": 6, "foot or toes": 6, "ankle": 6,
}

// reachStep asks how far down something reaches; hint refuses a reach
// that cannot be right for the answers given (routines.PainReachHint).
func (a *app) reachStep(r *routines.Reach, text string, hint func() string) func() error {
	return func() error {
		return a.ask(question{
			text:    fmt.Sprintf("%s Enter keeps %d (%s).", text, *r, r.String()),
			choices: "0 none · 1 centre of the low back · 2 one side of the back · 3 buttock · 4 thigh · 5 below the knee · 6 foot or toes",
			urgent:  true,
			parse: func(in string) string {
				in = strings.ToLower(in)
				was := *r
				switch n, err := strconv.Atoi(in); {
				case in == "":
				case err == nil && n >= 0 && n <= int(routines.MaxReach):
					*r = routines.Reach(n)
				default:
					p, ok := reachWords[strings.TrimPrefix(strings.TrimPrefix(in, "the "), "my ")]
					if !ok {
						return "Please type a number from 0 (none) to 6 (foot or toes), or a place such as thigh, then Enter."
					}
					*r = p
				}
				if h := hint(); h != "" {
					*r = was
					return h
				}
				return ""
			},
		})
	}
}

func (a *app) askLeg(v *routines.CheckIn) error {
	return a.ask(question{
		text:    fmt.Sprintf("Which leg? Enter keeps %s.", v.Leg),
		choices: "l left · r right · b both · n none",
		urgent:  true,
		parse: func(in string) string {
			switch strings.ToLower(in) {
			case "":
			case "l", "left":
				v.Leg = routines.LegLeft
			case "r", "right":
				v.Leg = routines.LegRight
			case "b", "both":
				v.Leg = routines.LegBoth
			case "n", "none", "neither":
				v.Leg = routines.LegNone
			default:
				return "Please type l (left), r (right), b (both) or n (none), then Enter."
			}
			return ""
		},
	})
}

var numberWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}

func (a *app) painStep(p *int, text string) func() error {
	return func() error {
		return a.ask(question{
			text:   fmt.Sprintf("%s Enter keeps %d.", text, *p),
			urgent: true,
			parse: func(in string) string {
				in = strings.ToLower(in)
				if in == "" {
					return ""
				}
				if n, err := strconv.Atoi(in); err == nil && n >= 0 && n <= 10 {
					*p = n
					return ""
				}
				for n, w := range numberWords {
					if in == w {
						*p = n
						return ""
					}
				}
				return "Please type a whole number from 0 to 10, then Enter."
			},
		})
	}
}

func (a *app) askTingling(v *routines.CheckIn) error {
	was := "no"
	if v.Tingling {
		was = "yes"
	}
	return a.ask(question{
		text:    "Any tingling or numbness in the leg? Enter keeps " + was + ".",
		choices: "y yes · n no",
		urgent:  true,
		parse: func(in string) string {
			switch strings.ToLower(in) {
			case "":
			case "y", "yes":
				before := *v
				v.Tingling = true
				*v = routines.Prefill(before, *v)
			case "n", "no":
				v.Tingling, v.TinglingReach = false, routines.ReachNone
			default:
				return "Please type y for yes or n for no, then Enter."
			}
			return ""
		},
	})
}

// askUrgent lists the urgent symptoms by number; the answer is the
// numbers that apply, or nothing.
func (a *app) askUrgent() ([]string, error) {
	a.blank()
	a.say("Do you have any of these now?")
	for i, q := range urgentSymptoms {
		a.say(fmt.Sprintf("  %d %s", i+1, q.Short))
	}
	var picked []string
	err := a.ask(question{
		text: "Type the numbers that apply, such as 1 3, then Enter. Enter alone if none of these.",
		parse: func(in string) string {
			picked = nil
			seen := map[int]bool{}
			for _, f := range strings.FieldsFunc(in, func(r rune) bool { return r == ' ' || r == ',' }) {
				n, err := strconv.Atoi(f)
				if err != nil || n < 1 || n > len(urgentSymptoms) {
					return fmt.Sprintf("Please type numbers from 1 to %d, separated by spaces, or Enter alone.", len(urgentSymptoms))
				}
				if !seen[n] {
					seen[n] = true
					picked = append(picked, urgentSymptoms[n-1].ID)
				}
			}
			return ""
		},
	})
	return picked, err
}
