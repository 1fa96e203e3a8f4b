package function

import (
	"fmt"
	"math"
	"strconv"
)

// Verdict is what a change amounts to against its MIC.
type Verdict int

// The verdicts.
const (
	// Noise: smaller than the MIC, within the noise of measuring.
	Noise Verdict = iota
	// Better and Worse: a change that matters, each way.
	Better
	Worse
)

// Change is one measure compared with the start.
type Change struct {
	// What names the measure, Unit follows each number ("/10", " min").
	What, Unit string
	From, To   float64
	// HigherIsBetter is true for function, false for pain.
	HigherIsBetter bool
	Verdict        Verdict
	MIC            MIC
}

// Compare judges from -> to against mic.
func Compare(what, unit string, from, to float64, higherIsBetter bool, mic MIC) Change {
	c := Change{What: what, Unit: unit, From: from, To: to, HigherIsBetter: higherIsBetter, MIC: mic}
	d := to - from
	a := math.Abs(d)
	const eps = 1e-9
	byPoints := a+eps >= mic.Points
	byShare := mic.Fraction > 0 && from > 0 && a+eps >= mic.Fraction*from && a+eps >= mic.Floor
	matters := byPoints || byShare
	if mic.Both {
		matters = byPoints && (mic.Fraction == 0 || from == 0 || byShare)
	}
	if matters && d != 0 {
		c.Verdict = Worse
		if (d > 0) == higherIsBetter {
			c.Verdict = Better
		}
	}
	return c
}

// Words is the verdict said plainly, e.g. "better: a change that matters".
func (c Change) Words() string {
	switch c.Verdict {
	case Better:
		return "better: a change that matters"
	case Worse:
		return "worse: a change that matters"
	}
	if c.From == c.To {
		return "no change"
	}
	return "a small change, within the noise of measuring"
}

// Line is the change in one line: "Leg pain 7 → 3/10: better: a change that matters".
func (c Change) Line() string {
	return fmt.Sprintf("%s %s → %s%s: %s", c.What, Num(c.From), Num(c.To), c.Unit, c.Words())
}

// Num writes a number with one decimal, dropping a trailing ".0".
func Num(f float64) string {
	s := strconv.FormatFloat(math.Round(f*10)/10, 'f', 1, 64)
	if len(s) > 2 && s[len(s)-2:] == ".0" {
		s = s[:len(s)-2]
	}
	return s
}

// Progress compares the first and the latest of the weekly measures: the
// PSFS average over the activities rated in both (matched by Key), and
// each tolerance answered in both. It returns nothing with fewer than two
// measures.
func Progress(ms []Measure) []Change {
	if len(ms) < 2 {
		return nil
	}
	var out []Change
	rated := make([]Measure, 0, len(ms))
	for _, m := range ms {
		if len(m.Ratings) > 0 {
			rated = append(rated, m)
		}
	}
	if len(rated) >= 2 {
		if a, b, n := commonAverages(rated[0], rated[len(rated)-1]); n > 0 {
			out = append(out, Compare("Activities (PSFS, 0-10)", "", a, b, true, PSFSMIC))
		}
	}
	for _, sitting := range []bool{true, false} {
		what := "Walking before the leg pain starts"
		if sitting {
			what = "Sitting before the leg pain starts"
		}
		if f, l := answered(ms, sitting); f >= 0 && l > f {
			a, b := tolerance(ms[f], sitting), tolerance(ms[l], sitting)
			out = append(out, Compare(what, " min", float64(a), float64(b), true, ToleranceMIC))
		}
	}
	return out
}

// commonAverages averages the first and last scores of the activities the
// two measures share.
func commonAverages(first, last Measure) (a, b float64, n int) {
	then := map[string]int{}
	for _, r := range first.Ratings {
		then[Key(r.Activity)] = r.Score
	}
	for _, r := range last.Ratings {
		if s, ok := then[Key(r.Activity)]; ok {
			a += float64(s)
			b += float64(r.Score)
			n++
		}
	}
	if n > 0 {
		a, b = a/float64(n), b/float64(n)
	}
	return a, b, n
}

func tolerance(m Measure, sitting bool) int {
	if sitting {
		return m.Sitting
	}
	return m.Walking
}

// answered finds the first and the last measure that answered the
// tolerance (-1 when none did).
func answered(ms []Measure, sitting bool) (first, last int) {
	first, last = -1, -1
	for i, m := range ms {
		if tolerance(m, sitting) != Unanswered {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// LegPain compares the average leg pain of the first PainDays days with
// check-ins against the last PainDays (daily averages, oldest first). ok
// is false with fewer than 2*PainDays days, when the two would overlap.
func LegPain(daily []float64) (Change, bool) {
	if len(daily) < 2*PainDays {
		return Change{}, false
	}
	mean := func(xs []float64) float64 {
		s := 0.0
		for _, x := range xs {
			s += x
		}
		return s / float64(len(xs))
	}
	from, to := mean(daily[:PainDays]), mean(daily[len(daily)-PainDays:])
	return Compare("Leg pain", "/10", from, to, false, LegPainMIC), true
}
