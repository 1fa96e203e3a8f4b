package history

import (
	"context"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

// The store stamps its own times with the clock it was given, so that a
// run at --now keeps made-up times apart from real ones.
func TestTheStoreStampsItsTimesWithItsClock(t *testing.T) {
	at := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	s, err := Open(t.TempDir(), WithClock(routines.NewFakeClock(at)))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if err := s.Journal().PutState(ctx, "plan", []byte("{}")); err != nil {
		t.Fatal(err)
	}
	var updated int64
	if err := s.r.QueryRowContext(ctx, "SELECT updated_at FROM state WHERE key = 'plan'").Scan(&updated); err != nil {
		t.Fatal(err)
	}
	if got := time.UnixMilli(updated).UTC(); !got.Equal(at) {
		t.Errorf("state written at %v; want the store's clock, %v", got, at)
	}
}
