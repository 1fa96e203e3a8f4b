package history

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

func ids(sums []SessionSummary) []int64 {
	out := []int64{}
	for _, s := range sums {
		out = append(out, s.ID)
	}
	return out
}

func TestEmptyStore(t *testing.T) {
	s := openStore(t, t.TempDir())
	if got, err := s.Sessions().List(bg, Filter{}); err != nil || len(got) != 0 {
		t.Errorf("Sessions on an empty store = %v, %v", got, err)
	}
	if got, err := s.Sessions().List(bg, Filter{BeforeID: 42, Limit: 10}); err != nil || len(got) != 0 {
		t.Errorf("Sessions(BeforeID: 42) on an empty store = %v, %v", got, err)
	}
	if _, ok, err := s.Sessions().LastCheckIn(bg); ok || err != nil {
		t.Errorf("LastCheckIn on an empty store: ok = %v, err = %v", ok, err)
	}
	if _, err := s.Sessions().Detail(bg, 1); !errors.Is(err, ErrNotFound) {
		t.Errorf("Session(1) on an empty store: err = %v, want ErrNotFound", err)
	}
	if _, ok, err := s.Journal().GetState(bg, "plan"); ok || err != nil {
		t.Errorf("GetState on an empty store: ok = %v, err = %v", ok, err)
	}
	if cut, err := s.Journal().MarkInterrupted(bg, t0); err != nil || len(cut) != 0 {
		t.Errorf("MarkInterrupted on an empty store = %v, %v", cut, err)
	}
}

// filterFixture records sessions out of order: id order is not start order.
func filterFixture(t *testing.T) (*Store, map[string]int64) {
	s := openStore(t, t.TempDir())
	id := map[string]int64{}
	for _, x := range []struct {
		name, routine string
		at            time.Time
	}{
		{"mon", "ext", t0},
		{"wed", "flex", t0.Add(48 * time.Hour)},
		{"tue", "ext", t0.Add(24 * time.Hour)}, // recorded late, e.g. imported
		{"tue-pm", "flex", t0.Add(24*time.Hour + 8*time.Hour)},
		{"thu", "ext", t0.Add(72 * time.Hour)},
	} {
		id[x.name] = recordSession(t, s, x.routine, x.at, 1).ID
	}
	return s, id
}

func TestSessionsNewestFirstAndFiltered(t *testing.T) {
	s, id := filterFixture(t)
	day := func(n int) time.Time { return t0.Add(time.Duration(n) * 24 * time.Hour) }
	for _, tc := range []struct {
		name string
		f    Filter
		want []string
	}{
		{"all, newest first by start", Filter{}, []string{"thu", "wed", "tue-pm", "tue", "mon"}},
		{"since is inclusive", Filter{Since: day(1)}, []string{"thu", "wed", "tue-pm", "tue"}},
		{"until is exclusive", Filter{Until: day(2)}, []string{"tue-pm", "tue", "mon"}},
		{"one day", Filter{Since: day(1), Until: day(2)}, []string{"tue-pm", "tue"}},
		{"routine", Filter{RoutineID: "ext"}, []string{"thu", "tue", "mon"}},
		{"routine and days", Filter{RoutineID: "flex", Since: day(2)}, []string{"wed"}},
		{"limit", Filter{Limit: 2}, []string{"thu", "wed"}},
		{"after a session", Filter{BeforeID: id["wed"]}, []string{"tue-pm", "tue", "mon"}},
		{"after, with routine", Filter{BeforeID: id["thu"], RoutineID: "ext", Limit: 1}, []string{"tue"}},
		{"no match", Filter{RoutineID: "walk"}, nil},
		{"empty range", Filter{Since: day(9)}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Sessions().List(bg, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			want := []int64{}
			for _, n := range tc.want {
				want = append(want, id[n])
			}
			if !slices.Equal(ids(got), want) {
				t.Errorf("got ids %v, want %v (%v)", ids(got), want, tc.want)
			}
		})
	}
}

func TestSessionsKeysetPagesCoverEverythingOnce(t *testing.T) {
	s := openStore(t, t.TempDir())
	for i := range 23 {
		// Pairs of sessions share a start time: ties are broken by id.
		recordSession(t, s, []string{"a", "b"}[i%2], t0.Add(time.Duration(i/2)*time.Hour), 0)
	}
	for _, f := range []Filter{{}, {RoutineID: "a"}, {Since: t0.Add(3 * time.Hour)}} {
		all, err := s.Sessions().List(bg, f)
		if err != nil {
			t.Fatal(err)
		}
		var paged []SessionSummary
		f.Limit = 4
		for {
			page, err := s.Sessions().List(bg, f)
			if err != nil {
				t.Fatal(err)
			}
			if len(page) == 0 {
				break
			}
			if len(page) > 4 {
				t.Fatalf("page of %d with Limit 4", len(page))
			}
			paged = append(paged, page...)
			f.BeforeID = page[len(page)-1].ID
		}
		if !slices.Equal(ids(paged), ids(all)) {
			t.Errorf("filter %+v: pages give %v, one query %v", f, ids(paged), ids(all))
		}
		for i := 1; i < len(all); i++ {
			a, b := all[i-1], all[i]
			if a.StartedAt.Before(b.StartedAt) || (a.StartedAt.Equal(b.StartedAt) && a.ID < b.ID) {
				t.Errorf("not newest first: %d (%v) before %d (%v)", a.ID, a.StartedAt, b.ID, b.StartedAt)
			}
		}
	}
}

