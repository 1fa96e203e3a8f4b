package tui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/centra-app/centra/routines/coach"
)

// decisionView shows a coaching decision that waits to be read: what was
// decided, why, and what changed in the session.
func (p *player) decisionView(d *coach.Decision, changed string) string {
	s := p.styles
	if d == nil {
		return p.header()
	}
	f := p.flow
	stop := d.Action.Stops()
	box, title := s.Box, s.Title
	if stop {
		box, title = s.StopBox, s.Stop
	}
	width := min(p.width-8, 72)
	hint := "Press enter to go on."
	switch {
	case stop:
		hint = "Press enter to close, q to quit centra."
	case f.Ended():
		hint = "Press enter to finish."
	}
	if t := p.guidePageTitle(d.GuidePage()); t != "" {
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
		out := p.header() + "\n\n" + box.Render(p.decisionText(d, changed, evidence, notes, width, title)) + "\n\n" + s.Muted.Render(hint)
		if notes <= 1 || lipgloss.Height(out) <= p.height {
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
func (p *player) decisionText(d *coach.Decision, changed string, evidence []string, notes, width int, title lipgloss.Style) string {
	s := p.styles
	var b strings.Builder
	b.WriteString(title.Render(d.Title()))
	if w := lightWord(p.styles, d.Light); w != "" {
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
				mark := "  "
				if i == 0 {
					mark = "• "
				}
				b.WriteString("\n" + s.Text.Render(mark+l))
			}
		}
	}
	return b.String()
}
