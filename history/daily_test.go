package history

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

// day is local midnight n days after t0's day.
func day(n int) time.Time {
	y, m, d := t0.Date()
	return time.Date(y, m, d+n, 0, 0, 0, 0, t0.Location())
}

func TestDailyOnAnEmptyStoreHasEveryDayAndNothingInIt(t *testing.T) {
	s := openStore(t, t.TempDir())
	got, err := s.Days().Summaries(bg, day(0), day(7))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 7 {
		t.Fatalf("%d days, want 7", len(got))
	}
	for i, d := range got {
		if !d.Day.Equal(day(i)) || d != (DaySummary{Day: d.Day}) {
			t.Errorf("day %d = %+v, want an empty %v", i, d, day(i))
		}
	}
	if n, err := s.Days().Streak(bg, day(3).Add(12*time.Hour)); err != nil || n != 0 {
		t.Errorf("Streak on an empty store = %d, %v", n, err)
	}
	if got, err := s.Days().Summaries(bg, day(3), day(3)); err != nil || len(got) != 0 {
		t.Errorf("Daily over an empty range = %v, %v", got, err)
	}
	if _, err := s.Days().Summaries(bg, day(0), day(MaxDays+1)); !errors.Is(err, ErrInvalid) {
		t.Errorf("Daily over %d days: err = %v, want ErrInvalid", MaxDays+1, err)
	}
}

func TestDailyAggregatesEachDay(t *testing.T) {
	s := openStore(t, t.TempDir())
	// Day 0: two sessions, one finished with 3 sets, one cut short with none.
	a := recordSession(t, s, "ext", day(0).Add(9*time.Hour), 3)
	finish(t, s, &a, routines.StatusCompleted, "", day(0).Add(10*time.Hour))
	b := recordSession(t, s, "ext", day(0).Add(20*time.Hour), 0)
	finish(t, s, &b, routines.StatusCutShort, "quit", day(0).Add(20*time.Hour))
	// Day 2: one session; day 1 has only a trigger.
	c := recordSession(t, s, "flex", day(2).Add(8*time.Hour), 1)
	finish(t, s, &c, routines.StatusCompleted, "", day(2).Add(9*time.Hour))
	for _, tr := range []routines.Trigger{
		{At: day(1).Add(15 * time.Hour), Kind: routines.TriggerSitting},
		{At: day(1).Add(16 * time.Hour), Kind: routines.TriggerOther, Note: "long drive"},
	} {
		if _, err := s.Journal().AddTrigger(bg, tr); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Days().Summaries(bg, day(0).Add(5*time.Hour), day(3)) // since mid-day still covers day 0
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("%d days, want 3", len(got))
	}
	d0, d1, d2 := got[0], got[1], got[2]
	// recordSession: baseline reach 5 / leg pain 6, then reach 4 with leg
	// pain 5, 4, 3 ... after each set.
	want0 := DaySummary{Day: day(0), Sessions: 2, Done: 1, Completed: 1, SetsDone: 3, CheckIns: 5,
		ReachMin: 4, ReachMax: 5, ReachAvg: (5 + 4*3 + 5) / 5.0, LegPainAvg: (6 + 5 + 4 + 3 + 6) / 5.0, LegPainMax: 6}
	if d0 != want0 {
		t.Errorf("day 0 = %+v\nwant    %+v", d0, want0)
	}
	if d1 != (DaySummary{Day: day(1), Triggers: 2}) {
		t.Errorf("day 1 = %+v", d1)
	}
	if d2.Sessions != 1 || d2.Done != 1 || d2.SetsDone != 1 || d2.CheckIns != 2 || d2.ReachMin != 4 || d2.LegPainMax != 6 {
		t.Errorf("day 2 = %+v", d2)
	}
}

