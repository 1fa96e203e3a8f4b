package tui

import (
	"context"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// home is the start screen: the plan at a glance and the routines, with
// the suggested one in focus so that Enter starts it.
type home struct {
	cursor  int
	notices []string
}

func newHome(d Deps) home { return home{notices: d.Notices} }

// planRoutine is the routine the plan implies, or nil (no direction yet,
// or the program is on hold).
func (m *Model) planRoutine() *routines.Routine {
	if m.plan.Direction == "" || m.plan.Stage == routines.StageFindDirection {
		return nil
	}
	return coach.RoutineFor(m.deps.Catalog, m.plan)
}

// homeRoutines lists what the home screen offers: the plan's routine first
// when there is one, then the library's routines.
func (m *Model) homeRoutines() []*routines.Routine {
	var out []*routines.Routine
	if r := m.planRoutine(); r != nil {
		out = append(out, r)
	}
	return append(out, m.deps.Catalog.Routines()...)
}

// suggested is the id of the routine Enter starts from home: the plan's,
// else the first direction to try.
func (m *Model) suggested() string {
	if r := m.planRoutine(); r != nil {
		return r.ID
	}
	if m.plan.FlexionFirst {
		return "flexion"
	}
	return "extension"
}

// routineByID finds a routine by id; "plan" is the plan's routine.
func (m *Model) routineByID(id string) *routines.Routine {
	if id == "plan" || id == "" {
		if r := m.planRoutine(); r != nil {
			return r
		}
		id = m.suggested()
	}
	r, _ := m.deps.Catalog.Routine(id)
	return r
}

func (m *Model) homeKey(msg tea.KeyPressMsg) tea.Cmd {
	h := &m.home
	list := m.homeRoutines()
	if m.plan.Held() {
		switch {
		case msg.String() == "c":
			m.plan = m.plan.Resume(m.clock.Now())
			p := m.plan
			return m.journal.add(write{do: func(ctx context.Context, s Store, _ *journalIDs) error { return savePlan(ctx, s, p) }})
		case key.Matches(msg, m.keys.Quit, m.keys.Esc):
			m.quitting = true
			return m.quitIfDone()
		}
		return nil
	}
	h.cursor = min(h.cursor, len(list)-1)
	switch {
	case key.Matches(msg, m.keys.Up):
		if h.cursor > 0 {
			h.cursor--
		}
	case key.Matches(msg, m.keys.Down):
		if h.cursor < len(list)-1 {
			h.cursor++
		}
	case key.Matches(msg, m.keys.Start):
		if len(list) > 0 {
			h.notices = nil
			return m.startSession(list[h.cursor])
		}
	case key.Matches(msg, m.keys.Settings):
		h.notices = nil
		m.openSettings()
	case key.Matches(msg, m.keys.Test):
		h.notices = nil
		return m.startTest()
	case key.Matches(msg, m.history().keys.Open):
		h.notices = nil
		return m.openHistory()
	case key.Matches(msg, m.history().keys.Trigger):
		return m.openTriggerLog()
	case key.Matches(msg, m.keys.Library):
		m.openLibrary()
	case key.Matches(msg, m.keys.Guide):
		m.openGuide()
	case key.Matches(msg, m.keys.Quit, m.keys.Esc):
		m.quitting = true
		return m.quitIfDone()
	case msg.String() >= "1" && msg.String() <= "9":
		if i := int(msg.String()[0] - '1'); i < len(list) {
			h.cursor = i
		}
	}
	return nil
}

// focusSuggested puts the cursor on the suggested routine.
func (m *Model) focusSuggested() {
	for i, r := range m.homeRoutines() {
		if r.ID == m.suggested() {
			m.home.cursor = i
			return
		}
	}
}

func (m *Model) homeView() string {
	s, h := m.styles, m.home
	width := m.width - 4
	var b strings.Builder
	b.WriteString(s.Title.Render("centra") + s.Muted.Render("  ·  your sciatica exercise coach") + "\n\n")
	for _, n := range h.notices {
		for _, l := range wrap(n, width) {
			b.WriteString(s.Caution.Render(l) + "\n")
		}
	}
	if len(h.notices) > 0 {
		b.WriteString("\n")
	}
	if m.plan.Held() {
		reason := m.plan.Hold.Reason
		b.WriteString(s.StopBox.Render(s.Stop.Render("Exercises are paused") + "\n\n" +
			s.Text.Render(strings.Join(wrap(reason, min(width-4, 72)), "\n"))))
		b.WriteString("\n\n" + m.shortHelp(withHelp(m.keys.Enter, "c", "a clinician has seen me and cleared me to exercise"), m.keys.Quit))
		return b.String()
	}
	b.WriteString(m.planLines(width))
	list := m.homeRoutines()
	b.WriteString(s.Bold.Render("Choose a routine") + "\n")
	cursor := min(h.cursor, len(list)-1)
	for i, r := range list {
		mark, line := "  ", fmt.Sprintf("%d %s", i+1, r.Name)
		meta := fmt.Sprintf("about %d min", max(1, int(r.Length().Minutes()+0.5)))
		if r.ID == m.suggested() {
			meta += " · suggested"
		}
		if i == cursor {
			mark, line = "▸ ", s.Selected.Render(line)
		} else {
			line = s.Text.Render(line)
		}
		pad := width - 2 - lipglossWidth(line) - len([]rune(meta))
		b.WriteString(mark + line + strings.Repeat(" ", max(1, pad)) + s.Muted.Render(meta) + "\n")
	}
	if cursor >= 0 && cursor < len(list) {
		b.WriteString("\n")
		for _, l := range wrap(list[cursor].Purpose, width) {
			b.WriteString(s.Muted.Render(l) + "\n")
		}
	}
	b.WriteString("\n" + s.Muted.Render("centra is a coach, not a diagnosis. If something feels wrong, see a professional.") + "\n")
	b.WriteString("\n" + m.shortHelp(m.keys.Start, m.keys.Test, m.keys.Up, m.keys.Down, m.keys.Quit, m.keys.Help))
	b.WriteString("\n" + m.shortHelp(m.history().keys.Open, m.history().keys.Trigger, m.keys.Settings))
	b.WriteString("\n" + m.shortHelp(m.keys.Library, m.keys.Guide))
	return b.String()
}

// planLines shows the plan at a glance with the reason for its last change,
// and a calm referral suggestion when the rules call for one.
func (m *Model) planLines(width int) string {
	s, p := m.styles, m.plan
	var b strings.Builder
	switch {
	case p.Direction == "" || p.Stage == routines.StageFindDirection:
		b.WriteString(s.Text.Render("Your plan: find your direction first. Press d for the direction test.") + "\n")
	default:
		line := "Your plan: " + string(p.Direction)
		if ex := ladderExercise(m.deps.Catalog, p); ex != nil {
			line += " · " + ex.Name
		}
		line += " · stage: " + strings.ReplaceAll(string(p.Stage), "-", " ")
		if p.Every > 0 {
			line += " · a set every " + routines.FormatDuration(p.Every)
		}
		for _, l := range wrap(line, width) {
			b.WriteString(s.Text.Render(l) + "\n")
		}
	}
	if n := len(p.Log); n > 0 {
		for _, l := range wrap("Why: "+p.Log[n-1].Reason, width) {
			b.WriteString(s.Muted.Render(l) + "\n")
		}
	}
	if d := coach.Referral(p, m.deps.Progress, m.clock.Now()); d != nil {
		for _, l := range wrap(d.Reason, width) {
			b.WriteString(s.Caution.Render(l) + "\n")
		}
	}
	b.WriteString("\n")
	return b.String()
}

// ladderExercise is the plan's exercise on its direction's ladder.
func ladderExercise(cat *routines.Catalog, p coach.Plan) *routines.Exercise {
	f := p.Family()
	for _, e := range cat.Ladder(f) {
		if e.Level == p.Level(f) {
			return e
		}
	}
	return nil
}
