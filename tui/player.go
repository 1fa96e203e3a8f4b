package tui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/centra-app/centra/routines"
)

// barWidth is the progress bar's width, which also sets how often the
// timer needs to wake to move it.
func (m *Model) barWidth() int { return min(max(m.width-8, 10), 60) }

func (m *Model) sessionView() string {
	s := m.sess
	switch {
	case s.notice != nil:
		return m.noticeView(s.notice)
	case s.form != nil:
		return m.checkInView(s.form)
	}
	return m.playerView()
}

func (m *Model) header() string {
	s, st := m.styles, m.sess.runner.Status()
	left := s.Title.Render(m.sess.routine.Name)
	right := ""
	if st.Exercise != nil {
		right = "exercise " + itoa(st.Block) + " of " + itoa(st.Blocks) + " · set " + itoa(st.Set) + " of " + itoa(st.Sets)
	}
	gap := m.width - 2 - lipgloss.Width(left) - lipgloss.Width(right)
	return left + strings.Repeat(" ", max(gap, 1)) + s.Muted.Render(right) + "\n" +
		s.Rule.Render(strings.Repeat("─", max(m.width-2, 1)))
}

func (m *Model) playerView() string {
	s := m.styles
	st := m.sess.runner.Status()
	if st.Exercise == nil {
		return m.header()
	}
	width := m.width - 2
	label, cue := m.phaseWords(st)

	timer := clockText(st.Remaining)
	var clock string
	if bigWidth(timer) <= width && m.height >= 22 {
		clock = s.Countdown.Render(bigText(timer))
	} else {
		clock = s.Countdown.Render(timer)
	}
	status := label
	if st.Paused {
		status = "PAUSED · space to resume"
	}
	centre := lipgloss.JoinVertical(lipgloss.Center,
		s.Cue.Render(status),
		clock,
		m.bar(m.barWidth(), st.Progress()),
		s.Bold.Render(cue),
	)

	// Fixed parts first; the steps get whatever height is left.
	var tail []string
	if st.Next != nil {
		tail = append(tail, s.Muted.Render("Next up: ")+s.Text.Render(st.Next.Name)+s.Muted.Render(" ("+st.Next.Dose.String()+")"))
	} else {
		tail = append(tail, s.Muted.Render("Last exercise of this routine."))
	}
	if m.sess.said != "" {
		style := s.Good
		if !m.sess.saidOK {
			style = s.Caution
		}
		for _, l := range wrap(m.sess.said, width) {
			tail = append(tail, style.Render(l))
		}
	}
	tail = append(tail, m.shortHelp(m.keys.Pause, m.keys.Skip, m.keys.Back, m.keys.Quit, m.keys.Help))

	head := m.header() + "\n" + s.Bold.Render(st.Exercise.Name) + s.Muted.Render("  "+st.Dose.String())
	used := lipgloss.Height(head) + lipgloss.Height(centre) + len(tail) + 3
	steps := m.stepLines(st.Exercise, width, m.height-used)

	parts := []string{head}
	if steps != "" {
		parts = append(parts, steps)
	}
	parts = append(parts, "", lipgloss.PlaceHorizontal(width, lipgloss.Center, centre), "")
	parts = append(parts, tail...)
	return strings.Join(parts, "\n")
}

// stepLines renders the exercise's steps in at most n lines.
func (m *Model) stepLines(e *routines.Exercise, width, n int) string {
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
	if n <= 0 {
		return ""
	}
	if len(lines) > n {
		lines = append(lines[:n-1], m.styles.Muted.Render("    …"))
	}
	return strings.Join(lines, "\n")
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

func (m *Model) noticeView(n *notice) string {
	s := m.styles
	box := s.Box
	title := s.Title
	if n.urgent {
		box, title = s.StopBox, s.Stop
	}
	body := strings.Join(wrap(n.body, min(m.width-8, 72)), "\n")
	hint := "Press enter to go on."
	switch {
	case n.urgent:
		hint = "Press enter to close, q to quit centra."
	case n.leave:
		hint = "enter: leave · esc: carry on"
	}
	return m.header() + "\n\n" + box.Render(title.Render(n.title)+"\n\n"+s.Text.Render(body)) + "\n\n" + s.Muted.Render(hint)
}
