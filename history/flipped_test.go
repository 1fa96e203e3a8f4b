package history

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"testing"
	"time"
)

// flippedCorpus is the fault runs' corpus of damaged files, made again
// from a seed: n copies of a healthy history of a few hundred sessions,
// each with one page (never the first, whose header checkHeader reads)
// holding flipped bytes: a run of 8-64 bytes inverted, or 4-16 bytes
// inverted here and there in the page. The same seed gives the same files.
func flippedCorpus(t *testing.T, good []byte, n int, seed uint64) [][]byte {
	t.Helper()
	const pageSize = 4096
	pages := len(good) / pageSize
	rng := rand.New(rand.NewPCG(seed, seed))
	out := make([][]byte, n)
	for i := range out {
		b := bytes.Clone(good)
		page := (1 + rng.IntN(pages-1)) * pageSize
		if i%2 == 0 {
			length := 8 + rng.IntN(57)
			at := page + rng.IntN(pageSize-length)
			for j := at; j < at+length; j++ {
				b[j] ^= 0xFF
			}
		} else {
			for range 4 + rng.IntN(13) {
				b[page+rng.IntN(pageSize)] ^= 0xFF
			}
		}
		out[i] = b
	}
	return out
}

// Case 5 of issue 17: PRAGMA quick_check let 5 of 40 files with a page of
// flipped bytes through; centra wrote a session into them and then failed
// with "database disk image is malformed", and one showed reach -15. Now
// every file is either refused, untouched, or read in full without an
// error, with every value on its scale, and takes a new session cleanly.
// "Refused" is at Open (quick_check, the scales) or by the full check
// (integrity_check) that Open starts in the background and that every
// write waits for.
func TestTheFlippedPageCorpusIsRefusedOrReadWithoutError(t *testing.T) {
	good := healthyFile(t)
	var refused, accepted int
	for i, b := range flippedCorpus(t, good, 40, 17) {
		dir := t.TempDir()
		if err := os.WriteFile(dbPath(dir), b, 0o600); err != nil {
			t.Fatal(err)
		}
		s, err := Open(dir)
		if err != nil {
			var d *DamagedError
			if !errors.As(err, &d) || d.Path != dbPath(dir) {
				t.Errorf("file %d: refused with %v; want a DamagedError naming the file", i, err)
			}
			if !bytes.Equal(readBytes(t, dbPath(dir)), b) {
				t.Errorf("file %d: refused, but changed", i)
			}
			refused++
			continue
		}
		if err := s.Verified(bg); err != nil {
			// The full check, run in the background, found it damaged:
			// no write is let through, and the file stays as it was.
			var d *DamagedError
			if !errors.As(err, &d) || d.Path != dbPath(dir) {
				t.Errorf("file %d: the full check says %v; want a DamagedError naming the file", i, err)
			}
			if werr := writeSession(s, "after", t0.AddDate(1, 0, 0)); !errors.As(werr, &d) {
				t.Errorf("file %d: found damaged, yet a write gave %v", i, werr)
			}
			s.Close()
			if !bytes.Equal(readBytes(t, dbPath(dir)), b) {
				t.Errorf("file %d: found damaged, but changed", i)
			}
			refused++
			continue
		}
		accepted++
		if err := readEverything(s); err != nil {
			t.Errorf("file %d passed the check but reading it fails: %v", i, err)
		}
		at := t0.AddDate(1, 0, 0)
		if err := writeSession(s, "after", at); err != nil {
			t.Errorf("file %d passed the check but takes no session: %v", i, err)
		}
		if err := s.Close(); err != nil {
			t.Errorf("file %d: close: %v", i, err)
		}
		if _, err := checkFile(bg, dbPath(dir)); err != nil {
			t.Errorf("file %d was accepted, written to, and is now damaged: %v", i, err)
		}
	}
	t.Logf("%d refused, %d accepted and read in full", refused, accepted)
	if refused == 0 {
		t.Error("no file of the corpus was refused: the corpus does not damage anything")
	}
}

// readEverything reads what the interfaces and exports read.
func readEverything(s *Store) error {
	sums, err := s.Sessions().List(bg, Filter{})
	if err != nil {
		return err
	}
	for _, x := range sums {
		d, err := s.Sessions().Detail(bg, x.ID)
		if err != nil {
			return err
		}
		for _, c := range d.CheckIns {
			if !c.Reach.Valid() || c.LegPain < 0 || c.LegPain > 10 || c.BackPain < 0 || c.BackPain > 10 {
				return errors.New("a check-in off its scale: " + c.Reach.String())
			}
		}
	}
	if err := s.Export().JSON(bg, io.Discard, JSONOptions{Triggers: true, Now: t0}); err != nil {
		return err
	}
	if err := s.Export().CSV(bg, io.Discard, Filter{}); err != nil {
		return err
	}
	if _, err := s.Days().Summaries(bg, t0.AddDate(0, 0, -1), t0.AddDate(1, 0, 0)); err != nil {
		return err
	}
	if _, _, err := s.Sessions().LastCheckIn(bg); err != nil {
		return err
	}
	_, err = s.Journal().MarkInterrupted(bg, t0.Add(time.Hour*24*400))
	return err
}
