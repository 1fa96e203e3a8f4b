package coach

import (
	"testing"
	"time"
)

// Two windows: A loaded the plan before B ran two sessions and saved;
// when A saves, the sets B counted are still counted, and a day only B saw
// is kept.
func TestAPlanSavedByAnotherWindowKeepsTheSetsItCounted(t *testing.T) {
	day := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	a := Plan{Days: []DayLog{{Date: "2026-12-03", Sessions: 1, Relief: 1, Slider: true, LegLast: 3}}}
	b := Plan{Days: []DayLog{
		{Date: "2026-12-02", Sessions: 2, Relief: 2},
		{Date: "2026-12-03", Sessions: 3, Relief: 3, Core: true, LegLast: 1},
	}}
	got := a.KeepDone(b)
	d := got.Day(day)
	if d.Relief != 3 || d.Sessions != 3 || !d.Core || !d.Slider {
		t.Errorf("Thursday after A saves: %+v; want B's 3 relief sets and core, and A's slider", d)
	}
	if d.LegLast != 3 {
		t.Errorf("the day's symptoms are the saving window's own: leg %d, want 3", d.LegLast)
	}
	if got.Day(day.AddDate(0, 0, -1)).Relief != 2 {
		t.Errorf("Wednesday, which only B saw, was lost: %+v", got.Days)
	}
	if len(a.Days) != 1 || a.Days[0].Relief != 1 {
		t.Errorf("KeepDone changed the plan it was called on: %+v", a.Days)
	}
}

// A set left due overnight is due again at waking, not overdue since
// yesterday; at night nothing is due.
func TestASetLeftDueOvernightIsDueAtWaking(t *testing.T) {
	p := Plan{Every: 2 * time.Hour, WakingFrom: 7 * 60, WakingTo: 22 * 60}
	last := time.Date(2026, 12, 2, 11, 34, 0, 0, time.UTC)
	for _, tc := range []struct {
		now, want time.Time
	}{
		{time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC), time.Date(2026, 12, 2, 13, 34, 0, 0, time.UTC)},
		{time.Date(2026, 12, 2, 23, 30, 0, 0, time.UTC), time.Date(2026, 12, 3, 7, 0, 0, 0, time.UTC)},
		{time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC), time.Date(2026, 12, 3, 7, 0, 0, 0, time.UTC)},
	} {
		if got := p.NextDue(last, tc.now); !got.Equal(tc.want) {
			t.Errorf("at %s the next set is due %s; want %s", tc.now.Format("Mon 15:04"), got.Format("Mon 15:04"), tc.want.Format("Mon 15:04"))
		}
	}
	late := Plan{Every: 2 * time.Hour, WakingFrom: 10 * 60, WakingTo: 2 * 60} // awake past midnight
	if got := late.NextDue(last, time.Date(2026, 12, 3, 1, 0, 0, 0, time.UTC)); !got.Equal(time.Date(2026, 12, 2, 13, 34, 0, 0, time.UTC)) {
		t.Errorf("awake at 01:00 since 10:00 yesterday: due %s; want yesterday 13:34, still within these waking hours", got)
	}
}
