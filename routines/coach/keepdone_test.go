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
