package tui

import (
	"context"
	"time"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/tui/theme"
)

// Store is what the UI needs from the history: what saving a session
// needs (persist.Store). The history package implements it; tests stub it.
type Store interface {
	persist.Store
}

// Deps are what the UI is given to work with.
type Deps struct {
	Catalog *routines.Catalog
	Store   Store
	// Clock drives every countdown. Nil means the system clock.
	Clock routines.Clock
	// Voice speaks the cues when the settings ask for a voice; nil when
	// there is no speech engine (the bell rings instead), and NoVoice then
	// says why, for the settings screen.
	Voice   Voice
	NoVoice string
	// StartRoutine, when set, skips the home screen and starts this routine.
	StartRoutine string
	// Plan is the person's plan; nil before the first run, which then
	// opens with the first-run questions.
	Plan *coach.Plan
	// Answers are the first-run answers; nil before the first run. A first
	// run a red flag stopped goes on, once the hold is cleared, with the
	// questions not asked yet.
	Answers *coach.Answers
	// RecheckRest is the rest before a recheck; zero is the coach's default.
	RecheckRest time.Duration
	// Open, when set, opens the history in a command after the first frame
	// (it reads the whole file to check its health, which takes a moment
	// for years of history); what it returns replaces Store, History,
	// Triggers, Plan, Answers, LastCheckIn and Notices.
	Open func(ctx context.Context) (Loaded, error)
	// Progress feeds the referral rules on the home screen.
	Progress coach.Progress
	// LastCheckIn pre-fills the first check-in of a session.
	LastCheckIn *routines.CheckIn
	// Notices are shown once on the home screen (e.g. a session that was
	// cut short last time and has been kept).
	Notices []string
	// History is what the history screens read, Triggers where the quick
	// trigger log writes; either may be nil (the screens then say so).
	History  HistoryReader
	Triggers TriggerLog
	// Function is where the weekly check of what the person can do is
	// kept and read; nil leaves it out.
	Function FunctionLog
	// Walks is where the quick walk log writes and today's walks are read
	// from; nil leaves walks out.
	Walks app.WalkLog
	// Settings are the person's settings and how to save them; nil means
	// the defaults, kept for this run only.
	Settings *Settings
	// Reading is the text of the Library and the Guide; nil leaves both
	// closed (their keys do nothing).
	Reading Reading
}

// Reading is the text behind the Library and the Guide, as markdown, and
// how to render it. The UI defines it so that it never imports the
// content; cmd/centra adapts content/guide to it.
type Reading interface {
	// Topics lists the Guide's pages in reading order.
	Topics() []ReadingPage
	// Exercise is the Library's page for one exercise.
	Exercise(e *routines.Exercise) ReadingPage
	// Render turns markdown into text at most width cells wide, in the
	// palette's colours.
	Render(markdown string, width int, p theme.Palette) (string, error)
}

// ReadingPage is one page of the Library or the Guide: its id (the
// Guide's page name, such as "stopped"; the exercise's id), its name in
// the list, a hint shown beside it (may be empty), and its text as
// markdown. A Library page names its exercise, whose figure is drawn
// above the text.
type ReadingPage struct {
	ID, Name, Hint, Markdown string
	Exercise                 *routines.Exercise
}
