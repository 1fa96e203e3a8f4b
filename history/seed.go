package history

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/centra-app/centra/routines"
)

// seedRoutine is a routine as Seed plays it: one exercise per block.
type seedRoutine struct {
	id, name string
	blocks   []seedBlock
}

type seedBlock struct {
	exercise string
	family   routines.Family
	level    int
	unit     routines.Unit
	planned  int
	sets     int
}

var seedRoutines = []seedRoutine{
	{"extension-relief", "Extension relief", []seedBlock{
		{"prone-lying", routines.FamilyExtension, 1, routines.UnitSeconds, 180, 1},
		{"prone-on-elbows", routines.FamilyExtension, 2, routines.UnitSeconds, 120, 2},
		{"press-up", routines.FamilyExtension, 3, routines.UnitReps, 10, 5},
	}},
	{"flexion-relief", "Flexion relief", []seedBlock{
		{"knees-to-chest", routines.FamilyFlexion, 1, routines.UnitReps, 10, 4},
		{"seated-flexion", routines.FamilyFlexion, 2, routines.UnitReps, 10, 4},
	}},
	{"nerve-glides", "Nerve glides", []seedBlock{
		{"sciatic-slider", routines.FamilyNeural, 1, routines.UnitReps, 10, 4},
		{"sciatic-tensioner", routines.FamilyNeural, 2, routines.UnitReps, 8, 4},
	}},
	{"core-basics", "Core basics", []seedBlock{
		{"dead-bug", routines.FamilyCore, 1, routines.UnitReps, 8, 3},
		{"bird-dog", routines.FamilyCore, 2, routines.UnitHolds, 6, 3},
		{"side-plank-knees", routines.FamilyCore, 2, routines.UnitHolds, 4, 2},
	}},
	{"walk", "Walk", []seedBlock{{"walk", routines.FamilyWalking, 1, routines.UnitSeconds, 600, 1}}},
}

// seedBatch is how many sessions Seed writes per transaction.
const seedBatch = 1000

