package history

import (
	"bytes"
	"database/sql"
	"errors"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// healthyFile returns the bytes of a closed, checkpointed database with a
// few hundred sessions in it.
func healthyFile(t *testing.T) []byte {
	t.Helper()
	dir := t.TempDir()
	s := openStore(t, dir)
	if err := Seed(bg, s, 200, t0, rand.New(rand.NewPCG(1, 2))); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dbPath(dir) + "-wal"); err == nil {
		t.Fatal("the write-ahead log outlived Close")
	}
	return readBytes(t, dbPath(dir))
}

// rawFile builds a SQLite file with plain SQL, outside the store.
func rawFile(t *testing.T, script string) []byte {
	t.Helper()
	p := dbPath(t.TempDir())
	db, err := sql.Open("sqlite", p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(script); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return readBytes(t, p)
}

func TestOpenRefusesDamagedFilesAndLeavesThemAlone(t *testing.T) {
	good := healthyFile(t)
	pageSize := 4096
	rng := rand.New(rand.NewPCG(3, 4))
	garbage := make([]byte, 64<<10)
	for i := range garbage {
		garbage[i] = byte(rng.IntN(256))
	}
	scrambled := bytes.Clone(good)
	copy(scrambled[2*pageSize:len(scrambled)-pageSize], garbage)
	badPageSize := bytes.Clone(good)
	badPageSize[16], badPageSize[17] = 0x03, 0xE8 // 1000

	for _, tc := range []struct {
		name, why string
		data      []byte
	}{
		{"truncated to whole pages", "truncated", good[:len(good)/2/pageSize*pageSize]},
		{"truncated mid-page", "truncated", good[:len(good)/2+100]},
		{"truncated in the header", "truncated", good[:50]},
		{"truncated in the magic", "truncated", good[:7]},
		{"garbage", "not a SQLite database", garbage},
		{"a text file", "not a SQLite database", []byte("my pain diary\nmonday: 6/10\n")},
		{"empty", "empty", nil},
		{"garbled header", "garbled", badPageSize},
		{"pages overwritten", "", scrambled},
		{"another program's database", "not centra's", rawFile(t, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hi');")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			p := dbPath(dir)
			if err := os.WriteFile(p, tc.data, 0o600); err != nil {
				t.Fatal(err)
			}
			s, err := Open(dir)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			var de *DamagedError
			if !errors.As(err, &de) {
				t.Fatalf("err = %v (%T), want *DamagedError", err, err)
			}
			if de.Path != p || !strings.Contains(de.Why, tc.why) {
				t.Errorf("DamagedError{Path: %q, Why: %q}, want path %q and a why with %q", de.Path, de.Why, p, tc.why)
			}
			if msg := err.Error(); !strings.Contains(msg, p) || !strings.Contains(msg, "centra restore") || !strings.Contains(msg, "Move it aside") {
				t.Errorf("message does not name the file and what to do: %s", msg)
			}
			if got := readBytes(t, p); !bytes.Equal(got, tc.data) {
				t.Errorf("the damaged file was changed (%d bytes, was %d)", len(got), len(tc.data))
			}
		})
	}
}

func TestOpenRefusesSchemaFromNewerCentra(t *testing.T) {
	dir := t.TempDir()
	p := dbPath(dir)
	if err := os.WriteFile(p, healthyFile(t), 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before := readBytes(t, p)

	s, err := Open(dir)
	if err == nil {
		s.Close()
		t.Fatal("Open succeeded")
	}
	var tn *TooNewError
	if !errors.As(err, &tn) || tn.Version != 99 || tn.Known != SchemaVersion() || tn.Path != p {
		t.Fatalf("err = %v, want *TooNewError{%s, 99, %d}", err, p, SchemaVersion())
	}
	if !bytes.Equal(readBytes(t, p), before) {
		t.Error("the newer file was changed")
	}
}

func TestMovingADamagedFileAsideStartsFresh(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(dbPath(dir), []byte("junk"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir); err == nil {
		t.Fatal("Open of junk succeeded")
	}
	if err := os.Rename(dbPath(dir), dbPath(dir)+".broken"); err != nil {
		t.Fatal(err)
	}
	s := openStore(t, dir)
	if got, err := s.Sessions().List(bg, Filter{}); err != nil || len(got) != 0 {
		t.Errorf("fresh store: %v, %v", got, err)
	}
}
