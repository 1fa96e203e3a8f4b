package report

import (
	"fmt"
	"strings"

	"github.com/centra-app/centra/routines/function"
)

// htmlFunction writes the weekly function measures, one row a week.
func htmlFunction(p *htmlWriter, f Function) {
	p.f("\n<h2>What they can do, week by week</h2>\n")
	if len(f.Measures) > 0 {
		p.f("<table><tr><th>Week of</th>")
		for _, a := range f.Activities() {
			p.f("<th>%s</th>", a)
		}
		p.f("<th>Average</th><th>Sitting</th><th>Walking</th></tr>\n")
		for _, row := range f.Rows() {
			p.f("<tr><td>%s</td>", row.Day)
			for _, s := range row.Scores {
				p.f("<td class=\"n\">%s</td>", s)
			}
			p.f("<td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td></tr>\n", row.Average, row.Sitting, row.Walking)
		}
		p.f("</table>")
	}
	if f.Note != "" {
		p.f("<p>%s</p>\n", f.Note)
	}
	p.f("\n<p class=\"small\">Activities they named, 0 cannot do it to 10 as before (PSFS, Stratford et al. 1995); " +
		"minutes before the leg pain starts.</p>\n")
}

// htmlDoses writes the dose of each exercise done and how the pain
// answered after its sets.
func htmlDoses(p *htmlWriter, r Report) {
	if len(r.Doses) == 0 {
		p.f("\n<h2>Exercises: the dose done and how the pain answered</h2>\n<p>No sets were done in this period.</p>\n")
		return
	}
	p.f("\n<h2>Exercises: the dose done and how the pain answered</h2>\n<table><tr><th style=\"width:34mm\">Exercise</th>" +
		"<th style=\"width:28mm\">Step</th><th>Sets done</th><th>On days</th><th>Sets a day on those days</th>" +
		"<th style=\"width:62mm\">Answers after a set: up · same · down · gone</th></tr>\n")
	answers := map[string]Move{}
	for _, m := range r.Moves {
		answers[m.Name] = m
	}
	for _, d := range r.Doses {
		step, said := d.Step, "–"
		if step == "" {
			step = "–"
		}
		if m, ok := answers[d.Name]; ok && m.Answers > 0 {
			said = fmt.Sprintf("%d · %d · %d · %d (%s)", m.Up, m.Same, m.Down, m.Gone, plural(m.Answers, "answer"))
		}
		p.f("<tr><td>%s</td><td>%s</td><td class=\"n\">%v</td><td class=\"n\">%v</td><td class=\"n\">%s</td><td>%s</td></tr>\n",
			d.Name, step, d.Sets, d.Days, function.Num(d.PerDay), said)
	}
	p.f("</table>\n")
}

// htmlEpisodes writes the red episodes and the amber ones per movement.
func htmlEpisodes(p *htmlWriter, es []Episode) {
	p.f("\n<h2>Amber and red episodes</h2>\n<p class=\"small\">Red: still worse after a rest, so the movement stopped or " +
		"stepped down. Amber: settled after a rest, so the force was kept.</p>\n")
	if len(es) == 0 {
		p.f("<p>None in this period.</p>\n")
		return
	}
	p.f("<ul>")
	for _, e := range es {
		p.f("<li><span class=\"light\">%s</span>, %s: %s", episodeWhen(e), e.Movement, e.What)
		if e.Rule != "" {
			p.f(" (rule %s)", e.Rule)
		}
		p.f("</li>\n")
	}
	p.f("</ul>\n")
}

// htmlTriggersAndNotes writes what made the pain worse beside the
// person's own notes.
func htmlTriggersAndNotes(p *htmlWriter, r Report) {
	var parts []string
	for _, c := range r.Triggers.Counts {
		parts = append(parts, fmt.Sprintf("%s %d", c.What, c.N))
	}
	p.f("\n<div class=\"cols\">\n<div>\n<h2>Triggers</h2>\n<p>")
	if len(parts) > 0 {
		p.f("What made the pain worse, as logged: %s.", strings.Join(parts, " · "))
	} else {
		p.f("No triggers logged in this period.")
	}
	p.f("</p>\n</div>\n<div>\n<h2>In their own words</h2>\n")
	if len(r.Notes) > 0 {
		p.f("<ul>")
		for _, n := range r.Notes {
			p.f("<li>%s: %s</li>", n.At.Format("Mon 2 Jan"), n.What)
		}
		p.f("</ul>")
	} else {
		p.f("<p>No notes in this period.</p>")
	}
	p.f("\n</div>\n</div>\n")
}
