package report

import (
	"fmt"
	"strings"

	"github.com/centra-app/centra/routines/function"
)

// Summary is the report's first section in a few lines: the answers to
// "which direction, how was it found, is the pain centralizing, can they
// do more, are they doing the exercises, was there anything worrying".
// Both renderers print it first. Each line is a label and its text; Bold
// is set only for a direction a test found.
type SummaryLine struct {
	Label, Text string
	Bold        bool
}

// Summary lists the summary lines.
func (r Report) Summary() []SummaryLine {
	var out []SummaryLine
	d := r.Direction
	switch {
	case d.Found:
		out = append(out, SummaryLine{"Direction", d.Name, true}, SummaryLine{"How it was found", d.How, false})
	default:
		out = append(out, SummaryLine{"Direction", d.How, false})
	}
	out = append(out, SummaryLine{"Is the pain centralizing", r.Pain.Centralizing, false})
	leg := "Too few days with check-ins to compare leg pain with the start."
	if c := r.Pain.LegPain; c != nil {
		leg = legPainLine(*c)
	}
	out = append(out, SummaryLine{"Leg pain", leg, false})
	fn := r.Function.Note
	if len(r.Function.Changes) > 0 {
		var parts []string
		for _, c := range r.Function.Changes {
			parts = append(parts, c.Line())
		}
		fn = strings.Join(parts, "; ") + "."
	}
	out = append(out, SummaryLine{"Can they do more", fn, false})
	out = append(out, SummaryLine{"Are they doing the exercises", r.Adherence.Words, false})
	out = append(out, SummaryLine{"Anything worrying", r.worrying(), false})
	return out
}

// legPainLine says the leg pain change with its rule.
func legPainLine(c function.Change) string {
	return fmt.Sprintf("%s (first %d days with check-ins against the last %d; a change that matters is %s, rule 15).",
		c.Line(), function.PainDays, function.PainDays, c.MIC.Rule)
}

// worrying counts the red and amber episodes and says the red flags.
func (r Report) worrying() string {
	red, amber := 0, 0
	for _, e := range r.Episodes {
		if e.Light == "red" {
			red += e.Count
		} else {
			amber += e.Count
		}
	}
	s := "No red or amber episode. "
	if red+amber > 0 {
		s = fmt.Sprintf("%s and %s (listed below). ", plural(red, "red episode"), plural(amber, "amber episode"))
	}
	switch stops := r.RedFlags.Stops; len(stops) {
	case 0:
		s += "No red-flag stop in this period. "
	default:
		parts := make([]string, len(stops))
		for i, st := range stops {
			parts[i] = st.Short()
		}
		s += upperFirst(strings.Join(parts, "; ")) + " (see Red flags). "
	}
	return s + r.RedFlags.Screening
}

// MeasureRow is one weekly measure as both renderers print it: the score
// of each activity (by Activities' order; "–" when not rated), the
// average and the tolerances.
type MeasureRow struct {
	Day                       string
	Scores                    []string
	Average, Sitting, Walking string
}

// Activities lists every activity rated in the period, first seen first.
func (f Function) Activities() []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range f.Measures {
		for _, r := range m.Ratings {
			if k := function.Key(r.Activity); !seen[k] {
				seen[k] = true
				out = append(out, r.Activity)
			}
		}
	}
	return out
}

// Rows lists the measures as rows.
func (f Function) Rows() []MeasureRow {
	acts := f.Activities()
	var out []MeasureRow
	for _, m := range f.Measures {
		row := MeasureRow{Day: m.At.Format("Mon 2 Jan"), Average: "–", Sitting: minutes(m.Sitting), Walking: minutes(m.Walking)}
		for _, a := range acts {
			s := "–"
			for _, r := range m.Ratings {
				if function.Key(r.Activity) == function.Key(a) {
					s = fmt.Sprint(r.Score)
				}
			}
			row.Scores = append(row.Scores, s)
		}
		if avg, ok := m.Average(); ok {
			row.Average = function.Num(avg)
		}
		out = append(out, row)
	}
	return out
}

func minutes(v int) string {
	if v == function.Unanswered {
		return "–"
	}
	return fmt.Sprintf("%d min", v)
}

// FirstRunLine says the first answers in one sentence.
func (f FirstRun) Line() string {
	if !f.Answered {
		return "The first questions have not been answered yet."
	}
	list := func(xs []string) string {
		if len(xs) == 0 {
			return "nothing they were asked about"
		}
		return strings.Join(xs, ", ")
	}
	age := f.Age
	if age == "" {
		age = "not given"
	}
	line := fmt.Sprintf("Worse with: %s. Eased by: %s. Age band: %s.", list(f.Worse), list(f.Better), age)
	if f.Start != "" {
		line += " " + f.Start
	}
	return line
}

// MICNote says where the thresholds come from, for the function section.
func MICNote() string {
	return fmt.Sprintf("A change that matters: activities (PSFS) %s (%s); sitting or walking time %s (%s); leg pain %s (%s).",
		function.PSFSMIC.Rule, function.PSFSMIC.Source, function.ToleranceMIC.Rule, function.ToleranceMIC.Source,
		function.LegPainMIC.Rule, function.LegPainMIC.Source)
}

// episodeWhen says when an episode was, and how often for the ambers:
// "Red on Thu 22 Oct 07:22", "Amber 3 times, Sat 10 Oct to Fri 23 Oct
// (the last shown)".
func episodeWhen(e Episode) string {
	if e.Count == 1 {
		return fmt.Sprintf("%s on %s", upperFirst(e.Light), e.At.Format("Mon 2 Jan 15:04"))
	}
	return fmt.Sprintf("%s %d times, %s to %s (the last one's words)", upperFirst(e.Light), e.Count,
		e.At.Format("Mon 2 Jan"), e.Last.Format("Mon 2 Jan"))
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// MICShort is MICNote in one short sentence, for the printed page.
func MICShort() string {
	return "A change that matters: activities about 2 points (PSFS; Stratford et al. 1995); sitting or walking 10 minutes and 30% " +
		"(a design default: no published figure); leg pain 2 points or 30% (rule 15; Ostelo et al. 2008)."
}
