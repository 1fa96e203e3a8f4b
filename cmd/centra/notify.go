package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"

	"github.com/esiqveland/notify"
	"github.com/godbus/dbus/v5"

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
		desktopErr = notifyDBus(n)
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

// notifyDBus sends the notice to the session's notification server.
func notifyDBus(n remind.Notice) error {
	if os.Getenv("DBUS_SESSION_BUS_ADDRESS") == "" {
		return errors.New("there is no desktop session bus (DBUS_SESSION_BUS_ADDRESS is not set) to show a notification on")
	}
	conn, err := dbus.SessionBusPrivate()
	if err != nil {
		return fmt.Errorf("cannot reach the desktop session bus: %w", err)
	}
	defer conn.Close()
	if err := conn.Auth(nil); err != nil {
		return fmt.Errorf("the desktop session bus refused centra: %w", err)
	}
	if err := conn.Hello(); err != nil {
		return fmt.Errorf("the desktop session bus did not answer: %w", err)
	}
	_, err = notify.SendNotification(conn, notify.Notification{
		AppName: "centra", Summary: n.Title, Body: n.Body, AppIcon: "appointment-soon",
		Hints:         map[string]dbus.Variant{},
		ExpireTimeout: 5 * time.Minute,
	})
	if err != nil {
		return fmt.Errorf("the desktop has no notification service: %w", err)
	}
	return nil
}

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
