package content

import (
	"fmt"
	"maps"
	"math"
	"slices"

	"github.com/centra-app/centra/routines"
)

// Bounds of a figure, so that a typo stands out.
const (
	maxPoses    = 8
	maxAngle    = 360.0
	maxLabelLen = 60
)

var (
	figureKeys = []string{"support", "start", "hold", "poses"}
	poseKeys   = []string{"label", "torso", "head", "arm", "leg", "arm2", "leg2"}
)

// parseFigure reads an [exercise.figure] table:
//
//	[exercise.figure]
//	support = "floor"   # or "chair"; default floor
//	start = "down"      # the pose to get into
//	hold = "up"         # holds and timed sets: the pose held; default start
//	[exercise.figure.poses]
//	down = {label = "lying flat", torso = 0, arm = [160, 290], leg = [180, 180]}
func parseFigure(t *table) *routines.Figure {
	fig := &routines.Figure{Support: routines.SupportFloor, Poses: map[string]routines.Pose{}}
	if s := t.str("support", false); s != "" {
		fig.Support = routines.Support(s)
		if !slices.Contains(routines.Supports, fig.Support) {
			t.r.errf(t.keyPath("support"), "unknown support %q; use one of %s", s, quoteList(routines.Supports))
		}
	}
	fig.Start = t.str("start", true)
	fig.Hold = t.str("hold", false)
	if pt := t.sub("poses", "[exercise.figure.poses]"); pt != nil {
		names := slices.Sorted(maps.Keys(pt.m))
		if len(names) > maxPoses {
			t.r.errf(pt.path, "a figure may have at most %d poses, not %d", maxPoses, len(names))
		}
		for _, name := range names {
			// A pose with problems is kept, so that it is not reported
			// again as missing where it is used.
			fig.Poses[name], _ = parsePose(pt, name)
		}
		if len(names) == 0 {
			t.r.errf(pt.path, "the figure has no poses; add one, like down = {label = \"lying flat\", torso = 0, arm = [180, 180], leg = [180, 180]}")
		}
	} else if !t.has("poses") {
		t.r.errf(t.path, "the figure has no poses; add an [exercise.figure.poses] table")
	}
	for _, key := range []string{"start", "hold"} {
		name := fig.Start
		if key == "hold" {
			name = fig.Hold
		}
		if name != "" {
			checkPoseName(t.r, fig, t.keyPath(key), key, name)
		}
	}
	t.close(figureKeys...)
	return fig
}

// parsePose reads one named pose of the poses table.
func parsePose(pt *table, name string) (routines.Pose, bool) {
	at := pt.keyPath(name)
	if !isID(name) {
		pt.r.errf(at, "pose name %q must be lowercase letters and digits joined by single dashes, like \"arms-straight\"", name)
	}
	pt.get(name)
	m, ok := pt.m[name].(map[string]any)
	if !ok {
		pt.wrongType(at, "pose "+name, `a table, like {label = "lying flat", torso = 0, arm = [180, 180], leg = [180, 180]}`, pt.m[name])
		return routines.Pose{}, false
	}
	t := newTable(pt.r, at, fmt.Sprintf("pose %q", name), m)
	before := len(t.r.probs)
	p := routines.Pose{Label: t.str("label", true)}
	if len([]rune(p.Label)) > maxLabelLen {
		t.r.errf(t.keyPath("label"), "label must be at most %d characters: a few words that say the pose", maxLabelLen)
	}
	p.Torso, _ = angle(t, "torso", true)
	p.Head = p.Torso
	if a, ok := angle(t, "head", false); ok {
		p.Head = a
	}
	p.Arm, _ = anglePair(t, "arm", true, "the upper arm then the forearm")
	p.Leg, _ = anglePair(t, "leg", true, "the thigh then the shin")
	p.Arm2, p.Leg2 = p.Arm, p.Leg
	if a, ok := anglePair(t, "arm2", false, "the far upper arm then forearm"); ok {
		p.Arm2 = a
	}
	if a, ok := anglePair(t, "leg2", false, "the far thigh then shin"); ok {
		p.Leg2 = a
	}
	t.close(poseKeys...)
	return p, len(t.r.probs) == before
}

// angle reads a direction in degrees.
func angle(t *table, key string, required bool) (float64, bool) {
	v, ok := t.get(key)
	if !ok {
		if required {
			t.r.errf(t.path, "%s has no %s, its direction in degrees (0 right, 90 up, 180 left, 270 down)", t.what, key)
		}
		return 0, false
	}
	return toAngle(t.r, t.keyPath(key), key, v)
}

func toAngle(r *reporter, path, name string, v any) (float64, bool) {
	var a float64
	switch x := v.(type) {
	case int64:
		a = float64(x)
	case float64:
		a = x
	default:
		r.errf(path, "%s must be a direction in degrees (0 right, 90 up, 180 left, 270 down), not %s", name, describe(v))
		return 0, false
	}
	if math.IsNaN(a) || a < -maxAngle || a > maxAngle {
		r.errf(path, "%s must be between %g and %g degrees", name, -maxAngle, maxAngle)
		return 0, false
	}
	return a, true
}

// anglePair reads [upper, lower], the directions of a limb's two parts.
func anglePair(t *table, key string, required bool, parts string) ([2]float64, bool) {
	v, ok := t.get(key)
	if !ok {
		if required {
			t.r.errf(t.path, "%s has no %s: two directions in degrees, %s, like %s = [270, 270]", t.what, key, parts, key)
		}
		return [2]float64{}, false
	}
	list, ok := v.([]any)
	if !ok || len(list) != 2 {
		t.r.errf(t.keyPath(key), "%s must be two directions in degrees, %s, like %s = [270, 270]; not %s", key, parts, key, describe(v))
		return [2]float64{}, false
	}
	var out [2]float64
	good := true
	for i, e := range list {
		a, ok := toAngle(t.r, indexPath(t.keyPath(key), i), fmt.Sprintf("%s entry %d", key, i+1), e)
		out[i], good = a, good && ok
	}
	return out, good
}

// checkPoseName reports a pose name the figure does not define.
func checkPoseName(r *reporter, fig *routines.Figure, at, what, name string) {
	if _, ok := fig.Poses[name]; ok {
		return
	}
	names := slices.Sorted(maps.Keys(fig.Poses))
	msg := fmt.Sprintf("%s names pose %q, which the figure does not define", what, name)
	if s := suggest(name, names); s != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", s)
	} else if len(names) > 0 {
		msg += "; use one of " + quoteList(names)
	}
	r.errf(at, "%s", msg)
}

// checkBeatPoses reports cadence beats that name a pose the exercise's
// figure does not have, at the beat in the dose table s.
func checkBeatPoses(r *reporter, e *routines.Exercise, d routines.Dose, s *doseSpec) {
	for i, b := range d.Cadence {
		if b.Pose == "" {
			continue
		}
		at := s.path
		if p, ok := s.set["cadence"]; ok {
			at = joinPath(indexPath(p, i), "pose")
		}
		if e.Figure == nil {
			r.errf(at, "beat %d names pose %q, but the exercise has no [exercise.figure]", i+1, b.Pose)
			continue
		}
		checkPoseName(r, e.Figure, at, fmt.Sprintf("beat %d", i+1), b.Pose)
	}
}
