package main

import (
	"context"
	"time"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/routines"
)

// storeReader adapts the history store to what the history screens read
// (app.HistoryReader) and where the trigger log writes (app.TriggerLog):
// the interface speaks the UI's own types, so the UI never imports the
// store.
type storeReader struct{ st *history.Store }

var (
	_ app.HistoryReader = storeReader{}
	_ app.TriggerLog    = storeReader{}
)

func filterOf(q app.SessionQuery) history.Filter {
	return history.Filter{Since: q.Since, Until: q.Until, RoutineID: q.RoutineID, Limit: q.Limit, BeforeID: q.BeforeID}
}

// Sessions implements app.HistoryReader.
func (r storeReader) Sessions(ctx context.Context, q app.SessionQuery) ([]app.SessionRow, error) {
	sums, err := r.st.Sessions(ctx, filterOf(q))
	if err != nil {
		return nil, err
	}
	out := make([]app.SessionRow, len(sums))
	for i, s := range sums {
		out[i] = sessionRow(s)
	}
	return out, nil
}

func sessionRow(s history.SessionSummary) app.SessionRow {
	return app.SessionRow{ID: s.ID, Kind: s.Kind, RoutineID: s.RoutineID, RoutineName: s.RoutineName,
		StartedAt: s.StartedAt, EndedAt: s.EndedAt, Status: s.Status, Reason: s.Reason,
		SetsDone: s.SetsDone, SetsPlanned: s.SetsPlanned, Baseline: checkInOf(s.Baseline), Last: checkInOf(s.Last)}
}

// checkInOf turns the list's gist of a check-in into a check-in.
func checkInOf(r *history.Reading) *routines.CheckIn {
	if r == nil {
		return nil
	}
	return &routines.CheckIn{At: r.At, Reach: r.Reach, Leg: r.Leg, LegPain: r.LegPain, BackPain: r.BackPain}
}

// CountSessions implements app.HistoryReader.
func (r storeReader) CountSessions(ctx context.Context, q app.SessionQuery) (int, error) {
	return r.st.CountSessions(ctx, filterOf(q))
}

// Session implements app.HistoryReader.
func (r storeReader) Session(ctx context.Context, id int64) (app.SessionDetail, error) {
	d, err := r.st.Session(ctx, id)
	if err != nil {
		return app.SessionDetail{}, err
	}
	out := app.SessionDetail{SessionRow: sessionRow(d.SessionSummary)}
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
func (r storeReader) Routines(ctx context.Context) ([]app.RoutineRef, error) {
	rs, err := r.st.Routines(ctx)
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
func (r storeReader) Daily(ctx context.Context, since, until time.Time) ([]app.Day, error) {
	days, err := r.st.Daily(ctx, since, until)
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
func (r storeReader) Streak(ctx context.Context, now time.Time) (int, error) {
	return r.st.Streak(ctx, now)
}

// LastSetDone implements app.HistoryReader.
func (r storeReader) LastSetDone(ctx context.Context) (time.Time, bool, error) {
	return r.st.LastSetDone(ctx)
}

// Triggers implements app.HistoryReader.
func (r storeReader) Triggers(ctx context.Context, since, until time.Time, limit int) ([]routines.Trigger, error) {
	ts, err := r.st.Triggers(ctx, since, until, limit)
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
func (r storeReader) TriggerCounts(ctx context.Context, since, until time.Time) ([]app.TriggerCount, error) {
	cs, err := r.st.TriggerCounts(ctx, since, until)
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
func (r storeReader) GetState(ctx context.Context, key string) ([]byte, bool, error) {
	return r.st.GetState(ctx, key)
}

// AddTrigger implements app.TriggerLog.
func (r storeReader) AddTrigger(ctx context.Context, t routines.Trigger) (int64, error) {
	return r.st.AddTrigger(ctx, t)
}
