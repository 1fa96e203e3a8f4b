package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// helpScreen is one screen whose help must be exact, reached from a fresh
// harness by setup.
type helpScreen struct {
	name  string
	setup func(t *testing.T) *harness
	// same lists keys that may leave the screen as it is because they pick
	// the value already chosen (n on a leg that is already "none").
	same []string
}

// reliefPlan is a plan past the direction test, so that home lists the
// plan's routine and the library's (three in all).
func reliefPlan() *coach.Plan {
	p := coach.DefaultPlan(coach.Answers{}, t0)
	p.Direction, p.Stage = routines.DirectionExtension, routines.StageRelief
	return &p
}

// richHistory is the fixture with set-by-set details for three sessions,
// so that a session in the middle has a newer and an older one.
func richHistory() *fakeHistory {
	f := fixtureHistory()
	for _, i := range []int{1, 2} {
		d := f.details[9]
		d.SessionRow = f.sessions[i]
		f.details[f.sessions[i].ID] = d
	}
	return f
}

func at(plan *coach.Plan, keys ...string) func(t *testing.T) *harness {
	return func(t *testing.T) *harness {
		hs := newHarnessWith(t, 80, 24, plan).withHistory(richHistory())
		hs.press(keys...)
		return hs
	}
}

// inSession starts the suggested routine from a fresh harness, answers the
// baseline (below the knee, right leg, leg pain 6), and then runs do.
func inSession(do func(hs *harness)) func(t *testing.T) *harness {
	return func(t *testing.T) *harness {
		hs := newHarness(t, 80, 24)
		hs.startWithBaseline("5", "6")
		if do != nil {
			do(hs)
		}
		return hs
	}
}

// toCheckIn runs the first set to its check-in.
func toCheckIn(hs *harness) { hs.waitFor("Since that set") }

// toRecheckDecision answers "same" after prone lying, then "further down"
// after the first press-ups: the coach asks for a recheck.
func toRecheckDecision(hs *harness) {
	toCheckIn(hs)
	hs.keys("s", "enter", "enter", "enter", "enter", "enter")
	hs.waitFor("Since that set")
	hs.keys("d", "6", "enter", "enter", "enter", "enter", "enter")
	hs.see("Let's pause and check again")
}

var helpScreens = []helpScreen{
	{name: "first run: intro", setup: at(nil)},
	{name: "first run: yes or no", setup: at(nil, "enter", "n")},
	{name: "first run: a choice", setup: at(nil, append([]string{"enter"}, strings.Split(strings.Repeat("n", 12+1+5), "")...)...)},
	{name: "first run: end", setup: at(nil, append(append([]string{"enter"}, strings.Split(strings.Repeat("n", 12+1+5), "")...), "2")...)},
	{name: "first run: red flag", setup: at(nil, "enter", "y")},
	{name: "home", setup: at(reliefPlan(), "2")},
	{name: "home, held", setup: heldAt()},
	{name: "home, held: lift the pause?", setup: heldAt("c")},
	{name: "direction test: intro", setup: at(nil, append(append([]string{"enter"}, strings.Split(strings.Repeat("n", 12+1+5), "")...), "2", "enter")...)},
	{name: "baseline: how far down", setup: at(reliefPlan(), "enter", "3")},
	{name: "check-in: the one question", setup: inSession(toCheckIn)},
	{name: "check-in: how far down", setup: inSession(func(hs *harness) { toCheckIn(hs); hs.keys("u") })},
	{name: "check-in: which leg", setup: inSession(func(hs *harness) { toCheckIn(hs); hs.keys("u", "enter") }),
		same: []string{"r"}}, // the baseline's right leg
	{name: "check-in: leg pain", setup: inSession(func(hs *harness) { toCheckIn(hs); hs.keys("u", "enter", "enter") })},
	{name: "check-in: tingling", setup: inSession(func(hs *harness) { toCheckIn(hs); hs.keys("u", "enter", "enter", "enter", "enter") }),
		same: []string{"n"}},
	{name: "check-in: how far down it tingles", setup: inSession(func(hs *harness) {
		toCheckIn(hs)
		hs.keys("u", "enter", "enter", "enter", "enter", "y", "enter")
	})},
	{name: "check-in: urgent symptoms", setup: inSession(func(hs *harness) { toCheckIn(hs); hs.keys("!") })},
	{name: "player", setup: inSession(func(hs *harness) { hs.wait(secs(25)) })},
	{name: "player: leave?", setup: inSession(func(hs *harness) { hs.wait(secs(25)); hs.keys("esc") })},
	{name: "decision", setup: inSession(toRecheckDecision)},
	{name: "recheck rest", setup: inSession(func(hs *harness) { toRecheckDecision(hs); hs.keys("enter"); hs.wait(secs(10)) })},
	{name: "decision: stop", setup: inSession(func(hs *harness) { toCheckIn(hs); hs.keys("!", "1", "enter") })},
	{name: "summary", setup: inSession(func(hs *harness) { hs.wait(secs(25)); hs.keys("q") })},
	{name: "settings", setup: at(reliefPlan(), "s", "down")},
	{name: "history: sessions", setup: at(reliefPlan(), "h", "r", "down", "down")},
	{name: "history: a session", setup: at(reliefPlan(), "h", "down", "enter", "down")},
	{name: "history: trends", setup: at(reliefPlan(), "h", "tab")},
	{name: "history: direction tests", setup: at(reliefPlan(), "h", "tab", "tab")},
	{name: "trigger log", setup: at(reliefPlan(), "t", "down")},
	{name: "trigger log: note", setup: at(reliefPlan(), "t", "1")},
	{name: "guide: pages", setup: at(reliefPlan(), "g", "down")},
	{name: "guide: a page", setup: at(reliefPlan(), "g", "2", "space")},
	{name: "library: pages", setup: at(reliefPlan(), "l", "down")},
}

