package coach

import (
	"time"

	"github.com/centra-app/centra/routines"
)

// t0 is the moment every test starts from.
var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// The reach scale, short.
const (
	none    = routines.ReachNone
	central = routines.ReachCentral
	oneSide = routines.ReachOneSide
	buttock = routines.ReachButtock
	thigh   = routines.ReachThigh
	calf    = routines.ReachBelowKnee
	foot    = routines.ReachFoot
)

// The one-keypress answers, short.
const (
	up   = routines.MovedUp
	down = routines.MovedDown
	same = routines.MovedSame
	gone = routines.MovedGone
)

// testCatalog is a small library with the ids the content package uses.
func testCatalog() *routines.Catalog {
	reps := func(n int) routines.Dose {
		return routines.Dose{Kind: routines.DoseReps, Sets: 3, Reps: n, Rest: 30 * time.Second,
			Cadence: []routines.Beat{{Cue: "up", Length: 2 * time.Second}, {Cue: "down", Length: time.Second}}}
	}
	timed := func(d time.Duration) routines.Dose {
		return routines.Dose{Kind: routines.DoseTimed, Sets: 1, Duration: d}
	}
	holds := routines.Dose{Kind: routines.DoseHolds, Sets: 3, Hold: 10 * time.Second, Holds: []int{6, 4, 2}, HoldRest: 5 * time.Second}
	ex := func(id, name string, f routines.Family, level int, d routines.Dose) *routines.Exercise {
		return &routines.Exercise{ID: id, Name: name, Family: f, Level: level, Dose: d}
	}
	exs := []*routines.Exercise{
		ex("prone-lying", "Prone lying", routines.FamilyExtension, 1, timed(3*time.Minute)),
		ex("prone-on-elbows", "Prone on elbows", routines.FamilyExtension, 2, timed(3*time.Minute)),
		ex("press-up", "Press-up", routines.FamilyExtension, 3, reps(10)),
		ex("press-up-sag", "Press-up with sag", routines.FamilyExtension, 4, reps(10)),
		ex("press-up-hips-off-centre", "Press-up with hips off centre", routines.FamilyExtension, 5, reps(10)),
		ex("standing-extension", "Standing extension", routines.FamilyExtension, 6, reps(10)),
		ex("knees-to-chest", "Knees to chest", routines.FamilyFlexion, 1, reps(6)),
		ex("flexion-sitting", "Flexion in sitting", routines.FamilyFlexion, 2, reps(10)),
		ex("flexion-standing", "Flexion in standing", routines.FamilyFlexion, 3, reps(10)),
		ex("side-glide-standing", "Side glide in standing", routines.FamilySideGlide, 1, reps(10)),
		ex("seated-slider", "Seated nerve slider", routines.FamilyNeural, 1, reps(10)),
		ex("curl-up", "Curl-up", routines.FamilyCore, 0, holds),
		ex("side-bridge-knees", "Side bridge on the knees", routines.FamilyCore, 0, holds),
		ex("side-bridge-feet", "Side bridge on the feet", routines.FamilyCore, 0, holds),
		ex("bird-dog", "Bird-dog", routines.FamilyCore, 0, holds),
		ex("front-plank", "Front plank", routines.FamilyCore, 0, holds),
		ex("dead-bug", "Dead bug", routines.FamilyCore, 0, reps(8)),
		ex("glute-bridge", "Glute bridge", routines.FamilyCore, 0, reps(10)),
		ex("rest-90-90", "90-90 rest", routines.FamilyPosition, 0, timed(5*time.Minute)),
		ex("walk", "Easy walk", routines.FamilyWalking, 0, timed(10*time.Minute)),
	}
	cat := routines.NewCatalog(exs, nil)
	block := func(id string) routines.Block {
		ex, _ := cat.Exercise(id)
		return routines.Block{Exercise: ex, Dose: ex.Dose}
	}
	// As in the content: the neutral routine starts with the nerve slider.
	neutral := &routines.Routine{ID: "neutral", Name: "Neutral", Direction: routines.DirectionNeutral,
		Blocks: []routines.Block{block("seated-slider"), block("rest-90-90"), block("walk")}}
	extension := &routines.Routine{ID: "extension", Name: "Extension", Direction: routines.DirectionExtension,
		Blocks: []routines.Block{block("prone-lying"), block("prone-on-elbows"), block("press-up"), block("prone-lying")}}
	return routines.NewCatalog(exs, []*routines.Routine{neutral, extension})
}

// mod adjusts a check-in.
type mod func(*routines.CheckIn)

// tingle reports tingling or numbness reaching r.
func tingle(r routines.Reach) mod {
	return func(c *routines.CheckIn) { c.Tingling, c.TinglingReach = true, r }
}

// legs sets the side of the leg symptoms.
func legs(l routines.Leg) mod { return func(c *routines.CheckIn) { c.Leg = l } }

// backPain sets the back pain rating.
func backPain(n int) mod { return func(c *routines.CheckIn) { c.BackPain = n } }

// urgent reports warning signs with the check-in.
func urgent(ids ...string) mod { return func(c *routines.CheckIn) { c.Urgent = ids } }

func checkIn(kind routines.CheckInKind, m routines.Moved, r routines.Reach, legPain int, mods []mod) routines.CheckIn {
	c := routines.CheckIn{Kind: kind, Moved: m, Reach: r, Leg: routines.LegLeft, LegPain: legPain, BackPain: 3}
	if r == none {
		c.Leg = routines.LegNone
	}
	for _, f := range mods {
		f(&c)
	}
	return c
}

// base is a baseline check-in.
func base(r routines.Reach, legPain int, mods ...mod) routines.CheckIn {
	return checkIn(routines.CheckInBaseline, "", r, legPain, mods)
}

// after is the check-in after a set.
func after(m routines.Moved, r routines.Reach, legPain int, mods ...mod) routines.CheckIn {
	return checkIn(routines.CheckInAfterSet, m, r, legPain, mods)
}

// again is the recheck after the timed rest; its answer compares with
// before the set.
func again(m routines.Moved, r routines.Reach, legPain int, mods ...mod) routines.CheckIn {
	return checkIn(routines.CheckInRecheck, m, r, legPain, mods)
}

// reliefPlan is an extension plan in the relief stage at press-up.
func reliefPlan() Plan {
	p := DefaultPlan(Answers{}, t0.Add(-72*time.Hour))
	p.Stage = routines.StageRelief
	p.Levels[routines.FamilyExtension] = 3
	return p
}

func mustExercise(cat *routines.Catalog, id string) *routines.Exercise {
	ex, ok := cat.Exercise(id)
	if !ok {
		panic("no exercise " + id)
	}
	return ex
}
