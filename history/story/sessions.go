package story

import (
	"context"
	"math"
	"math/rand/v2"
	"time"

	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
)

func flowResult(at time.Time, r coach.TestResult) flow.TestResult {
	return flow.TestResult{At: at, Result: r}
}

// session is one session being written.
type session struct {
	ctx   context.Context
	st    *history.Store
	id    int64
	t     time.Time
	reach int
	pain  int
	block int
}

func start(ctx context.Context, st *history.Store, at time.Time, id, name string, d int, rng *rand.Rand) (*session, error) {
	sid, err := st.Journal().StartSession(ctx, routines.SessionRoutine, id, name, at)
	if err != nil {
		return nil, err
	}
	r, p := level(d)
	s := &session{ctx: ctx, st: st, id: sid, t: at,
		reach: clamp(int(math.Round(r))+rng.IntN(3)-1, 1, 6), pain: clamp(int(math.Round(p))+rng.IntN(3)-1, 0, 10)}
	_, err = st.Journal().AddCheckIn(ctx, sid, 0, s.checkIn(routines.CheckInBaseline, ""))
	return s, err
}

func (s *session) checkIn(kind routines.CheckInKind, moved routines.Moved) routines.CheckIn {
	leg := routines.LegRight
	if !routines.Reach(s.reach).InLeg() {
		leg = routines.LegNone
	}
	return routines.CheckIn{At: s.t, Kind: kind, Moved: moved, Reach: routines.Reach(s.reach), Leg: leg,
		LegPain: s.pain, BackPain: 2 + s.reach%2}
}

// set writes one completed set and its check-in: the pain moves by step
// regions (negative is up toward the back).
func (s *session) set(ex string, fam routines.Family, lvl, step int, unit routines.Unit, planned int) (int64, error) {
	s.t = s.t.Add(30 * time.Second)
	length := time.Duration(planned) * 3 * time.Second
	if unit == routines.UnitSeconds {
		length = time.Duration(planned) * time.Second
	}
	id, err := s.st.Journal().AddSet(s.ctx, s.id, routines.SetResult{Block: s.block, ExerciseID: ex, Family: fam, Level: lvl,
		StartedAt: s.t, EndedAt: s.t.Add(length), Unit: unit, Planned: planned, Done: planned, Completed: true})
	if err != nil {
		return 0, err
	}
	s.block++
	s.t = s.t.Add(length + 20*time.Second)
	moved := routines.MovedSame
	switch {
	case step < 0 && s.reach > 1:
		moved, s.reach, s.pain = routines.MovedUp, s.reach+step, max(s.pain-1, 0)
	case step > 0:
		moved, s.reach, s.pain = routines.MovedDown, min(s.reach+step, 6), min(s.pain+2, 10)
	}
	_, err = s.st.Journal().AddCheckIn(s.ctx, s.id, id, s.checkIn(routines.CheckInAfterSet, moved))
	return id, err
}

func (s *session) decide(rule string, action coach.Action, reason string) error {
	return s.st.Journal().AddDecision(s.ctx, s.id, routines.DecisionRecord{At: s.t, RuleID: rule, Action: string(action), Reason: reason})
}

func (s *session) finish(status routines.SessionStatus, reason string) error {
	return s.st.Journal().FinishSession(s.ctx, s.id, status, reason, s.t.Add(time.Minute))
}

// reliefSession is the extension relief set: prone lying, the day's step,
// prone lying. On the flare day the first press-up set turns red.
func reliefSession(ctx context.Context, st *history.Store, at time.Time, d, i int, rng *rand.Rand) error {
	s, err := start(ctx, st, at, "extension", "Extension", d, rng)
	if err != nil {
		return err
	}
	if err := st.Journal().SetPlanned(ctx, s.id, 3); err != nil {
		return err
	}
	ex, lvl := "prone-on-elbows", 2
	if d >= 8 && (d < FlareDay || d >= FlareDay+2) {
		ex, lvl = "press-up", 3
	}
	if _, err := s.set("prone-lying", routines.FamilyExtension, 1, 0, routines.UnitSeconds, 120); err != nil {
		return err
	}
	if d == FlareDay && i == 0 {
		return flareSession(s)
	}
	step := 0
	switch p := rng.IntN(10); {
	case p < 5:
		step = -1
	case p == 9 && d > 3 && rng.IntN(4) == 0:
		step = 1
	}
	if _, err := s.set(ex, routines.FamilyExtension, lvl, step, routines.UnitReps, 10); err != nil {
		return err
	}
	if step > 0 {
		s.t = s.t.Add(4 * time.Minute)
		s.reach, s.pain = s.reach-1, s.pain-2
		if _, err := st.Journal().AddCheckIn(ctx, s.id, 0, s.checkIn(routines.CheckInRecheck, routines.MovedUp)); err != nil {
			return err
		}
		if err := s.decide("R6", coach.ActionContinue, "The pain spread further down during the set but was back where it "+
			"started after the rest. Carry on with "+name(ex)+" at the same force, with no step up this session."); err != nil {
			return err
		}
	}
	if _, err := s.set("prone-lying", routines.FamilyExtension, 1, 0, routines.UnitSeconds, 120); err != nil {
		return err
	}
	return s.finish(routines.StatusCompleted, "")
}

// flareSession is the red set of the flare day.
func flareSession(s *session) error {
	if _, err := s.set("press-up", routines.FamilyExtension, 3, 1, routines.UnitReps, 10); err != nil {
		return err
	}
	s.t = s.t.Add(4 * time.Minute)
	if _, err := s.st.Journal().AddCheckIn(s.ctx, s.id, 0, s.checkIn(routines.CheckInRecheck, routines.MovedSame)); err != nil {
		return err
	}
	if err := s.decide("R5", coach.ActionRegress, "The pain reached further down the leg and was still there after a "+
		"4-minute rest. Stop the press-up: it makes the pain worse. The rest of this session uses prone on elbows, one step gentler."); err != nil {
		return err
	}
	if _, err := s.set("prone-on-elbows", routines.FamilyExtension, 2, -1, routines.UnitSeconds, 120); err != nil {
		return err
	}
	return s.finish(routines.StatusStopped, "pain spread further down the leg")
}

// extraSession is a short session of one exercise, two sets.
func extraSession(ctx context.Context, st *history.Store, at time.Time, id, title, ex string, fam routines.Family, lvl, d int, rng *rand.Rand) error {
	s, err := start(ctx, st, at, id, title, d, rng)
	if err != nil {
		return err
	}
	unit, planned := routines.UnitReps, 10
	if fam == routines.FamilyCore {
		unit, planned = routines.UnitHolds, 5
	}
	for range 2 {
		if _, err := s.set(ex, fam, lvl, 0, unit, planned); err != nil {
			return err
		}
	}
	return s.finish(routines.StatusCompleted, "")
}

func name(id string) string {
	switch id {
	case "press-up":
		return "the press-up"
	case "prone-on-elbows":
		return "prone on elbows"
	}
	return id
}

func clamp(v, lo, hi int) int { return min(max(v, lo), hi) }
