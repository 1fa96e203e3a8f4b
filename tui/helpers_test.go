package tui

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

var t0 = time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)

func secs(n float64) time.Duration { return time.Duration(n * float64(time.Second)) }

// testCatalog is a small, fixed library so that screens do not change when
// the real content is edited.
func testCatalog() *routines.Catalog {
	prone := &routines.Exercise{ID: "prone-lying", Name: "Lying face down", Family: routines.FamilyExtension, Level: 1,
		Steps:    []string{"Lie on your front with your arms by your sides.", "Turn your head to one side.", "Let your back and hips sink and relax."},
		Cues:     []string{"Breathe slowly and let go"},
		Cautions: []string{"Stop if the pain spreads further down your leg."},
		Dose:     routines.Dose{Kind: routines.DoseTimed, Sets: 1, Duration: secs(60)}}
	press := &routines.Exercise{ID: "press-up", Name: "Press-up", Family: routines.FamilyExtension, Level: 3,
		Steps:    []string{"Lie on your front, hands under your shoulders.", "Straighten your arms to lift your chest; keep your hips down.", "Pause at the top, then lower slowly."},
		Cautions: []string{"Stop if the pain spreads further down your leg."},
		Dose: routines.Dose{Kind: routines.DoseReps, Sets: 3, Rest: secs(30), Reps: 10,
			Cadence: []routines.Beat{{Cue: "Press up", Length: secs(2)}, {Cue: "Hold at the top", Length: secs(2)}, {Cue: "Down slowly", Length: secs(2)}}}}
	bridge := &routines.Exercise{ID: "side-bridge-knees", Name: "Side bridge on knees", Family: routines.FamilyCore,
		Steps:    []string{"Lie on your side on one elbow, knees bent.", "Lift your hips until your body is straight."},
		Cautions: []string{"Stop if your back pain rises sharply."},
		Dose:     routines.Dose{Kind: routines.DoseHolds, Sets: 2, Rest: secs(30), Hold: secs(10), Holds: []int{3, 2}, HoldRest: secs(3), PerSide: true}}
	ext := &routines.Routine{ID: "extension", Name: "Extension", Purpose: "Repeated backward bending to draw leg pain toward the back.",
		Direction: routines.DirectionExtension, Stage: routines.StageRelief,
		Blocks: []routines.Block{{Exercise: prone, Dose: prone.Dose}, {Exercise: press, Dose: press.Dose}, {Exercise: prone, Dose: prone.Dose}}}
	core := &routines.Routine{ID: "core", Name: "Core", Purpose: "Endurance for the muscles that steady the spine.",
		Direction: routines.DirectionCore, Stage: routines.StageStrength,
		Blocks: []routines.Block{{Exercise: bridge, Dose: bridge.Dose}}}
	return routines.NewCatalog([]*routines.Exercise{prone, press, bridge}, []*routines.Routine{ext, core})
}

// fakeStore records what the UI saved. fail makes every write fail.
type fakeStore struct {
	mu        sync.Mutex
	fail      error
	started   int
	planned   int
	sets      []routines.SetResult
	checkIns  []routines.CheckIn
	setIDs    []int64
	decisions []routines.DecisionRecord
	status    routines.SessionStatus
	reason    string
	state     map[string][]byte
}

func (f *fakeStore) GetState(_ context.Context, k string) ([]byte, bool, error) {
	v, ok := f.state[k]
	return v, ok, nil
}

func (f *fakeStore) PutState(_ context.Context, k string, v []byte) error {
	if f.fail != nil {
		return f.fail
	}
	if f.state == nil {
		f.state = map[string][]byte{}
	}
	f.state[k] = v
	return nil
}

func (f *fakeStore) StartSession(_ context.Context, _ routines.SessionKind, _, _ string, _ time.Time) (int64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return 0, f.fail
	}
	f.started++
	return int64(f.started), nil
}

func (f *fakeStore) SetPlanned(_ context.Context, _ int64, n int) error {
	f.planned = n
	return f.fail
}

func (f *fakeStore) AddSet(_ context.Context, _ int64, r routines.SetResult) (int64, error) {
	if f.fail != nil {
		return 0, f.fail
	}
	f.sets = append(f.sets, r)
	return int64(100 + len(f.sets)), nil
}

func (f *fakeStore) AddCheckIn(_ context.Context, _, setID int64, c routines.CheckIn) (int64, error) {
	if f.fail != nil {
		return 0, f.fail
	}
	f.checkIns = append(f.checkIns, c)
	f.setIDs = append(f.setIDs, setID)
	return int64(len(f.checkIns)), nil
}

func (f *fakeStore) AddDecision(_ context.Context, _ int64, d routines.DecisionRecord) error {
	if f.fail != nil {
		return f.fail
	}
	f.decisions = append(f.decisions, d)
	return nil
}

