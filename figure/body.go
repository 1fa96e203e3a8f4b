package figure

import (
	"math"

	"github.com/centra-app/centra/routines"
)

// The body's proportions, in body units (a grown-up is about 18 tall).
// They are drawing choices, not measurements of anyone.
const (
	torsoLen   = 7.0
	neckLen    = 0.7
	headRadius = 1.1
	upperArm   = 3.1
	forearm    = 2.9
	thighLen   = 4.4
	shinLen    = 4.3
	// seatHeight is the chair's seat, so that a shin straight down puts
	// the foot on the floor.
	seatHeight = shinLen
)

// vec is a point or a direction in body units, y pointing up.
type vec struct{ x, y float64 }

func (a vec) add(b vec) vec       { return vec{a.x + b.x, a.y + b.y} }
func (a vec) sub(b vec) vec       { return vec{a.x - b.x, a.y - b.y} }
func (a vec) scale(k float64) vec { return vec{a.x * k, a.y * k} }
func (a vec) length() float64     { return math.Hypot(a.x, a.y) }
func toward(deg, length float64) vec {
	r := deg * math.Pi / 180
	return vec{math.Cos(r) * length, math.Sin(r) * length}
}

// joint names a point of the body, for the arrow.
type joint int

const (
	hip joint = iota
	shoulder
	neck
	head // the centre of the head
	elbow
	hand
	knee
	foot
	elbow2
	hand2
	knee2
	foot2
	joints
)

// body is a pose laid out in space: every joint's place.
type body [joints]vec

// layout places a pose's joints with the hips at the origin.
func layout(p routines.Pose) body {
	var b body
	b[shoulder] = toward(p.Torso, torsoLen)
	b[neck] = b[shoulder].add(toward(p.Head, neckLen))
	b[head] = b[neck].add(toward(p.Head, headRadius))
	b[elbow] = b[shoulder].add(toward(p.Arm[0], upperArm))
	b[hand] = b[elbow].add(toward(p.Arm[1], forearm))
	b[elbow2] = b[shoulder].add(toward(p.Arm2[0], upperArm))
	b[hand2] = b[elbow2].add(toward(p.Arm2[1], forearm))
	b[knee] = toward(p.Leg[0], thighLen)
	b[foot] = b[knee].add(toward(p.Leg[1], shinLen))
	b[knee2] = toward(p.Leg2[0], thighLen)
	b[foot2] = b[knee2].add(toward(p.Leg2[1], shinLen))
	return b
}

// moved returns the body shifted by d.
func (b body) moved(d vec) body {
	for i := range b {
		b[i] = b[i].add(d)
	}
	return b
}

// mirrored returns the body flipped left to right about x = 0.
func (b body) mirrored() body {
	for i := range b {
		b[i].x = -b[i].x
	}
	return b
}

// lowest is the height of the body's lowest point, the head's bottom
// included.
func (b body) lowest() float64 {
	low := b[head].y - headRadius
	for _, p := range b {
		low = min(low, p.y)
	}
	return low
}

// rest puts a laid-out pose on its support: on a chair the hips are on
// the seat; on the floor the lowest point touches it, and standing on the
// feet the near foot stays at x = 0. The floor is y = 0.
func rest(s routines.Support, b body) body {
	switch s {
	case routines.SupportChair:
		return b.moved(vec{0, seatHeight})
	case routines.SupportFeet:
		return b.moved(vec{-b[foot].x, -b.lowest()})
	}
	return b.moved(vec{0, -b.lowest()})
}

// Lerp is the pose a fraction t of the way from a to b, each body part
// turning the shorter way round. The label is a's until t reaches 1.
func Lerp(a, b routines.Pose, t float64) routines.Pose {
	t = min(max(t, 0), 1)
	turn := func(x, y float64) float64 {
		d := math.Mod(y-x, 360)
		switch {
		case d > 180:
			d -= 360
		case d < -180:
			d += 360
		}
		return x + d*t
	}
	pair := func(x, y [2]float64) [2]float64 { return [2]float64{turn(x[0], y[0]), turn(x[1], y[1])} }
	out := routines.Pose{
		Label: a.Label,
		Torso: turn(a.Torso, b.Torso), Head: turn(a.Head, b.Head),
		Arm: pair(a.Arm, b.Arm), Arm2: pair(a.Arm2, b.Arm2),
		Leg: pair(a.Leg, b.Leg), Leg2: pair(a.Leg2, b.Leg2),
	}
	if t >= 1 {
		out.Label = b.Label
	}
	return out
}
