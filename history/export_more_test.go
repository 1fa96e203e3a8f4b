package history

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

// exportFixture is a seeded store plus the awkward cases: a session whose
// name and reason need quoting, an urgent symptom, tingling, a cut-short
// session and triggers with notes.
func exportFixture(t *testing.T) *Store {
	t.Helper()
	s := openStore(t, t.TempDir())
	if err := Seed(bg, s, 60, t0, rngFor(11)); err != nil {
		t.Fatal(err)
	}
	at := t0.AddDate(0, 0, 10)
	id, err := s.Journal().StartSession(bg, routines.SessionRoutine, "towel", "Towel \"roll\", then\nprone", at)
	if err != nil {
		t.Fatal(err)
	}
	c := checkIn(at, routines.CheckInBaseline, "", routines.ReachFoot, 8)
	c.Tingling, c.TinglingReach, c.Urgent = true, routines.ReachFoot, []string{"saddle numbness", "both legs, now"}
	if _, err := s.Journal().AddCheckIn(bg, id, 0, c); err != nil {
		t.Fatal(err)
	}
	st := setResult(0, 0, at.Add(time.Minute))
	st.Completed, st.Done = false, 3
	sid, err := s.Journal().AddSet(bg, id, st)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Journal().AddCheckIn(bg, id, sid, checkIn(at.Add(2*time.Minute), routines.CheckInAfterSet, routines.MovedDown, routines.ReachFoot, 9)); err != nil {
		t.Fatal(err)
	}
	if err := s.Journal().FinishSession(bg, id, routines.StatusCutShort, "quit, \"too sore\"", at.Add(3*time.Minute)); err != nil {
		t.Fatal(err)
	}
	for i, tr := range []routines.Trigger{
		{At: t0.Add(time.Hour), Kind: routines.TriggerSitting},
		{At: t0.Add(26 * time.Hour), Kind: routines.TriggerOther, Note: "Lifting the \"heavy\" pot, ça va"},
	} {
		if _, err := s.Journal().AddTrigger(bg, tr); err != nil {
			t.Fatalf("trigger %d: %v", i, err)
		}
	}
	return s
}

