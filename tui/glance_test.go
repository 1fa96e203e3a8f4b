package tui

import (
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

func TestHomeShowsTodayTheNextSetAndTheLastResponse(t *testing.T) {
	hs := newHarness(t, 80, 24)
	sessions := manySessions(3)
	base := routines.CheckIn{Reach: routines.ReachBelowKnee, LegPain: 6}
	last := routines.CheckIn{Reach: routines.ReachThigh, LegPain: 6}
	sessions[0].Baseline, sessions[0].Last = &base, &last
	today := startOfDay(t0)
	hs.withHistory(&fakeHistory{sessions: sessions, days: func(d time.Time) Day {
		if d.Equal(today) {
			return Day{Done: 3, SetsDone: 9}
		}
		return Day{}
	}})
	hs.run(hs.m.loadGlance())
	hs.send(<-glanceOf(hs))
	hs.see("Today: 3 of 8", "12 days in a row", "Next set due",
		"↑ centralized", "below the knee → thigh")
}

func TestReferralSuggestionAfterWeeksWithoutCentralizing(t *testing.T) {
	hs := newHarness(t, 80, 24)
	// Eight weeks of daily sets with the pain staying below the knee.
	start := startOfDay(t0).AddDate(0, 0, -56)
	hs.withHistory(&fakeHistory{sessions: manySessions(1), days: func(d time.Time) Day {
		if d.Before(start) {
			return Day{}
		}
		return Day{Done: 6, SetsDone: 20, CheckIns: 24, ReachMin: 5, ReachMax: 5, ReachAvg: 5, LegPainAvg: 6, LegPainMax: 6}
	}})
	hs.send(<-glanceOf(hs))
	hs.see("8 weeks and the pain has not improved")
}

// glanceOf runs the glance load and hands back its message.
func glanceOf(hs *harness) <-chan glanceMsg {
	ch := make(chan glanceMsg, 1)
	ch <- hs.m.loadGlance()().(glanceMsg)
	return ch
}
