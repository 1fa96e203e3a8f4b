package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
)

// reminder is the open centra's reminder of the set that falls due: which
// rings are still to come is app.Reminder's, as in the line mode; gen
// drops the rings planned before the last read of the glance.
type reminder struct {
	gen   int
	rings app.Reminder
}

// ringMsg rings the i-th reminder of the due set; gen drops stale ones.
type ringMsg struct{ gen, i int }

// schedule plans the reminder's rings from the glance just read.
func (r *reminder) schedule(e *env) tea.Cmd {
	r.gen++
	cfg, g := e.prefs.cfg, e.glance
	if !cfg.Reminders || !g.loaded || g.err != nil {
		return nil
	}
	now := e.clock.Now()
	var cmds []tea.Cmd
	for _, ring := range r.rings.Rings(g.Status, e.plan, g.Now, cfg.RemindAgain) {
		wait := max(routines.WallDuration(e.clock, ring.At.Sub(now)), 0)
		cmds = append(cmds, e.after(wait, ringMsg{gen: r.gen, i: ring.N}))
	}
	return tea.Batch(cmds...)
}

// ring reports whether to ring for a due set: not for a stale ring, nor
// while a set is under way (busy).
func (r *reminder) ring(msg ringMsg, busy bool) bool {
	if msg.gen != r.gen || busy {
		return false // a set was started: no reminder needed
	}
	return r.rings.Rang(msg.i)
}
