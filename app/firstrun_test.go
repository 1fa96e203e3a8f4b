package app

import (
	"testing"
	"time"

	"github.com/centra-app/centra/routines/coach"
)

// answerAll answers no to every yes-or-no question left and picks the
// second choice of a question of choices.
func answerAll(t *testing.T, f *FirstRun) {
	t.Helper()
	for !f.Done() {
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
