package linemode

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/save"
)

// probe is the line mode's output. At every line announcing a set done
// or the coach's word on a check-in, it reads the history as another
// process would after a kill -9 at that instant: what was announced must
// be on disk already.
type probe struct {
	t     *testing.T
	h     *harness
	buf   bytes.Buffer
	part  string
	seen  int
	wrong []string
	// sets and coached count the announcements of each kind so far.
	sets, coached int
}

func (p *probe) Write(b []byte) (int, error) {
	p.buf.Write(b)
	p.part += string(b)
	for {
		i := strings.IndexByte(p.part, '\n')
		if i < 0 {
			break
		}
		p.check(p.part[:i])
		p.part = p.part[i+1:]
	}
	return len(b), nil
}

func (p *probe) check(line string) {
	doneSet := strings.HasPrefix(line, "Done: ")
	coachSaid := strings.HasPrefix(line, "Coach")
	if !doneSet && !coachSaid {
		return
	}
	p.seen++
	sums, err := p.h.store.Sessions().List(context.Background(), history.Filter{})
	if err != nil || len(sums) == 0 {
		p.wrong = append(p.wrong, fmt.Sprintf("%q announced with no session saved (%v)", line, err))
		return
	}
	d, err := p.h.store.Sessions().Detail(context.Background(), sums[0].ID)
	if err != nil {
		p.wrong = append(p.wrong, fmt.Sprintf("%q: %v", line, err))
		return
	}
	if doneSet {
		p.sets++
		if len(d.Sets) < p.sets {
			p.wrong = append(p.wrong, fmt.Sprintf("%q announced with %d sets saved", line, len(d.Sets)))
		}
	}
	if coachSaid {
		p.coached++
		if len(d.CheckIns) < p.coached || len(d.Decisions) < p.coached {
			p.wrong = append(p.wrong, fmt.Sprintf("%q announced with %d check-ins and %d decisions saved",
				line, len(d.CheckIns), len(d.Decisions)))
		}
	}
}

// Case 2 of issue 17: the line mode said "Done: Prone lying" and the
// coach's word before it wrote them; a kill -9 then lost what the person
// had been told.
func TestTheLineModeAnnouncesOnlyWhatIsOnDisk(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Start = "extension"
	p := &probe{t: t, h: h}
	d := h.deps
	d.In, d.Out = strings.NewReader(extensionScript), p
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := Run(ctx, d); err != nil {
		t.Fatal(err)
	}
	if p.seen < 10 {
		t.Fatalf("only %d announcements seen:\n%s", p.seen, tail(p.buf.String()))
	}
	for _, w := range p.wrong {
		t.Error(w)
	}
}

// failingStore refuses every write after the first n, as a read-only or
// full disk does.
type failingStore struct {
	persist.Store
	n int
}

var errDiskFull = errors.New("database or disk is full")

func (f *failingStore) ok() bool { f.n--; return f.n >= 0 }

func (f *failingStore) StartSession(ctx context.Context, k routines.SessionKind, id, name string, at time.Time) (int64, error) {
	if !f.ok() {
		return 0, errDiskFull
	}
	return f.Store.StartSession(ctx, k, id, name, at)
}

func (f *failingStore) AddSet(ctx context.Context, id int64, r routines.SetResult) (int64, error) {
	if !f.ok() {
		return 0, errDiskFull
	}
	return f.Store.AddSet(ctx, id, r)
}

func (f *failingStore) AddCheckIn(ctx context.Context, id, set int64, c routines.CheckIn) (int64, error) {
	if !f.ok() {
		return 0, errDiskFull
	}
	return f.Store.AddCheckIn(ctx, id, set, c)
}

// Case 3 of issue 17: when the store cannot take a write, the line mode
// dropped the results ("20 result(s) could not be saved"), where the
// screens keep them for a recovery file.
func TestWhatTheLineModeCannotSaveIsHandedBackForTheRecoveryFile(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Start = "extension"
	h.deps.Store = &failingStore{Store: h.store.Journal(), n: 3} // the start, the baseline, the first set
	out, err := h.run(extensionScript)
	var ue *UnsavedError
	if !errors.As(err, &ue) {
		t.Fatalf("Run = %v; want an *UnsavedError with the results", err)
	}
	u := ue.Unsaved
	if u.Session == 0 || len(u.Records) < 15 || u.Routine != "Extension" ||
		!strings.Contains(u.Error, "disk is full") {
		t.Errorf("unsaved: session %d, routine %q, error %q, %d records (first %+v)", u.Session, u.Routine, u.Error, len(u.Records), u.Records[0])
	}
	if strings.Contains(out, "Everything you did is saved") || !strings.Contains(out, "Not saved yet") {
		t.Errorf("the transcript claims what is not true:\n%s", tail(out))
	}
}

// Issue 13 item 3: results kept in a recovery file are offered on the
// next start, and saved to the history on a yes.
func TestTheNextStartOffersToSaveTheRecoveryFile(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Start = "extension"
	h.deps.Store = &failingStore{Store: h.store.Journal(), n: 3}
	_, err := h.run(extensionScript)
	var ue *UnsavedError
	if !errors.As(err, &ue) {
		t.Fatalf("Run = %v", err)
	}
	path, err := save.Keep(t.TempDir(), ue.Unsaved, start)
	if err != nil {
		t.Fatal(err)
	}
	h.deps.Store, h.deps.Start, h.deps.Recovery = h.store.Journal(), "", []string{path}
	out, err := h.run(lines("y", "q"))
	if err != nil {
		t.Fatal(err)
	}
	if flat := strings.Join(strings.Fields(out), " "); !strings.Contains(flat, "they are kept in "+path) || !strings.Contains(flat, fmt.Sprintf("Saved %d result(s) kept from an earlier session to your history.", len(ue.Unsaved.Records))) {
		t.Errorf("the offer:\n%s", out)
	}
	ss := sessions(t, h)
	if len(ss) != 1 || ss[0].SetsDone != 5 || len(ss[0].CheckIns) != 6 || ss[0].Status != routines.StatusCompleted {
		t.Fatalf("after saving the recovery file: %d sessions %+v", len(ss), ss)
	}
}

// Case 6 of issue 17: text from files (here a notice about the settings
// file, quoting it) reached the terminal raw in the line mode.
func TestTheLineModePrintsNoEscapeSequenceFromAFile(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Notices = []string{"settings.toml: theme \"\x1b]0;owned\x07dark\x1b[2J\" is not a theme"}
	out, err := h.run(lines("q"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(out, "\x1b\x07") || !strings.Contains(out, `theme "dark" is not a theme`) {
		t.Errorf("the transcript:\n%q", out)
	}
}

// Case 8 of issue 17: a line over 64 KiB ended an accessible session as
// "end of input". Now it is skipped with a word, and the session goes on.
func TestAnOverlongLineIsSkippedAndTheSessionGoesOn(t *testing.T) {
	h := newHarness(t).withPlan()
	h.deps.Start = "extension"
	out, err := h.run(strings.Repeat("x", 100<<10) + "\n" + extensionScript)
	if err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(out), " ")
	if !strings.Contains(flat, "That line was too long (over 4096 characters), so it was skipped.") ||
		!strings.Contains(out, "Session complete · Extension") || strings.Contains(out, strings.Repeat("x", 100)) {
		t.Errorf("the transcript:\n%s", tail(out))
	}
	if ss := sessions(t, h); len(ss) != 1 || ss[0].Status != routines.StatusCompleted {
		t.Errorf("sessions: %+v", ss)
	}
}
