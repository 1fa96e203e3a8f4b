package report

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func labels(ts []tick) (idx []int, text []string) {
	for i, t := range ts {
		if t.Label != "" {
			idx, text = append(idx, i), append(text, t.Label)
		}
	}
	return idx, text
}

// The x axis says which day each point is: every day of a short report,
// evenly thinned dates on a long one, and always the first and the last,
// with no two dates close enough to run into each other.
func TestChartDaysAreLabelled(t *testing.T) {
	from := time.Date(2026, 11, 1, 0, 0, 0, 0, zone)
	for _, days := range []int{1, 2, 5, 7, 10, 14, 21, 30, 42, 60, 84, 120} {
		t.Run(fmt.Sprint(days, " days"), func(t *testing.T) {
			ts := dayTicks(from, days)
			if len(ts) != days {
				t.Fatalf("%d ticks, want one a day (%d)", len(ts), days)
			}
			idx, text := labels(ts)
			if idx[0] != 0 || idx[len(idx)-1] != days-1 {
				t.Errorf("labelled days %v: the first and the last must be", idx)
			}
			if text[len(text)-1] != from.AddDate(0, 0, days-1).Format("2 Jan") {
				t.Errorf("the last label is %q", text[len(text)-1])
			}
			if days <= 14 && len(idx) != days {
				t.Errorf("%d of %d days labelled: a short report labels every day", len(idx), days)
			}
			perDay := float64(dayPlotWidth) / float64(days)
			for i := 1; i < len(idx); i++ {
				if gap := float64(idx[i]-idx[i-1]) * perDay; gap < dayLabelGap {
					t.Errorf("days %d and %d are labelled %.0f apart: the dates would touch", idx[i-1], idx[i], gap)
				}
				if i < len(idx)-1 && idx[i]-idx[i-1] != idx[1]-idx[0] {
					t.Errorf("labelled days %v are not evenly spaced", idx)
				}
			}
			if days > 14 && len(idx) < 5 {
				t.Errorf("only %d dates on %d days: %v", len(idx), days, text)
			}
		})
	}
}

// On the printed page, a week's report names each of its days under the
// charts.
func TestShortReportChartNamesEveryDay(t *testing.T) {
	r := storyReport(t)
	r.Pain.Days = r.Pain.Days[:5]
	r.From, r.Days = r.Pain.Days[0].Day, 5
	reach, _, _ := Charts(r)
	for _, d := range r.Pain.Days {
		if want := ">" + d.Day.Format("2 Jan") + "</text>"; !strings.Contains(string(reach), want) {
			t.Errorf("the chart does not name %s", d.Day.Format("2 Jan"))
		}
	}
}
