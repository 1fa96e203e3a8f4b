package history

import (
	"encoding/json"
	"time"

	"github.com/centra-app/centra/routines"
)

// The domain types carry no JSON tags, so the records wrapping them
// marshal through these wire forms: snake_case names, RFC 3339 times, and
// every reach as a number with its name beside it.

type setJSON struct {
	ID         int64           `json:"id"`
	Block      int             `json:"block"`
	Set        int             `json:"set"`
	ExerciseID string          `json:"exercise_id"`
	Family     routines.Family `json:"family"`
	Level      int             `json:"level"`
	StartedAt  time.Time       `json:"started_at"`
	EndedAt    time.Time       `json:"ended_at"`
	Unit       routines.Unit   `json:"unit"`
	Planned    int             `json:"planned"`
	Done       int             `json:"done"`
	Completed  bool            `json:"completed"`
}

// MarshalJSON implements json.Marshaler.
func (r SetRecord) MarshalJSON() ([]byte, error) {
	return json.Marshal(setJSON{
		ID: r.ID, Block: r.Block, Set: r.Set, ExerciseID: r.ExerciseID, Family: r.Family, Level: r.Level,
		StartedAt: r.StartedAt, EndedAt: r.EndedAt, Unit: r.Unit, Planned: r.Planned, Done: r.Done, Completed: r.Completed,
	})
}

// UnmarshalJSON implements json.Unmarshaler.
func (r *SetRecord) UnmarshalJSON(b []byte) error {
	var j setJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*r = SetRecord{ID: j.ID, SetResult: routines.SetResult{
		Block: j.Block, Set: j.Set, ExerciseID: j.ExerciseID, Family: j.Family, Level: j.Level,
		StartedAt: j.StartedAt, EndedAt: j.EndedAt, Unit: j.Unit, Planned: j.Planned, Done: j.Done, Completed: j.Completed,
	}}
	return nil
}

type checkInJSON struct {
	ID                int64                `json:"id"`
	SetID             int64                `json:"set_id,omitzero"`
	At                time.Time            `json:"at"`
	Kind              routines.CheckInKind `json:"kind"`
	Moved             routines.Moved       `json:"moved,omitempty"`
	Reach             routines.Reach       `json:"reach"`
	ReachName         string               `json:"reach_name"`
	Leg               routines.Leg         `json:"leg"`
	LegPain           int                  `json:"leg_pain"`
	BackPain          int                  `json:"back_pain"`
	Tingling          bool                 `json:"tingling"`
	TinglingReach     *routines.Reach      `json:"tingling_reach,omitempty"`
	TinglingReachName string               `json:"tingling_reach_name,omitempty"`
	Urgent            []string             `json:"urgent"`
}

// MarshalJSON implements json.Marshaler. The tingling reach appears only
// when there is tingling; urgent is always a list, empty when none.
func (r CheckInRecord) MarshalJSON() ([]byte, error) {
	j := checkInJSON{
		ID: r.ID, SetID: r.SetID, At: r.At, Kind: r.Kind, Moved: r.Moved,
		Reach: r.Reach, ReachName: r.Reach.String(), Leg: r.Leg, LegPain: r.LegPain, BackPain: r.BackPain,
		Tingling: r.Tingling, Urgent: r.Urgent,
	}
	if r.Tingling {
		tr := r.TinglingReach
		j.TinglingReach, j.TinglingReachName = &tr, tr.String()
	}
	if j.Urgent == nil {
		j.Urgent = []string{}
	}
	return json.Marshal(j)
}

// UnmarshalJSON implements json.Unmarshaler.
func (r *CheckInRecord) UnmarshalJSON(b []byte) error {
	var j checkInJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*r = CheckInRecord{ID: j.ID, SetID: j.SetID, CheckIn: routines.CheckIn{
		At: j.At, Kind: j.Kind, Moved: j.Moved, Reach: j.Reach, Leg: j.Leg, LegPain: j.LegPain, BackPain: j.BackPain,
		Tingling: j.Tingling, Urgent: j.Urgent,
	}}
	if j.TinglingReach != nil {
		r.TinglingReach = *j.TinglingReach
	}
	if len(r.Urgent) == 0 {
		r.Urgent = nil
	}
	return nil
}

type decisionJSON struct {
	ID     int64     `json:"id"`
	At     time.Time `json:"at"`
	RuleID string    `json:"rule_id"`
	Action string    `json:"action"`
	Reason string    `json:"reason"`
}

// MarshalJSON implements json.Marshaler.
func (r DecisionRecord) MarshalJSON() ([]byte, error) {
	return json.Marshal(decisionJSON{ID: r.ID, At: r.At, RuleID: r.RuleID, Action: r.Action, Reason: r.Reason})
}

// UnmarshalJSON implements json.Unmarshaler.
func (r *DecisionRecord) UnmarshalJSON(b []byte) error {
	var j decisionJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*r = DecisionRecord{ID: j.ID, DecisionRecord: routines.DecisionRecord{At: j.At, RuleID: j.RuleID, Action: j.Action, Reason: j.Reason}}
	return nil
}
