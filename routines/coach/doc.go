// Package coach is centra's adaptive coach: pure functions and small state
// machines that read each check-in, decide what comes next by the rules of
// CLINICAL.md, and say why in plain words. It knows nothing of terminals,
// files or the clock: every time comes in with a check-in or as now.
//
// Every decision names the rule it comes from ("R1" to "R18", listed by
// Rules) and carries the reason the screen shows.
//
// # First run
//
// Ask RedFlagQuestions and PatternQuestions, fill Answers (Answers.Set
// takes a question id), then:
//
//	if d := coach.ScreenRedFlags(a); d != nil { show d.Reason; stop }
//	plan := coach.DefaultPlan(a, now) // saved as JSON; on hold after a red flag
//
// # A routine
//
//	rt := coach.RoutineForAt(cat, plan, now) // or a routine the person picked
//	s, d, err := coach.NewSessionFor(cat, plan, rt, baseline, coach.Options{})
//	// d says the baseline back, or stops at once (d.Action.Stops()).
//	// Within a day of a red it may also change the routine (a direction
//	// held below its red step, no nerve slider or core work):
//	blocks := rt.Blocks
//	if d.Action.ChangesRoutine() {
//		blocks = s.Reshape(blocks, d)
//	}
//	// After every set:
//	d = s.AfterSet(block.Exercise, checkIn)
//	show d.Light and d.Reason
//	switch {
//	case d.Action.Stops(): // R1/R2: end the session, save s.Plan()
//	case d.Action == coach.ActionRecheck:
//		// run a rest timer of d.Next.Duration in d.Next (a neutral
//		// position), then take a check-in of kind "recheck" whose Moved
//		// answer compares with before the set, and:
//		d = s.AfterRecheck(recheck)
//	}
//	if d.Action.ChangesRoutine() {
//		remaining = s.Reshape(remaining, d) // say what changed and why
//	}
//	// At the end: save s.Plan() and every d.Record(at).
//
// # Check-ins
//
// The coach reads "further down" as at least worse whatever the numbers
// say, and tingling with no reach given as new tingling; the interfaces
// pre-fill the detail questions with routines.Prefill so that Enter keeps
// values that agree with the one-key answer, and routines.CheckIn.Validate
// refuses tingling whose reach is left at 0.
//
// # The direction test
//
//	t, d, err := coach.NewDirectionTest(cat, plan, baseline, coach.Options{})
//	for !t.Done() {
//		step := t.Next() // exercise + test dose, or the timed rest
//		... run it, take the check-in ...
//		if t.Pending() { d = t.AfterRecheck(c) } else { d = t.AfterSet(c) }
//	}
//	res, _ := t.Result() // Found, Direction, Evidence, Plan to save
//
// # Referral
//
// Referral(plan, progress, now) returns a calm suggestion to see a
// professional (R16, R18) or nil; the home screen shows it.
package coach
