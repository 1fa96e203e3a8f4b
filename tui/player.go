package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/flow"
)

// player is the session's timer screen: the exercise, its steps (with
// its figure in a wide window), the countdown and its bar, what comes
// next and the coach's last word, fitted to the window. The session
// (session.go) owns it and handles its keys; it also shows the coach's
// decisions (decision.go).
type player struct {
	*env
	flow          *flow.Flow
	width, height int
}

// barWidth is the progress bar's width, which also sets how often the
// timer needs to wake to move it: 60 cells at most up to 128 columns, then
// half the window, so that it grows with the digits on a big screen.
func (p *player) barWidth() int { return min(max(p.width-8, 10), max(60, (p.width-8)/2)) }

// clockRows is how many rows the countdown's digits may take: the classic
// five rows from 22 rows up, growing with taller windows so that they can
// be read from across the room, and a squat three in short windows.
func (p *player) clockRows() int {
	switch {
	case p.height >= 24:
		return max((p.height-14)/2, bigScales[1].rows())
	case p.height >= 22:
		return bigScales[1].rows()
	case p.height >= 16:
		return bigScales[0].rows()
	}
	return 1
}

// countdown is the countdown in the largest digits that fit, and the bar under
// it, which thickens with the digits.
func (p *player) countdown(st routines.Status, width int) (clock, bar string) {
	s := p.styles
	timer := clockText(st.Remaining)
	sc, ok := bigFit(timer, width, p.clockRows())
	if !ok {
		return s.Countdown.Render(timer), p.bar(p.barWidth(), 1, st.Progress())
	}
	return s.Countdown.Render(bigText(timer, sc)), p.bar(p.barWidth(), max(sc.halves/4, 1), st.Progress())
}

func (p *player) header() string {
	s, f := p.styles, p.flow
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
	gap := p.width - 2 - lipgloss.Width(left) - lipgloss.Width(right)
	return left + strings.Repeat(" ", max(gap, 1)) + s.Muted.Render(right) + "\n" +
		s.Rule.Render(strings.Repeat("─", max(p.width-2, 1)))
}

func (p *player) View(keys string) string {
	s := p.styles
	f := p.flow
	st := f.Runner().Status()
	if st.Exercise == nil {
		return p.header()
	}
	width := p.width - 2
	label, cue := p.phaseWords(st)

	clock, bar := p.countdown(st, width)
	status := label
	if st.Paused {
		status = "PAUSED · space to resume"
	}
	core := []string{s.Cue.Render(status), clock, bar, s.Bold.Render(cue)}

	// What must show: the header, the timer with its cue, the keys. The
	// rest gets the height left, in this order, and gives way from the
	// last: every step, the exercise's own cue (under the rep or hold
	// cue), the coach's last word, what comes next, the blank lines.
	head := p.header() + "\n" + s.Bold.Render(st.Exercise.Name) + s.Muted.Render("  "+st.Dose.String())
	room := p.height - lipgloss.Height(head) - lipgloss.Height(lipgloss.JoinVertical(lipgloss.Center, core...)) - 1
	if msg := p.saveStatus(); msg != "" {
		room -= lipgloss.Height(p.styles.App.Width(p.width).Render(msg))
	}
	take := func(lines []string) []string {
		if len(lines) > room {
			return nil
		}
		room -= len(lines)
		return lines
	}
	steps := p.stepsBeside(st, width, room)
	room -= len(steps)
	if l := p.exerciseCue(st, width); l != "" && take([]string{l}) != nil {
		core = append(core, s.Text.Render(l))
	}
	var said, next []string
	if d := f.Said(); d != nil && d.Reason != "" {
		var lines []string
		for i, l := range wrap(d.Reason, width-9) {
			prefix := "         "
			if i == 0 {
				prefix = padRight(lightWord(p.styles, d.Light), 9)
			}
			lines = append(lines, prefix+s.Text.Render(l))
		}
		said = take(lines)
	}
	switch {
	case f.Rechecking():
		next = take([]string{s.Muted.Render("When the rest ends, centra asks again how the pain is.")})
	case st.Next != nil:
		next = take([]string{s.Muted.Render("Next up: ") + s.Text.Render(st.Next.Name) + s.Muted.Render(" ("+st.NextDose.String()+")")})
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
func (p *player) exerciseCue(st routines.Status, width int) string {
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
func (p *player) stepLines(e *routines.Exercise, width int) []string {
	var lines []string
	for i, step := range e.Steps {
		for j, l := range wrap(step, width-4) {
			prefix := "    "
			if j == 0 {
				prefix = " " + itoa(i+1) + ". "
			}
			lines = append(lines, p.styles.Text.Render(prefix+l))
		}
	}
	return lines
}

// phaseWords says what is happening now and the cue under the bar.
func (p *player) phaseWords(st routines.Status) (label, cue string) {
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