func TestJSONExportRoundTripsEverything(t *testing.T) {
	s := exportFixture(t)
	var buf bytes.Buffer
	if err := s.Export().JSON(bg, &buf, JSONOptions{Triggers: true, Now: t0}); err != nil {
		t.Fatal(err)
	}
	var doc FullExport
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if doc.Format != ExportFormat || doc.SchemaVersion != SchemaVersion() || !doc.ExportedAt.Equal(t0) || len(doc.Sessions) != 61 {
		t.Fatalf("header %q %d %v, %d sessions", doc.Format, doc.SchemaVersion, doc.ExportedAt, len(doc.Sessions))
	}
	for _, got := range doc.Sessions {
		want, err := s.Sessions().Detail(bg, got.ID)
		if err != nil {
			t.Fatal(err)
		}
		sameInstants(t, &got, &want)
		// The wire form (json.go) carries how far tingling reaches only
		// when there is tingling: without it the stored value means
		// nothing, and the CSV keeps it as stored.
		for i := range want.CheckIns {
			if !want.CheckIns[i].Tingling {
				want.CheckIns[i].TinglingReach = 0
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("session %d does not round-trip:\n got %+v\nwant %+v", got.ID, got, want)
		}
	}
	want, err := s.Triggers().List(bg, time.Time{}, time.Time{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	slices.Reverse(want) // the export is oldest first
	for i := range doc.Triggers {
		if i < len(want) && doc.Triggers[i].At.Equal(want[i].At) {
			doc.Triggers[i].At = want[i].At
		}
	}
	if !reflect.DeepEqual(doc.Triggers, want) {
		t.Errorf("triggers do not round-trip:\n got %+v\nwant %+v", doc.Triggers, want)
	}
}

func TestJSONExportFilters(t *testing.T) {
	s := exportFixture(t)
	f := Filter{Since: t0.AddDate(0, 0, 3), RoutineID: "walk"}
	var buf bytes.Buffer
	if err := s.Export().JSON(bg, &buf, JSONOptions{Filter: f, Triggers: true}); err != nil {
		t.Fatal(err)
	}
	var doc FullExport
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	want, err := s.Sessions().List(bg, f)
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	for _, d := range doc.Sessions {
		got = append(got, d.ID)
	}
	wantIDs := ids(want)
	slices.Reverse(wantIDs)
	if len(wantIDs) == 0 || !slices.Equal(got, wantIDs) {
		t.Errorf("filtered export has sessions %v, want %v", got, wantIDs)
	}
	if len(doc.Triggers) != 0 {
		t.Errorf("triggers before --since were exported: %+v", doc.Triggers)
	}
}

// sameInstants makes got's times use want's locations where they are the
// same instant, so that DeepEqual compares everything else exactly.
func sameInstants(t *testing.T, got, want *SessionDetail) {
	t.Helper()
	fix := func(g *time.Time, w time.Time) {
		if g.Equal(w) {
			*g = w
		}
	}
	fix(&got.StartedAt, want.StartedAt)
	fix(&got.EndedAt, want.EndedAt)
	for _, p := range [][2]*Reading{{got.Baseline, want.Baseline}, {got.Last, want.Last}} {
		if p[0] != nil && p[1] != nil {
			fix(&p[0].At, p[1].At)
		}
	}
	for i := range min(len(got.Sets), len(want.Sets)) {
		fix(&got.Sets[i].StartedAt, want.Sets[i].StartedAt)
		fix(&got.Sets[i].EndedAt, want.Sets[i].EndedAt)
	}
	for i := range min(len(got.CheckIns), len(want.CheckIns)) {
		fix(&got.CheckIns[i].At, want.CheckIns[i].At)
	}
	for i := range min(len(got.Decisions), len(want.Decisions)) {
		fix(&got.Decisions[i].At, want.Decisions[i].At)
	}
}

func TestCSVExportRoundTripsEveryCheckIn(t *testing.T) {
	s := exportFixture(t)
	var buf bytes.Buffer
	if err := s.Export().CSV(bg, &buf, Filter{}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rows[0], CSVHeader) {
		t.Fatalf("header = %v", rows[0])
	}
	if len(rows)-1 != count(t, s, "check_ins") {
		t.Fatalf("%d rows, %d check-ins", len(rows)-1, count(t, s, "check_ins"))
	}
	col := map[string]int{}
	for i, h := range CSVHeader {
		col[h] = i
	}
	details := map[int64]SessionDetail{}
	seen := map[int64]int{}
	for _, r := range rows[1:] {
		row := csvRow{t: t, r: r, col: col}
		sid := row.num("session_id")
		d, ok := details[sid]
		if !ok {
			if d, err = s.Sessions().Detail(bg, sid); err != nil {
				t.Fatal(err)
			}
			details[sid] = d
		}
		if row.get("session_kind") != string(d.Kind) || row.get("routine_id") != d.RoutineID || row.get("routine_name") != d.RoutineName ||
			!row.at("session_started_at").Equal(d.StartedAt) || !row.at("session_ended_at").Equal(d.EndedAt) ||
			row.get("session_status") != string(d.Status) || row.get("session_reason") != d.Reason || int(row.num("sets_planned")) != d.SetsPlanned {
			t.Errorf("session %d columns differ: %q", sid, r[:9])
		}
		got := row.checkIn()
		want := d.CheckIns[seen[sid]]
		seen[sid]++
		if got.At.Equal(want.At) {
			got.At = want.At
		}
		if !reflect.DeepEqual(got, want) || row.get("reach_name") != want.Reach.String() {
			t.Errorf("check-in %d does not round-trip:\n got %+v\nwant %+v", want.ID, got, want)
		}
		if want.SetID == 0 {
			continue
		}
		set := row.set()
		i := slices.IndexFunc(d.Sets, func(x SetRecord) bool { return x.ID == want.SetID })
		if i < 0 || !set.StartedAt.Equal(d.Sets[i].StartedAt) || !set.EndedAt.Equal(d.Sets[i].EndedAt) {
			t.Fatalf("set %d of check-in %d: not found or times differ", want.SetID, want.ID)
		}
		set.StartedAt, set.EndedAt = d.Sets[i].StartedAt, d.Sets[i].EndedAt
		if !reflect.DeepEqual(set, d.Sets[i]) {
			t.Errorf("set %d does not round-trip:\n got %+v\nwant %+v", set.ID, set, d.Sets[i])
		}
	}
}

// csvRow reads one row of the CSV export by column name.
type csvRow struct {
	t   *testing.T
	r   []string
	col map[string]int
}

func (c csvRow) get(name string) string { return c.r[c.col[name]] }

func (c csvRow) num(name string) int64 {
	c.t.Helper()
	if c.get(name) == "" {
		return 0
	}
	n, err := strconv.ParseInt(c.get(name), 10, 64)
	if err != nil {
		c.t.Fatalf("%s = %q: %v", name, c.get(name), err)
	}
	return n
}

func (c csvRow) at(name string) time.Time {
	c.t.Helper()
	if c.get(name) == "" {
		return time.Time{}
	}
	v, err := time.Parse(CSVTime, c.get(name))
	if err != nil {
		c.t.Fatalf("%s = %q: %v", name, c.get(name), err)
	}
	return v
}

// checkIn is the check-in the row holds.
func (c csvRow) checkIn() CheckInRecord {
	c.t.Helper()
	var urgent []string
	if u := c.get("urgent"); u != "" {
		if err := json.Unmarshal([]byte(u), &urgent); err != nil {
			c.t.Fatal(err)
		}
	}
	return CheckInRecord{ID: c.num("check_in_id"), SetID: c.num("set_id"), CheckIn: routines.CheckIn{
		At: c.at("at"), Kind: routines.CheckInKind(c.get("kind")), Moved: routines.Moved(c.get("moved")), Reach: routines.Reach(c.num("reach")),
		Leg: routines.Leg(c.get("leg")), LegPain: int(c.num("leg_pain")), BackPain: int(c.num("back_pain")),
		Tingling: c.num("tingling") == 1, TinglingReach: routines.Reach(c.num("tingling_reach")), Urgent: urgent}}
}

// set is the set the row's check-in followed.
func (c csvRow) set() SetRecord {
	c.t.Helper()
	return SetRecord{ID: c.num("set_id"), SetResult: routines.SetResult{Block: int(c.num("block")), Set: int(c.num("set")),
		ExerciseID: c.get("exercise_id"), Family: routines.Family(c.get("family")), Level: int(c.num("level")),
		StartedAt: c.at("set_started_at"), EndedAt: c.at("set_ended_at"), Unit: routines.Unit(c.get("unit")),
		Planned: int(c.num("planned")), Done: int(c.num("done")), Completed: c.num("completed") == 1}}
}

func TestExportsOfAnEmptyStore(t *testing.T) {
	s := openStore(t, t.TempDir())
	var c, j bytes.Buffer
	if err := s.Export().CSV(bg, &c, Filter{}); err != nil {
		t.Fatal(err)
	}
	if rows, err := csv.NewReader(&c).ReadAll(); err != nil || len(rows) != 1 {
		t.Errorf("empty CSV = %v, %v; want the header alone", rows, err)
	}
	if err := s.Export().JSON(bg, &j, JSONOptions{Triggers: true}); err != nil {
		t.Fatal(err)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(j.Bytes(), &doc); err != nil || string(doc["sessions"]) != "[\n]" || string(doc["triggers"]) != "[\n]" {
		t.Errorf("empty JSON = %s, %v", j.String(), err)
	}
}
