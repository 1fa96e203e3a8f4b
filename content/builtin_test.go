package content

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

func mustBuiltin(t *testing.T) *routines.Catalog {
	t.Helper()
	c, err := Builtin()
	if err != nil {
		t.Fatalf("Builtin: %v", err)
	}
	return c
}

func exercise(t *testing.T, c *routines.Catalog, id string) *routines.Exercise {
	t.Helper()
	e, ok := c.Exercise(id)
	if !ok {
		t.Fatalf("no exercise %q", id)
	}
	return e
}

func routine(t *testing.T, c *routines.Catalog, id string) *routines.Routine {
	t.Helper()
	r, ok := c.Routine(id)
	if !ok {
		t.Fatalf("no routine %q", id)
	}
	return r
}

func TestBuiltinIsCached(t *testing.T) {
	a := mustBuiltin(t)
	b := mustBuiltin(t)
	if a != b {
		t.Error("Builtin parsed the library twice")
	}
}

func TestBuiltinHasEveryRequiredID(t *testing.T) {
	c := mustBuiltin(t)
	for _, id := range []string{
		"prone-lying", "prone-on-elbows", "press-up", "press-up-sag", "press-up-hips-off-centre", "extension-standing",
		"knees-to-chest", "flexion-sitting", "flexion-standing",
		"side-glide", "seated-nerve-slider",
		"curl-up", "side-bridge-knees", "side-bridge-feet", "bird-dog", "front-plank", "dead-bug", "glute-bridge",
		"rest-90-90", "walk",
	} {
		exercise(t, c, id)
	}
	var got []string
	for _, r := range c.Routines() {
		got = append(got, r.ID)
	}
	want := []string{"extension", "flexion", "side-glide", "neutral", "core", "maintenance"}
	if !slices.Equal(got, want) {
		t.Errorf("routines = %v, want %v (in stage order)", got, want)
	}
}

