package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
)

// barWidth is the progress bar's width, which also sets how often the
// timer needs to wake to move it: 60 cells at most up to 128 columns, then
// half the window, so that it grows with the digits on a big screen.
func (m *Model) barWidth() int { return min(max(m.width-8, 10), max(60, (m.width-8)/2)) }

// clockRows is how many rows the countdown's digits may take: the classic
// five rows from 22 rows up, growing with taller windows so that they can
// be read from across the room, and a squat three in short windows.
func (m *Model) clockRows() int {
	switch {
	case m.height >= 24:
		return max((m.height-14)/2, bigScales[1].rows())
	case m.height >= 22:
		return bigScales[1].rows()
	case m.height >= 16:
		return bigScales[0].rows()
	}
	return 1
}

// countdown is the countdown in the largest digits that fit, and the bar under
// it, which thickens with the digits.
func (m *Model) countdown(st routines.Status, width int) (clock, bar string) {
	s := m.styles
	timer := clockText(st.Remaining)
	sc, ok := bigFit(timer, width, m.clockRows())
	if !ok {
		return s.Countdown.Render(timer), m.bar(m.barWidth(), 1, st.Progress())
	}
	return s.Countdown.Render(bigText(timer, sc)), m.bar(m.barWidth(), max(sc.halves/4, 1), st.Progress())
}

func (m *Model) sessionView() string {
	s := m.sess
	f := s.flow
	switch {
	case s.intro:
		return m.testIntroView()
	case s.leaving:
		return m.leavingView()
	case f.Need() == flow.NeedAck:
		d, changed := f.Shown()
		return m.decisionView(d, changed)
	case s.form != nil:
		return m.checkInView(s.form)
	case f.Runner() == nil:
		return m.header()
	}
	return m.playerView()
}

func (m *Model) header() string {
	s, f := m.styles, m.sess.flow
	left := s.Title.Render(f.Routine().Name)
	right := ""
	var st routines.Status
	if f.Runner() != nil {
		st = f.Runner().Status()
	}
	switch {
	case f.Rechecking():
		right = "recheck rest"
	case f.Kind() == flow.KindTest && st.Exercise != nil:
		right = "test set"
	case st.Exercise != nil:
		right = "exercise " + itoa(st.Block) + " of " + itoa(st.Blocks) + " · set " + itoa(st.Set) + " of " + itoa(st.Sets)
	}
	gap := m.width - 2 - lipgloss.Width(left) - lipgloss.Width(right)
	return left + strings.Repeat(" ", max(gap, 1)) + s.Muted.Render(right) + "\n" +
		s.Rule.Render(strings.Repeat("─", max(m.width-2, 1)))
}

func (m *Model) playerView() string {
	s := m.styles
	f := m.sess.flow
	st := f.Runner().Status()
	if st.Exercise == nil {
		return m.header()
	}
	width := m.width - 2
	label, cue := m.phaseWords(st)

	clock, bar := m.countdown(st, width)
	status := label
	if st.Paused {
		status = "PAUSED · space to resume"
	}
	core := []string{s.Cue.Render(status), clock, bar, s.Bold.Render(cue)}

	// What must show: the header, the timer with its cue, the keys. The
	// rest gets the height left, in this order, and gives way from the
	// last: every step, the exercise's own cue (under the rep or hold
	// cue), the coach's last word, what comes next, the blank lines.
	head := m.header() + "\n" + s.Bold.Render(st.Exercise.Name) + s.Muted.Render("  "+st.Dose.String())
	keys := m.shortHelp(m.playerKeys(false)...)
	room := m.height - lipgloss.Height(head) - lipgloss.Height(lipgloss.JoinVertical(lipgloss.Center, core...)) - 1
	if msg := m.saveStatus(); msg != "" {
		room -= lipgloss.Height(m.styles.App.Width(m.width).Render(msg))
	}
	take := func(lines []string) []string {
		if len(lines) > room {
			return nil
		}
		room -= len(lines)
		return lines
	}
	steps := m.stepsBeside(st, width, room)
	room -= len(steps)
	if l := m.exerciseCue(st, width); l != "" && take([]string{l}) != nil {
		core = append(core, s.Text.Render(l))
	}
	var said, next []string
	if d := f.Said(); d != nil && d.Reason != "" {
		var lines []string
		for i, l := range wrap(d.Reason, width-9) {
			prefix := "         "
			if i == 0 {
				prefix = padRight(m.lightWord(d.Light), 9)
			}
			lines = append(lines, prefix+s.Text.Render(l))
		}
		said = take(lines)
	}
	switch {
	case f.Rechecking():
		next = take([]string{s.Muted.Render("When the rest ends, centra asks again how the pain is.")})
	case st.Next != nil:
		next = take([]string{s.Muted.Render("Next up: ") + s.Text.Render(st.Next.Name) + s.Muted.Render(" ("+st.Next.Dose.String()+")")})
	case f.Kind() == flow.KindRoutine:
		next = take([]string{s.Muted.Render("Last exercise of this routine.")})
	}
	above, below := take([]string{""}), take([]string{""})

	parts := append([]string{head}, steps...)
	parts = append(parts, above...)
	parts = append(parts, centred(width, core...))
	parts = append(parts, below...)
	parts = append(parts, next...)
	parts = append(parts, said...)
	parts = append(parts, keys)
	return strings.Join(parts, "\n")
}

