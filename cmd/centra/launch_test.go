package main

import (
	"errors"
	"strings"
	"testing"
)

// TestSpeedNeedsItsOwnDataDir: a sped-up clock records sped-up times, so
// --speed is refused on the real history (a usage error, exit 2).
func TestSpeedNeedsItsOwnDataDir(t *testing.T) {
	t.Setenv("CENTRA_DATA_DIR", "")
	err := (&globals{speed: 20}).validate()
	var ue usageError
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "its own --data-dir") {
		t.Fatalf("--speed on the default history: %v, want a usage error", err)
	}
	if err := (&globals{speed: 20, dataDir: t.TempDir()}).validate(); err != nil {
		t.Fatalf("--speed with --data-dir: %v", err)
	}
	t.Setenv("CENTRA_DATA_DIR", t.TempDir())
	if err := (&globals{speed: 20}).validate(); err != nil {
		t.Fatalf("--speed with CENTRA_DATA_DIR: %v", err)
	}
	if err := (&globals{speed: 1}).validate(); err != nil {
		t.Fatalf("normal speed: %v", err)
	}
}
