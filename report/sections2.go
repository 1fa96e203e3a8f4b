package report

import (
	"fmt"
	"strings"

	"github.com/centra-app/centra/routines/coach"
)

// disclaimer closes every report.
const disclaimer = "centra is a home-exercise coach, not a diagnosis: everything here is what the person recorded " +
	"in it, and the coach's suggestions follow published rules for repeated-movement exercise. It cannot examine " +
	"anyone. Judge it alongside your own assessment."

// Red and amber are the decisions an episode is made of: red stops a
// movement or steps down (rule 5, or dropping the slider or core work);
// amber carries on at the same force after a rise that settled (rules 6
// and 17).
var (
	redActions   = []string{string(coach.ActionRegress), string(coach.ActionStopDirection), string(coach.ActionStopExercise)}
	amberActions = []string{string(coach.ActionContinue)}
	amberRules   = map[string]bool{"R6": true, "R17": true}
)

func (b *builder) episodes() error {
	es, err := b.st.Episodes(b.ctx, b.r.From, b.until, append(append([]string{}, redActions...), amberActions...))
	if err != nil {
		return err
	}
	amber := map[string]int{} // movement -> index in the list
	for _, e := range es {
		light := "red"
		if e.Action == string(coach.ActionContinue) {
			if !amberRules[e.RuleID] {
				continue
			}
			light = "amber"
		}
		mv := b.exerciseName(e.ExerciseID)
		if e.ExerciseID == "" {
			mv = "before the first set"
		} else if e.Family.Directional() {
			mv = fmt.Sprintf("%s (step %d of %s)", mv, e.Level, e.Family)
		}
		if i, ok := amber[mv]; ok && light == "amber" {
			g := &b.r.Episodes[i]
			g.Count, g.Last, g.What = g.Count+1, b.in(e.At), e.Reason
			continue
		}
		if light == "amber" {
			amber[mv] = len(b.r.Episodes)
		}
		b.r.Episodes = append(b.r.Episodes, Episode{At: b.in(e.At), Last: b.in(e.At), Count: 1, Light: light, Movement: mv,
			What: e.Reason, Rule: b.cite(e.RuleID)})
	}
	return nil
}

func (b *builder) flags() error {
	urgent, err := b.st.UrgentCheckIns(b.ctx, 0)
	if err != nil {
		return err
	}
	for _, c := range urgent {
		if !c.At.Before(b.r.From) && c.At.Before(b.until) {
			b.r.RedFlags.Urgent = append(b.r.RedFlags.Urgent, Note{At: b.in(c.At), What: coach.SymptomWords(c.Urgent)})
		}
	}
	return nil
}

// maxNotes is how many of the person's notes a report lists.
const maxNotes = 8

func (b *builder) triggers() error {
	counts, err := b.st.TriggerCounts(b.ctx, b.r.From, b.until)
	if err != nil {
		return err
	}
	for _, c := range counts {
		b.r.Triggers.Counts = append(b.r.Triggers.Counts, Count{What: string(c.Kind), N: c.Count})
	}
	notes, err := b.st.Triggers(b.ctx, b.r.From, b.until, 0)
	if err != nil {
		return err
	}
	for _, n := range notes { // newest first
		if n.Note != "" && len(b.r.Notes) < maxNotes {
			b.r.Notes = append(b.r.Notes, Note{At: b.in(n.At), What: fmt.Sprintf("%s (logged as %s)", n.Note, n.Kind)})
		}
	}
	return nil
}

// ruleNumber is the number of a rule id: "R11" is "11".
func ruleNumber(id string) string {
	n, ok := strings.CutPrefix(id, "R")
	if !ok || n == "" || strings.Trim(n, "0123456789") != "" {
		return ""
	}
	return n
}

// ruleWords says a rule in plain words: the coach's own summary.
func ruleWords(id string) string {
	for _, r := range coach.Rules() {
		if r.ID == id {
			return r.Summary
		}
	}
	return ""
}

// rules lists every rule cited, by number.
func (b *builder) rules() []Rule {
	var out []Rule
	for _, id := range b.cited {
		if w := ruleWords(id); w != "" {
			out = append(out, Rule{Number: ruleNumber(id), Words: w})
		}
	}
	return out
}
