package report

import (
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/function"
)

// mdWriter writes and keeps the first error.
type mdWriter struct {
	w   io.Writer
	err error
}

func (p *mdWriter) f(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

// mdSpecial escapes the characters that start Markdown inside a line:
// emphasis, code, links and images, raw HTML, strike-through, and a table
// cell's edge. A backslash before ASCII punctuation always stands for the
// character itself (CommonMark 2.4), so escaping one that needed none is
// harmless.
var mdSpecial = strings.NewReplacer(
	"\\", "\\\\", "`", "\\`", "*", "\\*", "_", "\\_", "[", "\\[", "]", "\\]",
	"<", "\\<", ">", "\\>", "~", "\\~", "|", "\\|",
	"\r\n", " ", "\n", " ", "\r", " ", "\t", " ",
)

// mdEntity is an HTML character reference ("&amp;", "&#60;"), which
// Markdown would turn into its character.
var mdEntity = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`&(#?[0-9A-Za-z]+;)`) })

// mdLineStart is what starts a block at the beginning of a line: a
// heading, a list item, a quote, a rule or a setext underline.
var mdLineStart = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(\s*[#+=-]|\s*\d{1,9}[.)](?:\s|$))`)
})

// cell makes text, centra's or the person's (a note, an activity, the name
// of an exercise from their own routine file), safe in a Markdown table
// cell or line: it reads as the same text and can start no markup, so it
// can neither break a table nor the page's structure.
func cell(s string) string {
	s = mdSpecial.Replace(s)
	s = mdEntity().ReplaceAllString(s, `\&$1`)
	return mdLineStart().ReplaceAllStringFunc(s, func(m string) string {
		i := strings.LastIndexAny(m, "#+=-.)") // the backslash goes before the punctuation
		return m[:i] + `\` + m[i:]
	})
}

// Markdown writes the summary for a physiotherapist in Markdown.
func Markdown(w io.Writer, r Report) error {
	p := &mdWriter{w: w}
	p.f("# centra summary for the physiotherapist\n\n")
	p.f("%s Made %s.\n\n", r.Period, r.Now.Format("Mon 2 Jan 2006 15:04"))
	if r.Empty {
		p.f("Nothing was recorded in this period.\n\n")
		if len(r.RedFlags.Stops) > 0 {
			mdRedFlags(p, r.RedFlags)
		}
		p.f("%s\n", r.Disclaimer)
		return p.err
	}
	p.f("## At a glance\n\n")
	for _, l := range r.Summary() {
		text := cell(l.Text)
		if l.Bold {
			text = "**" + text + "**"
		}
		p.f("- %s: %s\n", l.Label, text)
	}
	p.f("\n## First answers\n\n%s\n\n", cell(r.FirstRun.Line()))
	mdDirection(p, r)
	mdPlan(p, r.Plan)
	mdPain(p, r.Pain)
	mdFunction(p, r.Function)
	mdMoves(p, r)
	mdEpisodes(p, r.Episodes)
	mdRedFlags(p, r.RedFlags)
	mdTriggers(p, r)
	if len(r.Rules) > 0 {
		p.f("## The rules referred to\n\n")
		for _, rule := range r.Rules {
			p.f("- Rule %s: %s\n", rule.Number, cell(rule.Words))
		}
		p.f("\n")
	}
	p.f("---\n\n%s\n", r.Disclaimer)
	return p.err
}

func mdDirection(p *mdWriter, r Report) {
	p.f("## Direction and how it was found\n\n%s\n\n", cell(r.Direction.How))
	if len(r.Direction.Tests) == 0 {
		return
	}
	p.f("| Direction test | Result | What happened |\n|---|---|---|\n")
	for _, t := range r.Direction.Tests {
		p.f("| %s | %s | %s |\n", t.At.Format("Mon 2 Jan 2006"), cell(t.Result), cell(t.Evidence))
	}
	p.f("\n")
}

func mdPlan(p *mdWriter, pl Plan) {
	p.f("## Plan and its changes\n\n")
	if !pl.Exists {
		p.f("No plan yet: the first questions have not been completed.\n\n")
		return
	}
	p.f("%s\n\n", cell(pl.Now))
	if pl.Held != "" {
		p.f("**%s**\n\n", cell(pl.Held))
	}
	if pl.Outlook != "" {
		p.f("Next: %s\n\n", cell(pl.Outlook))
	}
	if pl.Referral != "" {
		p.f("**Suggested review:** %s\n\n", cell(pl.Referral))
	}
	if len(pl.Defaults) > 0 {
		p.f("| Rule | Design default | Value | Why |\n|---|---|---|---|\n")
		for _, d := range pl.Defaults {
			p.f("| %s | %s | %s | %s |\n", cell(d.RuleID), cell(d.Name), cell(d.Value), cell(d.Reason))
		}
		p.f("\n")
	}
	if len(pl.Changes) == 0 {
		return
	}
	p.f("| Date | Change | Why |\n|---|---|---|\n")
	for _, c := range pl.Changes {
		why := c.Reason
		if c.Rule != "" {
			why += " (rule " + c.Rule + ")"
		}
		p.f("| %s | %s | %s |\n", c.At.Format("Mon 2 Jan"), cell(c.What), cell(why))
	}
	if pl.Earlier > 0 {
		p.f("\n%s before these are not shown.\n", plural(pl.Earlier, "earlier change"))
	}
	p.f("\n")
}

func mdPain(p *mdWriter, pn Pain) {
	p.f("## Pain, week by week\n\n")
	p.f("How far down the pain reached: %s. Lower is better; a falling number is the pain centralizing.\n\n", routines.ReachScale(", "))
	p.f("| Week | Sessions | Check-ins | Reached, average | Reached, furthest | Leg pain 0-10, average |\n|---|---|---|---|---|---|\n")
	for _, w := range pn.Weeks {
		span := w.From.Format("2 Jan") + " – " + w.To.Format("2 Jan")
		if w.CheckIns == 0 {
			p.f("| %s | %d | 0 | – | – | – |\n", span, w.Sessions)
			continue
		}
		p.f("| %s | %d | %d | %s (%s) | %d (%s) | %s |\n", span, w.Sessions, w.CheckIns, function.Num(w.ReachAvg),
			routines.Reach(int(w.ReachAvg+0.5)), w.ReachMax, routines.Reach(w.ReachMax), function.Num(w.LegPain))
	}
	p.f("\n%s\n\n", cell(pn.Centralizing))
	if c := pn.LegPain; c != nil {
		p.f("%s\n\n", cell(legPainLine(*c)))
	}
}

func mdFunction(p *mdWriter, f Function) {
	p.f("## What they can do, week by week\n\n")
	p.f("Activities they named, rated 0 (cannot do it) to 10 (as before the problem), on the Patient-Specific " +
		"Functional Scale (Stratford et al. 1995); and how long they can sit and walk before the leg pain starts.\n\n")
	if len(f.Measures) > 0 {
		acts := f.Activities()
		p.f("| Week of |")
		for _, a := range acts {
			p.f(" %s |", cell(a))
		}
		p.f(" Average | Sitting | Walking |\n|---|%s---|---|---|\n", strings.Repeat("---|", len(acts)))
		for _, row := range f.Rows() {
			p.f("| %s | %s | %s | %s | %s |\n", row.Day, strings.Join(row.Scores, " | "), row.Average, row.Sitting, row.Walking) // numbers and dates
		}
		p.f("\n")
	}
	for _, c := range f.Changes {
		p.f("- %s\n", cell(c.Line()))
	}
	if f.Note != "" {
		p.f("- %s\n", cell(f.Note))
	}
	p.f("\n%s\n\n", cell(MICNote()))
}

func mdMoves(p *mdWriter, r Report) {
	p.f("## Exercises: the dose done and how the pain answered\n\n")
	if len(r.Doses) == 0 {
		p.f("No sets were done in this period.\n\n")
	} else {
		p.f("| Exercise | Step | Sets done | On days | Sets a day on those days | Last done |\n|---|---|---|---|---|---|\n")
		for _, d := range r.Doses {
			step := d.Step
			if step == "" {
				step = "–"
			}
			p.f("| %s | %s | %d | %d | %s | %s |\n", cell(d.Name), cell(step), d.Sets, d.Days, function.Num(d.PerDay), d.Last.Format("Mon 2 Jan"))
		}
		p.f("\n")
	}
	if len(r.Moves) > 0 {
		p.f("After each set the person said where the pain went. Counts of those answers (a set cut short may have none):\n\n")
		p.f("| Exercise | Sets done | Answers | Moved up toward the back | Stayed the same | Further down the leg | Went away |\n" +
			"|---|---|---|---|---|---|---|\n")
		for _, m := range r.Moves {
			p.f("| %s | %d | %d | %d | %d | %d | %d |\n", cell(m.Name), m.Sets, m.Answers, m.Up, m.Same, m.Down, m.Gone)
		}
		p.f("\n")
	}
	p.f("## Adherence\n\n%s\n\n", cell(r.Adherence.Words))
	mdWalks(p, r.Walks)
}

func mdEpisodes(p *mdWriter, es []Episode) {
	p.f("## Amber and red episodes\n\n")
	p.f("Red: worse after the set and still worse after a rest, so the movement was stopped or stepped down. " +
		"Amber: worse during the set but settled after a rest, so the force was kept and not raised.\n\n")
	if len(es) == 0 {
		p.f("None in this period.\n\n")
		return
	}
	for _, e := range es {
		rule := ""
		if e.Rule != "" {
			rule = " (rule " + e.Rule + ")"
		}
		p.f("- %s, %s: %s%s\n", episodeWhen(e), cell(e.Movement), cell(e.What), rule)
	}
	p.f("\n")
}

func mdTriggers(p *mdWriter, r Report) {
	p.f("## Triggers and their own notes\n\n")
	if len(r.Triggers.Counts) == 0 {
		p.f("No triggers logged in this period.\n")
	} else {
		parts := make([]string, len(r.Triggers.Counts))
		for i, c := range r.Triggers.Counts {
			parts[i] = fmt.Sprintf("%s %d", cell(c.What), c.N)
		}
		p.f("What made the pain worse, as logged: %s.\n", strings.Join(parts, " · "))
	}
	if len(r.Notes) > 0 {
		p.f("\nIn their own words, newest first:\n\n")
		for _, n := range r.Notes {
			p.f("- %s: %s\n", n.At.Format("Mon 2 Jan"), cell(n.What))
		}
	}
	p.f("\n")
}

// mdRedFlags writes the screening answers and every stop for a red flag,
// with whether a clinician has cleared it.
func mdRedFlags(p *mdWriter, rf RedFlags) {
	p.f("## Red flags\n\n- %s\n", cell(rf.Screening))
	if len(rf.Stops) == 0 {
		p.f("- No red-flag stop in this period: no urgent symptom was reported at any check-in.\n")
	}
	for _, s := range rf.Stops {
		p.f("- **%s**\n", cell(s.Line()))
	}
	p.f("\n")
}
