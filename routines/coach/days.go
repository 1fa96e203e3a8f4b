package coach

import (
	"fmt"
	"slices"
	"time"

	"github.com/centra-app/centra/routines"
)

// DayLog sums up one calendar day as the sessions left it: what the plan
// asked for that was done, and how the symptoms went. Every check-in of a
// routine feeds it, so the rules across days (R19 to R24) read the whole
// history without going back to the store. The plan keeps the last
// keptDays days.
type DayLog struct {
	// Date is the day, "2006-01-02", in the time zone of its check-ins.
	Date string `json:"date"`
	// Sessions counts the sessions with a set done; Relief those with a
	// set in the plan's direction.
	Sessions int `json:"sessions,omitempty"`
	Relief   int `json:"relief,omitempty"`
	// Core, Slider and Routine say whether core work, the nerve slider and
	// the daily maintenance routine were done that day.
	Core    bool `json:"core,omitempty"`
	Slider  bool `json:"slider,omitempty"`
	Routine bool `json:"routine,omitempty"`
	// CheckIns counts the day's check-ins; First, Best, Worst and Last say
	// how far down the symptoms reached (pain or tingling) at the first, at
	// the best, at the worst and at the last of them.
	CheckIns int            `json:"check_ins,omitempty"`
	First    routines.Reach `json:"first"`
	Best     routines.Reach `json:"best"`
	Worst    routines.Reach `json:"worst"`
	Last     routines.Reach `json:"last"`
	// WorstTingling says the day's worst reach was the tingling or
	// numbness, reaching further down than the pain (R17), so the reasons
	// name it rather than the pain.
	WorstTingling bool `json:"worst_tingling,omitempty"`
	// LegMax and LegLast are the day's highest and last leg pain.
	LegMax  int `json:"leg_max"`
	LegLast int `json:"leg_last"`
	// Red and Amber say a set turned red or amber that day; Centralized
	// that a set centralized or abolished the pain.
	Red         bool `json:"red,omitempty"`
	Amber       bool `json:"amber,omitempty"`
	Centralized bool `json:"centralized,omitempty"`
	// Flag says a red flag stopped the exercises that day (R1, R2): such a
	// day is never a steady one (R21, R22), whatever its check-ins said.
	Flag bool `json:"flag,omitempty"`
}

// keptDays is how many days the plan keeps: the longest look-back of the
// rules across days (7 days for R22), with room for adjusted settings.
const keptDays = 30

// dayKey is the calendar day of t, in t's time zone.
func dayKey(t time.Time) string { return t.Format(time.DateOnly) }

// dayBefore is the calendar day before the day key k.
func dayBefore(k string) string {
	t, err := time.Parse(time.DateOnly, k)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, -1).Format(time.DateOnly)
}

// sameDay reports two moments on the same calendar day, in now's zone.
func sameDay(at, now time.Time) bool {
	return !at.IsZero() && !now.IsZero() && dayKey(at.In(now.Location())) == dayKey(now)
}

// dayLogs is the plan's day log (Plan.Days), oldest first, as the rules
// write and read it.
type dayLogs []DayLog

// dayLog is the plan's day log, to write.
func (p *Plan) dayLog() *dayLogs { return (*dayLogs)(&p.Days) }

// Day returns the log of the day of t (a zero log with its date when
// nothing happened that day).
func (p Plan) Day(t time.Time) DayLog {
	k := dayKey(t)
	for _, d := range p.Days {
		if d.Date == k {
			return d
		}
	}
	return DayLog{Date: k}
}

// day returns the log of the day of t for writing, adding it when new and
// dropping the oldest beyond keptDays.
func (ds *dayLogs) day(t time.Time) *DayLog {
	k := dayKey(t)
	for i := range *ds {
		if (*ds)[i].Date == k {
			return &(*ds)[i]
		}
	}
	*ds = append(*ds, DayLog{Date: k})
	slices.SortFunc(*ds, func(a, b DayLog) int {
		switch {
		case a.Date < b.Date:
			return -1
		case a.Date > b.Date:
			return 1
		}
		return 0
	})
	if n := len(*ds); n > keptDays {
		*ds = slices.Delete(*ds, 0, n-keptDays)
	}
	for i := range *ds {
		if (*ds)[i].Date == k {
			return &(*ds)[i]
		}
	}
	return &(*ds)[len(*ds)-1]
}

