package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
)

// home is the start screen: the plan at a glance and the routines, with
// the suggested one in focus so that Enter starts it.
type home struct {
	cursor  int
	notices []string
	// recovery are the recovery files offered (see recover.go).
	recovery []string
	// clearing asks, while exercises are held, whether a clinician has
	// cleared the person to exercise.
	clearing bool
}

func newHome(d Deps) home { return home{notices: d.Notices} }

// planRoutine is the routine the plan implies, or nil (no direction yet,
// or the program is on hold).
func (m *Model) planRoutine() *routines.Routine {
	if m.plan.Direction == "" || m.plan.Stage == routines.StageFindDirection {
		return nil
	}
	return coach.RoutineForAt(m.deps.Catalog, m.plan, m.clock.Now())
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
	if cmd, ok := m.recoverKey(msg); ok {
		return cmd
	}
	if m.plan.Held() {
		return m.heldKey(msg)
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
	case key.Matches(msg, m.hist.keys.Open):
		h.notices = nil
		return m.openHistory()
	case key.Matches(msg, m.hist.keys.Trigger):
		return m.openTriggerLog()
	case msg.String() == "f":
		h.notices = nil
		return m.openFunction()
	case msg.String() == "x" && m.fnHome.Due:
		return m.skipFunction()
	case key.Matches(msg, m.keys.Walk) && m.deps.Walks != nil:
		h.notices = nil
		return m.openWalkLog()
	case key.Matches(msg, m.keys.Library):
		m.openLibrary()
	case key.Matches(msg, m.keys.Guide):
		m.openGuide()
	case key.Matches(msg, m.keys.Quit):
		// Esc does nothing here: it is "back" everywhere else, and a
		// stray Esc must not close centra.
		m.quitting = true
		return m.quitIfDone()
	case msg.String() >= "1" && msg.String() <= "9":
		if i := int(msg.String()[0] - '1'); i < len(list) {
			h.cursor = i
		}
	}
	return nil
}

// heldKey handles home while exercises are held after a red flag: only
// exercise is locked; the reading, the history and the trigger log stay
// open. Lifting the hold asks first.
func (m *Model) heldKey(msg tea.KeyPressMsg) tea.Cmd {
	h, k := &m.home, m.keys
	if h.clearing {
		switch {
		case key.Matches(msg, k.Yes):
			h.clearing = false
			m.plan = m.plan.Resume(m.clock.Now())
			m.focusSuggested()
			p := m.plan
			return m.journal.add(flow.Plan{Plan: p})
		case key.Matches(msg, k.No, k.Esc):
			h.clearing = false
		case key.Matches(msg, k.Quit):
			m.quitting = true
			return m.quitIfDone()
		}
		return nil
	}
	switch {
	case key.Matches(msg, k.Clear):
		h.clearing = true
	case key.Matches(msg, m.hist.keys.Open):
		h.notices = nil
		return m.openHistory()
	case key.Matches(msg, m.hist.keys.Trigger):
		return m.openTriggerLog()
	case key.Matches(msg, k.Library):
		m.openLibrary()
	case key.Matches(msg, k.Guide):
		m.openGuide()
	case key.Matches(msg, k.Settings):
		h.notices = nil
		m.openSettings()
	case key.Matches(msg, k.Quit):
		m.quitting = true
		return m.quitIfDone()
	}
	return nil
}

// heldKeys lists the keys heldKey handles.
func (m *Model) heldKeys() []key.Binding {
	k := m.keys
	if m.home.clearing {
		return []key.Binding{withHelp(k.Yes, "y", "yes: lift the pause"), withHelp(k.No, "n/esc", "no: keep the exercises paused"), k.Quit, k.Help}
	}
	return []key.Binding{k.Clear, withHelp(k.Guide, "g", "guide"), withHelp(k.Library, "l", "library"),
		withHelp(m.hist.keys.Open, "h", "history"), withHelp(m.hist.keys.Trigger, "t", "log a trigger"),
		k.Settings, k.Recover, k.Quit, k.Help}
}

