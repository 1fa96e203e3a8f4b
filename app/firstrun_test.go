package app

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/centra-app/centra/routines/coach"
)

// answerAll answers no to every yes-or-no question left and picks the
// second choice of a question of choices.
func answerAll(t *testing.T, f *FirstRun) {
	t.Helper()
	for !f.Done() {
		if f.AtBaseline() {
			f.SkipBaseline()
			continue
		}
		q, _ := f.Question()
		var err error
		if len(q.Choices) > 0 {
			err = f.Choose(q.Choices[1])
		} else {
			err = f.Answer(false)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

// The safety questions come first, numbered in their own part, then the
// questions about the pain; all answered no, nothing stops and the plan
// is made from the answers.
func TestTheFirstRunAsksTheSafetyQuestionsFirstThenThePattern(t *testing.T) {
	f := NewFirstRun()
	rf, pq := coach.RedFlagQuestions(), coach.PatternQuestions()
	if safety, n, total := f.Position(); !safety || n != 1 || total != len(rf) {
		t.Fatalf("first question: safety %v, %d of %d; want safety 1 of %d", safety, n, total, len(rf))
	}
	for range rf {
		if err := f.Answer(false); err != nil {
			t.Fatal(err)
		}
	}
	if !f.AtBaseline() {
		t.Fatal("after the safety questions, the baseline check-in is not offered")
	}
	f.SkipBaseline()
	if safety, n, total := f.Position(); safety || n != 1 || total != len(pq) {
		t.Fatalf("after the safety questions: safety %v, %d of %d; want the pain's 1 of %d", safety, n, total, len(pq))
	}
	answerAll(t, f)
	if f.Stop != nil || f.Answers.AgeBand == "" {
		t.Fatalf("stop %v, age band %q", f.Stop, f.Answers.AgeBand)
	}
	if p := f.Plan(time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)); p.Held() {
		t.Error("answers with no red flag made a held plan")
	}
}

// Any yes to a red flag stops at once: no question after it is asked, and
// the plan holds exercise until a clinician has seen the person.
func TestAYesToARedFlagStopsTheFirstRunAtOnce(t *testing.T) {
	f := NewFirstRun()
	if err := f.Answer(false); err != nil {
		t.Fatal(err)
	}
	if err := f.Answer(true); err != nil {
		t.Fatal(err)
	}
	if !f.Done() || f.Stop == nil {
		t.Fatalf("a yes to a red flag did not stop the first run (done %v)", f.Done())
	}
	if _, ok := f.Question(); ok {
		t.Error("a question is still asked after the stop")
	}
	if !f.Plan(time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)).Held() {
		t.Error("the plan after a red flag does not hold exercise")
	}
}

// Back goes to the question before, where a new answer replaces the old;
// an answer of the wrong kind is refused and the form stays where it was.
func TestTheFirstRunGoesBackAndRefusesTheWrongKindOfAnswer(t *testing.T) {
	f := NewFirstRun()
	f.Back() // at the first question: stays
	if _, n, _ := f.Position(); n != 1 {
		t.Fatalf("back at the first question moved to %d", n)
	}
	if err := f.Choose("20-49"); err == nil {
		t.Error("a choice was taken for a yes-or-no question")
	}
	_ = f.Answer(false)
	f.Back()
	if _, n, _ := f.Position(); n != 1 {
		t.Fatalf("back went to question %d, want 1", n)
	}
	if err := f.Answer(true); err != nil || f.Stop == nil {
		t.Errorf("the new yes did not stop the first run (err %v)", err)
	}
}

// The test starts with flexion when the plan says so, and says why.
func TestTheFirstDirectionFollowsThePlan(t *testing.T) {
	if got := FirstDirection(coach.Plan{FlexionFirst: true}); got != "flexion (bending forward), because standing and walking bring on your pain and sitting eases it" {
		t.Errorf("flexion first: %q", got)
	}
	if got := FirstDirection(coach.Plan{}); got != "extension (bending backward)" {
		t.Errorf("otherwise: %q", got)
	}
}

// answerPattern answers the safety questions no, then the questions about
// the pain from the answers given by question id (no when not given), and
// returns the questions asked about the pain, in order, with the
// position each was asked at.
func answerPattern(t *testing.T, f *FirstRun, yes map[string]bool) (asked []string, at []string) {
	t.Helper()
	for range coach.RedFlagQuestions() {
		if err := f.Answer(false); err != nil {
			t.Fatal(err)
		}
	}
	f.SkipBaseline()
	for !f.Done() {
		q, _ := f.Question()
		_, n, total := f.Position()
		asked, at = append(asked, q.ID), append(at, fmt.Sprintf("%d of %d", n, total))
		var err error
		if len(q.Choices) > 0 {
			err = f.Choose(q.Choices[1])
		} else {
			err = f.Answer(yes[q.ID])
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return asked, at
}

// Whether sitting eases the pain is asked only when standing or walking
// brings it on (the stenosis pattern, R10): with both answered no it is
// not asked, not counted, and no yes is kept for it.
func TestSittingEasesItIsAskedOnlyWhenStandingOrWalkingBringsItOn(t *testing.T) {
	f := NewFirstRun()
	asked, at := answerPattern(t, f, nil)
	if slices.Contains(asked, coach.PatternEasedSitting) {
		t.Errorf("with standing and walking both no, the first run asked whether sitting eases it: %v", asked)
	}
	if last := at[len(at)-1]; last != "6 of 6" {
		t.Errorf("the last question about the pain was numbered %q, want 6 of 6 (positions %v)", last, at)
	}
	for _, worse := range []string{coach.PatternWorseStanding, coach.PatternWorseWalking} {
		f := NewFirstRun()
		asked, at := answerPattern(t, f, map[string]bool{worse: true, coach.PatternEasedSitting: true})
		if !slices.Contains(asked, coach.PatternEasedSitting) || !f.Answers.EasedBy.Sitting {
			t.Errorf("with %s yes, whether sitting eases it was not asked or not kept: %v", worse, asked)
		}
		if last := at[len(at)-1]; last != "7 of 7" {
			t.Errorf("with %s yes, the last question was numbered %q, want 7 of 7", worse, last)
		}
		if !f.Plan(time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)).FlexionFirst {
			t.Errorf("%s and eased by sitting: the plan does not start with flexion", worse)
		}
	}
}

// Going back past a question that was skipped lands on the one before it,
// and a yes for sitting given before standing was changed to no is dropped.
func TestBackSkipsWhatWasNotAskedAndDropsItsAnswer(t *testing.T) {
	f := NewFirstRun()
	for range coach.RedFlagQuestions() {
		_ = f.Answer(false)
	}
	f.SkipBaseline()
	_ = f.Answer(false) // sitting
	_ = f.Answer(false) // bending
	_ = f.Answer(true)  // standing
	_ = f.Answer(false) // walking
	if q, _ := f.Question(); q.ID != coach.PatternEasedSitting {
		t.Fatalf("after standing yes, the question is %s, want whether sitting eases it", q.ID)
	}
	_ = f.Answer(true)
	f.Back()
	f.Back()
	f.Back() // back to standing
	if q, _ := f.Question(); q.ID != coach.PatternWorseStanding {
		t.Fatalf("three times back came to %s, want standing", q.ID)
	}
	_ = f.Answer(false) // standing, now no
	_ = f.Answer(false) // walking
	if q, _ := f.Question(); q.ID != coach.PatternEasedLeaning {
		t.Fatalf("with standing and walking no, the next question is %s, want leaning forward", q.ID)
	}
	if f.Answers.EasedBy.Sitting {
		t.Error("the yes for sitting, given while standing was yes, was kept after standing became no")
	}
	f.Back()
	if q, _ := f.Question(); q.ID != coach.PatternWorseWalking {
		t.Errorf("back from leaning forward came to %s, want walking (sitting was not asked)", q.ID)
	}
}

// After the safety questions the first run offers a baseline check-in
// (PRODUCT.md, R3): a no skips it, a yes asks it and keeps it with the
// answers; back goes from the first question about the pain to the offer,
// and from the offer to the last safety question.
func TestTheFirstRunOffersABaselineThatCanBeSkipped(t *testing.T) {
	f := NewFirstRun()
	rf := coach.RedFlagQuestions()
	for range rf {
		_ = f.Answer(false)
	}
	if !f.AtBaseline() || f.BaselineOpen() {
		t.Fatal("after the safety questions the baseline is not offered")
	}
	if _, ok := f.Question(); ok {
		t.Error("a question is asked while the baseline is offered")
	}
	f.SkipBaseline()
	if q, _ := f.Question(); q.ID != coach.PatternWorseSitting || f.Answers.Baseline != nil {
		t.Fatalf("after skipping, the question is %s and the baseline %v", q.ID, f.Answers.Baseline)
	}
	f.Back()
	if !f.AtBaseline() {
		t.Fatal("back from the first question about the pain did not come to the baseline")
	}
	f.Back()
	if safety, n, _ := f.Position(); !safety || n != len(rf) {
		t.Fatalf("back from the baseline came to safety %v question %d", safety, n)
	}
	_ = f.Answer(false)
	f.OpenBaseline()
	form := f.Baseline()
	for _, in := range []string{"5", "r", "6", "3", "n"} {
		if hint, _ := form.Answer(in); hint != "" {
			t.Fatalf("%q: %s", in, hint)
		}
	}
	f.KeepBaseline(form.Value)
	if b := f.Answers.Baseline; b == nil || b.Reach != 5 || b.LegPain != 6 || b.Kind != "baseline" || f.Stop != nil {
		t.Fatalf("the baseline kept is %+v (stop %v)", b, f.Stop)
	}
	answerAll(t, f)
	if f.Answers.Baseline == nil {
		t.Error("the baseline was lost by the questions after it")
	}
}

// An urgent symptom reported with the first run's baseline stops it as a
// yes to that safety question does: the plan holds exercise (R1).
func TestAnUrgentSymptomAtTheFirstBaselineStopsAndHolds(t *testing.T) {
	f := NewFirstRun()
	for range coach.RedFlagQuestions() {
		_ = f.Answer(false)
	}
	f.OpenBaseline()
	c := f.Baseline().Value
	c.Urgent = []string{coach.FlagBladder}
	f.KeepBaseline(c)
	if !f.Done() || f.Stop == nil || !f.Answers.RedFlags[coach.FlagBladder] {
		t.Fatalf("an urgent symptom at the first baseline: done %v, stop %v", f.Done(), f.Stop)
	}
	if !f.Plan(time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)).Held() {
		t.Error("the plan does not hold exercise")
	}
}

// A yes to the first safety question stops the first run; once a clinician
// has cleared the hold, the first run goes on at the second safety
// question (the cleared yes stays answered and stops nothing), then the
// starting point and the questions about the pain. A stenosis pattern
// among them starts the test with flexion (R10), the clearance kept (R25).
func TestAFirstRunStoppedByARedFlagResumesAfterTheClearance(t *testing.T) {
	at := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	f := NewFirstRun()
	if err := f.Answer(true); err != nil {
		t.Fatal(err)
	}
	if f.Stop == nil {
		t.Fatal("a yes to the first safety question did not stop")
	}
	held := f.Plan(at)
	if !held.Held() || !f.Answers.Unfinished() {
		t.Fatalf("held %v, unfinished %v", held.Held(), f.Answers.Unfinished())
	}
	cleared := held.Resume(at.Add(24 * time.Hour))

	r := ResumeFirstRun(f.Answers, cleared)
	rf := coach.RedFlagQuestions()
	q, ok := r.Question()
	if safety, n, total := r.Position(); !ok || q.ID != rf[1].ID || !safety || n != 2 || total != len(rf) {
		t.Fatalf("resumed at %q (safety %v, %d of %d), want %q, safety 2 of %d", q.ID, safety, n, total, rf[1].ID, len(rf))
	}
	r.Back()
	if q, _ := r.Question(); q.ID != rf[1].ID {
		t.Fatalf("back went to %q, before where the first run resumed", q.ID)
	}
	for range rf[1:] {
		if err := r.Answer(false); err != nil {
			t.Fatal(err)
		}
	}
	if r.Stop != nil || !r.AtBaseline() {
		t.Fatalf("stop %v, at the starting point %v: the cleared yes stopped it again", r.Stop, r.AtBaseline())
	}
	r.SkipBaseline()
	answers := map[string]bool{coach.PatternWorseStanding: true, coach.PatternWorseWalking: true, coach.PatternEasedSitting: true}
	var asked []string
	for !r.Done() {
		q, _ := r.Question()
		asked = append(asked, q.ID)
		var err error
		if len(q.Choices) > 0 {
			err = r.Choose(coach.Age65Plus)
		} else {
			err = r.Answer(answers[q.ID])
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(asked) != len(coach.PatternQuestions()) {
		t.Errorf("asked %v about the pain", asked)
	}
	if !r.Answers.RedFlags[coach.FlagSaddleNumbness] || len(r.Answers.RedFlags) != len(rf) || r.Answers.Unfinished() {
		t.Errorf("answers %+v", r.Answers)
	}
	p := r.Plan(at.Add(25 * time.Hour))
	if p.Held() || p.ClearedAt.IsZero() || p.Direction != "flexion" || !p.FlexionFirst {
		t.Errorf("plan: held %v, cleared %v, direction %s, flexion first %v", p.Held(), p.ClearedAt, p.Direction, p.FlexionFirst)
	}
	if last := p.Log[len(p.Log)-1]; last.RuleID != "R10" {
		t.Errorf("last change %+v, want R10", last)
	}
}

// A new yes after the clearance stops the resumed first run again, and
// holds the plan again (R2).
func TestANewRedFlagAfterTheClearanceStopsAgain(t *testing.T) {
	at := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	f := NewFirstRun()
	_ = f.Answer(true)
	r := ResumeFirstRun(f.Answers, f.Plan(at).Resume(at.Add(time.Hour)))
	for {
		q, _ := r.Question()
		if err := r.Answer(q.ID == coach.FlagFever); err != nil {
			t.Fatal(err)
		}
		if r.Stop != nil || q.ID == coach.FlagFever {
			break
		}
	}
	if r.Stop == nil || r.Stop.RuleID != "R2" {
		t.Fatalf("stop %+v, want R2", r.Stop)
	}
	if p := r.Plan(at.Add(2 * time.Hour)); !p.Held() || p.Hold.RuleID != "R2" {
		t.Errorf("plan hold %+v", p.Hold)
	}
}
