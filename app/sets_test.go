package app

import (
	"testing"

	"github.com/centra-app/centra/routines"
)

// The history counts done against the plan as it stood at the end, and
// says when the coach changed it: never "3 of 5" for a session the coach
// cut to 3 and that ran to its end, never "3/1".
func TestSetsCountFollowsTheCoachsPlan(t *testing.T) {
	for _, tc := range []struct {
		row          SessionRow
		words, short string
	}{
		{SessionRow{SetsDone: 3, SetsPlanned: 5}, "3 of 5 sets done", "3/5"},
		{SessionRow{SetsDone: 3, SetsPlanned: 5, SetsCoach: 3, Status: routines.StatusCompleted}, "3 of 3 sets done (cut from 5 by the coach)", "3/3"},
		{SessionRow{SetsDone: 3, SetsPlanned: 1, SetsCoach: 3}, "3 of 3 sets done (2 added by the coach)", "3/3"},
		// An older record, before the coach's plan was kept.
		{SessionRow{SetsDone: 3, SetsPlanned: 1}, "3 sets done", "3"},
		{SessionRow{SetsDone: 1}, "1 set done", "1"},
	} {
		if got := SetsWords(tc.row); got != tc.words {
			t.Errorf("%+v: %q, want %q", tc.row, got, tc.words)
		}
		if got := SetsShort(tc.row); got != tc.short {
			t.Errorf("%+v: %q, want %q", tc.row, got, tc.short)
		}
	}
}
