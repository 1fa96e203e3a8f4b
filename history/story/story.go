// Package story writes a made-up but clinically plausible history: six
// weeks of a person whose sciatica centralizes with extension, with a
// flare, a red and some amber sets, weekly function measures, triggers and
// notes. It is for the report's golden tests and for trying the reports
// (`centra dev seed --story`), never for a real history. It writes through
// the store's public API, as centra itself does.
package story

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/function"
)

// Days is how long the story runs.
const Days = 42

// FlareDay is the day (from 0) of the flare with its red set.
const FlareDay = 17

// Write fills st with the story: day 0 is start's date, sessions from
// about 8:00, the last day is Days-1. The same seed gives the same story.
func Write(ctx context.Context, st *history.Store, start time.Time, seed uint64) error {
	rng := rand.New(rand.NewPCG(seed, seed))
	day0 := time.Date(start.Year(), start.Month(), start.Day(), 8, 0, 0, 0, start.Location())
	a, err := firstRun(ctx, st, day0)
	if err != nil {
		return err
	}
	for d := range Days {
		if err := writeDay(ctx, st, day0.AddDate(0, 0, d), d, rng); err != nil {
			return fmt.Errorf("story day %d: %w", d, err)
		}
	}
	return persist.SavePlan(ctx, st.Journal(), plan(a, day0))
}

// firstRun keeps the first-run answers and the direction test.
func firstRun(ctx context.Context, st *history.Store, at time.Time) (coach.Answers, error) {
	a := coach.Answers{RedFlags: map[string]bool{}, AgeBand: coach.Age20to49,
		Worse: coach.Triggers{Sitting: true, Bending: true}}
	for _, q := range coach.RedFlagQuestions() {
		a.RedFlags[q.ID] = false
	}
	if err := persist.SaveAnswers(ctx, st.Journal(), a); err != nil {
		return a, err
	}
	res := coach.TestResult{Found: true, Direction: routines.DirectionExtension, Level: 2,
		Evidence: []string{"After 2 sets of prone lying, the pain still reached below the knee.",
			"After 2 sets of prone on elbows, the pain moved up from below the knee to the thigh and stayed there after the rest."},
		Decision: coach.Decision{Action: coach.ActionDirectionFound, RuleID: "R4",
			Reason: "Bending backward drew the pain up toward your back and it stayed there: this is your direction."}}
	return a, persist.AddTestResult(ctx, st.Journal(), flowResult(at.Add(20*time.Minute), res))
}

// plan is the plan as it stands at the end, with its log of changes.
func plan(a coach.Answers, day0 time.Time) coach.Plan {
	at := func(d, h int) time.Time { return day0.AddDate(0, 0, d).Add(time.Duration(h) * time.Hour) }
	p := coach.DefaultPlan(a, day0.Add(-time.Minute))
	p.Direction = routines.DirectionExtension
	p.Levels[routines.FamilyExtension] = 3
	p.Stage = routines.StageStrength
	p.LastRed = at(FlareDay, 6)
	p.Log = append(p.Log, []coach.PlanChange{
		{At: at(0, 0), RuleID: "R11", What: "stage", From: "find-direction", To: "relief",
			Reason: "The direction test found that bending backward draws the pain up toward the back: relief sets about every 2 hours."},
		{At: at(0, 0), RuleID: "R11", What: "level:extension", From: "1", To: "2",
			Reason: "Prone on elbows was the step that helped in the test."},
		{At: at(8, 4), RuleID: "R8", What: "level:extension", From: "2", To: "3",
			Reason: "No change on the last 3 sets of prone on elbows: one step more force, the press-up."},
		{At: at(13, 1), RuleID: "R21", What: "stage", From: "relief", To: "mobility",
			Reason: "The leg pain was stable or moving up for a whole day with no red: the nerve slider is added once a day."},
		{At: at(FlareDay, 6), RuleID: "R23", What: "stage", From: "mobility", To: "relief",
			Reason: "A flare: the pain reached further down than on any of the 3 days before. Back to relief sets; the direction is kept."},
		{At: at(20, 1), RuleID: "R21", What: "stage", From: "relief", To: "mobility",
			Reason: "A whole day stable with no red after the flare: the nerve slider comes back."},
		{At: at(29, 1), RuleID: "R21", What: "stage", From: "mobility", To: "strength",
			Reason: "Leg pain at 2/10 or less on 2 days running: one short core session a day, relief sets go on."},
	}...)
	return p
}

