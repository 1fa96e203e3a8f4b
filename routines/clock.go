package routines

import (
	"sync"
	"time"
)

// Clock tells the time. Countdowns compare its readings against deadlines, so
// a Clock whose Now carries a monotonic reading (as time.Now does) makes them
// immune to wall-clock jumps.
type Clock interface {
	Now() time.Time
}

// SystemClock is the real clock.
type SystemClock struct{}

// Now implements Clock.
func (SystemClock) Now() time.Time { return time.Now() }

// ScaledClock runs Factor times faster than its base clock from the moment it
// is made. It backs the hidden --speed flag used for demos and tests: every
// countdown keeps its real length in the domain but passes faster on the wall.
type ScaledClock struct {
	base   Clock
	start  time.Time
	factor float64
}

// NewScaledClock returns a clock that runs factor times faster than base.
// A factor below or equal to zero is treated as 1.
func NewScaledClock(base Clock, factor float64) *ScaledClock {
	if factor <= 0 {
		factor = 1
	}
	return &ScaledClock{base: base, start: base.Now(), factor: factor}
}

// Now implements Clock. Adding to start keeps its monotonic reading.
func (c *ScaledClock) Now() time.Time {
	real := c.base.Now().Sub(c.start)
	return c.start.Add(time.Duration(float64(real) * c.factor))
}

// Wall converts a span of this clock's time into the wall time it takes.
func (c *ScaledClock) Wall(d time.Duration) time.Duration {
	return time.Duration(float64(d) / c.factor)
}

// WallDuration converts a span of clock time into wall time for any clock:
// the identity, except for clocks that run at another speed.
func WallDuration(c Clock, d time.Duration) time.Duration {
	if s, ok := c.(interface {
		Wall(time.Duration) time.Duration
	}); ok {
		return s.Wall(d)
	}
	return d
}

// FakeClock is a Clock for tests: it moves only when told to.
type FakeClock struct {
	mu sync.Mutex
	t  time.Time
}

// NewFakeClock returns a fake clock set to t.
func NewFakeClock(t time.Time) *FakeClock { return &FakeClock{t: t} }

// Now implements Clock.
func (c *FakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Advance moves the clock forward by d.
func (c *FakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// StartedClock reads At at the moment it is made and then runs with its base
// clock. It backs the hidden --now flag: a scripted run can do Monday's sets,
// then Tuesday's, through the real binary, while its countdowns still run at
// the base clock's pace.
type StartedClock struct {
	base  Clock
	start time.Time
	at    time.Time
}

// NewStartedClock returns a clock that reads at now and moves on with base.
func NewStartedClock(base Clock, at time.Time) *StartedClock {
	return &StartedClock{base: base, start: base.Now(), at: at}
}

// Now implements Clock. The reading carries no monotonic part: it is a
// wall time chosen by the caller.
func (c *StartedClock) Now() time.Time {
	return c.at.Add(c.base.Now().Sub(c.start))
}
