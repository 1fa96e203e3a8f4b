package app

import (
	"time"

	"github.com/centra-app/centra/routines/adherence"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/remind"
)

// Reminder is an open centra's reminder of the set that falls due, in
// both interfaces: the due time it is about, and how many times it has
// rung for it (at most twice: when the set falls due, and once more after
// the grace period if no set was started). It keeps no clock and rings
// nothing itself.
type Reminder struct {
	due  int64 // the due time, in Unix seconds, the rings are for
	rung int
}

// Ring is one ring to come: its number for the due time (from 0) and when.
type Ring struct {
	N  int
	At time.Time
}

// Rings are the rings still to come for the status st read at now (see
// remind.Rings), less those already rung for the same due time. A new due
// time starts again from its first ring.
func (r *Reminder) Rings(st adherence.Status, p coach.Plan, now time.Time, grace time.Duration) []Ring {
	if d := st.Due.Unix(); d != r.due {
		r.due, r.rung = d, 0
	}
	var out []Ring
	for i, at := range remind.Rings(st, p, now, grace) {
		if i >= r.rung {
			out = append(out, Ring{N: i, At: at})
		}
	}
	return out
}

// Rang records that ring n rang. It reports false for a ring already
// rung or passed over, which is not to ring again.
func (r *Reminder) Rang(n int) bool {
	if n < r.rung {
		return false
	}
	r.rung = n + 1
	return true
}
