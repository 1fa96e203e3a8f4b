package coach

import (
	"slices"
	"time"

	"github.com/centra-app/centra/routines"
)

// Red is a step of a direction that turned red (R5).
type Red struct {
	At    time.Time `json:"at"`
	Level int       `json:"level"`
	// Days lists the last days with a red in the direction, oldest first
	// ("2006-01-02"): red on RedDaysLost days running makes the direction
	// lost (R20).
	Days []string `json:"days,omitempty"`
}

// redMemory is what the plan remembers of reds, to read: when the last
// one was (R13), and for each direction its red step and days (R5, R20),
// beside the direction test's standing results.
type redMemory struct {
	last   time.Time
	reds   map[routines.Direction]Red
	tested map[routines.Direction]Tested
}

// redMemory is the plan's memory of reds.
func (p Plan) redMemory() redMemory { return redMemory{p.LastRed, p.Reds, p.Tested} }

// daysRunning counts the days in a row, ending on the day of at, with a
// red in direction d (R20).
func (m redMemory) daysRunning(d routines.Direction, at time.Time) int {
	r, ok := m.reds[d]
	if !ok {
		return 0
	}
	n, want := 0, dayKey(at)
	for i := len(r.Days) - 1; i >= 0 && r.Days[i] == want; i-- {
		n++
		want = dayBefore(want)
	}
	return n
}

// calmAfterRed is how long after a red the nerve slider and core work wait
// (R13), and how long a red keeps a direction below its red step (R5).
const calmAfterRed = 24 * time.Hour

// recent reports a moment less than a day before now; with no now, any
// moment on record counts, to be safe.
func recent(at, now time.Time) bool {
	return !at.IsZero() && (now.IsZero() || now.Sub(at) < calmAfterRed)
}

// recently reports a red less than a day before now (R13).
func (m redMemory) recently(now time.Time) bool { return recent(m.last, now) }

// on reports direction d red on the day of now (R20).
func (m redMemory) on(d routines.Direction, now time.Time) bool {
	r, ok := m.reds[d]
	return ok && sameDay(r.At, now)
}

// step is the step of a direction that turned red: in a session or test
// less than a day before now, or in the direction test's standing result
// (Tested). With both, the lower step wins.
func (m redMemory) step(d routines.Direction, now time.Time) (Red, bool) {
	r, ok := m.reds[d]
	ok = ok && r.Level > 0 && recent(r.At, now)
	if t, tested := m.tested[d]; tested && t.Light == LightRed && (!ok || t.Level < r.Level) {
		r, ok = Red{At: t.At, Level: t.Level}, true
	}
	return r, ok
}

// MarkRed notes a red from outside the coach, such as a worse answer whose
// recheck never came, and from the coach's own rules: when (for R13), and
// for a direction its step (R5).
func (p *Plan) MarkRed(at time.Time, f routines.Family, level int) {
	if at.After(p.LastRed) || p.LastRed.IsZero() {
		p.LastRed = at
	}
	// The day is a red day whatever made it so (a recheck, or a quit
	// before one): it never counts as steady (R21, R22).
	p.dayLog().noteLight(at, LightRed)
	if !f.Directional() {
		return
	}
	if p.Reds == nil {
		p.Reds = map[routines.Direction]Red{}
	}
	r := Red{At: at, Level: level}
	old := p.Reds[directionOf(f)].Days
	r.Days = slices.Clone(old)
	if k := dayKey(at); len(old) == 0 || old[len(old)-1] != k {
		r.Days = append(r.Days, k)
	}
	if n := len(r.Days); n > 7 {
		r.Days = r.Days[n-7:]
	}
	p.Reds[directionOf(f)] = r
}
