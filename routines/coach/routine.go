package coach

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/centra-app/centra/routines"
)

// stepOf makes a step of an exercise with its own dose.
func stepOf(ex *routines.Exercise) Step {
	if ex == nil {
		return Step{}
	}
	return Step{Family: ex.Family, Level: ex.Level, ExerciseID: ex.ID, Name: ex.Name, Exercise: ex, Dose: ex.Dose}
}

// ladderBelow is the highest rung of f below level, or nil.
func ladderBelow(cat *routines.Catalog, f routines.Family, level int) *routines.Exercise {
	var out *routines.Exercise
	for _, e := range cat.Ladder(f) {
		if e.Level < level {
			out = e
		}
	}
	return out
}

// ladderAbove is the lowest rung of f above level and at most top, or nil.
func ladderAbove(cat *routines.Catalog, f routines.Family, level, top int) *routines.Exercise {
	for _, e := range cat.Ladder(f) {
		if e.Level > level && e.Level <= top {
			return e
		}
	}
	return nil
}

// ladderAt is the rung of f at level, or the nearest below it, or the
// first rung; nil when f has no ladder.
func ladderAt(cat *routines.Catalog, f routines.Family, level int) *routines.Exercise {
	l := cat.Ladder(f)
	if len(l) == 0 {
		return nil
	}
	out := l[0]
	for _, e := range l {
		if e.Level <= level {
			out = e
		}
	}
	return out
}

// ladderTop is the highest level of f's ladder.
func ladderTop(cat *routines.Catalog, f routines.Family) int {
	l := cat.Ladder(f)
	if len(l) == 0 {
		return 0
	}
	return l[len(l)-1].Level
}

// firstOf is the first exercise of a family: the bottom of its ladder, or
// the first in library order.
func firstOf(cat *routines.Catalog, f routines.Family) *routines.Exercise {
	if l := cat.Ladder(f); len(l) > 0 {
		return l[0]
	}
	for _, e := range cat.Exercises() {
		if e.Family == f {
			return e
		}
	}
	return nil
}

// restStep is the timed rest in a neutral position before a recheck: the
// 90-90 rest when the library has it, else its first position.
func restStep(cat *routines.Catalog, d time.Duration) Step {
	ex, ok := cat.Exercise("rest-90-90")
	if !ok {
		ex = firstOf(cat, routines.FamilyPosition)
	}
	s := stepOf(ex)
	if ex == nil {
		s = Step{Family: routines.FamilyPosition, Name: "a comfortable resting position"}
	}
	s.Duration = d
	s.Dose = routines.Dose{Kind: routines.DoseTimed, Sets: 1, Duration: d}
	return s
}

// neutralStep names the neutral routine: no directional loading, rest
// positions and easy walking.
func neutralStep() Step {
	return Step{RoutineID: "neutral", Name: "the neutral routine: rest positions and easy walks"}
}

// neutralBlocks are the blocks of the neutral routine: the library's
// "neutral" routine, else any neutral routine, else a rest position and a
// walk. Unless calm, the nerve slider and core work are left out (R13,
// R14: not within a day of a red, nor after a flare).
func neutralBlocks(cat *routines.Catalog, calm bool) []routines.Block {
	var out []routines.Block
	if r, ok := cat.Routine("neutral"); ok {
		out = slices.Clone(r.Blocks)
	} else {
		for _, r := range cat.Routines() {
			if r.Direction == routines.DirectionNeutral {
				out = slices.Clone(r.Blocks)
				break
			}
		}
	}
	if !calm {
		out = slices.DeleteFunc(out, waitsForCalm)
	}
	if len(out) > 0 {
		return out
	}
	for _, f := range []routines.Family{routines.FamilyPosition, routines.FamilyWalking} {
		if ex := firstOf(cat, f); ex != nil {
			out = append(out, routines.Block{Exercise: ex, Dose: ex.Dose})
		}
	}
	return out
}

// waitsForCalm reports a block of the nerve slider or of core work: they
// wait until the leg has been calm for a day after a red (R13, R14).
func waitsForCalm(b routines.Block) bool {
	return b.Exercise != nil && (b.Exercise.Family == routines.FamilyNeural || b.Exercise.Family == routines.FamilyCore)
}

// calmOnly leaves the nerve slider and core work out of blocks, as
// leaveOut does.
func calmOnly(cat *routines.Catalog, blocks []routines.Block) []routines.Block {
	return leaveOut(cat, blocks, waitsForCalm)
}

// leaveOut leaves the blocks drop picks out of blocks, merging the
// neighbours that meet; when nothing else is left, the calm part of the
// neutral routine takes their place.
func leaveOut(cat *routines.Catalog, blocks []routines.Block, drop func(routines.Block) bool) []routines.Block {
	if !slices.ContainsFunc(blocks, drop) {
		return blocks
	}
	out := slices.DeleteFunc(slices.Clone(blocks), drop)
	if len(out) == 0 {
		return neutralBlocks(cat, false)
	}
	return slices.CompactFunc(out, sameExercise)
}