// cutLines keeps at most n lines, the last of them a mark that more was
// cut.
func cutLines(lines []string, n int, more string) []string {
	if n <= 0 {
		return nil
	}
	return append(lines[:n-1:n-1], more)
}

// exerciseCue is the exercise's own cue for the line under the rep or
// hold cue, which takes the cue's place in the middle: every cue when
// they fit on the line, else one at a time, in turn with the reps or
// holds, so that each is seen. A timed set shows its first cue in the
// middle and the others here.
func (m *Model) exerciseCue(st routines.Status, width int) string {
	if st.Phase.Kind != routines.PhaseWork {
		return ""
	}
	cues, n := st.Exercise.Cues, 0
	switch st.Dose.Kind {
	case routines.DoseReps:
		n = st.Rep
	case routines.DoseHolds:
		n = st.Hold
	default:
		if len(cues) > 0 {
			cues = cues[1:]
		}
	}
	if len(cues) == 0 {
		return ""
	}
	if all := strings.Join(cues, " · "); lipgloss.Width(all) <= width {
		return all
	}
	return ansi.Truncate(cues[max(n-1, 0)%len(cues)], width, "…")
}

// stepLines renders the exercise's steps, wrapped to the width.
func (m *Model) stepLines(e *routines.Exercise, width int) []string {
	var lines []string
	for i, step := range e.Steps {
		for j, l := range wrap(step, width-4) {
			prefix := "    "
			if j == 0 {
				prefix = " " + itoa(i+1) + ". "
			}
			lines = append(lines, m.styles.Text.Render(prefix+l))
		}
	}
	return lines
}

// phaseWords says what is happening now and the cue under the bar.
func (m *Model) phaseWords(st routines.Status) (label, cue string) {
	side := ""
	if st.Phase.Side > 0 {
		side = " · side " + itoa(st.Phase.Side) + " of 2"
	}
	switch st.Phase.Kind {
	case routines.PhaseGetReady:
		label = "Get ready"
		cue = "Get into position"
		if st.Remaining <= 3e9 {
			cue = clockText(st.Remaining) + "…"
			cue = strings.TrimPrefix(cue, "0:0")
		}
	case routines.PhaseWork:
		switch st.Dose.Kind {
		case routines.DoseReps:
			label = "Rep " + itoa(st.Rep) + " of " + itoa(st.Reps) + side
			cue = strings.ToUpper(st.Beat.Cue)
		case routines.DoseHolds:
			label = "Hold " + itoa(st.Hold) + " of " + itoa(st.Holds) + side
			cue = "HOLD"
		default:
			label = "Stay here" + side
			if len(st.Exercise.Cues) > 0 {
				cue = st.Exercise.Cues[0]
			}
		}
	case routines.PhaseRelax:
		label = "Relax" + side
		cue = "Next hold coming"
	case routines.PhaseSwitch:
		label = "Switch sides"
		cue = "Change to the other side"
	case routines.PhaseRest:
		label = "Rest"
		cue = "Next: set " + itoa(st.Set) + " of " + itoa(st.Sets)
	}
	return label, cue
}

