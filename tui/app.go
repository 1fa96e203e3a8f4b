// Package tui is centra's terminal interface: the root Bubble Tea model,
// which owns navigation, and the screens it shows. Screens render strings;
// only the root returns a tea.View. No screen does IO: store writes run in
// commands through the journal.
package tui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/tui/theme"
)

// screen is what the root shows.
type screen int

const (
	screenHome screen = iota
	screenSession
	screenSummary
	screenSettings
	screenHistory  // the sessions, trends and direction tests (history.go)
	screenTrigger  // the quick trigger log (triggerlog.go)
	screenReading  // the Library or the Guide (reading.go)
	screenFunction // the weekly check of what the person can do (function.go)
	screenWalk     // the quick walk log (walklog.go)
	screenFirstRun // the first launch's questions (firstrun.go)
)

// Minimum window size the screens are laid out for.
const (
	minWidth  = 50
	minHeight = 16
)

// Model is the root model.
type Model struct {
	// env is what the screens read too (component.go).
	*env
	width  int
	height int

	screen screen
	help   bool
	// active is the screen on view (component.go): the root routes keys
	// and the results of its commands to it.
	active component
	// from is the screen the active one was opened from (navigate.go).
	from opened
	// remind rings when a set falls due (reminders.go).
	remind reminder
	// home is the start screen; it lives as long as the root, keeping its
	// cursor and notices while other screens are open.
	home *home
	// sess is the session under way, kept while a Guide page is read
	// over it and until its summary is closed (session.go).
	sess *session
	// hist is the history screens, kept while centra runs (history.go).
	hist     *history
	quitting bool
	// loading is true until the history is open (Deps.Open); loadErr is
	// why it could not be.
	loading bool
	loadErr error
	// interrupted is set by ctrl+c or a signal: the exit status says so.
	interrupted bool
	// frames keeps the lines frame has fitted, for the next frames.
	frames frameCache
	// drawn is the frame View hands over, drawn at the end of each Update.
	drawn string
}

func teaAfter(d time.Duration, msg tea.Msg) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return msg })
}

// New returns the root model.
func New(d Deps) *Model {
	clock := d.Clock
	if clock == nil {
		clock = routines.SystemClock{}
	}
	m := &Model{
		env: &env{
			deps:    d,
			clock:   clock,
			keys:    defaultKeyMap(),
			styles:  theme.New(true),
			journal: newJournal(d.Store),
			after:   teaAfter,
			prefs:   newPrefs(d),
		},
		width:  80,
		height: 24,
	}
	m.nav = m
	m.hist = newHistory(m.env)
	m.home = newHome(m.env, d.Notices)
	m.home.SetSize(m.width, m.height)
	m.screen, m.active = screenHome, m.home
	m.restyle()
	if d.Open != nil {
		m.loading = true
	} else {
		m.apply(Loaded{Store: d.Store, History: d.History, Triggers: d.Triggers, Function: d.Function, Walks: d.Walks,
			Plan: d.Plan, Answers: d.Answers, LastCheckIn: d.LastCheckIn, Notices: d.Notices})
	}
	return m
}

// Init implements tea.Model.
func (m *Model) Init() tea.Cmd {
	var cmd tea.Cmd
	if m.loading {
		cmd = tea.Batch(tea.RequestBackgroundColor, openStore(m.deps.Open))
	} else {
		cmd = tea.Batch(tea.RequestBackgroundColor, m.home.loadGlance(), m.autostart())
	}
	m.drawn = m.render() // the first frame, which Bubble Tea asks for next
	return cmd
}

// SetSize gives the model the window's size as a WindowSizeMsg does,
// without drawing: the program draws its first frame after Init, so a size
// known before the program starts costs no frame of its own.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = width, height
	m.home.SetSize(width, height) // home keeps its size while hidden
	m.active.SetSize(width, height)
}

// Update implements tea.Model. It handles msg, then draws the frame that
// View hands over: View changes nothing (the frame cache is written here).
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := m.update(msg)
	m.drawn = m.render()
	return m, cmd
}

// update handles one message.
func (m *Model) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case loadedMsg:
		return m.loaded(msg)
	case glanceMsg:
		if !m.home.takeGlance(msg) {
			return nil
		}
		return m.remind.schedule(m.env)
	case ringMsg:
		if !m.remind.ring(msg, m.sess != nil && !m.sess.flow.Ended()) {
			return nil
		}
		// Read the glance again, so that home says the set is due now.
		return tea.Batch(tea.Raw("\a"), m.home.loadGlance())
	case tea.WindowSizeMsg:
		m.SetSize(msg.Width, msg.Height)
		return nil
	case tea.BackgroundColorMsg, tea.ColorProfileMsg:
		m.terminalColors(msg)
		return m.active.Update(msg) // the styles changed
	case functionStateMsg, recoveredMsg:
		return m.home.Update(msg) // what home reads, wherever it is
	case historyMsg:
		return m.hist.Update(msg) // wherever the history is
	case savedMsg:
		cmd := m.journal.done(msg)
		return tea.Batch(cmd, m.quitIfDone())
	case retryMsg:
		return m.journal.next()
	case tickMsg:
		if m.sess == nil {
			return nil
		}
		return m.sess.Update(msg) // also while a Guide page is read over it
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case InterruptMsg:
		return m.interrupt()
	}
	// The results of a screen's own commands go back to it.
	return m.active.Update(msg)
}

