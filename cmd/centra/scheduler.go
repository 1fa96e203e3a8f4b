package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/centra-app/centra/privatefile"
)

// remindEvery is how often the scheduler runs `centra remind`. The sources
// give no number: every 10 minutes a due set is noticed soon enough, and a
// run that finds nothing due costs a few milliseconds.
const remindEvery = 10 * time.Minute

// scheduler is the platform's own way to run `centra remind` for the
// current user: its files, how to write them, and the commands that start
// and stop it.
type scheduler struct {
	// name says what it is, for people: "systemd user timer".
	name string
	// files are what install writes, by path; none for cron, whose line
	// is printed for the person to add.
	files map[string]string
	// start and stop are the commands run after writing and before
	// removing the files; a failure is reported, never fatal.
	start, stop [][]string
	// manual is what the person does themselves (cron).
	manual string
	// links are what starting it may add beside the files (the symlink
	// `systemctl enable` makes): removed with them.
	links []string
	// root is the folder under which install made folders; uninstall
	// removes those it left empty, up to it.
	root string
}

// remindCommand is the command line the scheduler runs.
func remindCommand(exe string, g *globals) []string {
	args := []string{exe, "remind"}
	if g.dataDir != "" {
		args = append(args, "--data-dir", g.dataDir)
	}
	return args
}

// schedulerFor builds the scheduler for an operating system, home folder
// and environment (XDG_CONFIG_HOME, CENTRA_*), for the command line cmd.
func schedulerFor(goos, home string, getenv func(string) string, cmd []string) scheduler {
	switch goos {
	case "linux":
		dir := getenv("XDG_CONFIG_HOME")
		if dir == "" {
			dir = filepath.Join(home, ".config")
		}
		root := dir
		dir = filepath.Join(dir, "systemd", "user")
		return scheduler{name: "systemd user timer", root: root,
			links: []string{filepath.Join(dir, "timers.target.wants", "centra-remind.timer")},
			files: map[string]string{
				filepath.Join(dir, "centra-remind.service"): systemdService(cmd, getenv),
				filepath.Join(dir, "centra-remind.timer"):   systemdTimer(),
			},
			start: [][]string{{"systemctl", "--user", "daemon-reload"}, {"systemctl", "--user", "enable", "--now", "centra-remind.timer"}},
			stop:  [][]string{{"systemctl", "--user", "disable", "--now", "centra-remind.timer"}},
		}
	case "darwin":
		path := filepath.Join(home, "Library", "LaunchAgents", "app.centra.remind.plist")
		return scheduler{name: "launchd agent", root: home,
			files: map[string]string{path: launchdPlist(cmd, getenv)},
			start: [][]string{{"launchctl", "load", "-w", path}},
			stop:  [][]string{{"launchctl", "unload", "-w", path}},
		}
	}
	line := fmt.Sprintf("*/%d * * * * %s", int(remindEvery/time.Minute), shellJoin(envPrefix(getenv), cmd))
	return scheduler{name: "crontab line", manual: line}
}

// centraEnv are the environment variables that move centra's folders: the
// scheduled job needs the same ones.
var centraEnv = []string{"CENTRA_CONFIG_DIR", "CENTRA_DATA_DIR"}

func envPrefix(getenv func(string) string) []string {
	var env []string
	for _, k := range centraEnv {
		if v := getenv(k); v != "" {
			env = append(env, k+"="+v)
		}
	}
	return env
}

func systemdService(cmd []string, getenv func(string) string) string {
	var b strings.Builder
	b.WriteString("# Written by `centra remind install`; `centra remind uninstall` removes it.\n")
	b.WriteString("[Unit]\nDescription=centra: a reminder when an exercise set is due\n\n")
	b.WriteString("[Service]\nType=oneshot\n")
	for _, e := range envPrefix(getenv) {
		fmt.Fprintf(&b, "Environment=%s\n", systemdQuote(e))
	}
	quoted := make([]string, len(cmd))
	for i, a := range cmd {
		quoted[i] = systemdQuote(a)
	}
	fmt.Fprintf(&b, "ExecStart=%s\n", strings.Join(quoted, " "))
	return b.String()
}

func systemdTimer() string {
	return "# Written by `centra remind install`; `centra remind uninstall` removes it.\n" +
		"[Unit]\nDescription=centra: check every " + strconv.Itoa(int(remindEvery/time.Minute)) + " minutes whether an exercise set is due\n\n" +
		"[Timer]\nOnCalendar=*:0/" + strconv.Itoa(int(remindEvery/time.Minute)) + "\nAccuracySec=1min\n\n" +
		"[Install]\nWantedBy=timers.target\n"
}

// systemdQuote quotes a word for a unit file when it needs it.
func systemdQuote(s string) string {
	s = strings.ReplaceAll(s, "%", "%%")
	if !strings.ContainsAny(s, " \t\"'\\;$") {
		return s
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, `$`, `$$`).Replace(s) + `"`
}

