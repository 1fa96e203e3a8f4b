package tui

import (
	"errors"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// savedSettings records what the settings screen asked to write.
type savedSettings struct {
	calls   int
	cfg     config.Config
	changed []string
	fail    error
}

func (s *savedSettings) save(c config.Config, changed []string) error {
	s.calls++
	s.cfg, s.changed = c, changed
	return s.fail
}

// newSettingsHarness starts at home with the given settings.
func newSettingsHarness(t *testing.T, cfg config.Config) (*harness, *savedSettings) {
	t.Helper()
	saved := &savedSettings{}
	plan := coach.DefaultPlan(coach.Answers{}, t0)
	hs := &harness{t: t, clock: routines.NewFakeClock(t0), store: &fakeStore{}}
	hs.m = New(Deps{Catalog: testCatalog(), Store: hs.store, Clock: hs.clock, Plan: &plan,
		Settings: &Settings{Config: cfg, Path: "/home/p/.config/centra/config.toml", Save: saved.save}})
	hs.m.after = func(time.Duration, tea.Msg) tea.Cmd { return nil }
	hs.m.journal.after = hs.m.after
	hs.m.Init()
	hs.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	return hs, saved
}

// settled delivers the result of a settings save, which the harness's run
// does not feed back on its own.
func (hs *harness) settle(cmd tea.Cmd) {
	hs.t.Helper()
	if cmd == nil {
		return
	}
	if msg, ok := cmd().(settingsSavedMsg); ok {
		hs.send(msg)
	}
}

func TestSettingsAreReachedFromHomeAndSaveOnlyWhatChanged(t *testing.T) {
	hs, saved := newSettingsHarness(t, config.Default())
	hs.see("s settings")
	hs.keys("s")
	hs.see("Settings", "config.toml", "Cues during sets", "Rest between sets", "the routine's own", "Colours")
	hs.keys("down", "down", "right", "right")
	hs.see("10 s  (changed)")
	_, cmd := hs.m.Update(keyPress("enter"))
	hs.see("Saving…")
	hs.settle(cmd)
	if saved.calls != 1 || len(saved.changed) != 1 || saved.changed[0] != "rest_seconds" || saved.cfg.Rest != 10*time.Second {
		t.Fatalf("saved %d time(s): %+v, changed %v", saved.calls, saved.cfg, saved.changed)
	}
	hs.see("Choose a routine", "Settings saved to /home/p/.config/centra/config.toml.")
	// The next session rests 10 s between sets instead of the routine's 30 s.
	hs.keys("enter")
	hs.startWithBaselineRest("5", "6")
	if rest := hs.m.sess.flow.Runner().Blocks()[1].Dose.Rest; rest != 10*time.Second {
		t.Fatalf("rest between press-up sets = %v, want the setting's 10s", rest)
	}
}

func TestLeavingSettingsWithEscapeChangesNothing(t *testing.T) {
	hs, saved := newSettingsHarness(t, config.Default())
	hs.keys(",")
	for range 10 {
		hs.keys("down")
	}
	hs.keys("left") // theme: auto -> high-contrast, previewed at once
	if !hs.m.styles.Selected.GetReverse() {
		t.Fatal("the high-contrast theme is not previewed while choosing it")
	}
	hs.keys("esc")
	hs.see("Choose a routine")
	if saved.calls != 0 || hs.m.prefs.cfg.Theme != config.ThemeAuto || hs.m.styles.Selected.GetReverse() {
		t.Fatalf("esc kept the change: saves %d, theme %q", saved.calls, hs.m.prefs.cfg.Theme)
	}
}

func TestAFailedSaveSaysWhyAndStays(t *testing.T) {
	hs, saved := newSettingsHarness(t, config.Default())
	saved.fail = errors.New("open config.toml: read-only file system")
	hs.keys("s", "right") // cues: bell to voice
	_, cmd := hs.m.Update(keyPress("enter"))
	hs.settle(cmd)
	hs.see("Settings", "Could not save: Read-only file system.", "enter to try again")
	if hs.m.prefs.cfg.Cues != config.CuesBell {
		t.Fatal("a setting that was not saved took effect")
	}
	saved.fail = nil
	_, cmd = hs.m.Update(keyPress("enter"))
	hs.settle(cmd)
	if hs.m.prefs.cfg.Cues != config.CuesVoice {
		t.Fatalf("the cues are %q after saving them as voice", hs.m.prefs.cfg.Cues)
	}
}

func TestSettingsReachTheSession(t *testing.T) {
	cfg := config.Default()
	cfg.Leg, cfg.GetReady, cfg.RepSpeed = routines.LegLeft, 12*time.Second, 0.5
	hs, _ := newSettingsHarness(t, cfg)
	hs.keys("enter")
	if leg := hs.m.sess.form.Value.Leg; leg != routines.LegLeft {
		t.Fatalf("the first check-in starts with leg %q, want the setting's left", leg)
	}
	hs.keys("5", "enter", "enter", "6", "enter", "enter", "enter")
	hs.see("Get ready")
	if p := hs.m.sess.flow.Runner().Phase(); p.Length != 12*time.Second {
		t.Fatalf("get-ready = %v, want the setting's 12s", p.Length)
	}
	b := hs.m.sess.flow.Runner().Blocks()[1]
	if b.Dose.Cadence[0].Length != 4*time.Second {
		t.Fatalf("press-up beat = %v at half speed, want 4s", b.Dose.Cadence[0].Length)
	}
}

func TestSavedRemindersReachThePlanOnHome(t *testing.T) {
	hs, _ := newSettingsHarness(t, config.Default())
	hs.keys("s", "down", "down", "down", "down", "right", "right")
	_, cmd := hs.m.Update(keyPress("enter"))
	hs.settle(cmd)
	if hs.m.plan.Every != 3*time.Hour {
		t.Fatalf("plan every = %v, want 3h", hs.m.plan.Every)
	}
}