func TestStreakCountsDaysInARowWithASetDone(t *testing.T) {
	s := openStore(t, t.TempDir())
	for _, n := range []int{0, 2, 3, 4} { // a gap on day 1
		recordSession(t, s, "ext", day(n).Add(9*time.Hour), 1)
	}
	recordSession(t, s, "ext", day(5).Add(9*time.Hour), 0) // started, nothing done
	for _, tc := range []struct {
		now  time.Time
		want int
	}{
		{day(0).Add(10 * time.Hour), 1},
		{day(1).Add(23 * time.Hour), 1}, // still alive until day 1 ends
		{day(2).Add(8 * time.Hour), 0},  // day 1 was missed, nothing yet today
		{day(4).Add(10 * time.Hour), 3},
		{day(4).Add(8 * time.Hour), 2}, // before today's session
		{day(5).Add(12 * time.Hour), 3},
		{day(6).Add(12 * time.Hour), 0},
	} {
		if got, err := s.Days().Streak(bg, tc.now); err != nil || got != tc.want {
			t.Errorf("Streak at %v = %d, %v; want %d", tc.now, got, err, tc.want)
		}
	}
}

func TestTriggersListAndCount(t *testing.T) {
	s := openStore(t, t.TempDir())
	kinds := []routines.TriggerKind{routines.TriggerSitting, routines.TriggerDriving, routines.TriggerSitting, routines.TriggerBending}
	for i, k := range kinds {
		if _, err := s.Journal().AddTrigger(bg, routines.Trigger{At: t0.Add(time.Duration(i) * time.Hour), Kind: k}); err != nil {
			t.Fatal(err)
		}
	}
	for _, bad := range []routines.Trigger{
		{At: t0, Kind: "dancing"},
		{At: t0, Kind: routines.TriggerOther},
		{Kind: routines.TriggerSitting},
		{At: t0, Kind: routines.TriggerSitting, Note: strings.Repeat("x", routines.MaxTriggerNote+1)},
	} {
		if _, err := s.Journal().AddTrigger(bg, bad); !errors.Is(err, ErrInvalid) {
			t.Errorf("AddTrigger(%+v): err = %v, want ErrInvalid", bad, err)
		}
	}
	got, err := s.Triggers().List(bg, t0.Add(time.Hour), time.Time{}, 2)
	if err != nil || len(got) != 2 || got[0].Kind != routines.TriggerBending || got[1].Kind != routines.TriggerSitting {
		t.Errorf("Triggers = %+v, %v", got, err)
	}
	counts, err := s.Triggers().Counts(bg, time.Time{}, time.Time{})
	want := []TriggerCount{{routines.TriggerSitting, 2}, {routines.TriggerDriving, 1}, {routines.TriggerBending, 1}}
	if err != nil || len(counts) != 3 || counts[0] != want[0] || counts[1] != want[1] || counts[2] != want[2] {
		t.Errorf("TriggerCounts = %+v, %v; want %+v", counts, err, want)
	}
}

func TestCountRoutinesResponsesAndUrgent(t *testing.T) {
	s, id := filterFixture(t)
	if n, err := s.Sessions().Count(bg, Filter{RoutineID: "ext", Limit: 1, BeforeID: id["thu"]}); err != nil || n != 3 {
		t.Errorf("CountSessions(ext) = %d, %v; want 3 (limit and paging ignored)", n, err)
	}
	rs, err := s.Sessions().Routines(bg)
	if err != nil || len(rs) != 2 || rs[0].ID != "ext" || !rs[0].Last.Equal(t0.Add(72*time.Hour)) || rs[1].ID != "flex" || rs[0].Name != "Routine ext" {
		t.Errorf("Routines = %+v, %v", rs, err)
	}
	resp, err := s.Report().Responses(bg, time.Time{}, time.Time{})
	if err != nil || len(resp) != 1 || resp[0].ExerciseID != "press-up" || resp[0].Sets != 5 || resp[0].Up != 5 {
		t.Errorf("Responses = %+v, %v", resp, err)
	}
	if u, err := s.Report().UrgentCheckIns(bg, 0); err != nil || len(u) != 0 {
		t.Errorf("UrgentCheckIns = %+v, %v", u, err)
	}
	sid, _ := s.Journal().StartSession(bg, routines.SessionRoutine, "ext", "E", t0)
	c := checkIn(t0, routines.CheckInBaseline, "", routines.ReachThigh, 3)
	c.Urgent = []string{"saddle numbness"}
	if _, err := s.Journal().AddCheckIn(bg, sid, 0, c); err != nil {
		t.Fatal(err)
	}
	if u, err := s.Report().UrgentCheckIns(bg, 0); err != nil || len(u) != 1 || u[0].Urgent[0] != "saddle numbness" {
		t.Errorf("UrgentCheckIns = %+v, %v", u, err)
	}
}

