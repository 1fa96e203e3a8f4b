package report

import (
	"fmt"
	"strings"

	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/routines/coach"
)

// disclaimer closes every report.
const disclaimer = "centra is a home-exercise coach, not a diagnosis: everything here is what the person recorded " +
	"in it, and the coach's suggestions follow published rules for repeated-movement exercise. It cannot examine " +
	"anyone. Judge it alongside your own assessment."

// Red and amber are the answers to a recheck, the decisions that judged a
// set (CLINICAL.md rules 5 and 6): red stops a movement or steps down
// (rule 5, or dropping the slider or core work; in the direction test it
// ends the direction), amber keeps the same force with no step up (rule 6,
// or 17 for tingling that stayed: hold-step in a session, continue for the
// slider, core work and the direction test). Rule 17 gives only amber or
// red: tingling that settled at the recheck is green by rule 4, never an
// episode. The opening decision of a
// session notes the baseline and what earlier days change (rules 3, 5, 13,
// 19); it comes before any set, judges none, and is never an episode, even
// when it steps the routine down.
var (
	redActions = []string{string(coach.ActionRegress), string(coach.ActionStopDirection), string(coach.ActionStopExercise),
		string(coach.ActionSwitchDirection)}
	amberActions = []string{string(coach.ActionHoldStep), string(coach.ActionContinue)}
	amberRules   = map[string]bool{"R6": true, "R17": true}
	// redSwitchRules are the rules of a red that ends a direction in the
	// test; it moves on for no change by rule 9.
	redSwitchRules = map[string]bool{"R5": true, "R13": true, "R14": true, "R17": true}
)

// episodeLight is "red" or "amber" for a decision that judged a set so,
// and "" for any other decision.
func episodeLight(e history.Episode) string {
	if e.ExerciseID == "" { // before the first set of its session
		return ""
	}
	switch coach.Action(e.Action) {
	case coach.ActionRegress, coach.ActionStopDirection, coach.ActionStopExercise:
		return "red"
	case coach.ActionSwitchDirection:
		if redSwitchRules[e.RuleID] {
			return "red"
		}
	case coach.ActionHoldStep:
		return "amber"
	case coach.ActionContinue:
		if amberRules[e.RuleID] {
			return "amber"
		}
	}
	return ""
}

func (b *builder) episodes() error {
	es, err := b.st.Report().Episodes(b.ctx, b.r.From, b.until, append(append([]string{}, redActions...), amberActions...))
	if err != nil {
		return err
	}
	amber := map[string]int{} // movement -> index in the list
	for _, e := range es {
		light := episodeLight(e)
		if light == "" {
			continue
		}
		mv := b.exerciseName(e.ExerciseID)
		if e.Family.Directional() {
			mv = fmt.Sprintf("%s (step %d of %s)", mv, e.Level, familyWords(e.Family))
		}
		if i, ok := amber[mv]; ok && light == "amber" {
			g := &b.r.Episodes[i]
			g.Count, g.Last, g.What = g.Count+1, b.in(e.At), clinical(e.Reason)
			continue
		}
		if light == "amber" {
			amber[mv] = len(b.r.Episodes)
		}
		b.r.Episodes = append(b.r.Episodes, Episode{At: b.in(e.At), Last: b.in(e.At), Count: 1, Light: light, Movement: mv,
			What: clinical(e.Reason), Rule: b.cite(e.RuleID)})
	}
	return nil
}

// maxNotes is how many of the person's notes a report lists.
const maxNotes = 8

func (b *builder) triggers() error {
	counts, err := b.st.Triggers().Counts(b.ctx, b.r.From, b.until)
	if err != nil {
		return err
	}
	for _, c := range counts {
		b.r.Triggers.Counts = append(b.r.Triggers.Counts, Count{What: string(c.Kind), N: c.Count})
	}
	notes, err := b.st.Triggers().List(b.ctx, b.r.From, b.until, 0)
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
