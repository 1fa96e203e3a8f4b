package report

import (
	_ "embed"
	"fmt"
	"io"
)

// pageStyle is the page's style sheet, set inline in its head.
//
//go:embed report.css
var pageStyle string

// htmlWriter writes the page and keeps the first error. Its format strings
// are centra's markup; every value given to f is escaped (escapeHTML), as
// a template escapes what it prints, so nothing a person typed (a note, a
// trigger, an activity, an exercise's name from a routine file) can become
// markup. The page interpolates only between tags, never inside an
// attribute, a script or a style, where HTML escaping would not be enough.
//
// The page is written by hand, not by a template: text/template's or
// html/template's execution looks methods up by name (reflect's
// MethodByName), which stops the linker from dropping any exported method
// of any type in the binary; without it centra's binary is about 1.9 MB
// smaller, and all of that was resident at every launch.
type htmlWriter struct {
	w   io.Writer
	err error
}

// f writes format with each of args escaped; formats use %s and %v only.
func (p *htmlWriter) f(format string, args ...any) {
	if p.err != nil {
		return
	}
	for i, a := range args {
		args[i] = escapeHTML(a)
	}
	_, p.err = fmt.Fprintf(p.w, format, args...)
}

// HTML writes the printable report: one self-contained page, with its
// styles and charts inline and no reference to anything outside it, that
// prints on two A4 or Letter pages.
func HTML(w io.Writer, r Report) error {
	p := &htmlWriter{w: w}
	p.f("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>centra report %s to %s</title>\n",
		r.From.Format("2 Jan 2006"), r.To.Format("2 Jan 2006"))
	p.f("<style>\n%s</style>\n</head>\n<body>\n", trustedHTML(pageStyle))
	p.f("<h1>centra report for the physiotherapist</h1>\n<p class=\"meta\">%s Made %s.</p>\n<p class=\"disclaimer\">%s</p>\n",
		r.Period, r.Now.Format("Mon 2 Jan 2006 15:04"), r.Disclaimer)
	if r.Empty {
		p.f("<p>Nothing was recorded in this period.</p>\n")
		if len(r.RedFlags.Stops) > 0 {
			p.f("<h2>Red flags</h2>\n<p>%s", r.RedFlags.Screening)
			htmlStops(p, r.RedFlags.Stops)
		}
		p.f("</body>\n</html>\n")
		return p.err
	}
	p.f("\n<h2>At a glance</h2>\n<dl class=\"glance\">")
	for _, l := range r.Summary() {
		if l.Bold {
			p.f("\n<dt>%s</dt><dd><strong>%s</strong></dd>", l.Label, l.Text)
		} else {
			p.f("\n<dt>%s</dt><dd>%s</dd>", l.Label, l.Text)
		}
	}
	p.f("\n</dl>\n<h2>Pain and function, day by day</h2>\n")
	// The SVG is centra's own drawing, its text escaped by svgo: nothing
	// in it comes from the person.
	reach, pf, mins := Charts(r)
	for _, chart := range [][]byte{reach, pf, mins} {
		if len(chart) > 0 {
			p.f("<figure>%s</figure>", trustedHTML(chart))
		}
		p.f("\n")
	}
	htmlFirstAnswers(p, r)
	htmlPlan(p, r.Plan)
	htmlFunction(p, r.Function)
	htmlDoses(p, r)
	htmlWalks(p, r)
	htmlEpisodes(p, r.Episodes)
	htmlTriggersAndNotes(p, r)
	p.f("<h2>The rules and thresholds referred to</h2>\n<ul class=\"small rules\">")
	for _, rule := range r.Rules {
		p.f("<li>Rule %s: %s</li>", rule.Number, rule.Words)
	}
	p.f("<li>%s</li></ul>\n\n</body>\n</html>\n", MICShort())
	return p.err
}

// htmlFirstAnswers writes the first answers beside the red flags, then the
// direction tests when they say more than the summary's "how it was found".
func htmlFirstAnswers(p *htmlWriter, r Report) {
	p.f("\n<div class=\"cols\">\n<div>\n<h2>First answers</h2>\n<p>%s</p>\n</div>\n<div>\n<h2>Red flags</h2>\n<p>%s",
		r.FirstRun.Line(), r.RedFlags.Screening)
	htmlStops(p, r.RedFlags.Stops)
	p.f("\n</div>\n</div>\n")
	d := r.Direction
	if len(d.Tests) > 1 || (len(d.Tests) == 1 && !d.Found) {
		p.f("<h2>Direction tests</h2>\n")
		for _, t := range d.Tests {
			p.f("<p><strong>Test on %s:</strong> %s. %s</p>", t.At.Format("Mon 2 Jan 2006"), t.Result, t.Evidence)
		}
	}
	p.f("\n")
}

// htmlPlan writes the plan now, what would change it, the design defaults
// in force and the plan's changes with their reasons.
func htmlPlan(p *htmlWriter, pl Plan) {
	p.f("\n<h2>Plan and its changes</h2>\n")
	if !pl.Exists {
		p.f("<p>No plan yet: the first questions have not been completed.</p>\n")
		return
	}
	p.f("<p>%s</p>", pl.Now)
	if pl.Held != "" {
		p.f("<p><strong>%s</strong></p>", pl.Held)
	}
	p.f("\n")
	if pl.Outlook != "" {
		p.f("<p>Next: %s</p>", pl.Outlook)
	}
	if pl.Referral != "" {
		p.f("<p><strong>Suggested review:</strong> %s</p>", pl.Referral)
	}
	p.f("\n")
	if len(pl.Defaults) > 0 {
		// The clinician may have only this page: each default carries its
		// reason here, as in the Markdown summary.
		p.f("<table class=\"small\"><tr><th style=\"width:9mm\">Rule</th><th style=\"width:30mm\">Design default " +
			"(no source gives a number)</th><th style=\"width:42mm\">Value</th><th>Why</th></tr>\n")
		for _, d := range pl.Defaults {
			p.f("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n", d.RuleID, d.Name, d.Value, d.Reason)
		}
		p.f("</table>")
	}
	p.f("\n")
	if len(pl.Changes) > 0 {
		p.f("<table><tr><th style=\"width:13mm\">Date</th><th style=\"width:56mm\">Change</th><th>Why</th></tr>\n")
		for _, c := range pl.Changes {
			p.f("<tr><td>%s</td><td>%s</td><td>%s", c.At.Format("2 Jan"), c.What, c.Reason)
			if c.Rule != "" {
				p.f(" (rule %s)", c.Rule)
			}
			p.f("</td></tr>\n")
		}
		p.f("</table>")
		if pl.Earlier != 0 {
			p.f("<p class=\"small\">%v earlier changes are not shown.</p>", pl.Earlier)
		}
	}
	p.f("\n\n")
}

// htmlStops ends the red flags' paragraph with every stop for a red flag.
func htmlStops(p *htmlWriter, stops []Stop) {
	if len(stops) == 0 {
		p.f(" No red-flag stop in this period: no urgent symptom was reported at any check-in.</p>\n")
		return
	}
	p.f("</p>\n<ul>")
	for _, s := range stops {
		p.f("<li><strong>%s</strong></li>", s.Line())
	}
	p.f("</ul>\n")
}
