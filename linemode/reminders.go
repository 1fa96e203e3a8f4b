package linemode

import (
	"fmt"
	"time"

	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/adherence"
	"github.com/centra-app/centra/routines/remind"
)

// reminder rings, while the person sits at the home menu of an
// interactive line mode, when a set falls due, and once more after the
// grace period (remind_again_minutes) if no set was started.
type reminder struct {
	env   *env
	io    *term
	rings []time.Time
	due   int64 // the due time, in Unix seconds, the rings are for
	rung  int
	// waiting is true while the home menu waits for an answer.
	waiting bool
}

// plan plans the rings for the status the home menu shows.
func (r *reminder) plan(st adherence.Status, now time.Time) {
	r.rings = nil
	cfg := config.Default()
	if r.env.d.Settings != nil {
		cfg = r.env.d.Settings.Config
	}
	if !r.env.d.Interactive || !cfg.Reminders {
		return
	}
	if d := st.Due.Unix(); d != r.due {
		r.due, r.rung = d, 0
	}
	for i, at := range remind.Rings(st, r.env.plan, now, cfg.RemindAgain) {
		if i >= r.rung {
			r.rings = append(r.rings, at)
		}
	}
}

// wake fires at the next ring while the home menu waits; nil when
// there is none.
func (r *reminder) wake() <-chan time.Time {
	if !r.waiting || len(r.rings) == 0 {
		return nil
	}
	return r.env.d.After(max(routines.WallDuration(r.env.clock, r.rings[0].Sub(r.env.clock.Now())), 0))
}

// ring says that a set is due, with the bell where the output rings.
func (r *reminder) ring() {
	r.rings, r.rung = r.rings[1:], r.rung+1
	fmt.Fprintln(r.io.out)
	if r.env.d.Bell {
		_, _ = fmt.Fprint(r.io.out, "\a") // a bell that cannot be written is no loss
	}
	r.io.say("A set is due now. Press Enter to start the suggested routine.")
}