// noteCheckIn adds a check-in to its day.
func (ds *dayLogs) noteCheckIn(c routines.CheckIn) {
	if c.At.IsZero() {
		return
	}
	d := ds.day(c.At)
	r := extent(c)
	if d.CheckIns == 0 {
		d.First, d.Best, d.Worst = r, r, r
		d.WorstTingling = r > c.Reach
	}
	switch {
	case r > d.Worst:
		d.WorstTingling = r > c.Reach
	case r == d.Worst && r == c.Reach:
		d.WorstTingling = false // the pain itself reached as far
	}
	d.CheckIns++
	d.Best, d.Worst, d.Last = min(d.Best, r), max(d.Worst, r), r
	d.LegMax, d.LegLast = max(d.LegMax, c.LegPain), c.LegPain
}

// noteLight adds a set's traffic light to its day.
func (ds *dayLogs) noteLight(at time.Time, l Light) {
	if at.IsZero() {
		return
	}
	d := ds.day(at)
	switch l {
	case LightRed:
		d.Red = true
	case LightAmber:
		d.Amber = true
	case LightGreen:
		d.Centralized = true
	}
}

// steady is R21's "stable or centralizing with no red": the day has
// check-ins, no set was red or amber, and the symptoms never reached
// further down than at the day's first check-in.
func (d DayLog) steady() bool {
	return d.CheckIns > 0 && !d.Red && !d.Amber && d.Worst <= d.First
}

// settled is R21's "centralized to the back, or leg pain at most n/10":
// the day ended with the pain in the back only and no red, or the leg pain
// stayed at n or less all day.
func (d DayLog) settled(n int) bool {
	return d.CheckIns > 0 && !d.Red && (d.Last <= routines.ReachOneSide || d.LegMax <= n)
}

// painFree is R22's "no leg pain": the symptoms reached no further than
// one side of the back and the leg pain stayed at 1/10 or less all day.
func (d DayLog) painFree() bool {
	return d.CheckIns > 0 && !d.Red && d.Worst <= maintenanceReach && d.LegMax <= maintenanceLegPain
}

// run counts the days in a row, ending with the last day with check-ins
// before today, for which ok holds. Days follow the calendar: a day
// without check-ins ends the run, and a day with a red or a red-flag stop
// but no check-in of its own (a red in the direction test) is not skipped:
// it ends the run too.
func (ds dayLogs) run(today string, ok func(DayLog) bool) int {
	n, want := 0, ""
	for i := len(ds) - 1; i >= 0; i-- {
		d := ds[i]
		if d.Date >= today || (d.CheckIns == 0 && !d.Red && !d.Flag) {
			continue
		}
		if want != "" && d.Date != want {
			break
		}
		if !ok(d) {
			break
		}
		n++
		want = dayBefore(d.Date)
	}
	return n
}

// flare is R23: the latest day with check-ins (today or before) reached at
// least one region further down than the best of the FlareDays before it,
// or its leg pain rose FlareLegRise points or more over their average. It
// returns the day and the reason.
func (ds dayLogs) flare(today string, prog Program) (string, string, bool) {
	for i := len(ds) - 1; i >= 0; i-- {
		if ds[i].CheckIns > 0 && ds[i].Date <= today {
			why, ok := ds.flareAt(i, prog)
			return ds[i].Date, why, ok
		}
	}
	return "", "", false
}

