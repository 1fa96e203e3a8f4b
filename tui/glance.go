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

// glanceLines renders the glance: today's sets, today's walks, the last
// session.
func (h homePage) glanceLines(width int) []string {
	s, g := h.styles, h.glance
	if !g.loaded || g.err != nil {
		return nil
	}
	var out []string
	style := s.Text
	if g.Status.Overdue {
		style = s.Caution
	}
	out = append(out, styled(style.Render, limitLines(wrap(g.TodayLine(), width), 2), width)...)
	if line := g.walks.Line(); line != "" {
		out = append(out, styled(s.Text.Render, limitLines(wrap(line, width), 2), width)...)
	}
	if line := g.LastLine(); line != "" {
		out = append(out, s.Muted.Render(fit(line, width)))
	}
	return out
}
