package routines

import "time"

// tune applies the person's timer settings to a dose: the rest between
// sets, and the speed of the rep cadence. It returns a copy and never
// changes the dose it is given (the catalog's doses are shared). Tuning a
// tuned dose again changes nothing, so blocks the coach hands back after a
// swap keep their pace.
func (o RunnerOptions) tune(d Dose) Dose {
	if o.Rest > 0 && d.Rest > 0 {
		d.Rest = o.Rest
	}
	if o.RepSpeed > 0 && o.RepSpeed != 1 && len(d.Cadence) > 0 && !d.paced {
		beats := make([]Beat, len(d.Cadence))
		for i, b := range d.Cadence {
			b.Length = time.Duration(float64(b.Length) / o.RepSpeed).Round(time.Millisecond)
			beats[i] = b
		}
		d.Cadence, d.paced = beats, true
	}
	return d
}
