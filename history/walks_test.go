package history

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

// TestWalksAreKeptApartFromSessionsAndExported: a walk logged from home is
// stored with its minutes and how the leg felt, listed by day, written in
// the JSON export as "walks", and never counted as a set.
func TestWalksAreKeptApartFromSessionsAndExported(t *testing.T) {
	s := openStore(t, t.TempDir())
	for i, w := range []routines.Walk{
		{At: t0, Minutes: 10, Feel: routines.WalkEasier},
		{At: t0.Add(3 * time.Hour), Minutes: 12, Feel: routines.WalkWorse},
		{At: t0.Add(26 * time.Hour), Minutes: 8, Feel: routines.WalkSame},
	} {
		if id, err := s.Journal().AddWalk(bg, w); err != nil || id != int64(i+1) {
			t.Fatalf("AddWalk(%+v) = %d, %v", w, id, err)
		}
	}
	for _, bad := range []routines.Walk{
		{At: t0, Minutes: 0, Feel: routines.WalkSame},
		{At: t0, Minutes: routines.MaxWalkMinutes + 1, Feel: routines.WalkSame},
		{At: t0, Minutes: 10, Feel: "fine"},
		{Minutes: 10, Feel: routines.WalkSame},
	} {
		if _, err := s.Journal().AddWalk(bg, bad); !errors.Is(err, ErrInvalid) {
			t.Errorf("AddWalk(%+v): err = %v, want ErrInvalid", bad, err)
		}
	}
	day, err := s.Walks().List(bg, t0, t0.Add(24*time.Hour))
	if err != nil || len(day) != 2 || day[0].Minutes != 10 || day[1].Feel != routines.WalkWorse {
		t.Fatalf("Walks on the first day = %+v, %v", day, err)
	}
	if done, _, err := s.Days().LastSetDone(bg); err != nil || !done.IsZero() {
		t.Errorf("a walk counted as a set: last set %v, %v", done, err)
	}
	var b bytes.Buffer
	if err := s.Export().JSON(bg, &b, JSONOptions{Walks: true, Now: t0}); err != nil {
		t.Fatal(err)
	}
	var doc FullExport
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("%v in:\n%s", err, b.String())
	}
	if len(doc.Walks) != 3 || doc.Walks[2].Minutes != 8 || doc.Walks[1].Feel != routines.WalkWorse || len(doc.Sessions) != 0 {
		t.Errorf("exported walks %+v, sessions %d", doc.Walks, len(doc.Sessions))
	}
}
