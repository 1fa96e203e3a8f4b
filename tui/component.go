package tui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/tui/theme"
)

// A component is one full-screen screen: it owns its state, takes the
// messages the root routes to it (its keys, and the results of its own
// commands), renders its body and names its keys. Its keys implement
// help.KeyMap, so the help overlay and the hint line list exactly the
// bindings it enables, from the same bindings its Update matches.
//
// A component never navigates by itself: it asks the root through
// env.nav (go home, open another screen, quit), and the root, which owns
// navigation only, does it. View never changes state.
type component interface {
	Update(msg tea.Msg) tea.Cmd
	View() string
	// SetSize gives the component the window's size; the root calls it
	// when the component opens and on every resize.
	SetSize(width, height int)
	help.KeyMap
}

// textInput is implemented by a component while it takes typed text: the
// root then passes ? and q to it as letters instead of opening help or
// quitting.
type textInput interface {
	typing() bool
}

// navigator is what a component may ask of the root.
type navigator interface {
	// goHome closes the screen on view and shows home, with notices on it.
	goHome(notices ...string) tea.Cmd
	// quit ends centra once everything is saved.
	quit() tea.Cmd
	// open shows another component in place of the one on view.
	open(s screen, c component)
	// startSession starts a guided session of the routine; startTest
	// starts the direction test. Both open the session screen.
	startSession(r *routines.Routine) tea.Cmd
	startTest() tea.Cmd
	// showGuidePage opens the Guide at its page id over the screen on
	// view; going back from the page shows that screen again. It reports
	// whether there is such a page.
	showGuidePage(id string) bool
	// back closes the screen on view and shows the one it was opened
	// from again (home, or a session that opened a page of the Guide).
	back() tea.Cmd
	// finish ends a flow: centra quits when it was started for that flow
	// alone, else it goes home with notices.
	finish(notices ...string) tea.Cmd
	// show opens a screen that has no component of its own to open yet,
	// or that reads something as it opens (navigate.go).
	show(s screen, library bool) tea.Cmd
}

// env is what every screen reads: the deps, the clock, the key bindings,
// the styles and the person's settings, plan and recent days. Screens hold
// a pointer and read it; only the root, the first run and the session that
// make or run the plan write it, and the settings screen the settings.
type env struct {
	deps   Deps
	clock  routines.Clock
	keys   keyMap
	styles *theme.Styles
	prefs  prefs
	plan   coach.Plan
	// answers are the first-run answers (zero before the first run).
	answers coach.Answers
	// glance is the home screen's summary of recent days, loaded in a
	// command (see glance.go).
	glance glance
	// journal is the one save path: screens queue writes on it.
	journal *journal
	// after schedules a message after a wall-clock delay; tests replace it
	// so that nothing sleeps.
	after func(d time.Duration, msg tea.Msg) tea.Cmd
	nav   navigator
	// last is the last check-in answered, which pre-fills the baseline of
	// the next session: from the store at launch, then from each session.
	last *routines.CheckIn
	// muted silences the cues for this run (m in a session; saving the
	// cues setting lifts it).
	muted bool
	// exitAfter quits the program when the current session ends (centra
	// start) instead of returning home.
	exitAfter bool
}

// shortHelp renders a one-line key hint from bindings: the enabled ones
// that have help.
func (e *env) shortHelp(bs ...key.Binding) string {
	var parts []string
	for _, b := range bs {
		if !b.Enabled() || b.Help().Key == "" {
			continue
		}
		parts = append(parts, e.styles.Key.Render(b.Help().Key)+" "+e.styles.Muted.Render(b.Help().Desc))
	}
	return strings.Join(parts, e.styles.Muted.Render(" · "))
}

// flat lists a component's full help as one list.
func flat(km help.KeyMap) []key.Binding {
	var out []key.Binding
	for _, col := range km.FullHelp() {
		out = append(out, col...)
	}
	return out
}
