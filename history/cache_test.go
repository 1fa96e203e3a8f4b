package history

import (
	"context"
	"testing"
)

// TestConnectionsKeepASmallPageCache checks that the writer and the
// readers run with pageCacheKiB, not SQLite's 2 MiB a connection.
func TestConnectionsKeepASmallPageCache(t *testing.T) {
	st, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for name, q := range map[string]func() (int, error){
		"writer": func() (n int, err error) {
			return n, st.w.QueryRowContext(context.Background(), "PRAGMA cache_size").Scan(&n)
		},
		"reader": func() (n int, err error) {
			return n, st.r.QueryRowContext(context.Background(), "PRAGMA cache_size").Scan(&n)
		},
	} {
		n, err := q()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if n != -pageCacheKiB {
			t.Errorf("%s: cache_size %d, want %d (KiB)", name, n, -pageCacheKiB)
		}
	}
}
