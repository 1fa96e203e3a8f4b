package main

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/tui"
)

var bg = context.Background()

// summaryNow is the moment of the summary fixture: a Saturday afternoon.
var summaryNow = time.Date(2026, 11, 21, 15, 0, 0, 0, time.UTC)

// summaryFixture is a data dir holding three weeks of seeded sessions, a
// plan with its changes, two direction tests, the first-run answers, an
// urgent symptom and a few triggers: everything the md summary shows.
func summaryFixture(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	st, err := history.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	start := summaryNow.AddDate(0, 0, -21).Truncate(24 * time.Hour).Add(7 * time.Hour)
	if err := history.Seed(bg, st, 8*21, start, rand.New(rand.NewPCG(5, 5))); err != nil {
		t.Fatal(err)
	}
	plan := coach.DefaultPlan(coach.Answers{}, start)
	plan.Direction, plan.Stage = routines.DirectionExtension, routines.StageRelief
	plan.Levels[routines.FamilyExtension] = 3
	plan.Log = append(plan.Log,
		coach.PlanChange{At: start.AddDate(0, 0, 2), RuleID: "R11", What: "direction", From: "extension", To: "extension",
			Reason: "After 2 sets of press-up, your leg pain moved from below the knee to the thigh."},
		coach.PlanChange{At: start.AddDate(0, 0, 9), RuleID: "R8", What: "level:extension", From: "2", To: "3",
			Reason: "Two sessions without change: a little more force."})
	putJSON(t, st, tui.StatePlan, plan)
	putJSON(t, st, tui.StateTests, []tui.TestRecord{{At: start.AddDate(0, 0, 2), Result: coach.TestResult{Found: true,
		Direction: routines.DirectionExtension, Level: 3, Evidence: []string{"After 2 sets of press-up, your leg pain moved from below the knee to the thigh."}}}})
	putJSON(t, st, tui.StateAnswers, coach.Answers{RedFlags: map[string]bool{coach.FlagSaddleNumbness: false, coach.FlagBladder: false,
		coach.FlagCancer: true}})
	id, err := st.Journal().StartSession(bg, routines.SessionRoutine, "extension", "Extension", summaryNow.Add(-48*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Journal().AddCheckIn(bg, id, 0, routines.CheckIn{At: summaryNow.Add(-48 * time.Hour), Kind: routines.CheckInBaseline,
		Reach: routines.ReachThigh, Leg: routines.LegLeft, LegPain: 4, Urgent: []string{"new weakness in one leg"}}); err != nil {
		t.Fatal(err)
	}
	if err := st.Journal().FinishSession(bg, id, routines.StatusStopped, "urgent symptom reported", summaryNow.Add(-47*time.Hour)); err != nil {
		t.Fatal(err)
	}
	for _, tr := range []routines.Trigger{
		{At: summaryNow.AddDate(0, 0, -1), Kind: routines.TriggerSitting},
		{At: summaryNow.AddDate(0, 0, -3), Kind: routines.TriggerDriving, Note: "two hours to my mother's"},
		{At: summaryNow.AddDate(0, 0, -4), Kind: routines.TriggerSitting},
		{At: summaryNow.AddDate(0, 0, -40), Kind: routines.TriggerLifting}, // before the period
	} {
		if _, err := st.Journal().AddTrigger(bg, tr); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func putJSON(t *testing.T, st *history.Store, key string, v any) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Journal().PutState(bg, key, b); err != nil {
		t.Fatal(err)
	}
}

func TestSummaryMarkdown(t *testing.T) {
	dir := summaryFixture(t)
	code, stdout, stderr := runInProcessAt(t, bg, routines.NewFakeClock(summaryNow), "--data-dir", dir, "export", "--format", "md", "--since", "21d")
	if code != 0 || stderr != "" {
		t.Fatalf("export --format md: exit %d, stderr %q", code, stderr)
	}
	golden.RequireEqual(t, []byte(stdout))
}

func TestExportWritesPrivateFilesAndChecksItsFlags(t *testing.T) {
	dir := summaryFixture(t)
	out := filepath.Join(t.TempDir(), "summary.csv")
	// --since 7d counts back from the command line's clock: the fixture's
	// own "now", whatever day the test runs on.
	code, stdout, stderr := runInProcessAt(t, bg, routines.NewFakeClock(summaryNow), "--data-dir", dir, "export", "--format", "csv", "--out", out, "--since", "7d")
	if code != 0 || stdout != "" || !strings.Contains(stderr, "Wrote "+out) {
		t.Fatalf("export --out: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	fi, err := os.Stat(out)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("export file mode = %v, %v; want 0600", fi.Mode().Perm(), err)
	}
	b, _ := os.ReadFile(out)
	if !strings.HasPrefix(string(b), strings.Join(history.CSVHeader, ",")+"\n") || strings.Count(string(b), "\n") < 50 {
		t.Errorf("csv export:\n%.300s", b)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"export", "--format", "docx"}, "(--format) takes csv, json, md or html"},
		{[]string{"export", "--format", "pdf"}, "print it from a browser"},
		{[]string{"export", "--format", "json", "--table", "function"}, "(--table function) is for csv"},
		{[]string{"export", "--since", "soon"}, "(--since) takes 30d"},
		{[]string{"export", "--format", "md", "--routine", "extension"}, "(--routine) narrows csv and json"},
		{[]string{"export", "--format", "html", "--routine", "extension"}, "md and html reports cover every routine"},
	} {
		code, _, stderr := runInProcess(t, bg, append([]string{"--data-dir", dir}, tc.args...)...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("centra %v: exit %d, stderr %q; want 2 and %q", tc.args, code, stderr, tc.want)
		}
	}
	code, stdout, _ = runInProcess(t, bg, "--data-dir", dir, "export", "--format", "json")
	var doc history.FullExport
	if err := json.Unmarshal([]byte(stdout), &doc); code != 0 || err != nil || len(doc.Sessions) != 8*21+1 || len(doc.Triggers) != 4 {
		t.Errorf("json export: exit %d, %v, %d sessions, %d triggers", code, err, len(doc.Sessions), len(doc.Triggers))
	}
}

func TestHistoryTableAndJSON(t *testing.T) {
	dir := summaryFixture(t)
	code, out, errOut := runInProcess(t, bg, "--data-dir", dir, "history", "--limit", "3")
	if code != 0 || strings.Count(out, "\n") != 8 || !strings.Contains(out, "WHEN") ||
		!strings.Contains(out, "The newest 3 of 169 sessions") || !strings.Contains(out, "↑ centralized") {
		t.Errorf("history --limit 3: exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = runInProcess(t, bg, "--data-dir", dir, "history", "--json", "--routine", "walk", "--since", "2026-11-10")
	var doc history.Export
	if err := json.Unmarshal([]byte(out), &doc); code != 0 || err != nil || len(doc.Sessions) == 0 {
		t.Fatalf("history --json: exit %d, %v, %d sessions", code, err, len(doc.Sessions))
	}
	for _, s := range doc.Sessions {
		if s.RoutineID != "walk" || s.StartedAt.Before(time.Date(2026, 11, 10, 0, 0, 0, 0, time.Local)) {
			t.Errorf("history --json --routine walk --since 2026-11-10 gave %s at %v", s.RoutineID, s.StartedAt)
		}
	}
}

func TestDueExitStatusSaysOverdue(t *testing.T) {
	// Awake all day with a set every half hour (the settings decide the
	// rhythm), the last set three hours ago: overdue whatever the time the
	// test runs.
	cfg := t.TempDir()
	t.Setenv(config.EnvDir, cfg)
	if err := os.WriteFile(filepath.Join(cfg, config.FileName),
		[]byte("every_hours = 0.5\nwaking_from = \"00:00\"\nwaking_to = \"23:59\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	st, err := history.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Now().Add(-3 * time.Hour)
	id, _ := st.Journal().StartSession(bg, routines.SessionRoutine, "extension", "Extension", at)
	if _, err := st.Journal().AddSet(bg, id, routines.SetResult{ExerciseID: "press-up", StartedAt: at, EndedAt: at.Add(time.Minute),
		Unit: routines.UnitReps, Planned: 10, Done: 10, Completed: true}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	code, out, errOut := runInProcess(t, bg, "--data-dir", dir, "due")
	if code != dueOverdue || !strings.Contains(out, "A set is due") || errOut != "" {
		t.Errorf("due when overdue: exit %d, %q, %q", code, out, errOut)
	}
	code, out, _ = runInProcess(t, bg, "--data-dir", dir, "due", "--short")
	if code != dueOverdue || !strings.HasSuffix(strings.TrimSpace(out), "overdue") {
		t.Errorf("due --short: exit %d, %q", code, out)
	}
	code, out, _ = runInProcess(t, bg, "--data-dir", t.TempDir(), "due", "--json")
	var j dueJSON
	if err := json.Unmarshal([]byte(out), &j); code != dueOK || err != nil || j.Overdue || j.Target != 48 {
		t.Errorf("due --json with no history: exit %d, %+v, %v", code, j, err)
	}
	notADir := filepath.Join(t.TempDir(), "file")
	os.WriteFile(notADir, []byte("x"), 0o600)
	if code, _, errOut := runInProcess(t, bg, "--data-dir", notADir, "due"); code != dueError || errOut == "" {
		t.Errorf("due on a broken data dir: exit %d, stderr %q; want %d and a message", code, errOut, dueError)
	}
}

func TestDueStatusCountsToday(t *testing.T) {
	t.Setenv(config.EnvDir, t.TempDir()) // the default settings
	dir := summaryFixture(t)
	st, err := dueStatus(bg, &globals{dataDir: dir}, summaryNow)
	if err != nil {
		t.Fatal(err)
	}
	// The fixture's sessions end the evening before: nothing yet today,
	// 21 days in a row, and the 07:00 set is overdue.
	if st.Target != 8 || st.Today != 0 || st.Streak != 21 || !st.Overdue || st.Last.IsZero() {
		t.Errorf("due status on the fixture = %+v", st)
	}
}
