package main

import (
	"context"
	"encoding/xml"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/remind"
	"github.com/centra-app/centra/tui"
)

// remindAt is a weekday morning; the fixture's last set ends at 09:00.
var remindAt = time.Date(2026, 3, 2, 9, 0, 0, 0, time.Local)

// oneSetAt writes a history whose last completed set ended at t.
func oneSetAt(t *testing.T, dir string, end time.Time) {
	t.Helper()
	st, err := history.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	id, err := st.Journal().StartSession(bg, routines.SessionRoutine, "extension", "Extension", end.Add(-2*time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Journal().AddSet(bg, id, routines.SetResult{ExerciseID: "prone-lying", StartedAt: end.Add(-2 * time.Minute), EndedAt: end,
		Unit: routines.UnitSeconds, Planned: 120, Done: 120, Completed: true}); err != nil {
		t.Fatal(err)
	}
	if err := st.Journal().FinishSession(bg, id, routines.StatusCompleted, "", end); err != nil {
		t.Fatal(err)
	}
}

// fakeNotices replaces the desktop with a list of what it was shown.
func fakeNotices(t *testing.T) *[]remind.Notice {
	t.Helper()
	var got []remind.Notice
	old := showNotice
	showNotice = func(_ context.Context, n remind.Notice, _ io.Writer) (string, error) {
		got = append(got, n)
		return "desktop notification", nil
	}
	t.Cleanup(func() { showNotice = old })
	return &got
}

func TestRemindSendsOneNotificationWhenASetIsDueAndNoneWhenNot(t *testing.T) {
	t.Setenv(config.EnvDir, t.TempDir())
	dir := t.TempDir()
	oneSetAt(t, dir, remindAt)
	sent := fakeNotices(t)
	run := func(at time.Time) (int, string) {
		code, out, errOut := runInProcessWith(t, bg, routines.NewFakeClock(at), "--data-dir", dir, "remind")
		return code, out + errOut
	}
	if code, out := run(remindAt.Add(time.Hour)); code != 0 || len(*sent) != 0 || !strings.Contains(out, "No reminder now. Next set due at 11:00") {
		t.Fatalf("an hour after a set: exit %d, %d sent, %q; want nothing sent", code, len(*sent), out)
	}
	if code, out := run(remindAt.Add(2*time.Hour + 5*time.Minute)); code != 0 || len(*sent) != 1 || !strings.Contains(out, "Sent a desktop notification") {
		t.Fatalf("a set due: exit %d, %d sent, %q; want one notification", code, len(*sent), out)
	}
	n := (*sent)[0]
	if !strings.Contains(n.Body, "due since 11:00") || !strings.Contains(n.Body, "centra start") {
		t.Errorf("the notice says %q; want what is due and how to start it", n.Body)
	}
	run(remindAt.Add(2*time.Hour + 15*time.Minute))
	run(remindAt.Add(5 * time.Hour))
	if len(*sent) != 1 {
		t.Errorf("%d notifications for the same due set, want 1", len(*sent))
	}
	if info, err := os.Stat(filepath.Join(dir, remindStateFile)); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("the reminder's memory: %v, %v; want a 0600 file in the data folder", info, err)
	}
	if code, _ := run(remindAt.Add(14 * time.Hour)); code != 0 || len(*sent) != 1 {
		t.Errorf("at 23:00, asleep: %d sent, want still 1", len(*sent))
	}
}

func TestARedFlagHoldTurnsTheReminderIntoSeeAClinician(t *testing.T) {
	t.Setenv(config.EnvDir, t.TempDir())
	dir := t.TempDir()
	oneSetAt(t, dir, remindAt)
	st, err := history.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	plan := coach.DefaultPlan(coach.Answers{}, remindAt)
	plan.Hold = &coach.Hold{RuleID: "R1", Reason: "Numbness between the legs needs a doctor today.", At: remindAt}
	putJSON(t, st, tui.StatePlan, plan)
	st.Close()
	sent := fakeNotices(t)
	runInProcessWith(t, bg, routines.NewFakeClock(remindAt.Add(time.Hour)), "--data-dir", dir, "remind")
	if len(*sent) != 1 || !strings.Contains((*sent)[0].Title, "see a clinician") || strings.Contains((*sent)[0].Body, "centra start") {
		t.Fatalf("held: sent %+v; want one 'see a clinician' and no invitation to exercise", *sent)
	}
}

func TestRemindOffInTheSettingsSendsNothing(t *testing.T) {
	cfgDir := t.TempDir()
	t.Setenv(config.EnvDir, cfgDir)
	if err := os.WriteFile(filepath.Join(cfgDir, "config.toml"), []byte("reminders = false\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	oneSetAt(t, dir, remindAt)
	sent := fakeNotices(t)
	_, out, _ := runInProcessWith(t, bg, routines.NewFakeClock(remindAt.Add(3*time.Hour)), "--data-dir", dir, "remind")
	if len(*sent) != 0 || !strings.Contains(out, "Reminders are off") {
		t.Errorf("reminders off: %d sent, %q", len(*sent), out)
	}
}

func TestRemindInstallWritesAUserTimerAndUninstallLeavesNothing(t *testing.T) {
	home := t.TempDir()
	xdgConfig := filepath.Join(home, "xdg")
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", xdgConfig)
	var ran []string
	old := runScheduler
	runScheduler = func(args []string) error {
		ran = append(ran, strings.Join(args, " "))
		if strings.Contains(strings.Join(args, " "), "enable --now") { // as systemctl does
			wants := filepath.Join(xdgConfig, "systemd", "user", "timers.target.wants")
			if err := os.MkdirAll(wants, 0o755); err != nil {
				return err
			}
			return os.Symlink("../centra-remind.timer", filepath.Join(wants, "centra-remind.timer"))
		}
		return nil
	}
	t.Cleanup(func() { runScheduler = old })
	data := t.TempDir()

	code, out, errOut := runInProcessNoEnv(t, "--data-dir", data, "remind", "install")
	if code != 0 {
		t.Fatalf("install: exit %d\n%s%s", code, out, errOut)
	}
	unitDir := filepath.Join(xdgConfig, "systemd", "user")
	service, timer := filepath.Join(unitDir, "centra-remind.service"), filepath.Join(unitDir, "centra-remind.timer")
	s, tm := parseUnit(t, service), parseUnit(t, timer)
	exec0 := strings.Fields(s["Service.ExecStart"])
	if len(exec0) < 4 || !filepath.IsAbs(exec0[0]) || exec0[1] != "remind" || exec0[3] != data || s["Service.Type"] != "oneshot" {
		t.Errorf("service ExecStart = %q, want this program's absolute path, remind and the data folder", s["Service.ExecStart"])
	}
	if tm["Timer.OnCalendar"] != "*:0/10" || tm["Install.WantedBy"] != "timers.target" {
		t.Errorf("timer = %v", tm)
	}
	for _, p := range []string{service, timer} {
		if info, _ := os.Stat(p); info.Mode().Perm() != 0o600 {
			t.Errorf("%s mode %v, want 0600", p, info.Mode().Perm())
		}
	}
	if want := "systemctl --user enable --now centra-remind.timer"; len(ran) != 2 || ran[1] != want {
		t.Errorf("ran %q, want a daemon-reload then %q", ran, want)
	}
	verifyUnits(t, service, timer)

	_, out, _ = runInProcessNoEnv(t, "--data-dir", data, "remind", "status")
	for _, want := range []string{"Installed as a systemd user timer", "centra-remind.service (present)", "centra-remind.timer (present)", "(enabled)"} {
		if !strings.Contains(out, want) {
			t.Errorf("status lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runInProcessNoEnv(t, "--data-dir", data, "remind", "uninstall")
	if code != 0 || !strings.Contains(out, "Removed:") {
		t.Fatalf("uninstall: exit %d\n%s", code, out)
	}
	var left []string
	if err := filepath.WalkDir(xdgConfig, func(p string, _ fs.DirEntry, err error) error {
		if p != xdgConfig {
			left = append(left, p)
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if len(left) != 0 {
		t.Errorf("uninstall left %q behind", left)
	}
	if _, out, _ = runInProcessNoEnv(t, "--data-dir", data, "remind", "status"); !strings.Contains(out, "Not installed") {
		t.Errorf("status after uninstall:\n%s", out)
	}
}

// parseUnit reads a unit file's "Section.Key" values.
func parseUnit(t *testing.T, path string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out, section := map[string]string{}, ""
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		switch {
		case l == "" || strings.HasPrefix(l, "#"):
		case strings.HasPrefix(l, "["):
			section = strings.Trim(l, "[]")
		default:
			k, v, ok := strings.Cut(l, "=")
			if !ok {
				t.Fatalf("%s: a line that is neither a section nor a key: %q", path, l)
			}
			out[section+"."+k] = v
		}
	}
	return out
}

// verifyUnits runs systemd's own checker on the units, where it exists.
func verifyUnits(t *testing.T, units ...string) {
	t.Helper()
	sa, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Log("systemd-analyze is not installed: the units are checked by the parser above only")
		return
	}
	out, err := exec.Command(sa, append([]string{"verify"}, units...)...).CombinedOutput()
	if err != nil || len(strings.TrimSpace(string(out))) > 0 {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}
}

func TestOtherSystemsGetALaunchdAgentOrACrontabLine(t *testing.T) {
	env := func(k string) string {
		if k == "CENTRA_DATA_DIR" {
			return "/Users/p/my data"
		}
		return ""
	}
	mac := schedulerFor("darwin", "/Users/p", env, []string{"/usr/local/bin/centra", "remind"})
	text := mac.files["/Users/p/Library/LaunchAgents/app.centra.remind.plist"]
	var plist struct {
		Dict struct {
			Keys    []string `xml:"key"`
			Strings []string `xml:"string"`
			Ints    []int    `xml:"integer"`
		} `xml:"dict"`
	}
	if err := xml.Unmarshal([]byte(text), &plist); err != nil {
		t.Fatalf("the launchd agent is not well-formed: %v\n%s", err, text)
	}
	if len(plist.Dict.Ints) != 1 || plist.Dict.Ints[0] != 600 || !strings.Contains(text, "<string>/usr/local/bin/centra</string>") ||
		!strings.Contains(text, "<string>/Users/p/my data</string>") {
		t.Errorf("launchd agent:\n%s", text)
	}
	bsd := schedulerFor("freebsd", "/home/p", env, []string{"/usr/local/bin/centra", "remind"})
	if want := "*/10 * * * * 'CENTRA_DATA_DIR=/Users/p/my data' /usr/local/bin/centra remind"; bsd.manual != want || len(bsd.files) != 0 {
		t.Errorf("crontab line %q, want %q", bsd.manual, want)
	}
}