// level is the pain on day d of the story, before noise: how far down it
// reaches and the leg pain, falling from below the knee at 7/10 to the
// buttock at 2/10, with the flare.
func level(d int) (reach float64, legPain float64) {
	f := float64(d) / float64(Days-1)
	reach, legPain = 5-2.6*f, 7-5.2*f
	if d >= FlareDay && d < FlareDay+3 {
		reach, legPain = reach+1-float64(d-FlareDay)*0.3, legPain+2-float64(d-FlareDay)*0.6
	}
	return reach, legPain
}

// sessionsOn is how many relief sessions the person did on day d: most
// days 5 to 7, fewer in the flare's second week, none on two days away.
func sessionsOn(d int, rng *rand.Rand) int {
	switch {
	case d == 23 || d == 24:
		return 0
	case d >= 25 && d < 28:
		return 2 + rng.IntN(2)
	}
	return 5 + rng.IntN(3)
}

func writeDay(ctx context.Context, st *history.Store, day time.Time, d int, rng *rand.Rand) error {
	n := sessionsOn(d, rng)
	for i := range n {
		at := day.Add(time.Duration(i)*2*time.Hour + time.Duration(rng.IntN(20))*time.Minute)
		if err := reliefSession(ctx, st, at, d, i, rng); err != nil {
			return err
		}
	}
	if d >= 13 && d != FlareDay && d != FlareDay+1 && n > 0 {
		if err := extraSession(ctx, st, day.Add(11*time.Hour), "neutral", "Gentle mobility",
			"seated-nerve-slider", routines.FamilyNeural, 1, d, rng); err != nil {
			return err
		}
	}
	if d >= 29 && n > 0 {
		if err := extraSession(ctx, st, day.Add(13*time.Hour), "core", "Core stability",
			"side-bridge-knees", routines.FamilyCore, 1, d, rng); err != nil {
			return err
		}
	}
	if d%7 == 0 {
		if _, err := st.Journal().AddFunction(ctx, measure(day.Add(12*time.Hour), d/7)); err != nil {
			return err
		}
	}
	return trigger(ctx, st, day, d)
}

// measure is week w's function: better each week, the flare week flat.
func measure(at time.Time, w int) function.Measure {
	gain := []int{0, 1, 2, 2, 3, 5}[w]
	sitting := []int{15, 20, 25, 25, 35, 50}[w]
	walking := []int{10, 15, 20, 20, 30, 40}[w]
	return function.Measure{At: at, Sitting: sitting, Walking: walking, Ratings: []function.Rating{
		{Activity: "Sitting at work", Score: 2 + gain},
		{Activity: "Putting on socks", Score: 3 + gain},
		{Activity: "Driving to the shops", Score: 4 + gain/2 + gain%2},
	}}
}

// trigger logs what made the pain worse on some days, a few with notes.
func trigger(ctx context.Context, st *history.Store, day time.Time, d int) error {
	notes := map[int]routines.Trigger{
		2:            {Kind: routines.TriggerSitting, Note: "two-hour meeting"},
		5:            {Kind: routines.TriggerBending},
		9:            {Kind: routines.TriggerSitting},
		FlareDay - 1: {Kind: routines.TriggerLifting, Note: "carried the shopping up the stairs"},
		FlareDay:     {Kind: routines.TriggerMornings},
		26:           {Kind: routines.TriggerDriving, Note: "long drive to my parents"},
		33:           {Kind: routines.TriggerOther, Note: "low sofa at a friend's house"},
	}
	t, ok := notes[d]
	if !ok {
		return nil
	}
	t.At = day.Add(18 * time.Hour)
	_, err := st.Journal().AddTrigger(ctx, t)
	return err
}
