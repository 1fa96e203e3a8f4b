package report

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/centra-app/centra/content"
	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/history/story"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
)

var bg = context.Background()

// zone is the fixed place of the test histories, so that days and times
// do not depend on the machine's.
var zone = time.FixedZone("CET", 3600)

// storyStart and storyNow frame the six-week story: the report is made on
// the evening of its last day.
var (
	storyStart = time.Date(2026, 10, 5, 8, 0, 0, 0, zone)
	storyNow   = storyStart.AddDate(0, 0, story.Days-1).Add(12 * time.Hour)
)

var (
	storyOnce sync.Once
	storyDir  string
	storyErr  error
)

// storyStore opens a copy of the six-week story, written once per test run.
func storyStore(t *testing.T) *history.Store {
	t.Helper()
	storyOnce.Do(func() {
		storyDir, storyErr = os.MkdirTemp("", "centra-report-story")
		if storyErr != nil {
			return
		}
		var st *history.Store
		if st, storyErr = history.Open(storyDir); storyErr != nil {
			return
		}
		storyErr = story.Write(bg, st, storyStart, 7)
		if cerr := st.Close(); storyErr == nil {
			storyErr = cerr
		}
	})
	if storyErr != nil {
		t.Fatal(storyErr)
	}
	st, err := history.Open(storyDir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestMain(m *testing.M) {
	code := m.Run()
	if storyDir != "" {
		os.RemoveAll(filepath.Clean(storyDir))
	}
	os.Exit(code)
}

// storyReport builds the report of the whole story.
func storyReport(t *testing.T) Report {
	t.Helper()
	cat, err := content.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	r, err := Build(bg, storyStore(t), Options{Now: storyNow, Catalog: cat})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func flowTest(at time.Time, r coach.TestResult) flow.TestResult {
	return flow.TestResult{At: at, Result: r}
}
