package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/centra-app/centra/history"
)

// Case 8 of issue 17: `--speed NaN` passed and froze the get-ready, and
// `--data-dir ""` silently used the default folder.
func TestMeaninglessGlobalFlagsAreRefusedClearly(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--data-dir", dir, "--speed", "NaN", "--accessible", "start", "extension"}, "(--speed) must be above 0 and at most 1000, got NaN"},
		{[]string{"--data-dir", dir, "--speed", "+Inf", "--accessible", "start", "extension"}, "(--speed) must be above 0 and at most 1000, got +Inf"},
		{[]string{"--data-dir", "", "due"}, "(--data-dir) is empty: name a folder"},
		{[]string{"--data-dir", " ", "history"}, "(--data-dir) is empty: name a folder"},
	} {
		code, _, stderr := runInProcess(t, bg, tc.args...)
		stderr = strings.Join(strings.Fields(stderr), " ")
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("centra %q: exit %d, stderr %q; want 2 and %q", tc.args, code, stderr, tc.want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, history.FileName)); err == nil {
		t.Error("a refused command created a history")
	}
}
