package main

import (
	"os"
	"runtime/debug"
)

// gcPercent is how far Go's heap may grow past what is live before the
// garbage collector runs (GOGC). Go's default, 100, lets the heap of a
// small program grow to 4 MB before the first collection; centra's launch
// allocates about 6 MB (the catalog, settings, the first screens) while
// little of it stays live, so nearly all of it stayed resident for the
// whole session. At 50 the heap stays about 2 MB smaller (bench/run, README,
// Performance); centra allocates little once a screen is up, so the extra
// collections cost no CPU a countdown can measure. GOGC in the environment
// still wins.
const gcPercent = 50

// tuneMemory applies gcPercent unless GOGC is set.
func tuneMemory() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
}