func launchdPlist(cmd []string, getenv func(string) string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<!-- Written by centra remind install; centra remind uninstall removes it. -->
<plist version="1.0">
<dict>
	<key>Label</key>
	<string>app.centra.remind</string>
	<key>ProgramArguments</key>
	<array>
`)
	for _, a := range cmd {
		fmt.Fprintf(&b, "\t\t<string>%s</string>\n", xmlEscape(a))
	}
	b.WriteString("\t</array>\n")
	if env := envPrefix(getenv); len(env) > 0 {
		b.WriteString("\t<key>EnvironmentVariables</key>\n\t<dict>\n")
		for _, e := range env {
			k, v, _ := strings.Cut(e, "=")
			fmt.Fprintf(&b, "\t\t<key>%s</key>\n\t\t<string>%s</string>\n", k, xmlEscape(v))
		}
		b.WriteString("\t</dict>\n")
	}
	fmt.Fprintf(&b, "\t<key>StartInterval</key>\n\t<integer>%d</integer>\n</dict>\n</plist>\n", int(remindEvery/time.Second))
	return b.String()
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// shellJoin writes env and a command as one shell line.
func shellJoin(env, cmd []string) string {
	words := append(append([]string{}, env...), cmd...)
	for i, w := range words {
		if strings.ContainsAny(w, " \t\"'\\$`;&|<>*?()[]{}#~!") {
			words[i] = "'" + strings.ReplaceAll(w, "'", `'\''`) + "'"
		}
	}
	return strings.Join(words, " ")
}

// install writes the scheduler's files (0600, in folders made 0700) and
// starts it. A start that fails is returned as a note, with the files in
// place: the person can start it by hand.
func (s scheduler) install(run func([]string) error) (note string, err error) {
	for path, text := range s.files {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return "", fmt.Errorf("cannot make %s: %w", filepath.Dir(path), err)
		}
		if err := writeFileAtomic(path, []byte(text)); err != nil {
			return "", err
		}
	}
	return s.runAll(s.start, run, "the files are in place: run it yourself when you can"), nil
}

// uninstall stops the scheduler and removes its files; files already gone
// are fine.
func (s scheduler) uninstall(run func([]string) error) (removed []string, note string, err error) {
	if len(s.installed()) > 0 {
		note = s.runAll(s.stop, run, "its files are removed all the same, so it cannot run again")
	}
	for _, path := range append(slices.Sorted(maps.Keys(s.files)), s.links...) {
		switch err := os.Remove(path); {
		case err == nil:
			removed = append(removed, path)
		case errors.Is(err, fs.ErrNotExist):
		default:
			return removed, note, fmt.Errorf("cannot remove %s: %w", path, err)
		}
	}
	if s.name == "systemd user timer" && len(removed) > 0 {
		_ = run([]string{"systemctl", "--user", "daemon-reload"})
	}
	for _, path := range append(slices.Sorted(maps.Keys(s.files)), s.links...) {
		s.pruneEmpty(filepath.Dir(path))
	}
	return removed, note, nil
}

// pruneEmpty removes dir and its parents while they are empty, up to the
// scheduler's root: install may have made them.
func (s scheduler) pruneEmpty(dir string) {
	for s.root != "" && strings.HasPrefix(dir, s.root+string(filepath.Separator)) {
		if os.Remove(dir) != nil {
			return
		}
		dir = filepath.Dir(dir)
	}
}

// installed lists the scheduler's files and links that exist.
func (s scheduler) installed() []string {
	var have []string
	for _, path := range append(slices.Sorted(maps.Keys(s.files)), s.links...) {
		if _, err := os.Lstat(path); err == nil {
			have = append(have, path)
		}
	}
	return have
}

// runAll runs commands in turn; the first failure becomes a note, with
// what it means.
func (s scheduler) runAll(cmds [][]string, run func([]string) error, meaning string) string {
	for _, c := range cmds {
		if err := run(c); err != nil {
			return fmt.Sprintf("`%s` did not work (%v); %s", strings.Join(c, " "), err, meaning)
		}
	}
	return ""
}

// runCommand runs a scheduler command, with its output kept for errors.
func runCommand(args []string) error {
	if _, err := exec.LookPath(args[0]); err != nil {
		return fmt.Errorf("%s is not installed", args[0])
	}
	out, err := exec.Command(args[0], args[1:]...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("%w: %s", err, strings.TrimSpace(string(out)))
	}
	return nil
}

// writeFileAtomic writes data readable by its owner only, all or nothing
// (package privatefile), replacing what was there.
func writeFileAtomic(path string, data []byte) error {
	return privatefile.Write(path, privatefile.Options{Replace: true}, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}
