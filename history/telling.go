package history

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
)

// tellingSelect reads, for each session asked, the tingling of its
// baseline and of its latest check-in after it (the summary reads their
// pain), and its most telling check-in: one that reported an urgent
// symptom if any did (R1, R2), else one whose pain or tingling reached
// further down than at the baseline (R5, R17), else one that said the pain
// moved further down and reaches at least as far as at the baseline, else
// any that said it moved further down, else the one that reached furthest
// down (latest first). The summary leaves them out, to keep the list's and the
// export's form as it is; the screens read a session by them
// (app.SessionResponse).
const tellingSelect = `SELECT s.id, l.moved, b.tingling, b.tingling_reach, l.tingling, l.tingling_reach,
	w.at, w.reach, w.leg, w.leg_pain, w.back_pain, w.moved, w.tingling, w.tingling_reach, w.urgent
FROM sessions s
LEFT JOIN check_ins b ON b.id = (SELECT c.id FROM check_ins c
	WHERE c.session_id = s.id AND c.kind = 'baseline' ORDER BY c.at, c.id LIMIT 1)
LEFT JOIN check_ins l ON l.id = (SELECT c.id FROM check_ins c
	WHERE c.session_id = s.id AND c.kind <> 'baseline' ORDER BY c.at DESC, c.id DESC LIMIT 1)
LEFT JOIN check_ins w ON w.id = (SELECT c.id FROM check_ins c
	WHERE c.session_id = s.id AND c.kind <> 'baseline'
	ORDER BY c.urgent <> '[]' DESC,
		max(c.reach, c.tingling * c.tingling_reach) > coalesce(max(b.reach, b.tingling * b.tingling_reach), 0) DESC,
		c.moved = 'down' AND c.reach >= coalesce(b.reach, 0) DESC, c.moved = 'down' DESC,
		c.reach DESC, c.at DESC, c.id DESC LIMIT 1)
WHERE s.id IN (`

// telling is what tellingSelect reads for one session.
type telling struct {
	lastMoved          routines.Moved
	baseTing, lastTing nullTingling
	worst              *routines.CheckIn
}

// nullTingling is a check-in's tingling as read by a LEFT JOIN.
type nullTingling struct{ on, reach sql.NullInt64 }

// set writes the tingling into c.
func (n nullTingling) set(c *routines.CheckIn) {
	if c != nil && n.on.Valid && n.on.Int64 == 1 {
		c.Tingling, c.TinglingReach = true, routines.Reach(n.reach.Int64)
	}
}

// tellingOf reads the telling answers of the given sessions (a page).
func tellingOf(ctx context.Context, q querier, ids []int64) (map[int64]telling, error) {
	out := make(map[int64]telling, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := q.QueryContext(ctx, tellingSelect+strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",")+")", args...)
	if err != nil {
		return nil, fmt.Errorf("history: read the sessions' answers: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id        int64
			lastMoved sql.NullString
			bTing     nullTingling
			lTing     nullTingling
			w         nullReading
			wMoved    sql.NullString
			wTing     nullTingling
			wUrgent   sql.NullString
		)
		if err := rows.Scan(&id, &lastMoved, &bTing.on, &bTing.reach, &lTing.on, &lTing.reach,
			&w.at, &w.reach, &w.leg, &w.legPain, &w.backPain, &wMoved, &wTing.on, &wTing.reach, &wUrgent); err != nil {
			return nil, fmt.Errorf("history: read the sessions' answers: %w", err)
		}
		t := telling{lastMoved: routines.Moved(lastMoved.String), baseTing: bTing, lastTing: lTing}
		if r := w.reading(); r != nil {
			t.worst = checkInOf(r)
			t.worst.Moved = routines.Moved(wMoved.String)
			wTing.set(t.worst)
			if wUrgent.Valid && wUrgent.String != "" && wUrgent.String != "[]" {
				// The list only says whether there was one: its words
				// are read in full with the session's check-ins.
				if err := json.Unmarshal([]byte(wUrgent.String), &t.worst.Urgent); err != nil || len(t.worst.Urgent) == 0 {
					t.worst.Urgent = []string{"urgent symptom"}
				}
			}
		}
		out[id] = t
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("history: read the sessions' answers: %w", err)
	}
	return out, nil
}

// Rows turns a page of summaries into the read model's rows, with each
// session's telling answers (see tellingSelect).
func (ss Sessions) Rows(ctx context.Context, sums []SessionSummary) ([]app.SessionRow, error) {
	ids := make([]int64, len(sums))
	for i, s := range sums {
		ids[i] = s.ID
	}
	tell, err := tellingOf(ctx, ss.st.r, ids)
	if err != nil {
		return nil, err
	}
	out := make([]app.SessionRow, len(sums))
	for i, s := range sums {
		out[i] = withTelling(SessionRow(s), tell[s.ID])
	}
	return out, nil
}

// withTelling adds a session's telling answers to its row.
func withTelling(r app.SessionRow, t telling) app.SessionRow {
	if r.Last != nil {
		r.Last.Moved = t.lastMoved
	}
	// The summary's check-ins are copies made for this row: the tingling
	// is written into them, so the row reads as the coach read it (R17).
	t.baseTing.set(r.Baseline)
	t.lastTing.set(r.Last)
	r.Worst = t.worst
	return r
}
