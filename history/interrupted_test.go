package history

import (
	"os"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/centra-app/centra/routines"
)

// setOwner pretends session id was started by another process.
func setOwner(t *testing.T, s *Store, id int64, pid int, start uint64) {
	t.Helper()
	if _, err := s.w.Exec("UPDATE sessions SET owner_pid = ?, owner_start = ? WHERE id = ?", pid, start, id); err != nil {
		t.Fatal(err)
	}
}

func TestMarkInterruptedEndsAbandonedSessions(t *testing.T) {
	s := openStore(t, t.TempDir())
	gone := recordSession(t, s, "ext", t0, 2)
	setOwner(t, s, gone.ID, deadPID(t), 0)
	unknown := recordSession(t, s, "ext", t0.Add(time.Hour), 0)
	setOwner(t, s, unknown.ID, 0, 0) // no owner recorded
	mine := recordSession(t, s, "ext", t0.Add(2*time.Hour), 1)
	later := recordSession(t, s, "ext", t0.Add(48*time.Hour), 1)
	setOwner(t, s, later.ID, deadPID(t), 0)
	done := recordSession(t, s, "ext", t0.Add(3*time.Hour), 1)
	setOwner(t, s, done.ID, deadPID(t), 0)
	finish(t, s, &done, routines.StatusCompleted, "", t0.Add(4*time.Hour))

	cut, err := s.Journal().MarkInterrupted(bg, t0.Add(24*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	got := map[int64]SessionSummary{}
	for _, c := range cut {
		got[c.ID] = c
	}
	if len(cut) != 2 {
		t.Fatalf("MarkInterrupted ended %v, want sessions %d and %d", ids(cut), gone.ID, unknown.ID)
	}
	g := got[gone.ID]
	lastMoment := gone.CheckIns[len(gone.CheckIns)-1].At
	if g.Status != routines.StatusCutShort || g.Reason != ReasonInterrupted || !g.EndedAt.Equal(lastMoment) || g.SetsDone != 2 {
		t.Errorf("abandoned session = %+v; want cut short, interrupted, ended %v, 2 sets kept", g, lastMoment)
	}
	if u := got[unknown.ID]; !u.EndedAt.Equal(unknown.StartedAt) {
		t.Errorf("session with nothing recorded ended at %v, want its start %v", u.EndedAt, unknown.StartedAt)
	}
	for _, keep := range []SessionDetail{mine, later, done} {
		d, err := s.Sessions().Detail(bg, keep.ID)
		if err != nil {
			t.Fatal(err)
		}
		if d.Status != keep.Status {
			t.Errorf("session %d became %s, want it left %s", keep.ID, d.Status, keep.Status)
		}
	}
	if again, err := s.Journal().MarkInterrupted(bg, t0.Add(24*time.Hour)); err != nil || len(again) != 0 {
		t.Errorf("second MarkInterrupted = %v, %v; want nothing", ids(again), err)
	}
	// The owner may still give the true ending afterwards.
	if err := s.Journal().FinishSession(bg, gone.ID, routines.StatusCompleted, "", t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
}

func TestMarkInterruptedSkipsSessionOfLiveProcess(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	c := startChild(t, "hold", dir)
	id, err := strconv.ParseInt(c.line(t), 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	if cut, err := s.Journal().MarkInterrupted(bg, t0.Add(time.Hour)); err != nil || len(cut) != 0 {
		t.Fatalf("MarkInterrupted with the owner alive ended %v, %v", ids(cut), err)
	}
	if _, err := Restore(dir, backupNow(t, s)); err == nil {
		t.Error("Restore while another process runs a session: no error")
	}
	// The terminal closes: the child exits without finishing.
	c.stdin.Close()
	if err := c.cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	cut, err := s.Journal().MarkInterrupted(bg, t0.Add(time.Hour))
	if err != nil || len(cut) != 1 || cut[0].ID != id || cut[0].Status != routines.StatusCutShort {
		t.Errorf("MarkInterrupted after the owner exited = %+v, %v; want session %d cut short", cut, err, id)
	}
}

// backupNow makes a backup to hand to Restore.
func backupNow(t *testing.T, s *Store) string {
	t.Helper()
	p, _, err := s.BackupIfDue(bg, t0, 3)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestMarkInterruptedSeesThroughReusedPID(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("process start times are read from /proc")
	}
	s := openStore(t, t.TempDir())
	x := recordSession(t, s, "ext", t0, 1)
	start := processStart(os.Getpid())
	if start == 0 {
		t.Fatal("processStart of this process = 0")
	}
	// Our pid, but another process's start time: the pid was reused.
	setOwner(t, s, x.ID, os.Getpid(), start+1)
	cut, err := s.Journal().MarkInterrupted(bg, t0.Add(time.Hour))
	if err != nil || len(cut) != 1 {
		t.Errorf("MarkInterrupted with a reused pid = %v, %v; want session %d", ids(cut), err, x.ID)
	}
}