// decisionView shows a coaching decision that waits to be read: what was
// decided, why, and what changed in the session.
func (m *Model) decisionView(d *coach.Decision, changed string) string {
	s := m.styles
	if d == nil {
		return m.header()
	}
	f := m.sess.flow
	stop := d.Action.Stops()
	box, title := s.Box, s.Title
	if stop {
		box, title = s.StopBox, s.Stop
	}
	width := min(m.width-8, 72)
	hint := "Press enter to go on."
	switch {
	case stop:
		hint = "Press enter to close, q to quit centra."
	case f.Ended():
		hint = "Press enter to finish."
	}
	if t := m.guidePageTitle(d.GuidePage()); t != "" {
		hint = strings.TrimSuffix(hint, ".") + "; r reads why: " + t + "."
	}
	// The evidence shows its last notes, at most three, and fewer when
	// the window is short, so that the box and the hint always fit.
	var evidence []string
	if res := f.Result(); res != nil && !stop {
		evidence = res.Evidence
	}
	notes := min(len(evidence), maxNotes)
	for {
		out := m.header() + "\n\n" + box.Render(m.decisionText(d, changed, evidence, notes, width, title)) + "\n\n" + s.Muted.Render(hint)
		if notes <= 1 || lipgloss.Height(out) <= m.height {
			return out
		}
		notes--
	}
}

// maxNotes is how many notes of a direction test's evidence its result
// shows; the history's direction tests keep them all.
const maxNotes = 3

// decisionText is the inside of the decision box, with the last notes of
// the evidence.
func (m *Model) decisionText(d *coach.Decision, changed string, evidence []string, notes, width int, title lipgloss.Style) string {
	s := m.styles
	var b strings.Builder
	b.WriteString(title.Render(d.Title()))
	if w := m.lightWord(d.Light); w != "" {
		b.WriteString("  " + w)
	}
	b.WriteString("\n\n" + s.Text.Render(strings.Join(wrap(d.Reason, width), "\n")))
	if changed != "" {
		b.WriteString("\n\n" + s.Bold.Render(strings.Join(wrap(changed, width), "\n")))
	}
	if len(evidence) > 0 {
		b.WriteString("\n\n" + s.Bold.Render("What you told centra:"))
		if earlier := len(evidence) - notes; earlier > 0 {
			b.WriteString("\n" + s.Muted.Render("… and "+plural(earlier, "earlier note")))
		}
		for _, e := range evidence[len(evidence)-notes:] {
			for i, l := range wrap(e, width-2) {
				p := "  "
				if i == 0 {
					p = "• "
				}
				b.WriteString("\n" + s.Text.Render(p+l))
			}
		}
	}
	return b.String()
}

func (m *Model) leavingView() string {
	s := m.styles
	return m.header() + "\n\n" + s.Box.Render(s.Title.Render("Leave this session?")+"\n\n"+
		s.Text.Render("What you have done so far is saved.")) + "\n\n" + m.shortHelp(m.sessionKeys()...)
}

// testIntroView says in a few lines what the direction test does.
func (m *Model) testIntroView() string {
	s := m.styles
	width := min(m.width-4, 76)
	text := []string{
		"This test looks for the direction of movement that helps your leg pain: the one that draws it up toward your back.",
		"First you say how the pain is now. Then you do short sets of one movement, gentlest first, and after each set you say where the pain went. If it spreads further down your leg, you rest and check again; if it stays worse, centra stops that movement and tries another.",
		"It usually takes 10 to 20 minutes. You can stop at any time with q; what you did is kept.",
	}
	var b strings.Builder
	b.WriteString(m.header() + "\n\n")
	for _, t := range text {
		b.WriteString(s.Text.Render(strings.Join(wrap(t, width), "\n")) + "\n\n")
	}
	b.WriteString(m.shortHelp(m.sessionKeys()...))
	return b.String()
}
