package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/remind"
)

// reminder is the open centra's reminder of the set that falls due: the
// due time it is about, and how many times it has rung for it (at most
// twice: when it falls due, and once more after the grace period when no
// set was started).
type reminder struct {
	gen  int
	due  int64 // the due time, in Unix seconds, the rings are for
	rung int
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
	if d := g.Status.Due.Unix(); d != r.due {
		r.due, r.rung = d, 0
	}
	now := e.clock.Now()
	var cmds []tea.Cmd
	for i, at := range remind.Rings(g.Status, e.plan, g.Now, cfg.RemindAgain) {
		if i < r.rung {
			continue
		}
		wait := max(routines.WallDuration(e.clock, at.Sub(now)), 0)
		cmds = append(cmds, e.after(wait, ringMsg{gen: r.gen, i: i}))
	}
	return tea.Batch(cmds...)
}

// ring reports whether to ring for a due set: not for a stale ring, nor
// while a set is under way (busy).
func (r *reminder) ring(msg ringMsg, busy bool) bool {
	if msg.gen != r.gen || msg.i < r.rung || busy {
		return false // a set was started: no reminder needed
	}
	r.rung = msg.i + 1
	return true
}
