package app

import (
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// FirstRun is the first run's questions as one form for both interfaces:
// the red-flag questions first, where any yes stops at once (R1, R2),
// then the questions about the pain's pattern, then the plan the answers
// make. It asks nothing and shows nothing itself.
type FirstRun struct {
	Answers coach.Answers
	// Stop is the stop a red-flag yes called for; the form is then done.
	Stop *coach.Decision

	questions []coach.Question
	redFlags  int // the first redFlags questions are red flags
	step      int // the question asked now; len(questions) once all are answered
	// baseline is the check-in asked between the safety questions and the
	// pattern ones; baselineDone once it is answered or skipped.
	baseline     *CheckInForm
	baselineOpen bool
	baselineDone bool

	// A first run resumed after a clearance (ResumeFirstRun): the plan it
	// had made, the red flags answered before the stop (a clinician has
	// seen to those, so they stop nothing now), and where it resumed (Back
	// goes no further).
	resumed      *coach.Plan
	cleared      map[string]bool
	from         int
	fromBaseline bool
}

// The first run's baseline check-in: offered with a yes or no, so that it
// can be skipped, then asked as every baseline is.
const (
	FirstRunBaselineOffer = "Note how the pain is right now, before any exercise? It is your starting point: centra compares your later answers with it. (No skips it for now.)"
	FirstRunBaselineTitle = "Before any exercise: how is the pain right now?"
)

// AtBaseline reports whether the baseline check-in is offered or asked
// now: after the safety questions, before the questions about the pain
// (R3: a starting point before any set).
func (f *FirstRun) AtBaseline() bool {
	return f.Stop == nil && f.step == f.redFlags && !f.baselineDone
}

// BaselineOpen reports whether the baseline check-in is being answered;
// before that it is offered (AtBaseline).
func (f *FirstRun) BaselineOpen() bool { return f.AtBaseline() && f.baselineOpen }

// OpenBaseline takes a yes to the offer: the check-in is asked.
func (f *FirstRun) OpenBaseline() {
	if f.AtBaseline() {
		f.baselineOpen = true
	}
}

// CloseBaseline goes back from the check-in to the offer.
func (f *FirstRun) CloseBaseline() { f.baselineOpen = false }

// Baseline is the baseline check-in's form, asked while AtBaseline. It
// keeps its answers when the person goes back and forth.
func (f *FirstRun) Baseline() *CheckInForm {
	if f.baseline == nil {
		f.baseline = NewCheckInForm(routines.CheckInBaseline, routines.CheckIn{}, FirstRunBaselineTitle)
	}
	return f.baseline
}

// KeepBaseline takes the baseline check-in and goes on to the questions
// about the pain. An urgent symptom reported with it, or pain in both
// legs, stops the first run as a yes to that safety question does (R1,
// R2): it is kept as that answer, so the plan holds exercise.
func (f *FirstRun) KeepBaseline(c routines.CheckIn) {
	if !f.AtBaseline() {
		return
	}
	c.Kind, c.Moved = routines.CheckInBaseline, ""
	// Both legs at this baseline stop unless that very answer was the yes
	// a clinician cleared (R1): a clearance of another red flag clears
	// nothing about the legs.
	bothCleared := f.Resumed() && f.cleared[coach.FlagBothLegs] && f.Answers.RedFlags[coach.FlagBothLegs]
	if d := coach.ScreenCheckIn(c, c, bothCleared); d != nil {
		for _, id := range c.Urgent {
			_ = f.Answers.Set(id, true)
			delete(f.cleared, id) // ticked again now: new since the clearance
		}
		if c.Leg == routines.LegBoth {
			_ = f.Answers.Set(coach.FlagBothLegs, true)
		}
		f.Stop = f.screen()
		if f.Stop == nil {
			f.Stop = d
		}
	}
	f.Answers.Baseline = &c
	f.baselineDone, f.baselineOpen = true, false
}

// SkipBaseline takes a no to the offer: on to the questions about the
// pain without a baseline; the first session takes its own, as every
// session does.
func (f *FirstRun) SkipBaseline() {
	if f.AtBaseline() {
		f.Answers.Baseline, f.baselineDone, f.baselineOpen = nil, true, false
	}
}

// NewFirstRun starts the first run at its first safety question.
func NewFirstRun() *FirstRun {
	rf := coach.RedFlagQuestions()
	return &FirstRun{questions: append(rf, coach.PatternQuestions()...), redFlags: len(rf)}
}

// ResumeFirstRun goes on with a first run a red flag stopped, once a
// clinician has cleared the hold the stop made (R25): the answers given
// stay answered, the cleared yes included, and it starts at the next
// question not answered yet, so that the rest of the safety questions
// (CLINICAL.md section 7) and the questions about the pain (R9, R10) are
// asked before the first session. p is the plan the stopped run made,
// since cleared.
func ResumeFirstRun(a coach.Answers, p coach.Plan) *FirstRun {
	f := NewFirstRun()
	f.Answers = a
	f.Answers.RedFlags = maps.Clone(a.RedFlags)
	f.resumed, f.cleared = &p, map[string]bool{}
	for id := range a.RedFlags {
		f.cleared[id] = true
	}
	for f.step < f.redFlags {
		if _, ok := a.RedFlags[f.questions[f.step].ID]; !ok {
			break
		}
		f.step++
	}
	if f.step == f.redFlags && a.Baseline != nil {
		f.baselineDone, f.fromBaseline = true, true // the baseline made the stop
	}
	f.from = f.step
	return f
}

// AtStart reports whether the question on view is the first this run
// asks (the first safety question, or where a resumed run resumed):
// going back from it goes back to the introduction.
func (f *FirstRun) AtStart() bool {
	if f.Stop != nil || f.step != f.from {
		return false
	}
	return f.step != f.redFlags || !f.baselineDone || f.fromBaseline
}

// Resumed reports whether this first run goes on after a clearance.
func (f *FirstRun) Resumed() bool { return f.resumed != nil }

// PlanUnderWay reports whether this is a first run resumed after a
// clearance whose plan had moved on before it (a direction tested or a
// stage past finding one), as data kept by older versions may have: it
// ends by going back to that plan (R25), not into the direction test.
func (f *FirstRun) PlanUnderWay() bool {
	return f.resumed != nil && (f.resumed.Stage != routines.StageFindDirection || len(f.resumed.Tested) > 0)
}

// screen is the stop the answers call for, leaving out the red flags a
// clinician has cleared since they were answered.
func (f *FirstRun) screen() *coach.Decision {
	a := f.Answers
	a.RedFlags = maps.Clone(a.RedFlags)
	for id := range f.cleared {
		delete(a.RedFlags, id)
	}
	return coach.ScreenRedFlags(a)
}

// Done reports whether the form is over: a red flag stopped it, or every
// question is answered.
func (f *FirstRun) Done() bool { return f.Stop != nil || f.step >= len(f.questions) }

// Question is the question asked now; ok is false once the form is done,
// and while the baseline check-in is asked.
func (f *FirstRun) Question() (q coach.Question, ok bool) {
	if f.Done() || f.AtBaseline() {
		return coach.Question{}, false
	}
	return f.questions[f.step], true
}

// Position says where the question asked now stands: a safety question
// (a red flag) or one about the pain, its number in that part from 1,
// and how many that part has. A question the answers so far make
// pointless is not counted once it is known to be skipped.
func (f *FirstRun) Position() (safety bool, n, total int) {
	if f.step < f.redFlags {
		return true, f.step + 1, f.redFlags
	}
	for i := f.redFlags; i < len(f.questions); i++ {
		if i <= f.step && !f.asked(i) {
			continue // skipped
		}
		total++
		if i <= f.step {
			n++
		}
	}
	return false, n, total
}

// asked reports whether question i is asked, given the answers before
// it. Whether sitting eases the pain is a question about the stenosis
// pattern (R10: leg pain brought on by standing or walking, eased by
// sitting), so it is asked only when standing or walking makes the pain
// worse; with neither, a yes would mean nothing.
func (f *FirstRun) asked(i int) bool {
	if f.questions[i].ID != coach.PatternEasedSitting {
		return true
	}
	return f.Answers.Worse.Standing || f.Answers.Worse.Walking
}

// next moves to the next question that is asked; one skipped keeps no
// answer (a yes given before going back and changing the answers that
// called for it is dropped).
func (f *FirstRun) next() {
	f.step++
	for f.step < len(f.questions) && f.Stop == nil && !f.asked(f.step) {
		_ = f.Answers.Set(f.questions[f.step].ID, false)
		f.step++
	}
}

// Answer answers the yes-or-no question asked now and moves on. A yes to
// a red flag stops the form there, without the questions after it.
func (f *FirstRun) Answer(yes bool) error {
	q, ok := f.Question()
	if !ok || len(q.Choices) > 0 {
		return fmt.Errorf("the question asked now is not a yes-or-no one")
	}
	if err := f.Answers.Set(q.ID, yes); err != nil {
		return err
	}
	if f.step < f.redFlags {
		f.Stop = f.screen()
	}
	f.next()
	return nil
}

// Choose answers the question of choices asked now (the age band) with
// one of its choices, and moves on.
func (f *FirstRun) Choose(choice string) error {
	q, ok := f.Question()
	if !ok || !slices.Contains(q.Choices, choice) {
		return fmt.Errorf("%q is not one of the choices", choice)
	}
	f.Answers.AgeBand = choice
	f.next()
	return nil
}

// Back goes back to the question before that was asked, unless this is
// the first: from the first question about the pain to the baseline
// check-in, from there to the last safety question.
func (f *FirstRun) Back() {
	if f.step == 0 || f.Stop != nil {
		return
	}
	if f.step == f.redFlags && f.baselineDone {
		if !f.fromBaseline {
			f.baselineDone, f.baselineOpen = false, false
		}
		return
	}
	if f.step <= f.from {
		return // a resumed run does not go back to the questions before the stop
	}
	f.step--
	for f.step > 0 && !f.asked(f.step) {
		f.step--
	}
}

// Plan is the plan the answers make, at now; for a resumed first run, the
// plan it had made with the new answers applied (coach.FirstRunAnswered).
func (f *FirstRun) Plan(now time.Time) coach.Plan {
	if f.resumed != nil {
		return coach.FirstRunAnswered(*f.resumed, f.Answers, f.Stop, now)
	}
	return coach.DefaultPlan(f.Answers, now)
}

// Words of the first run, the same in both interfaces.
var FirstRunIntro = []string{
	"centra coaches you through home exercises for sciatica. After every set it asks whether the pain in your leg moved up toward your back, further down your leg, or stayed the same, and it adjusts what you do next.",
	"It is a coach, not a diagnosis. It cannot examine you, and it does not replace a doctor or a physiotherapist.",
	"First, a few questions to make sure exercise is safe for you now. Please answer them honestly; some are personal, and they matter.",
}

// FirstRunResumeIntro opens a first run resumed after a clearance.
var FirstRunResumeIntro = []string{
	"Welcome back. You told centra a clinician has checked you and cleared you to exercise.",
	"Your first questions stopped early, so some were not asked. Before any exercise, centra asks the rest now: the safety questions not answered yet, then a few about your pain. Your earlier answers are kept.",
}

const (
	FirstRunStopNote = "centra will not offer exercises until a clinician has seen you."
	FirstRunThanks   = "Thank you. Your answers are saved on this computer only."
	// FirstRunPlanGoesOn ends a resumed first run whose plan was under way.
	FirstRunPlanGoesOn = "Your plan goes on where it was before the pause (rule R25)."
)

// FirstDirection says which movement the direction test starts with for
// the plan the first run made, and why when it is not the usual one.
func FirstDirection(p coach.Plan) string {
	if p.FlexionFirst {
		return "flexion (bending forward), because standing and walking bring on your pain and sitting eases it"
	}
	return "extension (bending backward)"
}
