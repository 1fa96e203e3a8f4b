package history

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

func rngFor(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, seed)) }

func TestWriteJSONHasEverySessionAsStored(t *testing.T) {
	s := openStore(t, t.TempDir())
	if err := Seed(bg, s, exportBatch+37, t0, rngFor(7)); err != nil { // more than one batch
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := s.Export().JSON(bg, &buf, JSONOptions{}); err != nil {
		t.Fatal(err)
	}
	var doc Export
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("export is not JSON: %v\n%.500s", err, buf.String())
	}
	if doc.Format != ExportFormat || doc.SchemaVersion != SchemaVersion() || doc.ExportedAt.IsZero() {
		t.Errorf("header = %q, %d, %v", doc.Format, doc.SchemaVersion, doc.ExportedAt)
	}
	if len(doc.Sessions) != exportBatch+37 {
		t.Fatalf("%d sessions exported, want %d", len(doc.Sessions), exportBatch+37)
	}
	for i, got := range doc.Sessions {
		if i > 0 && got.ID <= doc.Sessions[i-1].ID {
			t.Fatalf("sessions not in id order at %d", i)
		}
		if i%97 != 0 { // compare a sample in full
			continue
		}
		want, err := s.Sessions().Detail(bg, got.ID)
		if err != nil {
			t.Fatal(err)
		}
		// JSON times come back in a fixed zone: compare instants.
		a, _ := json.Marshal(want)
		b, _ := json.Marshal(got)
		if !bytes.Equal(a, b) {
			t.Errorf("session %d exports as\n%s\nwant\n%s", got.ID, b, a)
		}
	}
	for _, private := range []string{"owner_pid", "owner_start", "pid"} {
		if strings.Contains(buf.String(), private) {
			t.Errorf("the export contains %q", private)
		}
	}
}

func TestWriteJSONOfEmptyStore(t *testing.T) {
	var buf bytes.Buffer
	if err := openStore(t, t.TempDir()).Export().JSON(bg, &buf, JSONOptions{}); err != nil {
		t.Fatal(err)
	}
	var doc Export
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil || doc.Sessions == nil && !strings.Contains(buf.String(), `"sessions":[`) {
		t.Errorf("empty export %q: %v", buf.String(), err)
	}
}

// TestJSONShape is the contract with script readers of `centra history
// --json` and of exports: snake_case, RFC 3339 times, reaches named.
func TestJSONShape(t *testing.T) {
	utc := func(m int) time.Time { return time.Date(2025, 3, 3, 8, m, 0, 0, time.UTC) }
	d := SessionDetail{
		SessionSummary: SessionSummary{ID: 7, Kind: routines.SessionRoutine, RoutineID: "ext", RoutineName: "Extension",
			StartedAt: utc(0), EndedAt: utc(9), Status: routines.StatusCutShort, Reason: "quit", SetsDone: 1, SetsRecorded: 1,
			SetsPlanned: 6, Baseline: &Reading{At: utc(0), Reach: 5, ReachName: "below the knee", Leg: "left", LegPain: 6, BackPain: 2}},
		Sets: []SetRecord{{3, routines.SetResult{Block: 0, Set: 0, ExerciseID: "press-up", Family: "extension", Level: 3,
			StartedAt: utc(1), EndedAt: utc(2), Unit: "reps", Planned: 10, Done: 10, Completed: true}}},
		CheckIns: []CheckInRecord{
			{4, 0, routines.CheckIn{At: utc(0), Kind: "baseline", Reach: 5, Leg: "left", LegPain: 6, BackPain: 2}},
			{5, 3, routines.CheckIn{At: utc(3), Kind: "after-set", Moved: "down", Reach: 6, Leg: "left", LegPain: 7, BackPain: 2,
				Tingling: true, TinglingReach: 6, Urgent: []string{"new weakness"}}},
		},
		Decisions: []DecisionRecord{{2, routines.DecisionRecord{At: utc(4), RuleID: "red", Action: "stop", Reason: "Spread."}}},
	}
	got, err := json.MarshalIndent(d, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	// The shape a script reads, kept as a file: changing it breaks readers.
	file, err := os.ReadFile(filepath.Join("testdata", "json_shape.json"))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.TrimSuffix(string(file), "\n")
	if string(got) != want {
		t.Errorf("JSON shape changed:\n%s", got)
	}
	var back SessionDetail
	if err := json.Unmarshal(got, &back); err != nil {
		t.Fatal(err)
	}
	again, _ := json.MarshalIndent(back, "", " ")
	if string(again) != want {
		t.Errorf("JSON does not round-trip:\n%s", again)
	}
}

func TestSeedIsRealisticAndRepeatable(t *testing.T) {
	a, b := openStore(t, t.TempDir()), openStore(t, t.TempDir())
	for _, s := range []*Store{a, b} {
		if err := Seed(bg, s, 80, t0, rngFor(3)); err != nil {
			t.Fatal(err)
		}
	}
	sa, err := a.Sessions().List(bg, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	sb, _ := b.Sessions().List(bg, Filter{})
	ja, _ := json.Marshal(sa)
	jb, _ := json.Marshal(sb)
	if len(sa) != 80 || !bytes.Equal(ja, jb) {
		t.Fatalf("seeded %d sessions; same seed gives same data: %v", len(sa), bytes.Equal(ja, jb))
	}
	sets, statuses := 0, map[routines.SessionStatus]int{}
	for _, x := range sa {
		sets += x.SetsRecorded
		statuses[x.Status]++
		if x.Baseline == nil || x.EndedAt.IsZero() || x.SetsPlanned == 0 {
			t.Errorf("seeded session lacks a baseline, an end or a plan: %+v", x)
		}
	}
	if avg := float64(sets) / 80; avg < 5 || avg > 10 {
		t.Errorf("%.1f sets per session, want about 8", avg)
	}
	if statuses[routines.StatusCompleted] < 50 || statuses[routines.StatusInProgress] != 0 {
		t.Errorf("statuses = %v", statuses)
	}
	if span := sa[0].StartedAt.Sub(sa[79].StartedAt); span < 9*24*time.Hour || span > 11*24*time.Hour {
		t.Errorf("80 sessions span %v, want about ten days", span)
	}
}
