package linemode

import (
	"fmt"
	"time"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/adherence"
)

// reminder rings, while the person sits at the home menu of an
// interactive line mode, when a set falls due, and once more after the
// grace period (remind_again_minutes) if no set was started. Which rings
// are due is core.Reminder's, as on the screens.
type reminder struct {
	env   *env
	io    *term
	state core.Reminder
	rings []core.Ring
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
	r.rings = r.state.Rings(st, r.env.plan, now, cfg.RemindAgain)
}

// wake fires at the next ring while the home menu waits; nil when
// there is none.
func (r *reminder) wake() <-chan time.Time {
	if !r.waiting || len(r.rings) == 0 {
		return nil
	}
	return r.env.d.After(max(routines.WallDuration(r.env.clock, r.rings[0].At.Sub(r.env.clock.Now())), 0))
}

// ring says that a set is due, with the bell where the output rings.
func (r *reminder) ring() {
	next := r.rings[0]
	r.rings = r.rings[1:]
	if !r.state.Rang(next.N) {
		return
	}
	fmt.Fprintln(r.io.out)
	if r.env.d.Bell {
		_, _ = fmt.Fprint(r.io.out, "\a") // a bell that cannot be written is no loss
	}
	r.io.say("A set is due now. Press Enter to start the suggested routine.")
}
