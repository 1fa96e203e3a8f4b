package main

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/routines"
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
