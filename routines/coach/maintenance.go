package coach

import (
	"fmt"
	"slices"
	"time"

	"github.com/centra-app/centra/routines"
)

// dailyRoutine is the daily routine of maintenance (R22): the library's
// maintenance routine, its directional exercises in the plan's direction,
// then the other direction reintroduced as R11 says, one set of its
// gentlest step followed by one set of the plan's step, unless the other
// direction has made the pain worse since maintenance began (then it stays
// out, and the purpose says why). Nil when the library has no maintenance
// routine.
func dailyRoutine(cat *routines.Catalog, p Plan, now time.Time) *routines.Routine {
	var m *routines.Routine
	for _, x := range cat.Routines() {
		if x.Direction == routines.DirectionMaintenance {
			m = x
			break
		}
	}
	f := p.Family()
	main := ladderAt(cat, f, p.Level(f))
	if m == nil || main == nil {
		return nil
	}
	blocks := slices.Clone(m.Blocks)
	for i, b := range blocks {
		if b.Exercise != nil && b.Exercise.Family.Directional() && b.Exercise.Family != f {
			d := main.Dose
			d.Sets = max(b.Dose.Sets, 1)
			blocks[i] = routines.Block{Exercise: main, Dose: d}
		}
	}
	blocks = slices.CompactFunc(blocks, sameExercise)
	if p.redMemory().recently(now) {
		blocks = calmOnly(cat, blocks)
	}
	r := &routines.Routine{ID: "plan", Name: "Your daily routine", Direction: routines.DirectionMaintenance,
		Stage: routines.StageMaintenance, Purpose: m.Purpose}
	other := otherFamily(f)
	if why := p.otherHeldBack(now); why != "" {
		r.Purpose += " " + why
	} else if l := cat.Ladder(other); len(l) > 0 {
		one := func(ex *routines.Exercise) routines.Block {
			d := ex.Dose
			d.Sets = 1
			return routines.Block{Exercise: ex, Dose: d}
		}
		// The other direction goes just before the routine's last set of
		// the plan's direction, which then follows it as R11 asks; with
		// none, a set at the plan's step follows it at the end.
		last := -1
		for i, b := range blocks {
			if b.Exercise != nil && b.Exercise.Family == f {
				last = i
			}
		}
		if last < 0 {
			blocks = append(blocks, one(l[0]), one(main))
		} else {
			blocks = slices.Insert(blocks, last, one(l[0]))
		}
		r.Purpose += fmt.Sprintf(" It brings back one set of %s, gently, followed by a set of your own direction: "+
			"if the pain moves down the leg, say so at the check-in.", lowerFirst(l[0].Name))
	}
	r.Blocks = blocks
	return r
}

// otherHeldBack says why the other direction stays out of the daily
// routine (R11, R22: watch for recurrence): it made the pain worse since
// maintenance began. Empty when it may come back.
func (p Plan) otherHeldBack(now time.Time) string {
	other := otherFamily(p.Family())
	red, ok := p.Reds[directionOf(other)]
	if !ok || red.At.Before(changeLog(p.Log).since(routines.StageMaintenance)) {
		return ""
	}
	return fmt.Sprintf("%s made your pain worse %s, so it stays out for now; your own direction carries on.",
		upperFirst(dirWords(other)), when(red.At, now))
}