func (f *fakeStore) FinishSession(_ context.Context, _ int64, s routines.SessionStatus, reason string, _ time.Time) error {
	if f.fail != nil {
		return f.fail
	}
	f.status, f.reason = s, reason
	return nil
}

var errDiskFull = errors.New("write centra.db: no space left on device")

// harness drives the root model with pure Update calls and a fake clock.
type harness struct {
	t     testing.TB
	m     *Model
	clock *routines.FakeClock
	store *fakeStore
	quit  bool
	// onRaw, when set, sees what the model writes to the terminal raw
	// (the bell).
	onRaw func(tea.RawMsg)
}

// newHarness starts past the first run, with the plan a new person gets.
func newHarness(t testing.TB, w, h int) *harness {
	t.Helper()
	plan := coach.DefaultPlan(coach.Answers{}, t0)
	return newHarnessWith(t, w, h, &plan)
}

// newHarnessWith starts with the given plan; nil is a first run.
func newHarnessWith(t testing.TB, w, h int, plan *coach.Plan) *harness {
	t.Helper()
	hs := &harness{t: t, clock: routines.NewFakeClock(t0), store: &fakeStore{}}
	hs.m = New(Deps{Catalog: testCatalog(), Store: hs.store, Clock: hs.clock, Plan: plan, RecheckRest: secs(60),
		Reading: guideText{}})
	hs.m.after = func(time.Duration, tea.Msg) tea.Cmd { return nil }
	hs.m.journal.after = hs.m.after
	hs.m.Init()
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

// send delivers a message and runs the commands it returns, feeding the
// journal's results back, as the program would.
func (hs *harness) send(msg tea.Msg) {
	hs.t.Helper()
	_, cmd := hs.m.Update(msg)
	hs.run(cmd)
}

func (hs *harness) run(cmd tea.Cmd) {
	walk(cmd, func(msg tea.Msg) tea.Cmd {
		switch raw := msg.(type) {
		case savedMsg:
			_, next := hs.m.Update(msg)
			return next
		case tea.QuitMsg, tea.InterruptMsg:
			hs.quit = true
		case tea.RawMsg:
			if hs.onRaw != nil {
				hs.onRaw(raw)
			}
		}
		return nil
	})
}

// walk runs cmd as the program would, without timers: each batch's
// commands in turn, and each message to visit, whose returned command is
// run next in the same way.
func walk(cmd tea.Cmd, visit func(tea.Msg) tea.Cmd) {
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
		default:
			if seq, ok := sequence(msg); ok {
				// tea.Sequence: each command, and all that follows from
				// it, before the next, as the program runs them.
				for _, sc := range seq {
					walk(sc, visit)
				}
				continue
			}
			queue = append(queue, visit(msg))
		}
	}
}

// sequence reads the message of tea.Sequence (an unexported []tea.Cmd).
func sequence(msg tea.Msg) ([]tea.Cmd, bool) {
	v := reflect.ValueOf(msg)
	if !v.IsValid() || v.Kind() != reflect.Slice || v.Type().Elem() != reflect.TypeFor[tea.Cmd]() {
		return nil, false
	}
	out := make([]tea.Cmd, v.Len())
	for i := range out {
		out[i], _ = v.Index(i).Interface().(tea.Cmd)
	}
	return out, true
}

// keys types each key in turn: single characters, or names like "enter".
func (hs *harness) keys(ks ...string) {
	hs.t.Helper()
	for _, k := range ks {
		hs.send(keyPress(k))
	}
}

func keyPress(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// wait moves the fake clock on and delivers the tick the model scheduled.
func (hs *harness) wait(d time.Duration) {
	hs.t.Helper()
	step := secs(1)
	for d > 0 {
		s := min(step, d)
		hs.clock.Advance(s)
		d -= s
		if hs.m.sess != nil {
			hs.send(tickMsg{gen: hs.m.sess.gen})
		}
	}
}

func (hs *harness) screen() string { return ansi.Strip(hs.m.View().Content) }

func (hs *harness) see(want ...string) {
	hs.t.Helper()
	scr := hs.screen()
	for _, w := range want {
		if !strings.Contains(scr, w) {
			hs.t.Fatalf("screen lacks %q:\n%s", w, scr)
		}
	}
}

// answerBaseline starts the suggested routine and keeps every pre-filled
// baseline value but the ones typed.
func (hs *harness) startWithBaseline(reach, legPain string) {
	hs.t.Helper()
	hs.keys("enter")          // start the suggested routine
	hs.keys(reach, "enter")   // how far down
	hs.keys("r", "enter")     // which leg
	hs.keys(legPain, "enter") // leg pain
	hs.keys("enter")          // back pain
	hs.keys("enter")          // tingling: no
}

func tea_ws(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

func contains(s, sub string) bool { return strings.Contains(s, sub) }
