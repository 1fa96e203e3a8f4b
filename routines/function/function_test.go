package function

import (
	"strings"
	"testing"
	"time"
)

var t0 = time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)

func TestTheBriefsExamplesAreChangesThatMatter(t *testing.T) {
	leg := Compare("Leg pain", "/10", 7, 3, false, LegPainMIC)
	if leg.Verdict != Better || !strings.Contains(leg.Line(), "Leg pain 7 → 3/10: better: a change that matters") {
		t.Errorf("7 -> 3 leg pain: %s", leg.Line())
	}
	sit := Compare("Sitting", " min", 20, 45, true, ToleranceMIC)
	if sit.Verdict != Better {
		t.Errorf("sitting 20 -> 45 min: %s", sit.Line())
	}
}

func TestSmallChangesAreNoise(t *testing.T) {
	cases := []struct {
		from, to float64
		higher   bool
		mic      MIC
	}{
		{7, 6, false, LegPainMIC},   // 1 point, 14%
		{1, 0.6, false, LegPainMIC}, // 40% but under a point
		{4, 5.5, true, PSFSMIC},     // 1.5 points
		{20, 28, true, ToleranceMIC},
		{60, 72, true, ToleranceMIC}, // 12 min but 20%
	}
	for _, c := range cases {
		if got := Compare("x", "", c.from, c.to, c.higher, c.mic); got.Verdict != Noise {
			t.Errorf("%v -> %v: %s, want noise", c.from, c.to, got.Words())
		}
	}
	if got := Compare("Leg pain", "/10", 3, 5, false, LegPainMIC); got.Verdict != Worse {
		t.Errorf("leg pain 3 -> 5: %s, want worse", got.Words())
	}
	if got := Compare("Leg pain", "/10", 5, 3.5, false, LegPainMIC); got.Verdict != Better {
		t.Errorf("leg pain 5 -> 3.5 (30%%): %s, want better", got.Words())
	}
}

func TestProgressComparesTheSameActivitiesOnly(t *testing.T) {
	ms := []Measure{
		{At: t0, Ratings: []Rating{{"Sitting at work", 2}, {"Putting on socks", 4}}, Sitting: 20, Walking: Unanswered},
		{At: t0.AddDate(0, 0, 7), Ratings: []Rating{{"sitting at  WORK", 6}, {"Driving", 9}}, Sitting: 45, Walking: 30},
	}
	got := Progress(ms)
	if len(got) != 2 {
		t.Fatalf("want PSFS and sitting (walking has no start), got %+v", got)
	}
	if got[0].From != 2 || got[0].To != 6 || got[0].Verdict != Better {
		t.Errorf("PSFS over the shared activity: %s", got[0].Line())
	}
	if got[1].Verdict != Better || got[1].Unit != " min" {
		t.Errorf("sitting: %s", got[1].Line())
	}
	if Progress(ms[:1]) != nil {
		t.Error("one measure has nothing to compare")
	}
}

func TestLegPainAveragesThreeDaysAtEachEnd(t *testing.T) {
	if _, ok := LegPain([]float64{7, 6, 5, 4, 3}); ok {
		t.Error("five days would overlap")
	}
	c, ok := LegPain([]float64{7, 7, 7, 5, 3, 3, 3})
	if !ok || c.From != 7 || c.To != 3 || c.Verdict != Better {
		t.Errorf("got %+v", c)
	}
}

func TestValidateSaysWhatToFix(t *testing.T) {
	ok := Measure{At: t0, Ratings: []Rating{{"Socks", 3}}, Sitting: Unanswered, Walking: 15}
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	bad := map[string]Measure{
		"nothing was answered":  {At: t0, Sitting: Unanswered, Walking: Unanswered},
		"rate \"Socks\" from 0": {At: t0, Ratings: []Rating{{"Socks", 11}}, Sitting: Unanswered, Walking: Unanswered},
		"named twice":           {At: t0, Ratings: []Rating{{"Socks", 1}, {"socks", 2}}, Sitting: 1, Walking: 1},
		"name the activity":     {At: t0, Ratings: []Rating{{" ", 1}}, Sitting: 1, Walking: 1},
		"sitting time":          {At: t0, Sitting: MaxMinutes + 1, Walking: 1},
		"at most 3":             {At: t0, Ratings: []Rating{{"a", 1}, {"b", 1}, {"c", 1}, {"d", 1}}, Sitting: 1, Walking: 1},
	}
	for want, m := range bad {
		if err := m.Validate(); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("want %q, got %v", want, err)
		}
	}
}

func TestParseMinutesReadsWhatPeopleType(t *testing.T) {
	good := map[string]int{"20": 20, " 45 min": 45, "1h30": 90, "2h": 120, "": Unanswered, "0": 0}
	for in, want := range good {
		if got, err := ParseMinutes(in); err != nil || got != want {
			t.Errorf("%q: %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"abc", "-5", "1h75", "13h", "1.5"} {
		if _, err := ParseMinutes(in); err == nil {
			t.Errorf("%q should be refused", in)
		}
	}
	if _, err := ParseScore("11"); err == nil {
		t.Error("11 is off the scale")
	}
}

func TestDueWeeklyAndQuietAfterASkip(t *testing.T) {
	start := t0.Add(-30 * 24 * time.Hour)
	if !Due(start, time.Time{}, time.Time{}, t0) {
		t.Error("started a month ago, never measured: due")
	}
	if Due(start, t0, time.Time{}, t0.Add(6*24*time.Hour)) {
		t.Error("six days after a measure: not due")
	}
	if !Due(start, t0, time.Time{}, t0.Add(Every)) {
		t.Error("a week after: due")
	}
	if Due(start, time.Time{}, t0, t0.Add(24*time.Hour)) {
		t.Error("skipped yesterday: quiet")
	}
}

// The first run takes the baseline; the first weekly check comes a week
// after it, not the moment the first run ends.
func TestTheFirstWeeklyCheckComesAWeekAfterTheStart(t *testing.T) {
	if Due(t0, time.Time{}, time.Time{}, t0.Add(time.Minute)) {
		t.Error("just after the first run: not due yet")
	}
	if Due(t0, time.Time{}, time.Time{}, t0.Add(Every-time.Minute)) {
		t.Error("six days and a bit after the first run: not due yet")
	}
	if !Due(t0, time.Time{}, time.Time{}, t0.Add(Every)) {
		t.Error("a week after the first run: due")
	}
	if !Due(time.Time{}, time.Time{}, time.Time{}, t0) {
		t.Error("no start known and never measured: due")
	}
}

func TestActivitiesCarryOverFromTheLatestMeasure(t *testing.T) {
	ms := []Measure{{Ratings: []Rating{{"Socks", 1}}}, {Ratings: []Rating{{"Sitting", 2}, {"Driving", 3}}}, {Sitting: 5}}
	if got := strings.Join(Activities(ms), ","); got != "Sitting,Driving" {
		t.Errorf("got %q", got)
	}
}
