package report

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/content"
	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// Each test here is one way the summary used to mislead a physiotherapist
// (issue 14), checked on a small history made for it.

var smallNow = time.Date(2026, 11, 20, 18, 0, 0, 0, zone)

func newStore(t *testing.T) *history.Store {
	t.Helper()
	st, err := history.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// session writes a session at at with one set per exercise; moved says
// the answer after each set ("" for none: the set was cut short).
func session(t *testing.T, st *history.Store, at time.Time, sets []string, moved []routines.Moved) int64 {
	t.Helper()
	id, err := st.Journal().StartSession(bg, routines.SessionRoutine, "core", "Core stability", at)
	if err != nil {
		t.Fatal(err)
	}
	c := routines.CheckIn{At: at, Kind: routines.CheckInBaseline, Reach: routines.ReachThigh, Leg: routines.LegLeft, LegPain: 5, BackPain: 2}
	if _, err := st.Journal().AddCheckIn(bg, id, 0, c); err != nil {
		t.Fatal(err)
	}
	for i, ex := range sets {
		at = at.Add(time.Minute)
		fam := routines.FamilyCore
		switch ex {
		case "press-up":
			fam = routines.FamilyExtension
		case "side-glide":
			fam = routines.FamilySideGlide
		}
		sid, err := st.Journal().AddSet(bg, id, routines.SetResult{Block: i, ExerciseID: ex, Family: fam, Level: 3, StartedAt: at,
			EndedAt: at.Add(30 * time.Second), Unit: routines.UnitReps, Planned: 10, Done: 10, Completed: true})
		if err != nil {
			t.Fatal(err)
		}
		if moved[i] != "" {
			c.At, c.Kind, c.Moved = at.Add(40*time.Second), routines.CheckInAfterSet, moved[i]
			if _, err := st.Journal().AddCheckIn(bg, id, sid, c); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := st.Journal().FinishSession(bg, id, routines.StatusCompleted, "", at.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	return id
}

func markdown(t *testing.T, st *history.Store, since time.Time) (Report, string) {
	t.Helper()
	cat, err := content.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	r, err := Build(bg, st, Options{Now: smallNow, Since: since, Catalog: cat})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Markdown(&buf, r); err != nil {
		t.Fatal(err)
	}
	return r, buf.String()
}

// "Direction: **bending backward (extension)**" stood in bold beside
// "Direction tests: none yet".
func TestADirectionNoTestFoundIsNotInBold(t *testing.T) {
	st := newStore(t)
	if err := persist.SavePlan(bg, st.Journal(), coach.DefaultPlan(coach.Answers{}, smallNow.AddDate(0, 0, -2))); err != nil {
		t.Fatal(err)
	}
	session(t, st, smallNow.Add(-time.Hour), []string{"prone-lying"}, []routines.Moved{routines.MovedSame})
	_, out := markdown(t, st, time.Time{})
	if strings.Contains(out, "**bending backward") {
		t.Errorf("an untested direction is in bold:\n%s", out)
	}
	if !strings.Contains(out, "Direction: No direction test has been done yet. The test starts with bending backward (extension) (rule 9: test extension first") {
		t.Errorf("the direction is not said to be untested:\n%s", out)
	}
}

// The 30-day window was padded with empty weeks from before the person
// started.
func TestTheReportStartsWhenThePersonStarted(t *testing.T) {
	st := newStore(t)
	first := smallNow.AddDate(0, 0, -9)
	for d := range 10 {
		session(t, st, first.AddDate(0, 0, d), []string{"press-up"}, []routines.Moved{routines.MovedUp})
	}
	r, out := markdown(t, st, smallNow.AddDate(0, 0, -29))
	if !r.From.Equal(time.Date(2026, 11, 11, 0, 0, 0, 0, zone)) || r.Days != 10 {
		t.Errorf("covers %d days from %s, want the 10 from 11 Nov", r.Days, r.From)
	}
	if !strings.Contains(out, "From Wed 11 Nov 2026, the day they started with centra (asked from Thu 22 Oct 2026)") {
		t.Errorf("the period does not say why it starts there:\n%s", out)
	}
	if strings.Contains(out, "| 0 | – | – | – |") || strings.Contains(out, "Oct –") {
		t.Errorf("a week before the start is listed:\n%s", out)
	}
}

// "Side bridge … 3 sets … Gone 2 (100%)": percentages of the answers
// beside a count of sets.
func TestAnswerCountsAddUpToWhatIsShown(t *testing.T) {
	st := newStore(t)
	session(t, st, smallNow.Add(-2*time.Hour), []string{"side-bridge-knees", "side-bridge-knees", "side-bridge-knees"},
		[]routines.Moved{routines.MovedGone, routines.MovedGone, ""})
	_, out := markdown(t, st, time.Time{})
	if !strings.Contains(out, "| Side bridge on knees | 3 | 2 | 0 | 0 | 0 | 2 |") {
		t.Errorf("want 3 sets, 2 answers, both gone:\n%s", out)
	}
	if strings.Contains(out, "%)") {
		t.Errorf("a percentage is shown:\n%s", out)
	}
}

// The summary had no trailing newline.
func TestTheSummaryEndsWithANewline(t *testing.T) {
	_, out := markdown(t, newStore(t), time.Time{})
	if !strings.HasSuffix(out, ".\n") || strings.HasSuffix(out, "\n\n") {
		t.Errorf("ends %q", out[max(len(out)-40, 0):])
	}
}

// Missing: the first-run answers, each amber and red episode with its
// movement, the dose actually done, and the person's own notes.
func TestFirstAnswersEpisodesDoseAndNotesAreThere(t *testing.T) {
	st := newStore(t)
	a := coach.Answers{RedFlags: map[string]bool{coach.FlagFever: false}, AgeBand: coach.Age50to64,
		Worse: coach.Triggers{Standing: true, Walking: true}, EasedBy: coach.Easers{Sitting: true}}
	if err := persist.SaveAnswers(bg, st.Journal(), a); err != nil {
		t.Fatal(err)
	}
	id := session(t, st, smallNow.Add(-3*time.Hour), []string{"press-up", "press-up"}, []routines.Moved{routines.MovedDown, routines.MovedDown})
	for _, d := range []routines.DecisionRecord{
		{At: smallNow.Add(-3*time.Hour + 2*time.Minute), RuleID: "R6", Action: string(coach.ActionContinue), Reason: "Settled after the rest."},
		{At: smallNow.Add(-3*time.Hour + 3*time.Minute), RuleID: "R5", Action: string(coach.ActionRegress), Reason: "Still further down after the rest."},
	} {
		if err := st.Journal().AddDecision(bg, id, d); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.Journal().AddTrigger(bg, routines.Trigger{At: smallNow.Add(-time.Hour), Kind: routines.TriggerStanding, Note: "queue at the post office"}); err != nil {
		t.Fatal(err)
	}
	_, out := markdown(t, st, time.Time{})
	for _, want := range []string{
		"Worse with: standing, walking. Eased by: sitting down. Age band: 50-64.",
		"Amber on Fri 20 Nov 15:02, Press-up (step 3 of extension): Settled after the rest. (rule 6)",
		"Red on Fri 20 Nov 15:03, Press-up (step 3 of extension): Still further down after the rest. (rule 5)",
		"| Press-up | step 3 of extension | 2 | 1 | 2 | Fri 20 Nov |",
		"- Fri 20 Nov: queue at the post office (logged as standing)",
		"- Rule 5: ", "- Rule 6: ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
}

// Directions and urgent symptoms are said in words, never by the ids they
// are kept under.
func TestDirectionsAndUrgentSymptomsAreInWords(t *testing.T) {
	st := newStore(t)
	if err := persist.AddTestResult(bg, st.Journal(), flowTest(smallNow.Add(-5*time.Hour), coach.TestResult{Found: true,
		Direction: routines.DirectionSideGlide, Level: 1})); err != nil {
		t.Fatal(err)
	}
	id := session(t, st, smallNow.Add(-2*time.Hour), []string{"press-up"}, []routines.Moved{routines.MovedSame})
	if _, err := st.Journal().AddCheckIn(bg, id, 0, routines.CheckIn{At: smallNow.Add(-time.Hour), Kind: routines.CheckInAfterSet,
		Reach: routines.ReachThigh, Leg: routines.LegLeft, LegPain: 5, Urgent: []string{coach.FlagBladder, coach.FlagWeakBothLegs}}); err != nil {
		t.Fatal(err)
	}
	_, out := markdown(t, st, time.Time{})
	for _, want := range []string{"side glide helps (step 1, Side glide in standing)", "a new change in bladder control or feeling; weakness in both legs"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	for _, id := range []string{"side-glide", coach.FlagBladder + ";", "weak-both-legs"} {
		if strings.Contains(out, id) {
			t.Errorf("the id %q shows in:\n%s", id, out)
		}
	}
}

// "2 red episodes and 0 amber": the opening decision of a session after a
// red (the baseline noted, the routine kept a step gentler, before any set)
// counted as a red, and an amber recheck in a session (hold-step) did not
// count at all.
func TestOnlyDecisionsOnASetAreEpisodes(t *testing.T) {
	st := newStore(t)
	start := smallNow.Add(-3 * time.Hour)
	id := session(t, st, start, []string{"press-up", "press-up"}, []routines.Moved{routines.MovedDown, routines.MovedSame})
	for _, d := range []routines.DecisionRecord{
		{At: start, RuleID: "R5", Action: string(coach.ActionRegress), Reason: "Starting point noted: pain reaches the thigh, " +
			"leg pain 5/10, back pain 2/10. Bending backward made your pain worse yesterday, so today's session keeps to gentler steps."},
		{At: start.Add(time.Minute + 40*time.Second), RuleID: "R6", Action: string(coach.ActionRecheck), Reason: "Worse during the set: rest, then check in again."},
		{At: start.Add(time.Minute + 50*time.Second), RuleID: "R6", Action: string(coach.ActionHoldStep),
			Reason: "After the rest, it is back to how it was before the set: a passing worsening (amber)."},
		{At: start.Add(2*time.Minute + 40*time.Second), RuleID: "R19", Action: string(coach.ActionContinue), Reason: "Keep going."},
	} {
		if err := st.Journal().AddDecision(bg, id, d); err != nil {
			t.Fatal(err)
		}
	}
	r, out := markdown(t, st, time.Time{})
	if len(r.Episodes) != 1 || r.Episodes[0].Light != "amber" || r.Episodes[0].Movement != "Press-up (step 3 of extension)" {
		t.Errorf("episodes %+v, want the one amber of the press-up", r.Episodes)
	}
	if !strings.Contains(out, "0 red episodes and 1 amber episode (listed below).") {
		t.Errorf("the summary does not count the one amber and no red:\n%s", out)
	}
	for _, bad := range []string{"before the first set", "Red on"} {
		if strings.Contains(out, bad) {
			t.Errorf("%q in:\n%s", bad, out)
		}
	}
}

// A side glide's step is named "step 3 of side glide", in words, in the
// episodes and the doses, never by the ladder's id "side-glide".
func TestASideGlideStepIsNamedInWords(t *testing.T) {
	st := newStore(t)
	start := smallNow.Add(-3 * time.Hour)
	id := session(t, st, start, []string{"side-glide"}, []routines.Moved{routines.MovedDown})
	if err := st.Journal().AddDecision(bg, id, routines.DecisionRecord{At: start.Add(2 * time.Minute), RuleID: "R6",
		Action: string(coach.ActionHoldStep), Reason: "After the rest, it is back to how it was before the set."}); err != nil {
		t.Fatal(err)
	}
	r, out := markdown(t, st, time.Time{})
	if len(r.Episodes) != 1 || !strings.HasSuffix(r.Episodes[0].Movement, "(step 3 of side glide)") {
		t.Errorf("episodes %+v, want the side glide's step in words", r.Episodes)
	}
	if !strings.Contains(out, "step 3 of side glide") || strings.Contains(out, "of side-glide") {
		t.Errorf("the side glide's step is not in words:\n%s", out)
	}
}