// AvoidDuringFlare reports an exercise that must never be offered during a
// flare of sciatica (R14): sit-ups, crunches, toe touches, hamstring
// stretches, and piriformis stretches, which pull on the nerve (CLINICAL.md
// section 10).
func AvoidDuringFlare(ex *routines.Exercise) bool {
	s := strings.ToLower(ex.ID + " " + ex.Name)
	for _, w := range []string{"sit-up", "situp", "sit up", "crunch", "toe-touch", "toe touch", "hamstring", "piriformis"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// sliderStep is the seated nerve slider.
func sliderStep(cat *routines.Catalog) (Step, bool) {
	if ex, ok := cat.Exercise("seated-slider"); ok && !AvoidDuringFlare(ex) {
		return stepOf(ex), true
	}
	ex := firstOf(cat, routines.FamilyNeural)
	if ex == nil || AvoidDuringFlare(ex) {
		return Step{}, false
	}
	return stepOf(ex), true
}

// bigThree are the first core exercises offered (McGill's Big 3).
var bigThree = []string{"curl-up", "side-bridge-knees", "bird-dog"}

// coreSteps are the core exercises to add: the library's core routine,
// else the Big 3, else its first three core exercises.
func coreSteps(cat *routines.Catalog) []Step {
	var out []Step
	add := func(ex *routines.Exercise) {
		if ex != nil && ex.Family == routines.FamilyCore && !AvoidDuringFlare(ex) &&
			!slices.ContainsFunc(out, func(s Step) bool { return s.ExerciseID == ex.ID }) {
			out = append(out, stepOf(ex))
		}
	}
	for _, r := range cat.Routines() {
		if r.Direction == routines.DirectionCore {
			for _, b := range r.Blocks {
				add(b.Exercise)
			}
			if len(out) > 0 {
				return out
			}
		}
	}
	for _, id := range bigThree {
		if ex, ok := cat.Exercise(id); ok {
			add(ex)
		}
	}
	for _, ex := range cat.Exercises() {
		if len(out) >= 3 {
			break
		}
		add(ex)
	}
	return out
}

func blockOf(s Step) routines.Block { return routines.Block{Exercise: s.Exercise, Dose: s.Dose} }

// sameExercise reports two blocks of the same exercise.
func sameExercise(a, b routines.Block) bool {
	return a.Exercise == b.Exercise || (a.Exercise != nil && b.Exercise != nil && a.Exercise.ID == b.Exercise.ID)
}

// Reshape applies a decision to the rest of a session. remaining is what
// is still to do, with the current block trimmed to its sets not yet done.
// Progress swaps the exercise the decision is about for the next rung,
// keeping the number of sets; regress swaps it, and every later block of
// its direction above the gentler rung, for that rung; a switch swaps
// every block of the old direction; stop-direction and no-preference drop
// directional blocks and bring in the neutral routine without the nerve
// slider or core work (they come back by R13 and R14 once the leg is
// calm); stop-exercise drops that exercise; add-sliders and add-core
// append; a stop leaves nothing. After a red decision the nerve slider and
// core work leave the rest of the session. Other decisions leave the
// session as it is. A session's own Reshape also knows a red earlier in
// the day; prefer it.
func Reshape(cat *routines.Catalog, remaining []routines.Block, d Decision) []routines.Block {
	if d.Action.Stops() {
		return nil
	}
	out := slices.Clone(remaining)
	cur := Step{}
	if d.Current != nil {
		cur = *d.Current
	}
	is := func(b routines.Block) bool { return b.Exercise != nil && b.Exercise.ID == cur.ExerciseID }
	ofFamily := func(b routines.Block) bool { return b.Exercise != nil && b.Exercise.Family == cur.Family }
	swap := func(match func(routines.Block) bool) {
		if d.Next == nil || d.Next.Exercise == nil {
			return
		}
		for i, b := range out {
			if match(b) {
				dose := d.Next.Dose
				dose.Sets = max(b.Dose.Sets, 1)
				out[i] = routines.Block{Exercise: d.Next.Exercise, Dose: dose}
			}
		}
		out = slices.CompactFunc(out, sameExercise)
	}
	appendNeutral := func() {
		for _, b := range neutralBlocks(cat, false) {
			if !slices.ContainsFunc(out, func(x routines.Block) bool { return sameExercise(x, b) }) {
				out = append(out, b)
			}
		}
	}
	switch d.Action {
	case ActionProgress:
		swap(is)
	case ActionHoldStep:
		swap(func(b routines.Block) bool { return ofFamily(b) && b.Exercise.Level > cur.Level })
	case ActionRegress:
		swap(func(b routines.Block) bool {
			return is(b) || (ofFamily(b) && d.Next != nil && b.Exercise.Level > d.Next.Level)
		})
	case ActionSwitchDirection:
		swap(ofFamily)
	case ActionStopDirection:
		out = slices.DeleteFunc(out, ofFamily)
		appendNeutral()
	case ActionNoPreference:
		out = slices.DeleteFunc(out, func(b routines.Block) bool { return b.Exercise != nil && b.Exercise.Family.Directional() })
		appendNeutral()
	case ActionStopExercise:
		out = slices.DeleteFunc(out, is)
	case ActionAddSliders, ActionAddCore:
		for _, s := range d.Add {
			if s.Exercise != nil && !slices.ContainsFunc(out, func(b routines.Block) bool { return sameExercise(b, blockOf(s)) }) {
				out = append(out, blockOf(s))
			}
		}
	}
	if d.Light == LightRed {
		out = calmOnly(cat, out)
	}
	return out
}

// RoutineFor builds the plan's routine at no particular time (see
// RoutineForAt). With no time to go by, any red on record counts as
// recent, so the nerve slider and core work stay out: prefer RoutineForAt.
func RoutineFor(cat *routines.Catalog, p Plan) *routines.Routine {
	return RoutineForAt(cat, p, time.Time{})
}

// RoutineForAt is the prescription at the moment now (R19 to R24). With a
// direction found it is the relief set: one set of the direction at the
// plan's force step, started and ended with prone lying on the extension
// ladder; in mobility the nerve slider follows once a day, and in
// strength one core session a day. In maintenance the first routine of the
// day is the daily routine, with the other direction reintroduced (R22),
// and the rest are relief sets. On a day the direction turned red, and
// before a direction is found, it is the neutral routine (R20). Less than
// a day after a red, the nerve slider and core work stay out (R13, R14).
// It returns nil while the program is on hold.
func RoutineForAt(cat *routines.Catalog, p Plan, now time.Time) *routines.Routine {
	if p.Held() {
		return nil
	}
	calm := legCalm(p, now)
	r := &routines.Routine{ID: "plan", Name: "Your relief set", Direction: p.Direction, Stage: p.Stage}
	f := p.Family()
	main := ladderAt(cat, f, p.Level(f))
	if f == "" || main == nil || p.Stage == routines.StageFindDirection {
		r.Name, r.Direction, r.Purpose = "Gentle relief", routines.DirectionNeutral, "Gentle relief without directional loading."
		r.Blocks = neutralBlocks(cat, calm)
		return r
	}
	if !now.IsZero() && p.redMemory().on(p.Direction, now) {
		r.Name, r.Direction = "Rest and easy walks", routines.DirectionNeutral
		r.Purpose = fmt.Sprintf("%s made the pain worse today, so today's sets are rest positions and easy walks. "+
			"Tomorrow it is tried again %s.", upperFirst(dirWords(f)), retryWords(cat, f, p.Level(f)))
		r.Blocks = neutralBlocks(cat, false)
		return r
	}
	today := p.Day(now)
	if p.Stage == routines.StageMaintenance && (now.IsZero() || !today.Routine) {
		if m := dailyRoutine(cat, p, now); m != nil {
			return m
		}
	}
	r.Blocks = reliefBlocks(cat, f, main)
	r.Purpose = fmt.Sprintf("One set of %s at your step, about every %s while awake.",
		stepOf(main).lname(), routines.FormatDuration(orEvery(p.Every)))
	if !calm || p.Stage == routines.StageMaintenance {
		if p.flareRecent(now) && !p.redMemory().recently(now) && p.Stage != routines.StageMaintenance &&
			stageIndex(p.Stage) >= stageIndex(routines.StageMobility) {
			r.Purpose += " After the flare, the nerve slider waits until your leg has been steady for a day."
		}
		return r
	}
	if stageIndex(p.Stage) >= stageIndex(routines.StageMobility) && !today.Slider {
		if s, ok := sliderStep(cat); ok {
			r.Blocks = append(r.Blocks, blockOf(s))
			r.Name = "Your relief set and nerve slider"
			r.Purpose += " Today's first one adds the nerve slider: slow, light tension only."
		}
	}
	if p.Stage == routines.StageStrength && !today.Core {
		if core := coreSteps(cat); len(core) > 0 {
			for _, s := range core {
				r.Blocks = append(r.Blocks, blockOf(s))
			}
			r.Name = "Your relief set and core session"
			r.Purpose += " Today's first one adds a short core session."
		}
	}
	return r
}

// reliefBlocks is one relief set at main: one set of it, between prone
// lying on the extension ladder (start and end with the least force).
func reliefBlocks(cat *routines.Catalog, f routines.Family, main *routines.Exercise) []routines.Block {
	one := func(ex *routines.Exercise) routines.Block {
		d := ex.Dose
		d.Sets = 1
		return routines.Block{Exercise: ex, Dose: d}
	}
	first := cat.Ladder(f)[0]
	if f != routines.FamilyExtension || main == first {
		return []routines.Block{one(main)}
	}
	return []routines.Block{one(first), one(main), one(first)}
}

// orEvery is every, or the default rhythm when unset.
func orEvery(every time.Duration) time.Duration {
	if every <= 0 {
		return DefaultEvery
	}
	return every
}
