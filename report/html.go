package report

import (
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
	"text/template"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/function"
)

//go:embed report.html.tmpl
var pageText string

// page is parsed the first time a report is written, not at every launch
// of centra (parsing costs about half a millisecond). It is a text/template
// whose every printed value is HTML-escaped (see escapeActions): the
// binary carries text/template anyway (cobra's usage), while html/template
// cost it about 230 KB of code and tables for a page that has no script,
// no URL and no attribute taking a value.
var page = sync.OnceValue(func() *template.Template {
	t := template.Must(template.New("report").Funcs(template.FuncMap{escapeFunc: escapeHTML}).Parse(pageText))
	for _, tt := range t.Templates() {
		escapeActions(tt.Tree, tt.Root)
	}
	return t
})

// htmlPage is what the template reads: the report and its rows, worded.
type htmlPage struct {
	R                            Report
	Summary                      []SummaryLine
	Reach, PainFunction, Minutes trustedHTML
	MIC                          string
	Weeks                        []htmlWeek
	Doses                        []htmlDose
	Episodes                     []htmlEpisode
	Triggers                     string
	// MoreTests is set when the direction tests say more than the
	// summary's "how it was found".
	MoreTests bool
}

type htmlWeek struct {
	Span               string
	Sessions, CheckIns int
	Avg, Max, Leg      string
}

type htmlDose struct {
	Name, Step, PerDay, Answers string
	Sets, Days                  int
}

type htmlEpisode struct {
	Episode
	When string
}

// HTML writes the printable report: one self-contained page, with its
// styles and charts inline and no reference to anything outside it, that
// prints on two A4 or Letter pages.
func HTML(w io.Writer, r Report) error {
	reach, pf, mins := Charts(r)
	// The SVG is centra's own drawing, its text escaped by svgDoc: nothing in
	// it comes from the person.
	pg := htmlPage{R: r, Summary: r.Summary(), Reach: trustedHTML(reach), PainFunction: trustedHTML(pf),
		Minutes: trustedHTML(mins), MIC: MICShort()}
	for _, wk := range r.Pain.Weeks {
		h := htmlWeek{Span: wk.From.Format("2 Jan") + " – " + wk.To.Format("2 Jan"), Sessions: wk.Sessions, CheckIns: wk.CheckIns,
			Avg: "–", Max: "–", Leg: "–"}
		if wk.CheckIns > 0 {
			h.Avg = fmt.Sprintf("%s (%s)", function.Num(wk.ReachAvg), routines.Reach(int(wk.ReachAvg+0.5)))
			h.Max = fmt.Sprintf("%d (%s)", wk.ReachMax, routines.Reach(wk.ReachMax))
			h.Leg = function.Num(wk.LegPain)
		}
		pg.Weeks = append(pg.Weeks, h)
	}
	answers := map[string]Move{}
	for _, m := range r.Moves {
		answers[m.Name] = m
	}
	for _, d := range r.Doses {
		h := htmlDose{Name: d.Name, Step: d.Step, Sets: d.Sets, Days: d.Days, PerDay: function.Num(d.PerDay), Answers: "–"}
		if h.Step == "" {
			h.Step = "–"
		}
		if m, ok := answers[d.Name]; ok && m.Answers > 0 {
			h.Answers = fmt.Sprintf("%d · %d · %d · %d (%d answers)", m.Up, m.Same, m.Down, m.Gone, m.Answers)
		}
		pg.Doses = append(pg.Doses, h)
	}
	for _, e := range r.Episodes {
		pg.Episodes = append(pg.Episodes, htmlEpisode{Episode: e, When: episodeWhen(e)})
	}
	var parts []string
	for _, c := range r.Triggers.Counts {
		parts = append(parts, fmt.Sprintf("%s %d", c.What, c.N))
	}
	pg.Triggers = strings.Join(parts, " · ")
	pg.MoreTests = len(r.Direction.Tests) > 1 || (len(r.Direction.Tests) == 1 && !r.Direction.Found)
	return page().Execute(w, pg)
}