// heldView is home while exercises are held, or the question that lifts
// the hold.
func (m *Model) heldView(title string, width int) string {
	s := m.styles
	var b strings.Builder
	b.WriteString(title + "\n\n")
	if m.home.clearing {
		b.WriteString(s.Box.Render(s.Bold.Render(strings.Join(wrap("Has a doctor or physiotherapist examined you since and said you can exercise?", min(width-4, 72)), "\n")) +
			"\n\n" + s.Text.Render(strings.Join(wrap("Say yes only if they have. Until then the exercises stay paused; the guide, the library and your history are still here.", min(width-4, 72)), "\n"))))
		b.WriteString("\n\n" + m.shortHelp(m.heldKeys()...))
		return b.String()
	}
	b.WriteString(s.StopBox.Render(s.Stop.Render("Exercises are paused") + "\n\n" +
		s.Text.Render(strings.Join(wrap(m.plan.Hold.Reason, min(width-4, 72)), "\n"))))
	ks := m.heldKeys()
	b.WriteString("\n\n" + fit(m.shortHelp(ks[0], m.keys.Quit, m.keys.Help), width) + "\n" + fit(m.shortHelp(ks[1:6]...), width))
	return b.String()
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

// homeView lays out the home screen within the window's height: the plan
// and the routines always show, with the key line last; the optional parts
// (notices, today, the reason, the routine's purpose, the reminder that
// centra is a coach) give way from the least needed when space is short.
func (m *Model) homeView() string {
	s, h := m.styles, m.home
	width := m.width - 4
	title := s.Title.Render("centra") + s.Muted.Render("  ·  your sciatica exercise coach")
	if m.plan.Held() {
		return m.heldView(title, width)
	}
	list := m.homeRoutines()
	cursor := min(h.cursor, len(list)-1)
	var purpose []string
	if cursor >= 0 {
		purpose = limitLines(wrap(list[cursor].Purpose, width), 2)
	}
	sections := []homeSection{
		{lines: []string{title, ""}},
		{lines: styled(s.Caution.Render, h.notices, width), prio: 7, gap: true},
		{lines: m.planLine(width)},
		{lines: m.glanceLines(width), prio: 5},
		{lines: m.outlookLines(width), prio: 4},
		{lines: m.functionHomeLines(width), prio: 4},
		{lines: m.whyLines(width), prio: 3},
		{lines: m.referralLines(width), prio: 6},
		{lines: append([]string{""}, m.routineLines(list, cursor, width)...)},
		{lines: styled(s.Muted.Render, purpose, width), prio: 2},
		{lines: []string{"", s.Muted.Render(fit("A coach, not a diagnosis: if something feels wrong, see a professional.", width))}, prio: 1},
		{lines: append([]string{""}, m.homeKeys(width)...)},
	}
	return layoutSections(sections, m.height)
}

// homeSection is a part of the home screen; prio 0 always shows, and the
// lowest other priority gives way first. gap adds a blank line after it.
type homeSection struct {
	lines []string
	prio  int
	gap   bool
}

func layoutSections(secs []homeSection, height int) string {
	size := func(x homeSection) int {
		if len(x.lines) == 0 {
			return 0
		}
		if x.gap {
			return len(x.lines) + 1
		}
		return len(x.lines)
	}
	total := 0
	for _, x := range secs {
		total += size(x)
	}
	for p := 1; total > height && p <= 7; p++ {
		for i := range secs {
			if secs[i].prio == p {
				total -= size(secs[i])
				secs[i].lines = nil
			}
		}
	}
	var out []string
	for _, x := range secs {
		if len(x.lines) == 0 {
			continue
		}
		out = append(out, x.lines...)
		if x.gap {
			out = append(out, "")
		}
	}
	return strings.Join(out, "\n")
}

func styled(render func(...string) string, texts []string, width int) []string {
	var out []string
	for _, t := range texts {
		for _, l := range wrap(t, width) {
			out = append(out, render(l))
		}
	}
	return out
}

// limitLines keeps at most n lines, marking a cut with an ellipsis.
func limitLines(lines []string, n int) []string {
	if len(lines) <= n {
		return lines
	}
	lines = append([]string(nil), lines[:n]...)
	lines[n-1] += " …"
	return lines
}

func (m *Model) routineLines(list []*routines.Routine, cursor, width int) []string {
	s := m.styles
	out := []string{s.Bold.Render("Choose a routine")}
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
		out = append(out, mark+line+strings.Repeat(" ", max(1, pad))+s.Muted.Render(meta))
	}
	return out
}

// homeKeys are the key lines of home; ? lists them all with their words.
func (m *Model) homeKeys(width int) []string {
	k := m.keys
	firsts := []key.Binding{k.Start, withHelp(k.Test, "d", "direction test")}
	if m.deps.Walks != nil {
		firsts = append(firsts, withHelp(k.Walk, "w", "log a walk"))
	}
	first := m.shortHelp(append(firsts, withHelp(k.Up, "↑/↓", "choose"), k.Quit, k.Help)...)
	second := m.shortHelp(withHelp(k.Test, "h", "history"), withHelp(k.Test, "t", "log a trigger"), withHelp(k.Test, "f", "function"),
		withHelp(k.Test, "l", "library"), withHelp(k.Test, "g", "guide"), withHelp(k.Test, "s", "settings"))
	return []string{fit(first, width), fit(second, width)}
}

// planLine shows the plan at a glance.
func (m *Model) planLine(width int) []string {
	s, p := m.styles, m.plan
	if p.Direction == "" || p.Stage == routines.StageFindDirection {
		return styled(s.Text.Render, []string{"Your plan: find your direction first. Press d for the direction test."}, width)
	}
	return styled(s.Text.Render, []string{app.PlanLine(m.deps.Catalog, p)}, width)
}

// outlookLines say in two lines at most what would move the plan forward
// or back (R19 to R23).
func (m *Model) outlookLines(width int) []string {
	line := app.OutlookLine(m.deps.Catalog, m.plan, m.clock.Now())
	if line == "" {
		return nil
	}
	return styled(m.styles.Text.Render, limitLines(wrap(line, width), 2), width)
}

// reviewPlan applies the rules across days (R21 to R23) as home opens,
// and keeps the plan when they changed it.
func (m *Model) reviewPlan() tea.Cmd {
	p, changes := coach.Review(m.plan, m.clock.Now())
	if len(changes) == 0 {
		return nil
	}
	m.plan = p
	return m.journal.add(flow.Plan{Plan: p})
}

// whyLines give the reason for the plan's last change, in two lines at most.
func (m *Model) whyLines(width int) []string {
	n := len(m.plan.Log)
	if n == 0 {
		return nil
	}
	why, most := "Why: "+m.plan.Log[n-1].Reason, 2
	if t := m.guidePageTitle(coach.GuidePageForChange(m.plan.Log[n-1])); t != "" {
		why, most = why+" More in the guide (g): "+t+".", 3
	}
	lines := limitLines(wrap(why, width), most)
	return styled(m.styles.Muted.Render, lines, width)
}

// referralLines show a calm suggestion to see a professional when the
// rules call for one (R16, R18).
func (m *Model) referralLines(width int) []string {
	progress := m.deps.Progress
	if m.glance.loaded && m.glance.err == nil {
		progress = m.glance.Progress
	}
	line := app.ReferralLine(m.plan, progress, m.clock.Now())
	if line == "" {
		return nil
	}
	return styled(m.styles.Caution.Render, []string{line}, width)
}
