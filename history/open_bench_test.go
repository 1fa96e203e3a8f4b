package history

import (
	"path/filepath"
	"strconv"
	"testing"
)

// BenchmarkOpenEmptyDir is a first launch: Open creates the data directory
// and a new database in it (migrations, pragmas, permissions).
func BenchmarkOpenEmptyDir(b *testing.B) {
	base := b.TempDir()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		s, err := Open(filepath.Join(base, strconv.Itoa(i)))
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpenNewFile is every later launch while the history is still
// small: the health check and the pools on an existing, empty database.
func BenchmarkOpenNewFile(b *testing.B) {
	dir := b.TempDir()
	openStore(b, dir).Close()
	b.ReportAllocs()
	for b.Loop() {
		s, err := Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	}
}