func TestSummaryShowsPainBeforeAndAfter(t *testing.T) {
	s := openStore(t, t.TempDir())
	done := recordSession(t, s, "ext", t0, 3)
	// One abandoned set: recorded, not done.
	skipped := setResult(1, 0, t0.Add(time.Hour))
	skipped.Completed, skipped.Done = false, 4
	if _, err := s.Journal().AddSet(bg, done.ID, skipped); err != nil {
		t.Fatal(err)
	}
	if err := s.Journal().SetPlanned(bg, done.ID, 8); err != nil {
		t.Fatal(err)
	}
	finish(t, s, &done, routines.StatusCutShort, "quit", t0.Add(time.Hour))
	running := recordSession(t, s, "ext", t0.Add(2*time.Hour), 0)

	got, err := s.Sessions().List(bg, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	r, d := got[0], got[1]
	if r.ID != running.ID || r.Baseline == nil || r.Last != nil || !r.EndedAt.IsZero() || r.Status != routines.StatusInProgress {
		t.Errorf("running session summary = %+v", r)
	}
	if d.SetsDone != 3 || d.SetsRecorded != 4 || d.SetsPlanned != 8 || d.Status != routines.StatusCutShort || d.Reason != "quit" {
		t.Errorf("finished session counts/status = %+v", d)
	}
	if d.Baseline.Reach != routines.ReachBelowKnee || d.Baseline.ReachName != "below the knee" || d.Baseline.LegPain != 6 {
		t.Errorf("baseline = %+v", d.Baseline)
	}
	if *d.Last != *done.Last || d.Last.Reach != routines.ReachThigh {
		t.Errorf("last = %+v, want %+v", d.Last, done.Last)
	}
}

func TestLastCheckInIsTheLatestOfAnySession(t *testing.T) {
	s := openStore(t, t.TempDir())
	recordSession(t, s, "a", t0.Add(time.Hour), 2)
	old := recordSession(t, s, "b", t0, 1) // recorded later, happened earlier
	latest := recordSession(t, s, "c", t0.Add(3*time.Hour), 2)
	got, ok, err := s.Sessions().LastCheckIn(bg)
	want := latest.CheckIns[len(latest.CheckIns)-1].CheckIn
	if err != nil || !ok || !got.At.Equal(want.At) || got.LegPain != want.LegPain {
		t.Errorf("LastCheckIn = %+v, %v, %v; want %+v", got, ok, err, want)
	}
	_ = old
}

func TestStateRoundTrips(t *testing.T) {
	s := openStore(t, t.TempDir())
	for _, v := range [][]byte{[]byte("one"), []byte("two"), {}, {0, 255}} {
		if err := s.Journal().PutState(bg, "k", v); err != nil {
			t.Fatal(err)
		}
		got, ok, err := s.Journal().GetState(bg, "k")
		if err != nil || !ok || string(got) != string(v) {
			t.Errorf("GetState after PutState(%q) = %q, %v, %v", v, got, ok, err)
		}
	}
	if err := s.Journal().PutState(bg, "", []byte("x")); !errors.Is(err, ErrInvalid) {
		t.Errorf("PutState with an empty key: err = %v", err)
	}
}

// TestListingQueriesUseIndexes guards the "history stays instant" bar: no
// listing query may sort in a temporary B-tree or scan a whole table.
func TestListingQueriesUseIndexes(t *testing.T) {
	s := openStore(t, t.TempDir())
	for _, tc := range []struct {
		name, where string
		args        []any
	}{
		{"first page", "", nil},
		{"date range", "WHERE s.started_at >= ? AND s.started_at < ?", []any{1, 2}},
		{"routine", "WHERE s.routine_id = ?", []any{"ext"}},
		{"next page", "WHERE (s.started_at, s.id) < (SELECT started_at, id FROM sessions WHERE id = ?)", []any{5}},
	} {
		q := "EXPLAIN QUERY PLAN " + summarySelect + tc.where + " ORDER BY s.started_at DESC, s.id DESC LIMIT 50"
		plan := explain(t, s, q, tc.args...)
		if strings.Contains(plan, "TEMP B-TREE") || strings.Contains(plan, "SCAN s\n") || strings.Contains(plan, "SCAN c") {
			t.Errorf("%s: plan sorts or scans:\n%s", tc.name, plan)
		}
	}
	if plan := explain(t, s, "EXPLAIN QUERY PLAN "+checkInSelect+"ORDER BY at DESC, id DESC LIMIT 1"); strings.Contains(plan, "TEMP B-TREE") {
		t.Errorf("LastCheckIn sorts:\n%s", plan)
	}
}

// TestLookingForInterruptedSessionsReadsOnlyThoseInProgress guards every
// launch: MarkInterrupted's look must walk the index of sessions in
// progress, not every session there is.
func TestLookingForInterruptedSessionsReadsOnlyThoseInProgress(t *testing.T) {
	s := openStore(t, t.TempDir())
	plan := explain(t, s, "EXPLAIN QUERY PLAN "+orphanQuery, 1)
	if !strings.Contains(plan, "sessions_in_progress") {
		t.Errorf("the look for interrupted sessions does not use sessions_in_progress:\n%s", plan)
	}
}

func explain(t *testing.T, s *Store, q string, args ...any) string {
	t.Helper()
	rows, err := s.r.Query(q, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		b.WriteString(detail + "\n")
	}
	return b.String()
}
