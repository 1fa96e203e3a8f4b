package tui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

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
	hs.run(hs.m.home.loadGlance())
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
	ch <- hs.m.home.loadGlance()().(glanceMsg)
	return ch
}

// TestCtrlCEndsAsInterrupted: ctrl+c ends the program as interrupted (so
// centra exits 130), q as a normal quit (exit 0).
func TestCtrlCEndsAsInterrupted(t *testing.T) {
	ends := func(k string) tea.Msg {
		hs := newHarness(t, 80, 24)
		_, cmd := hs.m.Update(keyPress(k))
		for cmd != nil {
			switch msg := cmd().(type) {
			case tea.BatchMsg:
				var next tea.Cmd
				for _, c := range msg {
					if c != nil {
						if r := c(); r != nil {
							if _, ok := r.(tea.InterruptMsg); ok {
								return r
							}
							if _, ok := r.(tea.QuitMsg); ok {
								return r
							}
						}
					}
				}
				cmd = next
			default:
				return msg
			}
		}
		return nil
	}
	if _, ok := ends("ctrl+c").(tea.InterruptMsg); !ok {
		t.Fatal("ctrl+c should end the program as interrupted")
	}
	if _, ok := ends("q").(tea.QuitMsg); !ok {
		t.Fatal("q should end the program normally")
	}
}
