package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/centra-app/centra/routines/remind"
)

// notifier shows a reminder on the desktop and says how it did ("desktop
// notification", "terminal notification"). Tests replace it.
type notifier func(ctx context.Context, n remind.Notice, term io.Writer) (string, error)

// showNotice is the notifier of a real run: the desktop's own
// notifications (D-Bus on Linux and the BSDs, a local IPC; osascript on
// macOS), else, when run inside a terminal, the terminal's notification
// escape sequence (OSC 9). Without either it fails and says why.
var showNotice notifier = func(ctx context.Context, n remind.Notice, term io.Writer) (string, error) {
	var desktopErr error
	if runtime.GOOS == "darwin" {
		desktopErr = notifyMac(ctx, n)
	} else {
		desktopErr = notifyDBus(ctx, n)
	}
	if desktopErr == nil {
		return "desktop notification", nil
	}
	if term != nil {
		// OSC 9: iTerm2, kitty, WezTerm, foot, Windows Terminal and others
		// show it as a notification; the rest ignore it.
		fmt.Fprintf(term, "\x1b]9;%s: %s\x07", sanitizeOSC(n.Title), sanitizeOSC(n.Body))
		return "terminal notification", nil
	}
	return "", desktopErr
}

// notifyDBus sends the notice to the desktop session's notification
// service over D-Bus, a local connection, through the desktop's own client
// (notify-send, or systemd's busctl): centra's binary keeps no code that
// opens a connection of its own.
func notifyDBus(ctx context.Context, n remind.Notice) error {
	if os.Getenv("DBUS_SESSION_BUS_ADDRESS") == "" && os.Getenv("XDG_RUNTIME_DIR") == "" {
		return errors.New("there is no desktop session bus (DBUS_SESSION_BUS_ADDRESS is not set) to show a notification on")
	}
	timeout := strconv.Itoa(int(noticeTimeout / time.Millisecond))
	clients := [][]string{
		{"notify-send", "--app-name=centra", "--icon=appointment-soon", "--expire-time=" + timeout, "--", n.Title, n.Body},
		{"busctl", "--user", "call", "org.freedesktop.Notifications", "/org/freedesktop/Notifications",
			"org.freedesktop.Notifications", "Notify", "susssasa{sv}i", "centra", "0", "appointment-soon", n.Title, n.Body, "0", "0", timeout},
	}
	var tried []string
	for _, c := range clients {
		if _, err := exec.LookPath(c[0]); err != nil {
			tried = append(tried, c[0])
			continue
		}
		out, err := exec.CommandContext(ctx, c[0], c[1:]...).CombinedOutput()
		if err != nil {
			return fmt.Errorf("the desktop did not take the notification (%s: %v: %s)", c[0], err, strings.TrimSpace(string(out)))
		}
		return nil
	}
	return fmt.Errorf("no notification client found (looked for %s)", strings.Join(tried, " and "))
}

// noticeTimeout is how long a desktop notification stays up.
const noticeTimeout = 5 * time.Minute

// notifyMac shows the notice with macOS's own notifications.
func notifyMac(ctx context.Context, n remind.Notice) error {
	script := fmt.Sprintf("display notification %s with title %s", appleString(n.Body), appleString(n.Title))
	if out, err := exec.CommandContext(ctx, "osascript", "-e", script).CombinedOutput(); err != nil {
		return fmt.Errorf("osascript: %w: %s", err, strings.TrimSpace(string(out)))
	}
	return nil
}

// appleString quotes s for AppleScript.
func appleString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// sanitizeOSC keeps an escape sequence's text from ending it early.
func sanitizeOSC(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == 0x9c {
			return ' '
		}
		return r
	}, s)
}
