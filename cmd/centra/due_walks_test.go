package main

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
)

// A walk logged today shows on home ("Walks today: 1 of 3 short walks");
// `centra due`, its text and its JSON, say the same, apart from the sets.
func TestDueCountsTodaysWalksLikeHome(t *testing.T) {
	t.Setenv(config.EnvDir, t.TempDir()) // the default settings
	now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.Local)
	dir := t.TempDir()
	st, err := history.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []routines.Walk{
		{At: now.Add(-25 * time.Hour), Minutes: 30, Feel: routines.WalkSame}, // yesterday: not today's
		{At: now.Add(-time.Hour), Minutes: 15, Feel: routines.WalkEasier},
	} {
		if _, err := st.Journal().AddWalk(bg, w); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	clock := routines.NewFakeClock(now)
	code, out, errOut := runInProcessAt(t, bg, clock, "--data-dir", dir, "due")
	if code != dueOK || !strings.Contains(out, "Walks today: 1 of 3 short walks (15 min so far)") {
		t.Errorf("due with a walk today: exit %d, %q, %q; want the walks as home says them", code, out, errOut)
	}
	code, out, _ = runInProcessAt(t, bg, clock, "--data-dir", dir, "due", "--json")
	var j dueJSON
	if err := json.Unmarshal([]byte(out), &j); code != dueOK || err != nil {
		t.Fatalf("due --json: exit %d, %q, %v", code, out, err)
	}
	if j.Today != 0 || j.Walks == nil || j.Walks.Done != 1 || j.Walks.Minutes != 15 || j.Walks.Target != 3 ||
		!strings.Contains(j.Message, "Walks today: 1 of 3") {
		t.Errorf("due --json with a walk today = %s; want walks done 1 (15 min) of 3, apart from the sets", out)
	}
}

// `centra due --json` prints its times to the second, as RFC 3339, both
// the last set (kept to the millisecond) and when the next is due (from a
// plan begun under --now, which carries nanoseconds).
func TestDueJSONTimesAreWholeSeconds(t *testing.T) {
	t.Setenv(config.EnvDir, t.TempDir())
	now := time.Date(2026, 12, 1, 10, 0, 0, 123456789, time.UTC)
	dir := t.TempDir()
	st, err := history.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := persist.SavePlan(bg, st.Journal(), coach.DefaultPlan(coach.Answers{}, now.Add(-time.Hour))); err != nil {
		t.Fatal(err)
	}
	st.Close()
	clock := routines.NewFakeClock(now)
	whole := regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$`)
	check := func(what string) {
		t.Helper()
		code, out, errOut := runInProcessAt(t, bg, clock, "--data-dir", dir, "due", "--json")
		var j map[string]any
		if err := json.Unmarshal([]byte(out), &j); err != nil {
			t.Fatalf("%s: due --json: exit %d, %q, %q", what, code, out, errOut)
		}
		for _, k := range []string{"last_set", "due"} {
			if v, ok := j[k]; ok && !whole.MatchString(v.(string)) {
				t.Errorf("%s: due --json %s = %q, want RFC 3339 to the second", what, k, v)
			}
		}
		if _, ok := j["due"]; !ok {
			t.Errorf("%s: due --json = %s, want when the next set is due", what, out)
		}
	}
	check("no set yet")
	st, err = history.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	id, err := st.Journal().StartSession(bg, routines.SessionRoutine, "extension", "Extension", now.Add(-30*time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Journal().AddSet(bg, id, routines.SetResult{ExerciseID: "prone-lying", Family: routines.FamilyExtension, Level: 1,
		StartedAt: now.Add(-29 * time.Minute), EndedAt: now.Add(-27*time.Minute + 345*time.Millisecond),
		Unit: routines.UnitSeconds, Planned: 120, Done: 120, Completed: true}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	check("a set done")
}
