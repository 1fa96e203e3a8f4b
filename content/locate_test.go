package content

import "testing"

func TestLocate(t *testing.T) {
	src := "\uFEFF# comment [not] a header\n" + // 1
		`id = "x" # trailing` + "\n" + // 2
		`"quoted key" = 'a]b'` + "\n" + // 3
		`steps = [` + "\n" + // 4
		`  "one, two", # a comment ]` + "\n" + // 5
		`  """multi` + "\n" + // 6
		`line ] "" """,` + "\n" + // 7
		`]` + "\n" + // 8
		`[[exercise]]` + "\n" + // 9
		`id = "a"` + "\n" + // 10
		`[exercise.dose]` + "\n" + // 11
		`cadence = [{cue = "Up", secs = 2}, { cue = "Down",  secs = 3 }]` + "\n" + // 12
		`[[exercise]]` + "\n" + // 13
		`  dose.kind = "reps"` + "\n" + // 14
		`when = 1979-05-27 07:32:00Z` + "\n" + // 15
		`[[exercise.variant]]` + "\n" + // 16
		`née = 1` + "\n" // 17
	pos := locate(src)
	for path, want := range map[string]position{
		"id":                               {2, 1},
		"quoted key":                       {3, 1},
		"steps":                            {4, 1},
		"steps[0]":                         {5, 3},
		"steps[1]":                         {6, 3},
		"exercise":                         {9, 1},
		"exercise[0]":                      {9, 1},
		"exercise[0].id":                   {10, 1},
		"exercise[0].dose":                 {11, 1},
		"exercise[0].dose.cadence[1]":      {12, 36},
		"exercise[0].dose.cadence[1].secs": {12, 53},
		"exercise[1]":                      {13, 1},
		"exercise[1].dose":                 {14, 3},
		"exercise[1].dose.kind":            {14, 3},
		"exercise[1].when":                 {15, 1},
		"exercise[1].variant[0]":           {16, 1},
		"exercise[1].variant[0].née":       {17, 1},
	} {
		if got := pos[path]; got != want {
			t.Errorf("%s at %v, want %v", path, got, want)
		}
	}
	if got := pos.at("exercise[1].dose.reps"); got != (position{14, 3}) {
		t.Errorf("a missing key is at %v, want its table's position", got)
	}
	if got := pos.at("nothing.here"); got != (position{}) {
		t.Errorf("an unknown path is at %v", got)
	}
}

func TestLocateNeverPanics(t *testing.T) {
	for _, src := range []string{"", "[", "[[", "a", "a =", `a = "`, `a = """`, "a = [", "a = {", "a = {b", "[a", "a = [[[[", "= 1", `"`} {
		locate(src)
	}
}
