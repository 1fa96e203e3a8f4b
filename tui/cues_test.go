package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// fakeVoice records what a session said and when speech was cut off.
type fakeVoice struct{ said []string }

func (v *fakeVoice) Say(w string) { v.said = append(v.said, w) }
func (v *fakeVoice) Stop()        { v.said = append(v.said, "<stop>") }

// cueHarness starts at home with the given cues and voice; rings counts
// the bells the model asked the terminal for.
func cueHarness(t *testing.T, cues config.Cues, v Voice) (*harness, *int) {
	t.Helper()
	cfg := config.Default()
	cfg.Cues = cues
	plan := coach.DefaultPlan(coach.Answers{}, t0)
	hs := &harness{t: t, clock: routines.NewFakeClock(t0), store: &fakeStore{}}
	hs.m = New(Deps{Catalog: testCatalog(), Store: hs.store, Clock: hs.clock, Plan: &plan, Voice: v,
		NoVoice: "no speech engine found (looked for espeak-ng)", Settings: &Settings{Config: cfg}})
	hs.m.after = func(_ time.Duration, _ tea.Msg) tea.Cmd { return nil }
	hs.m.journal.after = hs.m.after
	hs.m.Init()
	hs.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	rings := new(int)
	hs.onRaw = func(m tea.RawMsg) {
		if m.Msg == "\a" {
			*rings++
		}
	}
	return hs, rings
}

func TestTheVoiceFollowsTheSetBeatByBeat(t *testing.T) {
	v := &fakeVoice{}
	hs, rings := cueHarness(t, config.CuesVoice, v)
	hs.startWithBaseline("5", "6")
	hs.wait(secs(5 + 60)) // lying face down, one timed minute
	got := strings.Join(v.said, " | ")
	for _, want := range []string{"Lying face down. Get ready.", "Go: 1 minute.", "Last three seconds.", "Set done: how is the pain?"} {
		if !strings.Contains(got, want) {
			t.Errorf("the voice never said %q; it said: %s", want, got)
		}
	}
	if *rings != 0 {
		t.Errorf("the bell rang %d times while the voice spoke", *rings)
	}
	v.said = nil
	hs.keys("s", "enter", "enter", "enter", "enter", "enter") // the same; the check-in
	hs.wait(secs(5 + 6 + 2))
	want := []string{"Press-up. Get ready.", "1. press up...", "hold at the top...", "down slowly...", "2. press up...", "hold at the top..."}
	if strings.Join(v.said, " | ") != strings.Join(want, " | ") {
		t.Errorf("press-ups said:\n %q\nwant\n %q", v.said, want)
	}
	// Paused: speech is cut off, and nothing is said until it goes on.
	n := len(v.said)
	hs.keys("space")
	hs.wait(secs(30))
	if len(v.said) != n+1 || v.said[n] != "<stop>" {
		t.Errorf("while paused the voice did %q, want one stop and silence", v.said[n:])
	}
	hs.keys("space")
	hs.wait(secs(2))
	if last := v.said[len(v.said)-1]; last != "down slowly..." {
		t.Errorf("after the pause the voice said %q, want the next beat on time", last)
	}
	hs.keys("q")
	if last := v.said[len(v.said)-1]; last != "<stop>" {
		t.Errorf("quitting left the voice at %q, want it cut off", last)
	}
}

func TestTheBellRingsAtEachRepNotOnlyAtSetBoundaries(t *testing.T) {
	hs, rings := cueHarness(t, config.CuesBell, nil)
	hs.startWithBaseline("5", "6")
	hs.wait(secs(5 + 60))
	*rings = 0
	hs.keys("s", "enter", "enter", "enter", "enter", "enter")
	hs.wait(secs(5 + 10*6)) // get ready, then ten press-ups of 6 s
	// Get-ready, each of the ten reps, and the set's end.
	if *rings != 12 {
		t.Errorf("the bell rang %d times over a set of ten press-ups, want 12", *rings)
	}
	hs.see("Check-in")
}

func TestAVoiceWithoutAnEngineFallsBackToTheBellAndSaysSo(t *testing.T) {
	hs, rings := cueHarness(t, config.CuesVoice, nil)
	hs.keys("s")
	hs.see("Cues during sets", "voice (no speech engine: the bell)",
		"Voice cues: no speech engine found (looked for espeak-ng); the bell rings")
	hs.keys("esc")
	hs.startWithBaseline("5", "6")
	hs.wait(secs(5 + 60))
	if *rings != 3 { // get ready, go, set done
		t.Errorf("the bell rang %d times, want 3 for get-ready, go and set end", *rings)
	}
}

func TestMuteSilencesTheCuesForThisRun(t *testing.T) {
	v := &fakeVoice{}
	hs, _ := cueHarness(t, config.CuesVoice, v)
	hs.startWithBaseline("5", "6")
	hs.keys("m")
	v.said = nil
	hs.wait(secs(5 + 60))
	if len(v.said) != 0 {
		t.Errorf("muted, yet the voice said %q", v.said)
	}
}
