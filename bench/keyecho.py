#!/usr/bin/env python3
"""keyecho.py - how long a key press takes to show on the screen of a TUI.

Runs the command in a private, detached tmux server (its own socket, fixed
size), waits for --ready, optionally sends --start-keys and waits for
--started, then presses --key --presses times, a random 0.2-0.5 s apart (so
the presses fall anywhere in the program's frame period), and after each
press polls the screen (tmux control mode, about every millisecond) until it
shows the expected change: --on after odd presses, --off after even ones. A
pattern starting with "!" means "no longer matches".

Prints one JSON object: every latency in ms, the median and the worst.
Only the tmux server it started is ever touched, and it is always killed.

  keyecho.py --label L --ready RE --key Space --on RE --off RE -- CMD...
"""
import argparse
import json
import os
import random
import re
import select
import shlex
import statistics
import subprocess
import sys
import tempfile
import time


class Control:
    """A tmux control-mode client: cheap commands and captures."""

    def __init__(self, sock, conf, session):
        self.p = subprocess.Popen(["tmux", "-S", sock, "-f", conf, "-C", "attach-session", "-t", "=" + session],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, bufsize=0)
        self.buf = b""
        self.cmd("display-message -p ok")

    def _line(self, deadline):
        while b"\n" not in self.buf:
            left = max(0.0, deadline - time.monotonic())
            if not select.select([self.p.stdout], [], [], left)[0]:
                raise TimeoutError("tmux control client timed out")
            data = os.read(self.p.stdout.fileno(), 1 << 16)
            if not data:
                raise EOFError("tmux control client closed")
            self.buf += data
        line, self.buf = self.buf.split(b"\n", 1)
        return line

    def cmd(self, command, timeout=2.0):
        """Runs command and returns its output (notifications are skipped)."""
        self.p.stdin.write(command.encode() + b"\n")
        deadline = time.monotonic() + timeout
        while True:
            line = self._line(deadline)
            m = re.match(rb"^%begin \d+ (\d+) (\d+)$", line)
            if not m:
                continue
            num, flags = m.group(1), m.group(2)
            body = []
            while True:
                line = self._line(deadline)
                e = re.match(rb"^%(end|error) \d+ " + num + rb" ", line)
                if e:
                    break
                body.append(line)
            if flags != b"1":
                continue  # not ours
            text = b"\n".join(body).decode("utf-8", "replace")
            if e.group(1) == b"error":
                raise RuntimeError(f"tmux {command}: {text}")
            return text

    def close(self):
        try:
            self.p.stdin.close()
            self.p.wait(timeout=2)
        except Exception:
            self.p.kill()


def matcher(pattern):
    """A predicate on screen text; "!RE" is true when RE does not match."""
    if pattern.startswith("!"):
        rx = re.compile(pattern[1:], re.M)
        return lambda s: not rx.search(s)
    rx = re.compile(pattern, re.M)
    return lambda s: bool(rx.search(s))


def wait_for(ctl, pane, pred, timeout, poll=0.001):
    """Polls the screen until pred holds; returns the time it did, or None."""
    end = time.monotonic() + timeout
    while True:
        now = time.monotonic()
        if pred(ctl.cmd(f"capture-pane -p -t {pane}")):
            return now
        if now > end:
            return None
        time.sleep(poll)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--label", default="")
    ap.add_argument("--cols", type=int, default=80)
    ap.add_argument("--rows", type=int, default=24)
    ap.add_argument("--term", default="tmux-256color")
    ap.add_argument("--ready", required=True, help="screen regex: the program is up")
    ap.add_argument("--start-keys", help="tmux send-keys arguments sent once ready")
    ap.add_argument("--started", help="screen regex: the start keys took effect")
    ap.add_argument("--key", required=True, help="tmux key name to press, e.g. Space")
    ap.add_argument("--on", required=True, help="screen regex after odd presses")
    ap.add_argument("--off", required=True, help="screen regex after even presses")
    ap.add_argument("--presses", type=int, default=20)
    ap.add_argument("--timeout", type=float, default=2.0, help="give up on one press after this")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    if a.cmd and a.cmd[0] == "--":
        a.cmd = a.cmd[1:]
    if not a.cmd:
        ap.error("missing command")
    rng = random.Random(a.seed)

    with tempfile.TemporaryDirectory(prefix="keyecho-") as tmp:
        sock, conf = os.path.join(tmp, "tmux.sock"), os.path.join(tmp, "tmux.conf")
        with open(conf, "w") as f:
            f.write(f"set -g status off\nset -g default-terminal {a.term}\nset -g default-shell /bin/sh\n"
                    f"set -g default-size {a.cols}x{a.rows}\n")
        tmux = ["tmux", "-S", sock, "-f", conf]
        ctl = None
        try:
            out = subprocess.run(tmux + ["new-session", "-d", "-s", "ke", "-x", str(a.cols), "-y", str(a.rows),
                                         "-P", "-F", "#{pane_id}", "unset TMUX TMUX_PANE; exec " + shlex.join(a.cmd)],
                                 capture_output=True, text=True, timeout=10, check=True)
            pane = out.stdout.strip()
            ctl = Control(sock, conf, "ke")
            if wait_for(ctl, pane, matcher(a.ready), 10) is None:
                raise RuntimeError("never ready: " + a.ready)
            if a.start_keys:
                ctl.cmd(f"send-keys -t {pane} {a.start_keys}")
                if a.started and wait_for(ctl, pane, matcher(a.started), 10) is None:
                    raise RuntimeError("start keys had no effect: " + a.started)
            time.sleep(0.5)
            lat = []
            for i in range(a.presses):
                time.sleep(rng.uniform(0.2, 0.5))
                want = matcher(a.on if i % 2 == 0 else a.off)
                t0 = time.monotonic()
                ctl.cmd(f"send-keys -t {pane} {a.key}")
                t1 = wait_for(ctl, pane, want, a.timeout)
                lat.append(None if t1 is None else round((t1 - t0) * 1000, 1))
        finally:
            if ctl:
                ctl.close()
            subprocess.run(tmux + ["kill-server"], capture_output=True, timeout=10)

    ok = [x for x in lat if x is not None]
    res = {"label": a.label, "presses": a.presses, "missed": len(lat) - len(ok), "echo_ms": lat,
           "echo_median_ms": round(statistics.median(ok), 1) if ok else None,
           "echo_max_ms": max(ok) if ok and len(ok) == len(lat) else None}
    print(json.dumps(res))
    return 0 if ok and len(ok) == len(lat) else 1


if __name__ == "__main__":
    sys.exit(main())