// Seed fills s with n realistic, finished sessions, about eight a day
// (every two hours or so from 07:00) from start on, so 30,000 sessions span
// about ten years. Each has a baseline check-in and a check-in after each of
// about eight sets, now and then a recheck or a coaching decision; most are
// completed, some cut short, a few stopped. Pain eases slowly over the
// years. The same rng seed gives the same data.
//
// It writes in large transactions and is meant for benchmarks, demos and
// tests, not for a person's real history.
func Seed(ctx context.Context, s *Store, n int, start time.Time, rng *rand.Rand) error {
	for done := 0; done < n; {
		batch := min(seedBatch, n-done)
		err := s.write(ctx, "seed", func(tx *sql.Tx) error {
			sd, err := newSeeder(ctx, tx, rng)
			if err != nil {
				return err
			}
			defer sd.close()
			for i := done; i < done+batch; i++ {
				day, slot := i/8, i%8
				at := start.Add(time.Duration(day)*24*time.Hour + time.Duration(slot)*2*time.Hour +
					time.Duration(rng.IntN(30))*time.Minute)
				if err := sd.session(at, float64(i)/float64(max(n, 1))); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		done += batch
	}
	return nil
}

// seeder writes sessions through prepared statements of one transaction.
type seeder struct {
	ctx                                                 context.Context
	rng                                                 *rand.Rand
	insSession, insSet, insCheckIn, insDecision, updEnd *sql.Stmt
}

func newSeeder(ctx context.Context, tx *sql.Tx, rng *rand.Rand) (*seeder, error) {
	sd := &seeder{ctx: ctx, rng: rng}
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&sd.insSession, `INSERT INTO sessions (kind, routine_id, routine_name, started_at, status, sets_planned)
			VALUES (?, ?, ?, ?, 'in-progress', ?)`},
		{&sd.insSet, `INSERT INTO sets (session_id, block, set_index, exercise_id, family, level, started_at, ended_at,
			unit, planned, done, completed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&sd.insCheckIn, `INSERT INTO check_ins (session_id, set_id, at, kind, moved, reach, leg, leg_pain, back_pain,
			tingling, tingling_reach, urgent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]')`},
		{&sd.insDecision, `INSERT INTO decisions (session_id, at, rule_id, action, reason) VALUES (?, ?, ?, ?, ?)`},
		{&sd.updEnd, `UPDATE sessions SET status = ?, reason = ?, ended_at = ? WHERE id = ?`},
	} {
		st, err := tx.PrepareContext(ctx, p.sql)
		if err != nil {
			sd.close()
			return nil, fmt.Errorf("prepare: %w", err)
		}
		*p.dst = st
	}
	return sd, nil
}

func (sd *seeder) close() {
	for _, st := range []*sql.Stmt{sd.insSession, sd.insSet, sd.insCheckIn, sd.insDecision, sd.updEnd} {
		if st != nil {
			st.Close()
		}
	}
}

// seedSession is the session being seeded: its id, the time its sets
// have reached, the pain as it moves, how it ends and after how many sets.
type seedSession struct {
	id             int64
	t              time.Time
	reach, legPain int
	leg            routines.Leg
	status         routines.SessionStatus
	stopAfter, n   int
}

// session writes one session starting at at; progress runs from 0 (the
// first session) to 1 (the last) and eases the pain.
func (sd *seeder) session(at time.Time, progress float64) error {
	r := seedRoutines[sd.rng.IntN(len(seedRoutines))]
	planned := 0
	for _, b := range r.blocks {
		planned += b.sets
	}
	res, err := sd.insSession.ExecContext(sd.ctx, string(routines.SessionRoutine), r.id, r.name, ms(at), planned)
	if err != nil {
		return err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return err
	}
	ss := &seedSession{id: id, t: at}
	// Pain: worse early on, better later, with day-to-day noise.
	ss.reach = clamp(int(5-4*progress)+sd.rng.IntN(3)-1, 0, int(routines.MaxReach))
	ss.legPain = clamp(int(7-6*progress)+sd.rng.IntN(3)-1, 0, 10)
	ss.leg = routines.LegLeft
	if ss.reach < int(routines.ReachThigh) {
		ss.leg = routines.LegNone
	}
	if err := sd.addCheckIn(id, 0, ss.t, routines.CheckInBaseline, "", ss.reach, ss.leg, ss.legPain); err != nil {
		return err
	}
	reason := ""
	ss.status = routines.StatusCompleted
	switch p := sd.rng.IntN(100); {
	case p < 3:
		ss.status, reason = routines.StatusStopped, "pain spread further down the leg"
	case p < 15:
		ss.status, reason = routines.StatusCutShort, "quit"
	}
	ss.stopAfter = planned
	if ss.status != routines.StatusCompleted {
		ss.stopAfter = 1 + sd.rng.IntN(planned)
	}
sets:
	for bi, b := range r.blocks {
		for si := 0; si < b.sets; si++ {
			if ss.n == ss.stopAfter {
				break sets
			}
			if err := sd.set(ss, bi, si, b); err != nil {
				return err
			}
		}
	}
	_, err = sd.updEnd.ExecContext(sd.ctx, string(ss.status), reason, ms(ss.t), id)
	return err
}

// set writes set si of block bi of ss, and what followed it.
func (sd *seeder) set(ss *seedSession, bi, si int, b seedBlock) error {
	ss.n++
	ss.t = ss.t.Add(20 * time.Second)
	length := time.Duration(b.planned) * 3 * time.Second
	if b.unit == routines.UnitSeconds {
		length = time.Duration(b.planned) * time.Second
	}
	done, completed := b.planned, true
	if ss.status != routines.StatusCompleted && ss.n == ss.stopAfter {
		done, completed = sd.rng.IntN(b.planned), false
	}
	res, err := sd.insSet.ExecContext(sd.ctx, ss.id, bi, si, b.exercise, string(b.family), b.level,
		ms(ss.t), ms(ss.t.Add(length)), string(b.unit), b.planned, done, completed)
	if err != nil {
		return err
	}
	setID, err := res.LastInsertId()
	if err != nil {
		return err
	}
	ss.t = ss.t.Add(length + 10*time.Second)
	if err := sd.afterSet(ss, setID); err != nil {
		return err
	}
	ss.t = ss.t.Add(30 * time.Second)
	return nil
}

// afterSet writes the check-in after a set, and now and then a recheck
// and the decision it led to.
func (sd *seeder) afterSet(ss *seedSession, setID int64) error {
	moved := routines.MovedSame
	switch p := sd.rng.IntN(10); {
	case p < 3 && ss.reach > 0:
		moved, ss.reach = routines.MovedUp, ss.reach-1
	case p == 3 && ss.reach < int(routines.MaxReach):
		moved, ss.reach = routines.MovedDown, ss.reach+1
	}
	ss.legPain = clamp(ss.legPain+sd.rng.IntN(3)-1, 0, 10)
	if err := sd.addCheckIn(ss.id, setID, ss.t, routines.CheckInAfterSet, moved, ss.reach, ss.leg, ss.legPain); err != nil {
		return err
	}
	if moved != routines.MovedDown || sd.rng.IntN(2) != 0 {
		return nil
	}
	ss.t = ss.t.Add(time.Minute)
	if err := sd.addCheckIn(ss.id, setID, ss.t, routines.CheckInRecheck, routines.MovedSame, ss.reach, ss.leg, ss.legPain); err != nil {
		return err
	}
	_, err := sd.insDecision.ExecContext(sd.ctx, ss.id, ms(ss.t), "amber-flare", "ease-off",
		"The pain spread, then settled: the next set is gentler.")
	return err
}

func (sd *seeder) addCheckIn(session, set int64, at time.Time, kind routines.CheckInKind, moved routines.Moved,
	reach int, leg routines.Leg, legPain int) error {
	var setID any
	if set != 0 {
		setID = set
	}
	tingling := reach >= int(routines.ReachBelowKnee)
	_, err := sd.insCheckIn.ExecContext(sd.ctx, session, setID, ms(at), string(kind), string(moved), reach,
		string(leg), legPain, clamp(legPain/2, 0, 10), tingling, reach)
	return err
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }
