package history

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
)

// tellingSelect reads, for each session asked, the answer of its latest
// check-in after the baseline and its most telling check-in: one that
// said the pain moved further down if any did, else the one that reached
// furthest down (latest first). The summary leaves them out, to keep the
// list's and the export's form as it is; the screens read a session by
// them (app.SessionResponse).
const tellingSelect = `SELECT s.id, l.moved,
	w.at, w.reach, w.leg, w.leg_pain, w.back_pain, w.moved
FROM sessions s
LEFT JOIN check_ins l ON l.id = (SELECT c.id FROM check_ins c
	WHERE c.session_id = s.id AND c.kind <> 'baseline' ORDER BY c.at DESC, c.id DESC LIMIT 1)
LEFT JOIN check_ins w ON w.id = (SELECT c.id FROM check_ins c
	WHERE c.session_id = s.id AND c.kind <> 'baseline'
	ORDER BY c.moved = 'down' DESC, c.reach DESC, c.at DESC, c.id DESC LIMIT 1)
WHERE s.id IN (`

// telling is what tellingSelect reads for one session.
type telling struct {
	lastMoved routines.Moved
	worst     *routines.CheckIn
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
			w         nullReading
			wMoved    sql.NullString
		)
		if err := rows.Scan(&id, &lastMoved, &w.at, &w.reach, &w.leg, &w.legPain, &w.backPain, &wMoved); err != nil {
			return nil, fmt.Errorf("history: read the sessions' answers: %w", err)
		}
		t := telling{lastMoved: routines.Moved(lastMoved.String)}
		if r := w.reading(); r != nil {
			t.worst = checkInOf(r)
			t.worst.Moved = routines.Moved(wMoved.String)
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
	r.Worst = t.worst
	return r
}
