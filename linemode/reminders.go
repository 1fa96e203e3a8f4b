package linemode

import (
	"fmt"
	"time"

	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/adherence"
	"github.com/centra-app/centra/routines/remind"
)

// homeReminder rings, while the person sits at the home menu of an
// interactive line mode, when a set falls due, and once more after the
// grace period (remind_again_minutes) if no set was started.
type homeReminder struct {
	rings []time.Time
	due   int64 // the due time, in Unix seconds, the rings are for
	rung  int
	// waiting is true while the home menu waits for an answer.
	waiting bool
}

// planRings plans the rings for the status the home menu shows.
func (a *app) planRings(st adherence.Status, now time.Time) {
	r := &a.reminder
	r.rings = nil
	cfg := config.Default()
	if a.d.Settings != nil {
		cfg = a.d.Settings.Config
	}
	if !a.d.Interactive || !cfg.Reminders {
		return
	}
	if d := st.Due.Unix(); d != r.due {
		r.due, r.rung = d, 0
	}
	for i, at := range remind.Rings(st, a.plan, now, cfg.RemindAgain) {
		if i >= r.rung {
			r.rings = append(r.rings, at)
		}
	}
}

// ringWake fires at the next ring while the home menu waits; nil when
// there is none.
func (a *app) ringWake() <-chan time.Time {
	r := &a.reminder
	if !r.waiting || len(r.rings) == 0 {
		return nil
	}
	return a.d.After(max(routines.WallDuration(a.clock, r.rings[0].Sub(a.clock.Now())), 0))
}

// ring says that a set is due, with the bell where the output rings.
func (a *app) ring() {
	r := &a.reminder
	r.rings, r.rung = r.rings[1:], r.rung+1
	fmt.Fprintln(a.out)
	if a.d.Bell {
		_, _ = fmt.Fprint(a.out, "\a") // a bell that cannot be written is no loss
	}
	a.say("A set is due now. Press Enter to start the suggested routine.")
}