// TestHistoryQueriesUseIndexes guards the ten-year bar for the queries the
// history screens and exports add: none sorts in a temporary B-tree over
// the whole table or scans a table without an index.
func TestHistoryQueriesUseIndexes(t *testing.T) {
	s := openStore(t, t.TempDir())
	for name, q := range map[string]string{
		"triggers": "SELECT id, at, kind, note FROM triggers WHERE at >= 1 ORDER BY at DESC, id DESC LIMIT 5",
		"urgent":   checkInSelect + "WHERE urgent <> '[]' ORDER BY at DESC, id DESC",
		"streak": `SELECT s.started_at FROM sessions s WHERE s.started_at < 1 AND EXISTS
			(SELECT 1 FROM sets t WHERE t.session_id = s.id AND t.completed = 1) ORDER BY s.started_at DESC`,
		"pain per day": "SELECT count(c.at), min(c.reach), avg(c.leg_pain) FROM check_ins c WHERE c.at >= 1 AND c.at < 2",
		"count":        "SELECT count(*) FROM sessions s WHERE s.routine_id = 'x' AND s.started_at >= 1",
		"routines": `WITH RECURSIVE r(id) AS (SELECT (SELECT min(routine_id) FROM sessions) UNION ALL
			SELECT (SELECT min(routine_id) FROM sessions WHERE routine_id > r.id) FROM r WHERE r.id IS NOT NULL)
			SELECT r.id FROM r WHERE r.id IS NOT NULL`,
	} {
		plan := explain(t, s, "EXPLAIN QUERY PLAN "+q)
		for _, line := range strings.Split(plan, "\n") {
			table, _, _ := strings.Cut(strings.TrimPrefix(line, "SCAN "), " ") // a table or its alias; r is a CTE
			fullScan := strings.HasPrefix(line, "SCAN ") && !strings.Contains(line, " USING ") &&
				slices.Contains([]string{"sessions", "s", "sets", "t", "check_ins", "c", "triggers", "decisions"}, table)
			if strings.Contains(line, "TEMP B-TREE") || fullScan {
				t.Errorf("%s: plan sorts or scans a table:\n%s", name, plan)
			}
		}
	}
}

func TestUpgradedV1StoreLogsTriggers(t *testing.T) {
	dir := t.TempDir()
	loadFixture(t, dir, 1)
	s := openStore(t, dir)
	if _, err := s.Journal().AddTrigger(bg, routines.Trigger{At: t0, Kind: routines.TriggerLifting}); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Triggers().List(bg, time.Time{}, time.Time{}, 0); err != nil || len(got) != 1 {
		t.Errorf("Triggers after upgrade = %v, %v", got, err)
	}
}

func TestOpenReadOnlyReadsWithoutWriting(t *testing.T) {
	dir := t.TempDir()
	if _, err := OpenReadOnly(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("OpenReadOnly on an empty dir: err = %v, want ErrNotExist", err)
	}
	if _, err := os.Stat(dbPath(dir)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("OpenReadOnly created the database")
	}
	s := openStore(t, dir)
	want := recordSession(t, s, "ext", t0, 2)
	ro, err := OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if got, err := ro.Sessions().Detail(bg, want.ID); err != nil || got.ID != want.ID {
		t.Errorf("read-only Session = %+v, %v", got.ID, err)
	}
	if _, err := ro.Journal().AddTrigger(bg, routines.Trigger{At: t0, Kind: routines.TriggerSitting}); err == nil {
		t.Errorf("a read-only store wrote a trigger")
	}

	old := t.TempDir()
	loadFixture(t, old, 1)
	if _, err := OpenReadOnly(old); !errors.Is(err, ErrNeedsUpgrade) {
		t.Errorf("OpenReadOnly on a v1 file: err = %v, want ErrNeedsUpgrade", err)
	}
}

