package report

import (
	"fmt"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/function"
)

// Walks are the walks the person logged from home: general activity
// (CLINICAL.md sections 9 and 10), kept apart from the exercise sets.
type Walks struct {
	// Days are the days with a walk, oldest first.
	Days []WalkDay
	// Count and Minutes add them all up.
	Count, Minutes int
	// Words say them in a sentence.
	Words string
}

// WalkDay is one day's walks: how many, how long in all, and how the leg
// felt after them.
type WalkDay struct {
	Day                 time.Time
	Walks, Minutes      int
	Easier, Same, Worse int
}

// Feel says how the leg felt after the day's walks: "easier 1 · same 0 ·
// worse 1".
func (d WalkDay) Feel() string {
	return fmt.Sprintf("easier %d · same %d · worse %d", d.Easier, d.Same, d.Worse)
}

func (b *builder) walks() error {
	ws, err := b.st.Walks().List(b.ctx, b.r.From, b.until)
	if err != nil {
		return err
	}
	w := &b.r.Walks
	var easier, same, worse int
	for _, rec := range ws {
		at := b.in(rec.At)
		day := time.Date(at.Year(), at.Month(), at.Day(), 0, 0, 0, 0, at.Location())
		if n := len(w.Days); n == 0 || !w.Days[n-1].Day.Equal(day) {
			w.Days = append(w.Days, WalkDay{Day: day})
		}
		d := &w.Days[len(w.Days)-1]
		d.Walks++
		d.Minutes += rec.Minutes
		switch rec.Feel {
		case routines.WalkEasier:
			d.Easier++
			easier++
		case routines.WalkSame:
			d.Same++
			same++
		case routines.WalkWorse:
			d.Worse++
			worse++
		}
		w.Count++
		w.Minutes += rec.Minutes
	}
	if w.Count == 0 {
		w.Words = "No walks logged in this period (the person logs them from the home screen; they are not exercise sets)."
		return nil
	}
	on := fmt.Sprintf("on %d of the %d days", len(w.Days), b.r.Days)
	if b.r.Days == 1 {
		on = "on the one day of the period"
	}
	w.Words = fmt.Sprintf("%s logged %s, %d minutes in all: %s minutes a day on the days walked. "+
		"After them the leg felt easier %s, the same %s, worse %s. Walks are general activity, not counted as exercise sets.",
		plural(w.Count, "walk"), on, w.Minutes,
		function.Num(float64(w.Minutes)/float64(len(w.Days))), times(easier), times(same), times(worse))
	return nil
}

func times(n int) string {
	switch n {
	case 1:
		return "once"
	case 2:
		return "twice"
	}
	return fmt.Sprintf("%d times", n)
}

// walkChart draws the minutes walked each day of the report, nil when no
// walk was logged.
func walkChart(r Report) []byte {
	if r.Walks.Count == 0 || r.Days == 0 {
		return nil
	}
	byDay := map[time.Time]int{}
	top := 10.0
	for _, d := range r.Walks.Days {
		byDay[d.Day] = d.Minutes
		top = max(top, float64(d.Minutes))
	}
	var pts []point
	for i, d := range dayList(r.From, r.To.AddDate(0, 0, 1)) {
		pts = append(pts, point{float64(i), float64(byDay[d])})
	}
	return drawChart("Minutes walked each day, as logged (walks are not exercise sets)", legendRight, dayTicks(r.From, r.Days),
		float64(r.Days-1), 0, top*1.1, minuteTicks(top), series{"minutes walked", pts, solid, circle, ink, 1.2})
}

// mdWalks writes the walks, a row a day.
func mdWalks(p *mdWriter, w Walks) {
	p.f("## Walks\n\n%s\n\n", cell(w.Words))
	if len(w.Days) == 0 {
		return
	}
	p.f("| Day | Walks | Minutes | Leg after: easier · same · worse |\n|---|---|---|---|\n")
	for _, d := range w.Days {
		p.f("| %s | %d | %d | %d · %d · %d |\n", d.Day.Format("Mon 2 Jan"), d.Walks, d.Minutes, d.Easier, d.Same, d.Worse)
	}
	p.f("\n")
}

// htmlWalks writes the walks: the sentence, and their chart.
func htmlWalks(p *htmlWriter, r Report) {
	p.f("\n<h2>Walks</h2>\n<p>%s</p>\n", r.Walks.Words)
	if chart := walkChart(r); len(chart) > 0 {
		p.f("<figure>%s</figure>\n", trustedHTML(chart))
	}
}
