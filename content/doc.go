// Package content holds centra's exercise and routine library, written as
// TOML files in data/, and the loader that parses and validates them, and
// custom routine files, into a routines.Catalog.
//
// The binary carries the built-in library as Go values generated from
// data/ (builtin_data.go), so a launch does not parse or validate it again;
// TestBuiltinIsGeneratedFromTheTOML fails when the two differ, and with
// -update-builtin rewrites the generated file.
//
// Every problem is reported as file:line:col with a message a
// physiotherapist can act on, and all problems of a file are reported at
// once. The doses and cautions of the built-in library follow
// CLINICAL.md.
//
// # File schema
//
// A file may define exercises, one routine, or both. Durations are written
// as text such as "30s", "3m" or "2m30s", or as a whole number of seconds.
// Ids are lowercase words joined by dashes ("press-up").
//
// An exercise is an [[exercise]] table:
//
//	[[exercise]]
//	id = "press-up"
//	name = "Press-up"
//	family = "extension"   # extension, flexion, side-glide, neural, core, position, walking
//	level = 3              # rung on the family's ladder, 1 = least force; 0 = not on a ladder
//	summary = "One line on what it is for."
//	steps = ["Lie face down.", "..."]   # short, one action each; required
//	cues = ["Hips stay down."]          # reminders while working; optional
//	cautions = ["Stop if the pain spreads further down your leg."]  # required
//
//	[exercise.dose]
//	kind = "reps"          # reps, holds or timed
//	sets = 3               # default 1, or the length of holds
//	rest = "30s"           # between sets; default 0
//	per_side = false       # each set on one side, then the other
//	# kind = "reps":
//	reps = 10
//	cadence = [{cue = "Press up", secs = 2}, {cue = "Lower slowly", secs = 2}]
//	# kind = "holds": set i has holds[i] holds (the last entry repeats)
//	hold = "10s"
//	holds = [5, 3, 1]
//	hold_rest = "3s"       # between two holds; default 0
//	# kind = "timed":
//	duration = "3m"
//	# reps with a figure: each beat may name the pose it moves to
//	# cadence = [{cue = "Press up", secs = 2, pose = "up"}, {cue = "Lower", secs = 2, pose = "down"}]
//
//	[exercise.figure]      # optional: how the exercise is drawn (package figure)
//	support = "floor"      # floor (default), feet (standing) or chair
//	start = "down"         # the pose to get into; where each rep begins
//	hold = "up"            # holds and timed sets: the pose held; default start
//	[exercise.figure.poses]  # up to 8; each part's direction in degrees,
//	# 0 right (the way the figure faces), 90 up, 180 left, 270 down
//	down = {label = "face down", torso = 0, arm = [120, 275], leg = [180, 180]}
//	up = {label = "arms straight, hips down", torso = 55, head = 70, arm = [275, 270], leg = [180, 180]}
//	# head (default: as the torso); arm2 and leg2, the far limbs (default: as arm and leg)
//
// A routine is written with top-level keys and one [[block]] per exercise,
// in order:
//
//	id = "extension"
//	name = "Extension"
//	purpose = "What the routine is for, in a sentence or two."
//	direction = "extension"  # extension, flexion, side-glide, neutral, core, maintenance
//	stage = "relief"         # find-direction, relief, mobility, strength, maintenance
//
//	[[block]]
//	exercise = "press-up"
//	sets = 2                 # any dose key except kind overrides the exercise's dose
//
// A block's dose is its exercise's dose with the block's keys laid over
// it. Keys that do not apply to the dose's kind are errors, as are
// unknown keys.
//
// # Rules
//
// Ids are unique among exercises and among routines; each family's ladder
// has at most one exercise per level; every block names a known exercise;
// sets, reps, holds and lengths are positive and within sane bounds; and no
// exercise or routine may be a sit-up, crunch, toe touch or hamstring
// stretch (CLINICAL.md rule 14), checked by the words of its id and name.
// Custom exercises (defined in custom routine files) must have level 0:
// only the built-in ladders are climbed by the coach.
package content
