package app

import (
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines/function"
)

func TestFunctionLinesSayWhatChangedAndWhetherItMatters(t *testing.T) {
	t0 := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	ms := []function.Measure{
		{At: t0, Ratings: []function.Rating{{Activity: "Socks", Score: 3}}, Sitting: 20, Walking: function.Unanswered},
		{At: t0.AddDate(0, 0, 7), Ratings: []function.Rating{{Activity: "Socks", Score: 4}}, Sitting: 45, Walking: 30},
	}
	got := strings.Join(FunctionLines(ms, []float64{7, 7, 7, 3, 3, 3}), "\n")
	for _, want := range []string{
		"What you can do, Mon 9 Nov: activities 4/10 on average · sitting 45 min · walking 30 min.",
		"Leg pain 7 → 3/10: better: a change that matters",
		"Activities (PSFS, 0-10) 3 → 4: a small change, within the noise of measuring",
		"Sitting before the leg pain starts 20 → 45 min: better: a change that matters",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if got := FunctionLines(nil, nil); !strings.Contains(got[0], "not measured yet") {
		t.Errorf("no measures: %q", got)
	}
}
