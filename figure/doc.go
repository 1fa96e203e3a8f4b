// Package figure draws an exercise's figure: a side-on line drawing of the
// body, made from the poses kept with the exercise in the content files
// (routines.Figure), in braille dots so that a terminal cell holds two by
// four of them.
//
// A pose gives the direction of each body part; the figure rests on the
// floor (its lowest point touches it) or sits on a chair. Between two poses
// the body moves by turning each part the shorter way round, so a beat of
// a repetition is drawn as a few frames (routines.FigureFrames) on its way
// to the beat's pose, and an arrow at the part that moves most shows which
// way the movement goes. The head is a circle and the floor a dotted line
// under the body.
//
// Everything here is pure: the same pose and size give the same lines.
package figure
