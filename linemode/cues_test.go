package linemode

import (
	"strings"
	"testing"
	"time"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/routines"
)

// spoken records what a voice said, with the clock's time.
type spoken struct {
	clock *routines.FakeClock
	said  []string
	stops int
}

func (s *spoken) Say(w string) {
	s.said = append(s.said, s.clock.Now().Sub(start).Round(time.Second).String()+" "+w)
}
func (s *spoken) Stop() { s.stops++ }

func TestAWholeExtensionSessionCanBeFollowedByEar(t *testing.T) {
	silent := newHarness(t).withPlan()
	silent.deps.Start = "extension"
	plain, err := silent.run(extensionScript)
	if err != nil {
		t.Fatal(err)
	}

	h := newHarness(t).withPlan()
	h.deps.Start = "extension"
	v := &spoken{clock: h.clock}
	h.deps.Voice = v
	cfg := config.Default()
	cfg.Cues = config.CuesVoice
	h.deps.Settings = &core.Settings{Config: cfg}
	out, err := h.run(extensionScript)
	if err != nil {
		t.Fatal(err)
	}
	if out != plain {
		t.Error("the voice changed the printed lines; a screen reader reads them as before")
	}
	log := strings.Join(v.said, "\n")
	// Every set starts, works and ends aloud, in the order of the routine.
	var order []string
	for _, l := range v.said {
		w := l[strings.IndexByte(l, ' ')+1:]
		switch {
		case strings.HasSuffix(w, "Get ready."), strings.HasPrefix(w, "Rest "),
			strings.HasPrefix(w, "Go: "), strings.HasPrefix(w, "1. "), w == "Set done: how is the pain?":
			order = append(order, w)
		}
	}
	want := []string{
		"Prone lying. Get ready.", "Go: 2 minutes.", "Set done: how is the pain?",
		"Prone on elbows. Get ready.", "Go: 5 minutes.", "Set done: how is the pain?",
		"Press-up. Get ready.", "1. press up...", "Set done: how is the pain?",
		"Rest 30 seconds, then set 2 of 2.", "1. press up...", "Set done: how is the pain?",
		"Prone lying. Get ready.", "Go: 2 minutes.", "Set done: how is the pain?",
	}
	if len(order) != len(want) {
		t.Errorf("%d moments said, want %d", len(order), len(want))
	}
	for i, w := range want {
		if i >= len(order) || order[i] != w {
			t.Fatalf("the session's moments were said as:\n%s\nwant them to begin:\n%s\nlog:\n%s",
				strings.Join(order, "\n"), strings.Join(want, "\n"), log)
		}
	}
	if n := strings.Count(log, "Set done: how is the pain?"); n != 5 {
		t.Errorf("'set done' said %d times for 5 sets:\n%s", n, log)
	}
	for _, w := range []string{"press up...", "Last three.", "Rest "} {
		if !strings.Contains(log, w) {
			t.Errorf("the press-ups never said %q:\n%s", w, log)
		}
	}
	if v.stops == 0 {
		t.Error("the voice was never cut off at the end of the session")
	}
}

func TestTheBellRingsInTheLineModeToo(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Start = "extension"
	h.deps.Bell = true // a terminal; the cues are the default, the bell
	out, err := h.run(extensionScript)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out, "\a"); n < 5*3 {
		t.Errorf("the bell rang %d times over five sets, want at least get ready, go and set done for each", n)
	}
	// A voice asked for where there is no engine: the bell instead.
	h = newHarness(t).withPlan()
	h.deps.Start, h.deps.Bell = "extension", true
	cfg := config.Default()
	cfg.Cues = config.CuesVoice
	h.deps.Settings = &core.Settings{Config: cfg}
	if out, _ := h.run(extensionScript); strings.Count(out, "\a") < 5*3 {
		t.Error("without a speech engine the voice did not fall back to the bell")
	}
	// Cues off: silence.
	h = newHarness(t).withPlan()
	h.deps.Start, h.deps.Bell = "extension", true
	cfg.Cues = config.CuesOff
	h.deps.Settings = &core.Settings{Config: cfg}
	if out, _ := h.run(extensionScript); strings.Contains(out, "\a") {
		t.Error("the bell rang with the cues off")
	}
}
