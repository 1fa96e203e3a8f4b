package routines

import (
	"testing"
	"time"
)

func TestStartedClockReadsTheGivenTimeAndMovesOn(t *testing.T) {
	base := NewFakeClock(time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC))
	monday := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	c := NewStartedClock(base, monday)
	if got := c.Now(); !got.Equal(monday) {
		t.Fatalf("a clock started on Monday 09:00 reads %v", got)
	}
	base.Advance(90 * time.Second)
	if got := c.Now(); !got.Equal(monday.Add(90 * time.Second)) {
		t.Errorf("90 s later it reads %v; want 09:01:30", got)
	}
	fast := NewScaledClock(NewStartedClock(base, monday), 10)
	base.Advance(time.Minute)
	if got := fast.Now(); !got.Equal(monday.Add(10 * time.Minute)) {
		t.Errorf("started and ten times faster, a minute later it reads %v; want 09:10", got)
	}
}
