package main

import (
	"bufio"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"

	"github.com/centra-app/centra/routines/remind"
)

// noticeServer stands in for the desktop's notification service on a
// private session bus.
type noticeServer struct{ got chan [2]string }

// Notify implements org.freedesktop.Notifications.Notify.
func (s noticeServer) Notify(app string, _ uint32, _, summary, body string, _ []string, _ map[string]dbus.Variant, _ int32) (uint32, *dbus.Error) {
	s.got <- [2]string{app + ": " + summary, body}
	return 1, nil
}

func TestTheReminderReachesTheDesktopOverDBus(t *testing.T) {
	if runtime.GOOS == "darwin" {
		t.Skip("skipped: macOS shows reminders with osascript, not D-Bus")
	}
	daemon, err := exec.LookPath("dbus-daemon")
	if err != nil {
		t.Skip("skipped: dbus-daemon is not installed to stand in for a desktop session")
	}
	_, errSend := exec.LookPath("notify-send")
	_, errBus := exec.LookPath("busctl")
	if errSend != nil && errBus != nil {
		t.Skip("skipped: neither notify-send nor busctl is installed to talk to the desktop")
	}
	cmd := exec.Command(daemon, "--session", "--nofork", "--print-address")
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Skipf("skipped: dbus-daemon would not start: %v", err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	addr, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("dbus-daemon gave no address: %v", err)
	}
	addr = strings.TrimSpace(addr)
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", addr)

	server, err := dbus.Connect(addr)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = server.Close() }()
	srv := noticeServer{got: make(chan [2]string, 1)}
	if err := server.Export(srv, "/org/freedesktop/Notifications", "org.freedesktop.Notifications"); err != nil {
		t.Fatal(err)
	}
	if reply, err := server.RequestName("org.freedesktop.Notifications", dbus.NameFlagDoNotQueue); err != nil || reply != dbus.RequestNameReplyPrimaryOwner {
		t.Fatalf("could not stand in for the notification service: %v %v", reply, err)
	}

	n := remind.Notice{Title: "centra: time for a set", Body: "A set is due since 11:00. Open a terminal and type: centra start."}
	how, err := showNotice(bg, n, nil)
	if err != nil || how != "desktop notification" {
		t.Fatalf("showNotice: %q, %v", how, err)
	}
	select {
	case got := <-srv.got:
		if got[0] != "centra: "+n.Title || got[1] != n.Body {
			t.Errorf("the desktop was shown %q", got)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the notification never reached the desktop's service")
	}
}

func TestWithoutADesktopTheTerminalIsToldOrTheReasonGiven(t *testing.T) {
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "")
	t.Setenv("XDG_RUNTIME_DIR", "")
	n := remind.Notice{Title: "centra: time for a set", Body: "A set is due;\x1b]evil\a now."}
	var term strings.Builder
	how, err := showNotice(bg, n, &term)
	if err != nil || how != "terminal notification" {
		t.Fatalf("in a terminal: %q, %v", how, err)
	}
	if got := term.String(); got != "\x1b]9;centra: time for a set: A set is due; ]evil  now.\a" {
		t.Errorf("OSC 9 written as %q", got)
	}
	if _, err := showNotice(bg, n, nil); err == nil || !strings.Contains(err.Error(), "no desktop session bus") {
		t.Errorf("with nowhere to show it: %v; want the reason", err)
	}
}
