package history

import (
	"context"
	"time"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/function"
)

// Reader is the store as both interfaces read it (app.HistoryReader) and
// where their trigger log writes (app.TriggerLog): the read model's own
// types, so that no interface imports the store.
type Reader struct{ st *Store }

// Reader returns the store as the interfaces read it.
func (s *Store) Reader() Reader { return Reader{st: s} }

var (
	_ app.HistoryReader = Reader{}
	_ app.TriggerLog    = Reader{}
	_ app.FunctionLog   = Reader{}
)

func filterOf(q app.SessionQuery) Filter {
	return Filter{Since: q.Since, Until: q.Until, RoutineID: q.RoutineID, Limit: q.Limit, BeforeID: q.BeforeID}
}

// Sessions implements app.HistoryReader.
func (r Reader) Sessions(ctx context.Context, q app.SessionQuery) ([]app.SessionRow, error) {
	sums, err := r.st.Sessions().List(ctx, filterOf(q))
	if err != nil {
		return nil, err
	}
	return r.st.Sessions().Rows(ctx, sums)
}

// SessionRow is a session summary in the read model's terms.
func SessionRow(s SessionSummary) app.SessionRow {
	return app.SessionRow{ID: s.ID, Kind: s.Kind, RoutineID: s.RoutineID, RoutineName: s.RoutineName,
		StartedAt: s.StartedAt, EndedAt: s.EndedAt, Status: s.Status, Reason: s.Reason,
		SetsDone: s.SetsDone, SetsPlanned: s.SetsPlanned, SetsCoach: s.SetsCoach, Baseline: checkInOf(s.Baseline), Last: checkInOf(s.Last)}
}

// checkInOf turns the list's gist of a check-in into a check-in.
func checkInOf(r *Reading) *routines.CheckIn {
	if r == nil {
		return nil
	}
	return &routines.CheckIn{At: r.At, Reach: r.Reach, Leg: r.Leg, LegPain: r.LegPain, BackPain: r.BackPain}
}

// CountSessions implements app.HistoryReader.
func (r Reader) CountSessions(ctx context.Context, q app.SessionQuery) (int, error) {
	return r.st.Sessions().Count(ctx, filterOf(q))
}

// Session implements app.HistoryReader.
func (r Reader) Session(ctx context.Context, id int64) (app.SessionDetail, error) {
	d, err := r.st.Sessions().Detail(ctx, id)
	if err != nil {
		return app.SessionDetail{}, err
	}
	tell, err := tellingOf(ctx, r.st.r, []int64{id})
	if err != nil {
		return app.SessionDetail{}, err
	}
	out := app.SessionDetail{SessionRow: withTelling(SessionRow(d.SessionSummary), tell[id])}
	for _, s := range d.Sets {
		out.Sets, out.SetIDs = append(out.Sets, s.SetResult), append(out.SetIDs, s.ID)
	}
	for _, c := range d.CheckIns {
		out.CheckIns, out.CheckInSets = append(out.CheckIns, c.CheckIn), append(out.CheckInSets, c.SetID)
	}
	for _, x := range d.Decisions {
		out.Decisions = append(out.Decisions, x.DecisionRecord)
	}
	return out, nil
}

// Routines implements app.HistoryReader.
func (r Reader) Routines(ctx context.Context) ([]app.RoutineRef, error) {
	rs, err := r.st.Sessions().Routines(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]app.RoutineRef, len(rs))
	for i, x := range rs {
		out[i] = app.RoutineRef{ID: x.ID, Name: x.Name}
	}
	return out, nil
}

// Daily implements app.HistoryReader.
func (r Reader) Daily(ctx context.Context, since, until time.Time) ([]app.Day, error) {
	days, err := r.st.Days().Summaries(ctx, since, until)
	if err != nil {
		return nil, err
	}
	out := make([]app.Day, len(days))
	for i, d := range days {
		out[i] = app.Day(d)
	}
	return out, nil
}

// Streak implements app.HistoryReader.
func (r Reader) Streak(ctx context.Context, now time.Time) (int, error) {
	return r.st.Days().Streak(ctx, now)
}

// LastSetDone implements app.HistoryReader.
func (r Reader) LastSetDone(ctx context.Context) (time.Time, bool, error) {
	return r.st.Days().LastSetDone(ctx)
}

// Triggers implements app.HistoryReader.
func (r Reader) Triggers(ctx context.Context, since, until time.Time, limit int) ([]routines.Trigger, error) {
	ts, err := r.st.Triggers().List(ctx, since, until, limit)
	if err != nil {
		return nil, err
	}
	out := make([]routines.Trigger, len(ts))
	for i, t := range ts {
		out[i] = t.Trigger
	}
	return out, nil
}

// TriggerCounts implements app.HistoryReader.
func (r Reader) TriggerCounts(ctx context.Context, since, until time.Time) ([]app.TriggerCount, error) {
	cs, err := r.st.Triggers().Counts(ctx, since, until)
	if err != nil {
		return nil, err
	}
	out := make([]app.TriggerCount, len(cs))
	for i, c := range cs {
		out[i] = app.TriggerCount(c)
	}
	return out, nil
}

// GetState implements app.HistoryReader.
func (r Reader) GetState(ctx context.Context, key string) ([]byte, bool, error) {
	return r.st.Journal().GetState(ctx, key)
}

// AddTrigger implements app.TriggerLog.
func (r Reader) AddTrigger(ctx context.Context, t routines.Trigger) (int64, error) {
	return r.st.Journal().AddTrigger(ctx, t)
}

// AddFunction implements app.FunctionLog.
func (r Reader) AddFunction(ctx context.Context, m function.Measure) (int64, error) {
	return r.st.Journal().AddFunction(ctx, m)
}

// FunctionMeasures implements app.FunctionLog.
func (r Reader) FunctionMeasures(ctx context.Context, since, until time.Time) ([]function.Measure, error) {
	recs, err := r.st.Function().Measures(ctx, since, until)
	if err != nil {
		return nil, err
	}
	out := make([]function.Measure, len(recs))
	for i, rec := range recs {
		out[i] = rec.Measure
	}
	return out, nil
}

var _ app.WalkLog = Reader{}

// AddWalk implements app.WalkLog.
func (r Reader) AddWalk(ctx context.Context, w routines.Walk) (int64, error) {
	return r.st.Journal().AddWalk(ctx, w)
}

// Walks implements app.WalkLog.
func (r Reader) Walks(ctx context.Context, since, until time.Time) ([]routines.Walk, error) {
	recs, err := r.st.Walks().List(ctx, since, until)
	if err != nil {
		return nil, err
	}
	out := make([]routines.Walk, len(recs))
	for i, rec := range recs {
		out[i] = rec.Walk
	}
	return out, nil
}