// TestDailyMatchesTheSessionsOnASeededStore checks the SQL aggregates
// against the same figures computed in Go from every session in full.
func TestDailyMatchesTheSessionsOnASeededStore(t *testing.T) {
	s := openStore(t, t.TempDir())
	if err := Seed(bg, s, 80, t0, rngFor(9)); err != nil {
		t.Fatal(err)
	}
	got, err := s.Days().Summaries(bg, day(0), day(12))
	if err != nil {
		t.Fatal(err)
	}
	want := make([]DaySummary, 12)
	sums := map[int][2]float64{}
	for i := range want {
		want[i].Day = day(i)
	}
	all, err := s.Sessions().List(bg, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	index := func(at time.Time) int { return int(at.Sub(day(0)).Hours() / 24) }
	for _, x := range all {
		d, err := s.Sessions().Detail(bg, x.ID)
		if err != nil {
			t.Fatal(err)
		}
		w := &want[index(d.StartedAt)]
		w.Sessions++
		if d.SetsDone > 0 {
			w.Done++
		}
		if d.Status == routines.StatusCompleted {
			w.Completed++
		}
		w.SetsDone += d.SetsDone
		for _, c := range d.CheckIns {
			i := index(c.At)
			w := &want[i]
			if w.CheckIns == 0 || int(c.Reach) < w.ReachMin {
				w.ReachMin = int(c.Reach)
			}
			w.CheckIns++
			w.ReachMax, w.LegPainMax = max(w.ReachMax, int(c.Reach)), max(w.LegPainMax, c.LegPain)
			sums[i] = [2]float64{sums[i][0] + float64(c.Reach), sums[i][1] + float64(c.LegPain)}
		}
	}
	for i := range want {
		if n := want[i].CheckIns; n > 0 {
			want[i].ReachAvg, want[i].LegPainAvg = sums[i][0]/float64(n), sums[i][1]/float64(n)
		}
		g := got[i]
		if g.ReachAvg-want[i].ReachAvg < 1e-9 && want[i].ReachAvg-g.ReachAvg < 1e-9 {
			g.ReachAvg = want[i].ReachAvg
		}
		if g.LegPainAvg-want[i].LegPainAvg < 1e-9 && want[i].LegPainAvg-g.LegPainAvg < 1e-9 {
			g.LegPainAvg = want[i].LegPainAvg
		}
		if g != want[i] {
			t.Errorf("day %d:\n got %+v\nwant %+v", i, g, want[i])
		}
	}
	if want[11].Sessions != 0 || want[0].Sessions != 8 {
		t.Fatalf("the fixture changed: %d sessions on day 0, %d on day 11", want[0].Sessions, want[11].Sessions)
	}
}

// TestOneCutShortSession is a history of a single session, quit after its
// first set: every reader sees it, and it counts for adherence.
func TestOneCutShortSession(t *testing.T) {
	s := openStore(t, t.TempDir())
	at := day(0).Add(9 * time.Hour)
	d := recordSession(t, s, "ext", at, 1)
	finish(t, s, &d, routines.StatusCutShort, "quit", at.Add(3*time.Minute))
	days, err := s.Days().Summaries(bg, day(0), day(1))
	if err != nil || len(days) != 1 || days[0].Sessions != 1 || days[0].Done != 1 || days[0].Completed != 0 || days[0].CheckIns != 2 {
		t.Errorf("Daily = %+v, %v", days, err)
	}
	if n, err := s.Days().Streak(bg, at.Add(time.Hour)); err != nil || n != 1 {
		t.Errorf("Streak = %d, %v", n, err)
	}
	if last, ok, err := s.Days().LastSetDone(bg); err != nil || !ok || !last.Equal(d.Sets[0].EndedAt) {
		t.Errorf("LastSetDone = %v, %v, %v; want %v", last, ok, err, d.Sets[0].EndedAt)
	}
	if got, err := s.Sessions().List(bg, Filter{Since: day(0), Until: day(1), RoutineID: "ext"}); err != nil || len(got) != 1 ||
		got[0].Status != routines.StatusCutShort || got[0].Reason != "quit" {
		t.Errorf("Sessions = %+v, %v", got, err)
	}
	if r, err := s.Report().Responses(bg, time.Time{}, time.Time{}); err != nil || len(r) != 1 || r[0].Sets != 1 || r[0].Up != 1 {
		t.Errorf("Responses = %+v, %v", r, err)
	}
	if _, ok, err := openStore(t, t.TempDir()).Days().LastSetDone(bg); ok || err != nil {
		t.Errorf("LastSetDone on an empty store: ok %v, err %v", ok, err)
	}
}
