package save

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/privatefile"
	"github.com/centra-app/centra/routines/flow"
)

// Unsaved is what could not be saved when centra ended: the entries, in
// order, with the last error, and the store ids of the part of the session
// that was saved, so that the rest can be added to it later.
type Unsaved struct {
	// Note says what the file is, for a person who opens it.
	Note string `json:"note,omitempty"`
	// Routine is the name of the session's routine ("" if none ran).
	Routine string `json:"routine,omitempty"`
	// Error is why the last attempt failed.
	Error string `json:"error"`
	// MaybeSaved is true when the first entry was being written as
	// centra stopped: it may have been saved after all.
	MaybeSaved bool `json:"maybe_saved,omitempty"`
	// Session and Sets are the store ids already given to the session and
	// its sets (0 and empty when its start is among Records).
	Session int64         `json:"session,omitempty"`
	Sets    map[int]int64 `json:"sets,omitempty"`
	// Records are what was not saved, oldest first.
	Records []UnsavedRecord `json:"records"`
}

// UnsavedRecord is one entry that was not saved.
type UnsavedRecord struct {
	// Kind names the entry: start, set, check-in, decision, plan,
	// test-result, finish, replan, answers, trigger, function, function-skip or walk.
	Kind   string `json:"kind"`
	Record Entry  `json:"record"`
}

// kinds maps each Kind to a new value of its entry type, for reading.
var kinds = map[string]func() Entry{
	"start":         func() Entry { return &flow.Start{} },
	"set":           func() Entry { return &flow.Set{} },
	"check-in":      func() Entry { return &flow.CheckIn{} },
	"decision":      func() Entry { return &flow.Decision{} },
	"plan":          func() Entry { return &flow.Plan{} },
	"test-result":   func() Entry { return &flow.TestResult{} },
	"finish":        func() Entry { return &flow.Finish{} },
	"replan":        func() Entry { return &flow.Replan{} },
	"answers":       func() Entry { return &Answers{} },
	"trigger":       func() Entry { return &Trigger{} },
	"function":      func() Entry { return &Function{} },
	"function-skip": func() Entry { return &FunctionSkip{} },
	"walk":          func() Entry { return &Walk{} },
}

// KindOf names an entry's kind.
func KindOf(e Entry) string {
	switch e.(type) {
	case flow.Start:
		return "start"
	case flow.Set:
		return "set"
	case flow.CheckIn:
		return "check-in"
	case flow.Decision:
		return "decision"
	case flow.Plan:
		return "plan"
	case flow.TestResult:
		return "test-result"
	case flow.Finish:
		return "finish"
	case flow.Replan:
		return "replan"
	case Answers:
		return "answers"
	case Trigger:
		return "trigger"
	case Function:
		return "function"
	case FunctionSkip:
		return "function-skip"
	case Walk:
		return "walk"
	}
	return "other"
}

