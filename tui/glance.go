package tui

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines/coach"
)

// glance is the home screen's view of recent days (app.Glance), once read.
type glance struct {
	app.Glance
	loaded bool
	err    error
	// walks is today's walking suggestion, when the walk log is there.
	walks coach.WalkAdvice
}

// glanceMsg carries a loaded glance; gen drops stale ones.
type glanceMsg struct {
	gen int
	g   glance
}

// loadGlance reads the glance in a command, never in View. Home opening is
// also when the rules across days look at the plan (reviewPlan).
func (h *home) loadGlance() tea.Cmd {
	save := h.reviewPlan()
	r, walks := h.deps.History, h.deps.Walks
	if r == nil {
		return save
	}
	h.glanceGen++
	gen, now, plan := h.glanceGen, h.clock.Now(), h.plan
	return tea.Batch(save, func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		g, err := app.ReadGlance(ctx, r, plan, now)
		out := glance{Glance: g, loaded: true, err: err}
		if walks != nil && err == nil {
			out.walks, out.err = app.ReadWalks(ctx, walks, plan, now)
		}
		return glanceMsg{gen: gen, g: out}
	}, h.loadFunctionState())
}

// takeGlance takes in a glance read, unless a newer read has been asked
// for since; it reports whether it took it.
func (h *home) takeGlance(msg glanceMsg) bool {
	if msg.gen != h.glanceGen {
		return false
	}
	h.glance = msg.g
	return true
}

// todayLines say today's sets against the target and when the next set
// is due, in at most most lines.
func (h homePage) todayLines(width, most int) []string {
	s, g := h.styles, h.glance
	if !g.loaded || g.err != nil {
		return nil
	}
	style := s.Text
	if g.Status.Overdue {
		style = s.Caution
	}
	return styled(style.Render, limitLines(wrap(g.TodayLine(), width), most), width)
}

// walkLines say today's walks against the suggestion.
func (h homePage) walkLines(width int) []string {
	g := h.glance
	if !g.loaded || g.err != nil {
		return nil
	}
	if line := g.walks.Line(); line != "" {
		return styled(h.styles.Text.Render, limitLines(wrap(line, width), 2), width)
	}
	return nil
}

// lastLines say how the last session went.
func (h homePage) lastLines(width int) []string {
	g := h.glance
	if !g.loaded || g.err != nil {
		return nil
	}
	if line := g.LastLine(); line != "" {
		return []string{h.styles.Muted.Render(fit(line, width))}
	}
	return nil
}
