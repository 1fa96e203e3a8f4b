package coach

import "time"

// NextDue is when the next set is due: Every after the last set, moved
// into the waking hours. With no last set it is now, or the start of the
// next waking hours.
func (p Plan) NextDue(last, now time.Time) time.Time {
	due := now
	if !last.IsZero() {
		every := p.Every
		if every <= 0 {
			every = DefaultEvery
		}
		due = last.Add(every)
	}
	w := wakingOf(p)
	due = w.awake(due)
	// A set left due overnight is due again when the person wakes, not
	// since yesterday: at night nothing is overdue, and the first set of
	// the day falls due at the start of the waking hours.
	if start := w.start(now); due.Before(start) {
		due = start
	}
	return due
}

// waking is the plan's waking hours, from and to; they may run past
// midnight.
type waking struct{ from, to TimeOfDay }

// wakingOf is p's waking hours, the defaults when unset.
func wakingOf(p Plan) waking {
	if p.WakingFrom == 0 && p.WakingTo == 0 {
		return waking{DefaultWakingFrom, DefaultWakingTo}
	}
	return waking{p.WakingFrom, p.WakingTo}
}

// start is when the waking hours that now falls in began, or, at night,
// when the next ones begin.
func (w waking) start(now time.Time) time.Time {
	next := w.awake(now)
	if !next.Equal(now) {
		return next // asleep: the next waking hours
	}
	day := 0
	if w.from > w.to && TimeOfDay(now.Hour()*60+now.Minute()) < w.from {
		day = -1 // waking hours that began yesterday evening
	}
	return time.Date(now.Year(), now.Month(), now.Day()+day, int(w.from)/60, int(w.from)%60, 0, 0, now.Location())
}

// awake moves t to the next moment inside the waking hours.
func (w waking) awake(t time.Time) time.Time {
	from, to := w.from, w.to
	tod := TimeOfDay(t.Hour()*60 + t.Minute())
	at := func(dayOffset int) time.Time {
		return time.Date(t.Year(), t.Month(), t.Day()+dayOffset, int(from)/60, int(from)%60, 0, 0, t.Location())
	}
	switch {
	case from <= to && tod < from:
		return at(0)
	case from <= to && tod > to:
		return at(1)
	case from > to && tod > to && tod < from: // waking hours run past midnight
		return at(0)
	}
	return t
}
