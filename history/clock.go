package history

import "github.com/centra-app/centra/routines"

// Option tunes how a history is opened or restored.
type Option func(*options)

type options struct {
	clock routines.Clock
}

// WithClock gives the store the clock it stamps its own times with: when
// the state was last written, the names of the copies it sets aside, the
// time of an export. The default is the system clock; centra passes the
// clock of its run, so that --now moves these too.
func WithClock(c routines.Clock) Option {
	return func(o *options) {
		if c != nil {
			o.clock = c
		}
	}
}

func optionsOf(opts []Option) options {
	o := options{clock: routines.SystemClock{}}
	for _, f := range opts {
		f(&o)
	}
	return o
}
