package routines

import (
	"math"
	"time"
)

// Pose is the shape of the body at one moment, seen from the side: the
// direction of each body part in degrees, 0 pointing right (the way the
// figure faces), 90 straight up, 180 left and 270 straight down. The
// second arm and leg are the far ones; when a pose does not give them they
// follow the near ones.
type Pose struct {
	// Label says the pose in a few plain words ("lying flat"), for the
	// Library and for people who do not see the figure.
	Label string
	// Torso points from the hips to the shoulders; Head from the neck to
	// the crown.
	Torso, Head float64
	// Arm and Arm2 are the upper arm then the forearm; Leg and Leg2 the
	// thigh then the shin.
	Arm, Arm2, Leg, Leg2 [2]float64
}

// Support is what carries the figure's weight.
type Support string

// The supports a figure can rest on.
const (
	// SupportFloor puts the lowest point of the body on the floor, the
	// hips staying in place from one pose to the next.
	SupportFloor Support = "floor"
	// SupportFeet stands the body on its feet, which stay in place while
	// the hips and the trunk move.
	SupportFeet Support = "feet"
	// SupportChair seats the hips on a chair, feet towards the floor.
	SupportChair Support = "chair"
)

// Supports lists every support.
var Supports = []Support{SupportFloor, SupportFeet, SupportChair}

// Figure is how an exercise is drawn: named poses, the one to start in,
// and the one held. The beats of a reps cadence name the pose each beat
// moves to (Beat.Pose); a beat that names none keeps the body still.
type Figure struct {
	Support Support
	Poses   map[string]Pose
	// Start is the pose to get into: shown while getting ready, relaxing
	// and resting, and where each repetition begins.
	Start string
	// Hold is the pose of a hold or of a timed set; empty means Start.
	Hold string
}

// Held is the name of the pose a hold or a timed set keeps.
func (f *Figure) Held() string {
	if f.Hold != "" {
		return f.Hold
	}
	return f.Start
}

// FigureFrames is how many frames the figure shows while one beat of
// length d moves it: about one a second, so that its frames fall on the
// countdown's own once-a-second changes and cost no extra wake-ups, and at
// most four, so that a slow beat still moves in a few clear steps.
func FigureFrames(d time.Duration) int {
	n := int(math.Round(d.Seconds()))
	return min(max(n, 1), maxFigureFrames)
}

// maxFigureFrames is the most frames one beat is drawn in.
const maxFigureFrames = 4
