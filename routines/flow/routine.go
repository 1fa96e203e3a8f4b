package flow

import (
	"fmt"
	"strings"
	"time"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// routineSteps run a routine: the coach's session judges each answer, a
// worse one starts the recheck rest, and a decision that changes the
// routine reshapes the rest of it.
type routineSteps struct {
	r    *run
	sess *coach.Session
}

func (s *routineSteps) begin(c routines.CheckIn) (coach.Decision, error) {
	var d coach.Decision
	var err error
	s.sess, d, err = coach.NewSessionFor(s.r.cat, s.r.plan, s.r.routine, c, s.r.opts.Coach)
	return d, err
}

func (s *routineSteps) afterBaseline(d coach.Decision) {
	r := s.r
	r.said = &d
	run := r.routine
	changed := ""
	if d.Action.ChangesRoutine() {
		// A recent red limits this session from the start: read why first.
		run = &routines.Routine{ID: r.routine.ID, Name: r.routine.Name, Purpose: r.routine.Purpose,
			Direction: r.routine.Direction, Stage: r.routine.Stage, Blocks: s.sess.Reshape(r.routine.Blocks, d)}
		changed = "Today: " + names(run.Blocks) + "."
		s.replan(plannedSets(run.Blocks))
	}
	r.time(run, r.opts.Runner)
	if changed != "" {
		r.show(d, changed, nil)
	}
}

func (s *routineSteps) answer(c routines.CheckIn) {
	r := s.r
	var d coach.Decision
	if c.Kind == routines.CheckInRecheck {
		r.runner, r.main, r.resting = r.main, nil, false
		d = s.sess.AfterRecheck(c)
	} else if r.skipped {
		d = s.sess.AfterSkippedSet(r.runner.Status().Exercise, c)
	} else {
		d = s.sess.AfterSet(r.runner.Status().Exercise, c)
	}
	r.skipped = false
	r.decide(d, c.At)
	switch {
	case d.Action.Stops():
		r.stop(d)
	case d.Action == coach.ActionRecheck:
		s.startRecheck(d)
	case d.Action.ChangesRoutine():
		r.said = &d
		changed := s.reshape(d)
		r.events(r.runner.CheckedIn())
		if changed == "" && d.Action == coach.ActionHoldStep {
			// Nothing stronger was coming: the amber reads under the timer.
			r.need = NeedTimer
			return
		}
		r.show(d, changed, nil)
	default:
		r.said = &d
		r.need = NeedTimer
		r.events(r.runner.CheckedIn())
	}
}

func (s *routineSteps) urgent(c routines.CheckIn) coach.Decision {
	if s.sess == nil {
		return coach.Decision{}
	}
	return s.sess.AfterSet(s.r.exercise(), c)
}

func (s *routineSteps) plan() (coach.Plan, bool) {
	if s.sess == nil {
		return coach.Plan{}, false
	}
	return s.sess.Plan(), true
}

func (s *routineSteps) pending() bool { return s.sess != nil && s.sess.Pending() }

// startRecheck pauses the movement and runs a timed rest in a neutral
// position; the check-in after it is the recheck.
func (s *routineSteps) startRecheck(d coach.Decision) {
	r := s.r
	rest := restRoutine(r.cat, d.Next, r.opts.Coach)
	r.said = &d
	r.show(d, "", func() {
		r.main, r.resting = r.runner, true
		r.time(rest, routines.RunnerOptions{GetReady: 3 * time.Second})
	})
}

// reshape applies a decision to the rest of the session and says what
// changed.
func (s *routineSteps) reshape(d coach.Decision) string {
	rn := s.r.runner
	blocks := rn.Blocks()
	st := rn.Status()
	bi := st.Block - 1
	var remaining []routines.Block
	if left := st.Sets - st.Set; left > 0 {
		b := blocks[bi]
		b.Dose.Sets = left
		remaining = append(remaining, b)
	}
	remaining = append(remaining, blocks[bi+1:]...)
	before := names(remaining)
	next := s.sess.Reshape(remaining, d)
	rn.EndBlock()
	rn.ReplaceRemaining(next)
	s.replan(s.r.setRef + plannedSets(next))
	after := names(next)
	switch {
	case before == after:
		return ""
	case after == "":
		return "Nothing more in this session."
	}
	return "Coming up now: " + after + "."
}

// replan records the sets the session plans now, when the coach changed
// how many: the history then counts done against what was planned as it
// stood (R24), and says the coach changed it.
func (s *routineSteps) replan(n int) {
	if n == s.r.planned {
		return
	}
	s.r.planned = n
	s.r.emit(Replan{Planned: n})
}

// restRoutine is a one-set routine of the recheck rest.
func restRoutine(cat *routines.Catalog, s *coach.Step, opt coach.Options) *routines.Routine {
	d := opt.RecheckRest
	if d <= 0 {
		d = coach.DefaultRecheckRest
	}
	var ex *routines.Exercise
	if s != nil {
		ex = s.Exercise
		if s.Duration > 0 {
			d = s.Duration
		}
	}
	if ex == nil {
		ex = &routines.Exercise{ID: "rest", Name: "Rest in a comfortable position", Family: routines.FamilyPosition,
			Steps: []string{"Lie or sit in the position that eases your pain most.", "Breathe slowly and let your back relax."}}
	}
	dose := routines.Dose{Kind: routines.DoseTimed, Sets: 1, Duration: d}
	return &routines.Routine{ID: "recheck", Name: "Recheck rest", Blocks: []routines.Block{{Exercise: ex, Dose: dose}}}
}

func names(bs []routines.Block) string {
	var out []string
	for _, b := range bs {
		if b.Exercise == nil {
			continue
		}
		n := b.Exercise.Name
		if b.Dose.Sets > 1 {
			n = fmt.Sprintf("%s (%d sets)", n, b.Dose.Sets)
		}
		out = append(out, n)
	}
	return strings.Join(out, ", ")
}
