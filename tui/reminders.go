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

// scheduleRings plans the reminder's rings from the glance just read.
func (m *Model) scheduleRings() tea.Cmd {
	r := &m.remind
	r.gen++
	cfg, g := m.prefs.cfg, m.glance
	if !cfg.Reminders || !g.loaded || g.err != nil {
		return nil
	}
	if d := g.Status.Due.Unix(); d != r.due {
		r.due, r.rung = d, 0
	}
	now := m.clock.Now()
	var cmds []tea.Cmd
	for i, at := range remind.Rings(g.Status, m.plan, g.Now, cfg.RemindAgain) {
		if i < r.rung {
			continue
		}
		wait := max(routines.WallDuration(m.clock, at.Sub(now)), 0)
		cmds = append(cmds, m.after(wait, ringMsg{gen: r.gen, i: i}))
	}
	return tea.Batch(cmds...)
}

// ring rings for a due set, unless a set is under way, and reads the
// glance again so that home says the set is due now.
func (m *Model) ring(msg ringMsg) tea.Cmd {
	r := &m.remind
	if msg.gen != r.gen || msg.i < r.rung {
		return nil
	}
	if m.sess != nil && !m.sess.flow.Ended() {
		return nil // a set was started: no reminder needed
	}
	r.rung = msg.i + 1
	return tea.Batch(tea.Raw("\a"), m.loadGlance())
}