func TestLaddersInOrder(t *testing.T) {
	c := mustBuiltin(t)
	for fam, want := range map[routines.Family][]string{
		routines.FamilyExtension: {"prone-lying", "prone-on-elbows", "press-up", "press-up-sag", "press-up-hips-off-centre", "extension-standing"},
		routines.FamilyFlexion:   {"knees-to-chest", "flexion-sitting", "flexion-standing"},
		routines.FamilySideGlide: {"side-glide"},
		routines.FamilyNeural:    {"seated-nerve-slider"},
		routines.FamilyCore:      {"side-bridge-knees", "side-bridge-feet"},
	} {
		var got []string
		for i, e := range c.Ladder(fam) {
			got = append(got, e.ID)
			if e.Level != i+1 {
				t.Errorf("%s ladder: %s has level %d, want %d", fam, e.ID, e.Level, i+1)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s ladder = %v, want %v", fam, got, want)
		}
	}
}

func TestCatalogOrderFollowsFamilies(t *testing.T) {
	c := mustBuiltin(t)
	last := -1
	for _, e := range c.Exercises() {
		i := slices.Index(routines.Families, e.Family)
		if i < last {
			t.Errorf("%s (%s) is listed after a later family", e.ID, e.Family)
		}
		last = i
	}
}

func TestExercisesAreWrittenToBeFollowed(t *testing.T) {
	c := mustBuiltin(t)
	for _, e := range c.Exercises() {
		if e.Name == "" || e.Summary == "" {
			t.Errorf("%s: missing name or summary", e.ID)
		}
		if n := len(e.Steps); n < 3 || n > 6 {
			t.Errorf("%s: %d steps, want 3-6", e.ID, n)
		}
		if n := len(e.Cues); n < 1 || n > 3 {
			t.Errorf("%s: %d cues, want 1-3", e.ID, n)
		}
		if len(e.Cautions) == 0 {
			t.Errorf("%s: no cautions", e.ID)
		}
		for _, s := range slices.Concat(e.Steps, e.Cues) {
			if len(s) > 100 {
				t.Errorf("%s: %q is too long to read from the floor", e.ID, s)
			}
		}
		if e.Family.Directional() || e.Family == routines.FamilyNeural {
			if !slices.ContainsFunc(e.Cautions, func(s string) bool { return strings.Contains(s, "spreads further down your leg") }) {
				t.Errorf("%s: no caution to stop when the pain spreads further down the leg", e.ID)
			}
		}
		if p := forbiddenPhrase(e.ID, e.Name); p != "" {
			t.Errorf("%s reads as %q", e.ID, p)
		}
	}
	curl := exercise(t, c, "curl-up")
	if !slices.ContainsFunc(curl.Cautions, func(s string) bool { return strings.Contains(s, "not a crunch or a sit-up") }) {
		t.Error("curl-up: no caution against crunches and sit-ups")
	}
}

func TestDosesFollowClinical(t *testing.T) {
	c := mustBuiltin(t)
	timed := func(id string, lo, hi time.Duration) {
		d := exercise(t, c, id).Dose
		if d.Kind != routines.DoseTimed || d.Duration < lo || d.Duration > hi {
			t.Errorf("%s: dose %v, want timed %v-%v", id, d, lo, hi)
		}
	}
	timed("prone-lying", 2*time.Minute, 5*time.Minute)
	timed("prone-on-elbows", 3*time.Minute, 5*time.Minute)
	timed("rest-90-90", 3*time.Minute, 5*time.Minute)
	timed("walk", 10*time.Minute, 10*time.Minute)

	reps := func(id string, lo, hi int) routines.Dose {
		d := exercise(t, c, id).Dose
		if d.Kind != routines.DoseReps || d.Reps < lo || d.Reps > hi {
			t.Errorf("%s: dose %v, want %d-%d reps", id, d, lo, hi)
		}
		return d
	}
	for _, id := range []string{"press-up", "press-up-sag", "press-up-hips-off-centre", "extension-standing"} {
		reps(id, 10, 10)
	}
	if b := reps("press-up", 10, 10).Cadence[1]; b.Length < time.Second || b.Length > 2*time.Second {
		t.Errorf("press-up: pause at the top lasts %v, want 1-2 s", b.Length)
	}
	if b := reps("knees-to-chest", 6, 6).Cadence[1]; b.Length != 2*time.Second {
		t.Errorf("knees-to-chest: hold lasts %v, want 2 s", b.Length)
	}
	reps("side-glide", 10, 15)
	reps("seated-nerve-slider", 10, 10)
	if d := reps("dead-bug", 8, 12); d.Sets < 2 || d.Sets > 4 || !d.PerSide {
		t.Errorf("dead-bug: %v, want 2-4 sets each side", d)
	}

	for _, id := range []string{"curl-up", "side-bridge-knees", "side-bridge-feet", "bird-dog", "front-plank", "glute-bridge"} {
		d := exercise(t, c, id).Dose
		if d.Kind != routines.DoseHolds || d.Hold > 10*time.Second || d.Hold < 7*time.Second {
			t.Errorf("%s: %v, want holds of 7-10 s", id, d)
		}
		if !slices.IsSortedFunc(d.Holds, func(a, b int) int { return b - a }) || d.Rest != 30*time.Second {
			t.Errorf("%s: %v, want a descending pyramid with 30 s rests", id, d)
		}
	}
	for _, id := range []string{"side-bridge-knees", "side-bridge-feet", "bird-dog", "dead-bug"} {
		if !exercise(t, c, id).Dose.PerSide {
			t.Errorf("%s is not done on each side", id)
		}
	}
}

func TestRoutines(t *testing.T) {
	c := mustBuiltin(t)
	ids := func(r *routines.Routine) []string {
		var out []string
		for _, b := range r.Blocks {
			out = append(out, b.Exercise.ID)
		}
		return out
	}
	for _, r := range c.Routines() {
		if r.Direction == "" || r.Stage == "" || r.Purpose == "" || len(r.Blocks) == 0 {
			t.Errorf("%s: incomplete: %+v", r.ID, r)
		}
	}
	length := func(id string, lo, hi time.Duration) *routines.Routine {
		r := routine(t, c, id)
		if l := r.Length(); l < lo || l > hi {
			t.Errorf("%s lasts %v, want %v-%v", id, l, lo, hi)
		}
		return r
	}

	// Prone on elbows lasts about 5 min (CLINICAL.md section 1).
	ext := length("extension", 9*time.Minute, 14*time.Minute)
	if got := ids(ext); !slices.Equal(got, []string{"prone-lying", "prone-on-elbows", "press-up", "prone-lying"}) {
		t.Errorf("extension blocks = %v", got)
	}
	if d := ext.Blocks[2].Dose; d.Sets < 2 || d.Sets > 3 || d.Reps != 10 || d.Rest <= 0 {
		t.Errorf("extension press-ups: %v rest %v, want 2-3 sets of 10 with a rest", d, d.Rest)
	}
	if got := ids(length("flexion", 6*time.Minute, 10*time.Minute)); !slices.Equal(got, []string{"knees-to-chest", "flexion-sitting"}) {
		t.Errorf("flexion blocks = %v", got)
	}
	if got := ids(routine(t, c, "side-glide")); !slices.Equal(got, []string{"side-glide"}) {
		t.Errorf("side-glide blocks = %v", got)
	}
	if got := ids(routine(t, c, "neutral")); !slices.Equal(got, []string{"seated-nerve-slider", "rest-90-90", "walk"}) {
		t.Errorf("neutral blocks = %v", got)
	}
	if got := ids(routine(t, c, "core")); !slices.Equal(got, []string{"curl-up", "side-bridge-knees", "bird-dog"}) {
		t.Errorf("core blocks = %v", got)
	}

	m := length("maintenance", 15*time.Minute, 20*time.Minute)
	fams := map[routines.Family]bool{}
	for _, b := range m.Blocks {
		fams[b.Exercise.Family] = true
	}
	for _, f := range []routines.Family{routines.FamilyExtension, routines.FamilyNeural, routines.FamilyCore, routines.FamilyWalking} {
		if !fams[f] {
			t.Errorf("maintenance has no %s exercise", f)
		}
	}
}

func TestBlockOverridesDoNotTouchExercises(t *testing.T) {
	c := mustBuiltin(t)
	m := routine(t, c, "maintenance")
	curl := exercise(t, c, "curl-up")
	for _, b := range m.Blocks {
		if b.Exercise == curl && slices.Equal(b.Dose.Holds, curl.Dose.Holds) {
			t.Fatalf("maintenance curl-up uses the full pyramid %v", b.Dose.Holds)
		}
	}
	if !slices.Equal(curl.Dose.Holds, []int{5, 3, 1}) || curl.Dose.Sets != 3 {
		t.Errorf("curl-up dose changed: %v", curl.Dose)
	}
}

func TestExtensionStartsAndEndsWithProneLying(t *testing.T) {
	c := mustBuiltin(t)
	for _, r := range c.Routines() {
		var ext []string
		for _, b := range r.Blocks {
			if b.Exercise.Family == routines.FamilyExtension {
				ext = append(ext, b.Exercise.ID)
			}
		}
		if len(ext) == 0 {
			continue
		}
		if ext[0] != "prone-lying" || ext[len(ext)-1] != "prone-lying" || len(ext) < 3 {
			t.Errorf("%s: extension part %v does not start and end with prone lying", r.ID, ext)
		}
	}
}

// TestTheDailyRoutineHasHipAndGluteWork: the maintenance routine builds the
// glutes and keeps the hips moving (CLINICAL.md section 10, rule 22), with
// the steps, cues and cautions of every exercise; the new work is for once
// the leg pain has settled and stops if it comes back.
func TestTheDailyRoutineHasHipAndGluteWork(t *testing.T) {
	c := mustBuiltin(t)
	m := routine(t, c, "maintenance")
	in := map[string]bool{}
	for _, b := range m.Blocks {
		in[b.Exercise.ID] = true
	}
	for _, id := range []string{"glute-bridge", "clamshell", "hip-flexor-stretch"} {
		if !in[id] {
			t.Errorf("maintenance has no %s", id)
		}
	}
	for _, id := range []string{"clamshell", "hip-flexor-stretch"} {
		e := exercise(t, c, id)
		text := strings.ToLower(strings.Join(e.Cautions, " "))
		for _, want := range []string{"once the leg pain has settled", "leg pain comes back"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: the cautions do not say %q", id, want)
			}
		}
		if !e.Dose.PerSide {
			t.Errorf("%s: the dose is not per side", id)
		}
		if !strings.Contains(e.Summary, "no study gives one") {
			t.Errorf("%s: the summary does not say its dose is centra's own starting point", id)
		}
	}
	if d := exercise(t, c, "clamshell").Dose; d.Kind != routines.DoseReps || d.Reps != 10 {
		t.Errorf("clamshell dose %v, want sets of 10", d)
	}
	if d := exercise(t, c, "hip-flexor-stretch").Dose; d.Kind != routines.DoseHolds || d.Hold < 15*time.Second || d.Hold > 30*time.Second {
		t.Errorf("hip-flexor stretch dose %v, want gentle holds of 15-30 s", d)
	}
	if !strings.Contains(m.Purpose, "hip and glute") {
		t.Errorf("the maintenance purpose does not name the hip and glute work: %q", m.Purpose)
	}
}