// UnmarshalJSON reads a record back as the concrete type its kind names.
func (r *UnsavedRecord) UnmarshalJSON(b []byte) error {
	var raw struct {
		Kind   string          `json:"kind"`
		Record json.RawMessage `json:"record"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	mk, ok := kinds[raw.Kind]
	if !ok {
		return fmt.Errorf("an entry of unknown kind %q", raw.Kind)
	}
	p := mk()
	if err := json.Unmarshal(raw.Record, p); err != nil {
		return fmt.Errorf("the %s entry is unreadable: %w", raw.Kind, err)
	}
	r.Kind = raw.Kind
	r.Record = deref(p)
	return nil
}

func deref(p Entry) Entry {
	switch p := p.(type) {
	case *flow.Start:
		return *p
	case *flow.Set:
		return *p
	case *flow.CheckIn:
		return *p
	case *flow.Decision:
		return *p
	case *flow.Plan:
		return *p
	case *flow.TestResult:
		return *p
	case *flow.Finish:
		return *p
	case *flow.Replan:
		return *p
	case *Answers:
		return *p
	case *Trigger:
		return *p
	case *Function:
		return *p
	case *FunctionSkip:
		return *p
	case *Walk:
		return *p
	}
	return p
}

// Unsaved returns what is still queued, or nil when everything is saved.
// why is said when no write has failed (centra stopped first).
func (q *Queue) Unsaved(routine string, maybeSaved bool, why string) *Unsaved {
	if len(q.pending) == 0 {
		return nil
	}
	u := &Unsaved{Routine: routine, Error: why, MaybeSaved: maybeSaved,
		Session: q.ids.Session, Sets: q.ids.Sets}
	if q.err != nil {
		u.Error = q.err.Error()
	}
	if o := q.ids.Opening; o != nil && q.ids.Session == 0 {
		// The session's start waits for its first record (persist.IDs):
		// it goes first, so that the rest is kept with it.
		u.Records = append(u.Records, UnsavedRecord{Kind: KindOf(*o), Record: *o})
	}
	for _, e := range q.pending {
		u.Records = append(u.Records, UnsavedRecord{Kind: KindOf(e), Record: e})
	}
	return u
}

// FilePrefix starts the name of every recovery file.
const FilePrefix = "unsaved-"

// Keep writes u to a new recovery file in dir (0600), named for now, and
// returns its path.
func Keep(dir string, u *Unsaved, now time.Time) (string, error) {
	if u.Note == "" {
		u.Note = "centra could not save these results to its history (" + u.Error + "). " +
			"They are kept here so that nothing is lost, and centra offers to save them when it next starts. " +
			"Your history itself is unchanged: everything saved before is still in centra.db."
	}
	data, err := json.MarshalIndent(u, "", "  ")
	if err != nil {
		return "", fmt.Errorf("save: %w", err)
	}
	base := filepath.Join(dir, FilePrefix+now.Format("20060102-150405"))
	for i := 1; ; i++ {
		path := base + ".json"
		if i > 1 {
			path = fmt.Sprintf("%s-%d.json", base, i)
		}
		err := privatefile.Write(path, privatefile.Options{}, func(w io.Writer) error { _, err := w.Write(data); return err })
		if !errors.Is(err, privatefile.ErrExists) || i > 100 {
			return path, err
		}
	}
}

// Pending lists the recovery files in dir, oldest first.
func Pending(dir string) ([]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, FilePrefix+"*.json"))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, p := range paths {
		if fi, err := os.Lstat(p); err == nil && fi.Mode().IsRegular() {
			out = append(out, p)
		}
	}
	slices.Sort(out)
	return out, nil
}

// Load reads a recovery file back.
func Load(path string) (*Unsaved, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	var u Unsaved
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&u); err != nil {
		return nil, fmt.Errorf("%s is not a recovery file centra can read: %w", path, err)
	}
	return &u, nil
}

// Restore saves a recovery file's entries to s, in order, adding them to
// the session they belong to, and renames the file to restored-….json
// once all of them are saved (it is kept, not deleted). On an error the
// file keeps only what is still unsaved.
func Restore(ctx context.Context, s persist.Store, path string) (int, error) {
	u, err := Load(path)
	if err != nil {
		return 0, err
	}
	q := NewQueue(s)
	q.ids = persist.IDs{Session: u.Session, Sets: u.Sets}
	for _, r := range u.Records {
		q.Add(r.Record)
	}
	if err := q.Flush(ctx); err != nil {
		saved := len(u.Records) - q.Len()
		if saved > 0 {
			// Keep only what is still unsaved, so nothing is saved twice.
			rest := q.Unsaved(u.Routine, false, err.Error())
			rest.Note = u.Note
			data, merr := json.MarshalIndent(rest, "", "  ")
			if merr == nil {
				merr = privatefile.Write(path, privatefile.Options{Replace: true}, func(w io.Writer) error { _, err := w.Write(data); return err })
			}
			if merr != nil {
				return saved, fmt.Errorf("saving %s: %w (and %d of its results were saved, but the file could not be updated: %v)", path, err, saved, merr)
			}
		}
		return saved, fmt.Errorf("saving %s: %w", path, err)
	}
	done := filepath.Join(filepath.Dir(path), "restored-"+strings.TrimPrefix(filepath.Base(path), FilePrefix))
	if err := os.Rename(path, done); err != nil {
		return len(u.Records), fmt.Errorf("saved, but could not rename %s: %w", path, err)
	}
	return len(u.Records), nil
}