func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if msg.String() == "ctrl+c" {
		return m.interrupt()
	}
	if m.quitting {
		return nil
	}
	if m.loading {
		// Until the history is open only quitting works.
		if key.Matches(msg, m.keys.Quit) {
			m.quitting = true
			return m.quitIfDone()
		}
		return nil
	}
	if t, ok := m.active.(textInput); ok && t.typing() {
		return m.active.Update(msg) // typed text takes ? and q as letters
	}
	if key.Matches(msg, m.keys.Help) {
		m.help = !m.help
		return nil
	}
	if m.help {
		if key.Matches(msg, m.keys.Esc, m.keys.Quit) {
			m.help = false
		}
		return nil
	}
	return m.active.Update(msg)
}

// interrupt ends everything at once: a running session is kept as cut
// short, and the program exits as soon as it is saved.
func (m *Model) interrupt() tea.Cmd {
	if m.quitting {
		// A second ctrl+c while saving: leave now.
		return tea.Interrupt
	}
	cmd := m.sess.interrupt()
	m.quitting, m.interrupted = true, true
	return tea.Batch(cmd, m.quitIfDone())
}

// quitIfDone quits once every write has been saved. After ctrl+c the
// program ends as interrupted, so centra exits with status 130.
func (m *Model) quitIfDone() tea.Cmd {
	if !m.quitting || !m.journal.idle() {
		return nil
	}
	if m.interrupted {
		return tea.Interrupt
	}
	return tea.Quit
}

// View implements tea.Model.
func (m *Model) View() tea.View {
	v := tea.NewView(m.drawn)
	v.AltScreen = true
	v.WindowTitle = "centra"
	return v
}

func (m *Model) render() string {
	if m.width == 0 && m.height == 0 {
		// The size is not known yet: draw nothing rather than flash "needs
		// a bigger window" (runProgram passes the size in before the first
		// frame when it can).
		return ""
	}
	if m.width < minWidth || m.height < minHeight {
		return tooSmall(m.width, m.height, m.sess != nil && m.sess.timing())
	}
	var body string
	switch {
	case m.loading:
		body = loadingView(m.styles)
	case m.quitting:
		body = m.quittingView()
	case m.help:
		body = helpView(m.styles, m.screenKeys())
	default:
		body = m.active.View()
	}
	return m.frame(body)
}

// frame fits a screen's body to the window: padded, cut to the height, with
// the save status on the last line when something is not saved.
func (m *Model) frame(body string) string {
	// Wrap to the width first, then cut to the height: cutting first let
	// wrapped lines push the frame past the bottom of the window.
	box := m.styles.App.Width(m.width).MaxWidth(m.width)
	status := m.saveStatus()
	room := m.height
	if status != "" {
		status = box.Render(status)
		room = max(room-lipgloss.Height(status), 0)
	}
	lines := strings.Split(m.frames.fit(box, body, m.width, m.styles), "\n")
	if len(lines) > room {
		lines = lines[:room]
	}
	out := strings.Join(lines, "\n")
	if status != "" {
		out = lipgloss.PlaceVertical(room, lipgloss.Top, out) + "\n" + status
	}
	return out
}

// saveStatus is the line that says something is not saved yet, or "".
func (e *env) saveStatus() string {
	if e.journal.err() == nil {
		return ""
	}
	return e.styles.Caution.Render("! Not saved yet: " + humanError(e.journal.err()) + " Your results are kept and centra keeps trying.")
}

// tooSmall asks for a bigger window than width×height; timing says a
// set's timer runs meanwhile.
func tooSmall(width, height int, timing bool) string {
	msg := "centra needs a bigger window"
	if width >= 20 {
		msg += "\n" + fmtSize(minWidth, minHeight) + " at least;\nthis one is " + fmtSize(width, height) + "."
	}
	if timing {
		msg += "\nThe timer keeps running."
	}
	return lipgloss.Place(max(width, 1), max(height, 1), lipgloss.Center, lipgloss.Center, msg)
}

// quittingView is shown while the last writes are saved before centra
// ends.
func (e *env) quittingView() string {
	s := e.styles.Title.Render("Saving…")
	if e.journal.err() != nil {
		s += "\n\n" + e.styles.Caution.Render("Could not save: "+humanError(e.journal.err())) +
			"\nRetrying. Press ctrl+c again to leave without saving the rest."
	}
	return s
}
