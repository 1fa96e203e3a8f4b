package content

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/centra-app/centra/routines"
)

func problemStrings(ps []Problem) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Error()
	}
	return out
}

func TestBrokenFiles(t *testing.T) {
	const flare = "sit-ups, crunches, toe touches, hamstring stretches and piriformis stretches are never offered during a sciatica flare"
	tests := map[string][]string{
		"syntax.toml": {
			`5:1: syntax error: expected a comma (',') or array terminator (']'), but got 'p'`,
		},
		"unknown-key.toml": {
			`7:1: unknown key "colour" in the file`,
			`11:1: unknown key "rpes" in the [[block]] of "press-up" (did you mean "reps"?)`,
		},
		"duplicate-id.toml": {
			`14:1: duplicate exercise id "towel-roll" (first defined at testdata/broken/duplicate-id.toml:2)`,
			`25:1: exercise id "press-up" is already taken by "Press-up"; choose another id`,
		},
		"dangling-ref.toml": {
			`12:1: unknown exercise "press-ups" (did you mean "press-up"?)`,
		},
		"zero-dose.toml": {
			`17:1: reps must be between 1 and 100, not 0`,
			`18:27: beat 1 ("Down") must last more than 0 s and at most 1 min, not 0 s`,
			`22:1: sets must be between 1 and 20, not 0`,
			`23:13: holds entry 2 must be between 1 and 50, not 0`,
			`27:1: duration must be longer than 0 s, not 0 s`,
		},
		"missing-cautions.toml": {
			`2:1: exercise "heel-slide" has no cautions`,
			`19:1: cautions must list at least one entry`,
		},
		"unknown-family.toml": {
			`5:1: unknown family "stretching"; use one of "extension", "flexion", "side-glide", "neural", "core", "position" or "walking"`,
			`10:1: unknown dose kind "rep"; use one of "reps", "holds" or "timed"`,
		},
		"forbidden.toml": {
			`10:1: "hamstring-stretch" reads as "hamstring stretch": ` + flare,
			`20:1: "hamstring-stretch" reads as "hamstring stretch": ` + flare,
			`23:1: "sit-ups" reads as "sit ups": ` + flare,
			`26:1: "piriformis-stretch" reads as "piriformis stretch": ` + flare,
		},
		"bad-figure.toml": {
			`14:32: beat 2 names pose "tal", which the figure does not define (did you mean "tall"?)`,
			`18:1: unknown support "wall"; use one of "floor", "feet" or "chair"`,
			`20:1: hold names pose "squat", which the figure does not define; use one of "Mid", "low" or "tall"`,
			`24:30: torso must be between -360 and 360 degrees`,
			`24:43: arm must be two directions in degrees, the upper arm then the forearm, like arm = [270, 270]; not a list`,
			`24:68: leg entry 2 must be a direction in degrees (0 right, 90 up, 180 left, 270 down), not the text "down"`,
			`24:77: unknown key "elbow" in pose "low"`,
			`25:1: pose name "Mid" must be lowercase letters and digits joined by single dashes, like "arms-straight"`,
			`25:1: pose "Mid" has no label`,
			`38:35: beat 1 names pose "up", but the exercise has no [exercise.figure]`,
		},
		"inconsistent-dose.toml": {
			`13:1: custom exercises cannot sit on a ladder, which the coach climbs by the clinical rules; use level = 0`,
			`20:1: reps does not apply to a timed dose; it takes sets, rest, per_side, duration`,
			`24:1: sets must be a whole number, not the text "three"`,
			`25:1: rest: "half a minute" is not a duration; write it like "30s", "3m" or "2m30s", or as a number of seconds`,
			`29:1: holds lists 3 sets (5-3-1) but sets is 2; give one entry per set`,
			`30:1: kind comes from the exercise and cannot be changed in a block`,
		},
	}
	base := mustBuiltin(t)
	files, _ := filepath.Glob("testdata/broken/*.toml")
	if len(files) != len(tests) {
		t.Errorf("%d broken files, %d expectations", len(files), len(tests))
	}
	for name, want := range tests {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", "broken", name)
			for i := range want {
				want[i] = path + ":" + want[i]
			}
			got := problemStrings(ValidateFile(base, path))
			if !slices.Equal(got, want) {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

func TestValidateAcceptsGoodFiles(t *testing.T) {
	base := mustBuiltin(t)
	for _, name := range []string{"a-towel.toml", "d-short-press.toml"} {
		if ps := ValidateFile(base, filepath.Join("testdata", "custom", name)); len(ps) > 0 {
			t.Errorf("%s: %v", name, Problems(ps))
		}
	}
	if ps := ValidateFile(base, "testdata/custom/missing.toml"); len(ps) != 1 || ps[0].Line != 0 || ps[0].Msg != "the file does not exist" {
		t.Errorf("missing file: %v", ps)
	}
	if ps := Validate(nil, "stdin", []byte("")); len(ps) != 1 || ps[0].Error() != "stdin: the file defines no routine and no [[exercise]]" {
		t.Errorf("empty input: %v", ps)
	}
}

func TestLoadCustom(t *testing.T) {
	base := mustBuiltin(t)
	nEx, nRt := len(base.Exercises()), len(base.Routines())
	c, probs := LoadCustom(base, filepath.Join("testdata", "custom"))
	got := problemStrings(probs)
	want := []string{
		`testdata/custom/b-broken.toml:9:1: unknown exercise "no-such-exercise"`,
		`testdata/custom/c-same-id.toml:2:1: routine id "towel-rest" is already taken by "Towel rest"; choose another id`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(c.Routines()) != nRt+2 || len(c.Exercises()) != nEx+1 {
		t.Errorf("custom catalog has %d routines and %d exercises", len(c.Routines()), len(c.Exercises()))
	}
	if _, ok := c.Routine("broken"); ok {
		t.Error("the broken routine was loaded")
	}
	towel := routine(t, c, "towel-rest")
	if towel.Name != "Towel rest" || towel.Blocks[0].Exercise.ID != "towel-roll" || towel.Blocks[1].Dose.Duration != 5*time.Minute {
		t.Errorf("towel-rest = %+v", towel)
	}
	press := routine(t, c, "short-press").Blocks[1].Dose
	if press.Sets != 2 || press.Reps != 6 || press.Rest != 20*time.Second || len(press.Cadence) != 3 {
		t.Errorf("short-press press-ups = %+v", press)
	}
	if d := exercise(t, base, "press-up").Dose; d.Sets != 3 || d.Reps != 10 {
		t.Errorf("the built-in press-up changed: %v", d)
	}
	if len(base.Exercises()) != nEx || len(base.Routines()) != nRt {
		t.Error("LoadCustom changed its base catalog")
	}
	if _, ok := base.Routine("towel-rest"); ok {
		t.Error("LoadCustom added to its base catalog")
	}
}

func TestLoadCustomDirectories(t *testing.T) {
	base := mustBuiltin(t)
	c, probs := LoadCustom(base, filepath.Join(t.TempDir(), "nope"))
	if c != base || probs != nil {
		t.Errorf("missing dir: %v, %v", c, probs)
	}
	file := filepath.Join(t.TempDir(), "file.toml")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if c, probs := LoadCustom(base, file); c != base || len(probs) != 1 || probs[0].File != file {
		t.Errorf("dir is a file: %v", probs)
	}
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "sub.toml"), 0o700); err != nil {
		t.Fatal(err)
	}
	good, _ := os.ReadFile("testdata/custom/d-short-press.toml")
	if err := os.WriteFile(filepath.Join(dir, "mine.toml"), good, 0o600); err != nil {
		t.Fatal(err)
	}
	c, probs = LoadCustom(nil, dir)
	if len(probs) != 2 || !strings.Contains(probs[0].Msg, `unknown exercise "prone-lying"`) || len(c.Routines()) != 0 {
		t.Errorf("nil base: %v", probs)
	}
	if c, probs = LoadCustom(base, dir); len(probs) != 0 || len(c.Routines()) != len(base.Routines())+1 {
		t.Errorf("good dir: %v", probs)
	}
}

func TestLoadChecksTheWholeLibrary(t *testing.T) {
	ex := func(id string, level int) string {
		return `
[[exercise]]
id = "` + id + `"
name = "X"
family = "extension"
level = ` + string(rune('0'+level)) + `
summary = "X."
steps = ["X."]
cautions = ["Stop if the pain spreads further down your leg."]
[exercise.dose]
kind = "timed"
duration = "1m"
`
	}
	rt := `id = "r"
name = "R"
purpose = "R."
direction = "extension"
stage = "relief"
[[block]]
exercise = "a"
`
	fsys := fstest.MapFS{
		"exercises/a.toml": {Data: []byte(ex("a", 1))},
		"exercises/b.toml": {Data: []byte(ex("b", 1) + ex("c", 2))},
		"routines/r.toml":  {Data: []byte(rt + "[[block]]\nexercise = \"c\"\n")},
		"routines/s.toml":  {Data: []byte(rt)},
		"README.md":        {Data: []byte("not content")},
	}
	c, err := Load(fsys)
	var ps Problems
	if c != nil || !errors.As(err, &ps) {
		t.Fatalf("Load = %v, %v", c, err)
	}
	want := []string{
		`exercises/b.toml:6:1: level 1 of the extension ladder is already taken by "a" (exercises/a.toml:2)`,
		`routines/s.toml:1:1: duplicate routine id "r" (first defined in routines/r.toml)`,
	}
	if got := problemStrings(ps); !slices.Equal(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	delete(fsys, "routines/s.toml")
	fsys["exercises/b.toml"] = &fstest.MapFile{Data: []byte(ex("b", 3) + ex("c", 2))}
	c, err = Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var ladder []string
	for _, e := range c.Ladder(routines.FamilyExtension) {
		ladder = append(ladder, e.ID)
	}
	if !slices.Equal(ladder, []string{"a", "c", "b"}) {
		t.Errorf("ladder = %v", ladder)
	}
	if r := routine(t, c, "r"); len(r.Blocks) != 2 || r.Blocks[1].Exercise.ID != "c" {
		t.Errorf("routine r = %+v", r)
	}

	if _, err := Load(fstest.MapFS{}); err == nil {
		t.Error("an empty library loaded")
	}
}

func TestProblemError(t *testing.T) {
	for _, tc := range []struct {
		p    Problem
		want string
	}{
		{Problem{File: "f.toml", Line: 3, Column: 7, Msg: "bad"}, "f.toml:3:7: bad"},
		{Problem{File: "f.toml", Line: 3, Msg: "bad"}, "f.toml:3: bad"},
		{Problem{File: "f.toml", Msg: "bad"}, "f.toml: bad"},
		{Problem{Msg: "bad"}, "bad"},
	} {
		if got := tc.p.Error(); got != tc.want {
			t.Errorf("%+v: got %q, want %q", tc.p, got, tc.want)
		}
	}
	if got := (Problems{{File: "a", Msg: "x"}, {File: "b", Msg: "y"}}).Error(); got != "a: x\nb: y" {
		t.Errorf("Problems.Error = %q", got)
	}
}

func TestForbiddenPhrase(t *testing.T) {
	for text, want := range map[string]string{
		"sit-up":                     "sit up",
		"Reverse Crunches":           "crunches",
		"toe-touch":                  "toe touch",
		"Standing hamstring stretch": "hamstring stretch",
		"curl-up":                    "",
		"flexion-sitting":            "",
		"hamstring curl":             "",
	} {
		if got := forbiddenPhrase(text); got != want {
			t.Errorf("forbiddenPhrase(%q) = %q, want %q", text, got, want)
		}
	}
}

// An id or a pose name is lowercase letters and digits joined by single
// dashes; anything else is reported with the file's line.
func TestIDsAreLowercaseWordsJoinedBySingleDashes(t *testing.T) {
	for id, ok := range map[string]bool{
		"press-up": true, "press-up-2": true, "a": true, "3": true, "lying-flat-90": true,
		"": false, "-press": false, "press-": false, "press--up": false, "Press-up": false,
		"press_up": false, "press up": false, "pressé": false, "-": false,
	} {
		if isID(id) != ok {
			t.Errorf("isID(%q) = %v, want %v", id, !ok, ok)
		}
	}
}
