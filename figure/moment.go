package figure

import (
	"time"

	"github.com/centra-app/centra/routines"
)

// Now is the frame of an exercise's figure for the runner's status: the
// start pose while getting ready, relaxing or resting, with an arrow to
// the first movement; during a repetition, the beat's movement in a few
// frames (routines.FigureFrames); during a hold or a timed set, the held
// pose, reached within its first second. ok is false when the exercise
// has no figure.
func Now(st routines.Status) (f Frame, ok bool) {
	if st.Exercise == nil || st.Exercise.Figure == nil {
		return Frame{}, false
	}
	fig := st.Exercise.Figure
	start := fig.Poses[fig.Start]
	f = Frame{Pose: start, Mirror: st.Phase.Side == 2}
	first := firstMove(fig, st.Dose)
	if st.Phase.Kind != routines.PhaseWork {
		f.Next = first
		return f, true
	}
	if st.Dose.Kind != routines.DoseReps {
		held := fig.Poses[fig.Held()]
		if st.Elapsed < time.Second && first != nil {
			f.Pose = Lerp(start, held, 0.5)
			f.Next = &held
			return f, true
		}
		f.Pose = held
		return f, true
	}
	if st.BeatIndex >= len(st.Dose.Cadence) {
		return f, true
	}
	from := poseBefore(fig, st.Dose.Cadence, st.BeatIndex, st.Rep > 1)
	beat := st.Dose.Cadence[st.BeatIndex]
	if beat.Pose == "" || beat.Length <= 0 {
		f.Pose = from
		return f, true
	}
	to := fig.Poses[beat.Pose]
	n := routines.FigureFrames(beat.Length)
	k := min(int(st.BeatElapsed*time.Duration(n)/beat.Length), n-1)
	f.Pose = Lerp(from, to, float64(k+1)/float64(n))
	if from != to {
		f.Next = &to
	}
	return f, true
}

// poseBefore is the pose the body is in when beat i of a repetition
// begins: that of the last beat before it that names one, else where the
// repetition before ended (again) or the start.
func poseBefore(fig *routines.Figure, cadence []routines.Beat, i int, again bool) routines.Pose {
	name := fig.Start
	before := cadence[:i]
	if again {
		before = append(cadence[i:len(cadence):len(cadence)], before...)
	}
	for _, b := range before {
		if b.Pose != "" {
			name = b.Pose
		}
	}
	return fig.Poses[name]
}

// firstMove is the first pose the body moves to from the start: a
// repetition's first beat that changes the pose, or the held pose. It is
// nil when nothing moves.
func firstMove(fig *routines.Figure, d routines.Dose) *routines.Pose {
	name := fig.Held()
	if d.Kind == routines.DoseReps {
		name = fig.Start
		for _, b := range d.Cadence {
			if b.Pose != "" && b.Pose != fig.Start {
				name = b.Pose
				break
			}
		}
	}
	if name == fig.Start {
		return nil
	}
	p := fig.Poses[name]
	return &p
}

// Keyframes are the poses of an exercise in the order a person goes
// through them, for the Library: the start, then each new pose of a
// repetition until the body is back at the start, or the held pose.
func Keyframes(e *routines.Exercise) []routines.Pose {
	fig := e.Figure
	if fig == nil {
		return nil
	}
	names := []string{fig.Start}
	if e.Dose.Kind == routines.DoseReps {
		for _, b := range e.Dose.Cadence {
			if b.Pose == "" || b.Pose == names[len(names)-1] {
				continue
			}
			if b.Pose == fig.Start {
				break
			}
			names = append(names, b.Pose)
		}
	} else if fig.Held() != fig.Start {
		names = append(names, fig.Held())
	}
	out := make([]routines.Pose, len(names))
	for i, n := range names {
		out[i] = fig.Poses[n]
	}
	return out
}