func heldAt(keys ...string) func(t *testing.T) *harness {
	return func(t *testing.T) *harness {
		plan := coach.DefaultPlan(coach.Answers{RedFlags: map[string]bool{coach.FlagBladder: true}}, t0)
		return at(&plan, keys...)(t)
	}
}

// helpTokens turns the keys a help line shows into keys to press: "↑/↓"
// is up and down, "tab/shift+tab" both; a range is pressed at one end (the
// low end, or the high end of a range from 0, whose low end is often the
// value already there).
func helpTokens(keys string) []string {
	names := map[string]string{"↑": "up", "↓": "down", "←": "left", "→": "right", "pgdn": "pgdown"}
	var out []string
	for _, f := range strings.FieldsFunc(keys, func(r rune) bool { return r == '/' || r == ' ' }) {
		if n, ok := names[f]; ok {
			f = n
		}
		if lo, hi, ok := strings.Cut(f, "-"); ok && len(lo) == 1 && len(hi) == 1 {
			f = lo
			if lo == "0" {
				f = hi
			}
		}
		out = append(out, f)
	}
	return out
}

// stateOf is everything a key can change that a person would notice.
func stateOf(hs *harness) string {
	return fmt.Sprintf("%s|quitting %v|quit %v|muted %v|check-ins %d|%d", hs.screen(), hs.m.quitting, hs.quit, hs.m.muted,
		len(hs.store.checkIns), hs.m.screen)
}

// TestHelpListsOnlyKeysThatWork presses, on every screen, every key its
// help lists, each on a fresh copy of the screen, and wants each to do
// something.
func TestHelpListsOnlyKeysThatWork(t *testing.T) {
	for _, sc := range helpScreens {
		t.Run(sc.name, func(t *testing.T) {
			listed := sc.setup(t).m.screenKeys()
			if len(listed) == 0 {
				t.Fatal("help lists no keys")
			}
			for _, b := range listed {
				h := b.Help()
				if h.Key == "" || !b.Enabled() { // the help screen leaves it out
					continue
				}
				for _, k := range helpTokens(h.Key) {
					hs := sc.setup(t)
					before := stateOf(hs)
					hs.press(k)
					if stateOf(hs) == before && !slices.Contains(sc.same, k) {
						t.Errorf("help lists %q (%s: %s), which does nothing here:\n%s", k, h.Key, h.Desc, before)
					}
				}
			}
		})
	}
}

// TestHelpNamesTheKeysOfEachScreen checks what help says where it used to
// fall back to the keys of another screen.
func TestHelpNamesTheKeysOfEachScreen(t *testing.T) {
	for _, c := range []struct {
		screen    string
		want, not []string
	}{
		{"first run: yes or no", []string{"y ", "n ", "esc", "previous question"}, []string{"start", "direction test"}},
		{"first run: end", []string{"start the direction test", "the start screen"}, []string{"pick by number"}},
		{"home, held", []string{"cleared me", "guide", "library", "history"}, []string{"start", "direction test", "pick by number"}},
		{"direction test: intro", []string{"begin", "leave the test"}, []string{"tingling", "keep and go on"}},
		{"player: leave?", []string{"leave the session", "carry on"}, []string{"pause", "skip"}},
		{"trigger log", []string{"↑/↓", "pick", "cancel", "quit"}, nil},
		{"baseline: how far down", []string{"further down the leg"}, []string{"previous question"}},
		{"recheck rest", []string{"pause", "quit"}, []string{"skip", "back"}},
	} {
		var sc helpScreen
		for _, s := range helpScreens {
			if s.name == c.screen {
				sc = s
			}
		}
		hs := sc.setup(t)
		hs.press("?")
		scr := hs.screen()
		for _, w := range c.want {
			if !strings.Contains(scr, w) {
				t.Errorf("%s: help lacks %q:\n%s", c.screen, w, scr)
			}
		}
		for _, n := range c.not {
			if strings.Contains(scr, n) {
				t.Errorf("%s: help lists %q, which is not a key of this screen:\n%s", c.screen, n, scr)
			}
		}
	}
}
