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
	// Pain: worse early on, better later, with day-to-day noise.
	reach := clamp(int(5-4*progress)+sd.rng.IntN(3)-1, 0, int(routines.MaxReach))
	legPain := clamp(int(7-6*progress)+sd.rng.IntN(3)-1, 0, 10)
	leg := routines.LegLeft
	if reach < int(routines.ReachThigh) {
		leg = routines.LegNone
	}
	t := at
	if err := sd.addCheckIn(id, 0, t, routines.CheckInBaseline, "", reach, leg, legPain); err != nil {
		return err
	}
	status, reason := routines.StatusCompleted, ""
	switch p := sd.rng.IntN(100); {
	case p < 3:
		status, reason = routines.StatusStopped, "pain spread further down the leg"
	case p < 15:
		status, reason = routines.StatusCutShort, "quit"
	}
	stopAfter := planned
	if status != routines.StatusCompleted {
		stopAfter = 1 + sd.rng.IntN(planned)
	}
	n := 0
sets:
	for bi, b := range r.blocks {
		for si := 0; si < b.sets; si++ {
			if n == stopAfter {
				break sets
			}
			n++
			t = t.Add(20 * time.Second)
			length := time.Duration(b.planned) * 3 * time.Second
			if b.unit == routines.UnitSeconds {
				length = time.Duration(b.planned) * time.Second
			}
			done, completed := b.planned, true
			if status != routines.StatusCompleted && n == stopAfter {
				done, completed = sd.rng.IntN(b.planned), false
			}
			res, err := sd.insSet.ExecContext(sd.ctx, id, bi, si, b.exercise, string(b.family), b.level,
				ms(t), ms(t.Add(length)), string(b.unit), b.planned, done, completed)
			if err != nil {
				return err
			}
			setID, err := res.LastInsertId()
			if err != nil {
				return err
			}
			t = t.Add(length + 10*time.Second)
			moved := routines.MovedSame
			switch p := sd.rng.IntN(10); {
			case p < 3 && reach > 0:
				moved, reach = routines.MovedUp, reach-1
			case p == 3 && reach < int(routines.MaxReach):
				moved, reach = routines.MovedDown, reach+1
			}
			legPain = clamp(legPain+sd.rng.IntN(3)-1, 0, 10)
			if err := sd.addCheckIn(id, setID, t, routines.CheckInAfterSet, moved, reach, leg, legPain); err != nil {
				return err
			}
			if moved == routines.MovedDown && sd.rng.IntN(2) == 0 {
				t = t.Add(time.Minute)
				if err := sd.addCheckIn(id, setID, t, routines.CheckInRecheck, routines.MovedSame, reach, leg, legPain); err != nil {
					return err
				}
				if _, err := sd.insDecision.ExecContext(sd.ctx, id, ms(t), "amber-flare", "ease-off",
					"The pain spread, then settled: the next set is gentler."); err != nil {
					return err
				}
			}
			t = t.Add(30 * time.Second)
		}
	}
	_, err = sd.updEnd.ExecContext(sd.ctx, string(status), reason, ms(t), id)
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