// flareAt judges the day ds[i] against the FlareDays before it (R23) and
// says why it is a flare. Further down counts only when the pain left the
// back: a day that stays within "no leg pain" (R22: no further than one
// side of the back, leg pain at most 1/10) is not clearly worse than a day
// with the pain in the centre, whatever the ups and downs inside the back.
func (ds dayLogs) flareAt(i int, prog Program) (string, bool) {
	if i < 1 || i >= len(ds) || ds[i].CheckIns == 0 {
		return "", false
	}
	d := ds[i]
	oldest, err := time.Parse(time.DateOnly, d.Date)
	if err != nil {
		return "", false
	}
	from := oldest.AddDate(0, 0, -prog.FlareDays).Format(time.DateOnly)
	best, sum, n := routines.ReachFoot+1, 0, 0
	for _, e := range ds[:i] {
		if e.CheckIns == 0 || e.Date < from {
			continue
		}
		best, sum, n = min(best, e.Worst), sum+e.LegMax, n+1
	}
	if n == 0 {
		return "", false
	}
	avg := float64(sum) / float64(n)
	switch {
	case d.Worst > best && d.Worst > maintenanceReach:
		what := "The pain"
		if d.WorstTingling {
			what = "The tingling or numbness"
		}
		return fmt.Sprintf("%s reached %s, further down than on your best recent day (%s).",
			what, place(d.Worst), place(best)), true
	case float64(d.LegMax) >= avg+float64(prog.FlareLegRise):
		return fmt.Sprintf("Your leg pain reached %d/10, %d points or more above your recent days.",
			d.LegMax, prog.FlareLegRise), true
	}
	return "", false
}

// rough reports a day of p that cannot count as steady or settled in any run of
// days (R21, R22), whatever its check-ins said: a set turned red that day,
// in a session or in the direction test (R5, R20); a red flag stopped the
// exercises (R1, R2); or the day was a flare (R23), judged then or now.
// The plan's memory of reds and its log of holds cover days logged before
// the day log kept them.
func rough(p Plan, d DayLog, prog Program) bool {
	if d.Red || d.Flag || d.Date == p.Flared {
		return true
	}
	for _, r := range p.Reds {
		if slices.Contains(r.Days, d.Date) {
			return true
		}
	}
	for _, t := range p.Tested {
		if t.Light == LightRed && !t.At.IsZero() && dayKey(t.At) == d.Date {
			return true
		}
	}
	if !p.LastRed.IsZero() && dayKey(p.LastRed) == d.Date {
		return true
	}
	for _, c := range p.Log {
		if c.What == "hold" && c.To != "" && dayKey(c.At) == d.Date {
			return true
		}
	}
	ds := dayLogs(p.Days)
	if i := slices.IndexFunc(ds, func(e DayLog) bool { return e.Date == d.Date }); i >= 0 {
		if _, ok := ds.flareAt(i, prog); ok {
			return true
		}
	}
	return false
}

// calmRun is run for the days of p that are not rough.
func calmRun(p Plan, today string, prog Program, ok func(DayLog) bool) int {
	return dayLogs(p.Days).run(today, func(d DayLog) bool { return !rough(p, d, prog) && ok(d) })
}

// KeepDone keeps in p's day log what a plan saved meanwhile by another
// window already counted: for each day in both, the larger count and
// whatever was done. Two centra windows each hold the plan they loaded, and
// the last to save writes the whole plan; without this, a window that sat
// on home while another ran a session could save the day back to what it
// knew, and the sets done in the other window would no longer count. The
// symptoms of the day stay p's: it saw its own check-ins last.
func (p Plan) KeepDone(saved Plan) Plan {
	byDate := make(map[string]DayLog, len(saved.Days))
	for _, d := range saved.Days {
		byDate[d.Date] = d
	}
	out := p.Clone()
	for _, s := range saved.Days {
		if slices.IndexFunc(out.Days, func(d DayLog) bool { return d.Date == s.Date }) < 0 {
			*out.dayLog().day(mustDate(s.Date)) = s // a day only the other window saw
		}
	}
	for i := range out.Days {
		s, ok := byDate[out.Days[i].Date]
		if !ok {
			continue
		}
		d := &out.Days[i]
		d.Sessions, d.Relief = max(d.Sessions, s.Sessions), max(d.Relief, s.Relief)
		d.Core, d.Slider, d.Routine = d.Core || s.Core, d.Slider || s.Slider, d.Routine || s.Routine
		d.Red, d.Amber, d.Flag = d.Red || s.Red, d.Amber || s.Amber, d.Flag || s.Flag
	}
	return out
}

// mustDate reads a day key back as a time on that day (UTC noon, so that
// no zone moves it to another day).
func mustDate(k string) time.Time {
	t, _ := time.Parse(time.DateOnly, k)
	return t.Add(12 * time.Hour)
}
