#!/usr/bin/env python3
"""report.py - turn bench/run's raw results into the tables it prints.

  report.py table WORKDIR RUNS     centra vs the floor, with the targets, and
                                   where the peak memory goes
  report.py fps WORKDIR F...       the frame-rate curve
  report.py stack WORKDIR S...     the floor with the libraries centra uses

Reads the JSON lines tui-measure (--json) and keyecho.py wrote in WORKDIR.
Every figure is a median over runs; nothing here is typed in by hand.
"""
import datetime
import glob
import json
import os
import platform
import statistics
import subprocess
import sys


def runs(path, label=None):
    """The per-run objects of a JSONL file (tui-measure's summaries skipped)."""
    out = []
    if not os.path.exists(path):
        return out
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            r = json.loads(line)
            if "summary" in r:
                continue
            if label is None or r.get("label") == label:
                out.append(r)
    return out


def med(rs, key):
    vals = [r[key] for r in rs if r.get(key) is not None]
    return statistics.median(vals) if vals else None


def worst_abs(rs, key):
    vals = [r[key] for r in rs if r.get(key) is not None]
    return max(vals, key=abs) if vals else None


def ratio(a, b):
    return a / b if a is not None and b else None


def fmt(x, digits=1):
    if x is None:
        return "n/a"
    return f"{x:.{digits}f}"


def fx(x):
    return "n/a" if x is None else f"{x:.2f}x"


def verdict(ok):
    return "n/a" if ok is None else ("yes" if ok else "**no**")


def load(work):
    """The load averages (1 min) when the run started and ended."""
    try:
        with open(f"{work}/load") as f:
            vals = [line.split()[0] for line in f if line.strip()]
    except OSError:
        return ""
    return f" · load average {' → '.join(vals)}" if vals else ""


def machine():
    model = ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    gov = subprocess.run(["go", "version"], capture_output=True, text=True).stdout.strip()
    rev = subprocess.run(["git", "describe", "--always", "--dirty"], capture_output=True, text=True).stdout.strip()
    return (f"{datetime.date.today().isoformat()} · {model or platform.processor()}, {os.cpu_count()} cores, "
            f"Linux {platform.release()} · {gov.replace('go version ', '')} · commit {rev or 'unknown'}")


def table(work, nruns):
    floor = runs(f"{work}/floor.jsonl")
    empty = runs(f"{work}/empty.jsonl")
    new = runs(f"{work}/new.jsonl")
    old = runs(f"{work}/10y.jsonl")
    echo = {r["label"]: r for r in runs(f"{work}/echo.jsonl")}
    sizes = {}
    with open(f"{work}/sizes") as f:
        for line in f:
            name, size = line.split()
            sizes[os.path.basename(name)] = int(size)

    loaded = os.path.exists(f"{work}/loaded")
    first_limit = 1.5 if loaded else 1.2
    how = "loaded: two busy processes ran throughout" if loaded else "quiet (no load of its own)"
    print(f"centra vs the floor, median of {nruns} run(s), 80x24 tmux, {how} · {machine()}{load(work)}")
    print()
    print("| figure | floor | centra | ratio | centra, 10 years | ratio | target | met |")
    print("|---|---:|---:|---:|---:|---:|---|---|")

    def row(name, key, scale, target, limit, digits=1, a_runs=new, b_runs=old, f_key=None):
        f, a = med(floor, f_key or key), med(a_runs, key)
        b = med(b_runs, key) if b_runs is not None else None
        f, a, b = [None if v is None else v * scale for v in (f, a, b)]
        ra, rb = ratio(a, f), ratio(b, f)
        ok = None
        if limit is not None and ra is not None:
            ok = ra <= limit and (b_runs is None or (rb is not None and rb <= limit))
        bcell = f"{fmt(b, digits)} | {fx(rb)}" if b_runs is not None else "| "
        print(f"| {name} | {fmt(f, digits)} | {fmt(a, digits)} | {fx(ra)} | {bcell} | {target} | {verdict(ok)} |")

    row("launch to first frame (ms)", "first_ms", 1, f"≤ {first_limit}x", first_limit)
    row("launch to first frame, empty data dir (ms)", "first_ms", 1, f"≤ {first_limit}x", first_limit,
        a_runs=empty, b_runs=None)
    ready = runs(f"{work}/ready.jsonl")
    row("launch to the first usable screen (ms)", "done_ms", 1, "(the floor's first frame)", None,
        a_runs=[r for r in ready if r["label"] == "new"], b_runs=[r for r in ready if r["label"] == "10y"],
        f_key="first_ms")
    row("launch to the first usable screen, empty data dir (ms)", "done_ms", 1, "(the floor's first frame)", None,
        a_runs=empty, b_runs=None, f_key="first_ms")
    row("CPU while counting (% of a core)", "cpu_pct_sched", 1, "≤ 0.2x", 0.2, 2)
    row("wake-ups/s (context switches)", "ctxsw_s", 1, "few", None, 0)
    row("frames written/s", "wr_s", 1, "one per change", None, 2)
    row("peak RSS over a set (MB)", "hwm_kb", 1 / 1024, "≤ 2.0x", 2.0)
    row("peak RSS, first launch (MB)", "hwm_kb", 1 / 1024, "reported", None, a_runs=empty, b_runs=None)

    d = [med(floor, "drift_ms"), med(new, "drift_ms"), med(old, "drift_ms")]
    w = [worst_abs(floor, "drift_ms"), worst_abs(new, "drift_ms"), worst_abs(old, "drift_ms")]
    ok = None if None in w[1:] else all(abs(x) <= 20 for x in w[1:])
    c = [f"{fmt(m)} / {fmt(x)}" for m, x in zip(d, w)]
    print(f"| countdown end − deadline (ms, median / worst) | {c[0]} | {c[1]} | | {c[2]} | | ≤ 20 ms | {verdict(ok)} |")

    ec, ef = echo.get("centra", {}), echo.get("floor", {})
    em, ex = ec.get("echo_median_ms"), ec.get("echo_max_ms")
    ok = None if em is None or ex is None else em <= 50 and ex <= 80
    print(f"| key echo (ms, median / worst of {ec.get('presses', 20)}) | {fmt(ef.get('echo_median_ms'))} / "
          f"{fmt(ef.get('echo_max_ms'))} | {fmt(em)} / {fmt(ex)} | | | | ≤ 50 / 80 ms | {verdict(ok)} |")

    sc, sf = sizes.get("centra"), sizes.get("floor")
    print(f"| binary size (MB) | {fmt(sf and sf / 1e6)} | {fmt(sc and sc / 1e6)} | {fx(ratio(sc, sf))} | | | reported | |")
    print()
    print("CPU is the scheduler's run time of all threads over the counting window (s 7-63 of centra's "
          "countdown, 2-58 of the floor's); end − deadline is when the end shows on screen minus the "
          "deadline, both countdowns timed from the key press that starts them.")
    print()
    memory(work)


# The parts of memory internal/memreport reports, in the order shown.
MEM_PARTS = [
    ("exe_text_kb", "binary: code"),
    ("exe_rodata_kb", "binary: read-only data (pclntab, types, tables)"),
    ("exe_data_kb", "binary: data"),
    ("exe_bss_kb", "binary: bss (zeroed data)"),
    ("libs_kb", "shared libraries (libc, loader)"),
    ("go_heap_kb", "Go heap (live objects and free space kept)"),
    ("go_stacks_kb", "goroutine stacks"),
    ("other_anon_kb", "other anonymous: runtime metadata, thread stacks, SQLite's allocator (page cache)"),
    ("stack_kb", "main thread stack"),
    ("other_kb", "other files"),
]


def reports(work, name):
    """The memory reports of the runs named name (internal/memreport)."""
    out = []
    for path in sorted(glob.glob(f"{work}/mem/{name}.*.json")):
        try:
            with open(path) as f:
                out.append(json.loads(f.read()))
        except (OSError, ValueError):
            pass
    return out


def memory(work, names=(("floor", "floor.floor"), ("centra", "new.new"), ("centra, 10 years", "10y.10y"))):
    """The memory breakdown of the counting runs: the first column against the second."""
    cols = [(n, reports(work, pattern)) for n, pattern in names]
    cols = [(n, r) for n, r in cols if r]
    if not cols:
        print("(no memory reports: the programs did not write CENTRA_MEMREPORT)")
        return
    print(f"Where the memory goes at the end of the set (MB, median of {min(len(r) for _, r in cols)} report(s); "
          "internal/memreport: /proc/self/smaps and runtime/metrics, as the program ends):")
    print()
    print("| part | " + " | ".join(n for n, _ in cols) + f" | {cols[1][0] if len(cols) > 1 else ''} − {cols[0][0]} |")
    print("|---|" + "---:|" * (len(cols) + 1))
    for key, name in [("peak_kb", "**peak RSS (VmHWM)**"), ("rss_kb", "resident at the end")] + MEM_PARTS:
        vals = [mb(med(r, key)) for _, r in cols]
        if all(v is None or v < 0.05 for v in vals):
            continue
        diff = vals[1] - vals[0] if len(vals) > 1 and None not in vals[:2] else None
        print(f"| {name} | " + " | ".join(fmt(v) for v in vals) + f" | {fmt(diff)} |")
    alloc = [mb(med(r, "go_allocated_kb")) for _, r in cols]
    print(f"| (Go heap allocations over the run) | " + " | ".join(fmt(v) for v in alloc) + " | |")
    live = [mb(med(r, "go_live_kb")) for _, r in cols]
    if any(v for v in live):
        print(f"| (Go live heap, garbage collected) | " + " | ".join(fmt(v) for v in live) + " | |")


def fps(work, rates):
    launch = runs(f"{work}/launch.jsonl")
    counting = runs(f"{work}/fps.jsonl")
    floor = runs(f"{work}/floor.jsonl")
    echo = {r["label"]: r for r in runs(f"{work}/echo.jsonl")}
    ff, fc = med([r for r in launch if r["label"] == "floor"], "first_ms"), med(floor, "cpu_pct_sched")
    fe = echo.get("floor", {})
    print(f"centra's frame rate, {len(rates)} rates · {machine()}{load(work)}")
    print()
    print("| frame rate (fps) | first frame (ms) | × floor | key echo median / worst (ms) | CPU while counting (%) | × floor | wake-ups/s | end − deadline (ms) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for f in rates:
        lab = f"fps{f}"
        first = med([r for r in launch if r["label"] == lab], "first_ms")
        cpu = med([r for r in counting if r["label"] == lab], "cpu_pct_sched")
        wake = med([r for r in counting if r["label"] == lab], "ctxsw_s")
        drift = med([r for r in counting if r["label"] == lab], "drift_ms")
        e = echo.get(lab, {})
        name = f"{f[1:]}, published renderer" if f.startswith("p") else f
        print(f"| {name} | {fmt(first)} | {fx(ratio(first, ff))} | {fmt(e.get('echo_median_ms'))} / "
              f"{fmt(e.get('echo_max_ms'))} | {fmt(cpu, 2)} | {fx(ratio(cpu, fc))} | {fmt(wake, 0)} | {fmt(drift)} |")
    print(f"| floor (60, default) | {fmt(ff)} | 1.00x | {fmt(fe.get('echo_median_ms'))} / "
          f"{fmt(fe.get('echo_max_ms'))} | {fmt(fc, 2)} | 1.00x | {fmt(med(floor, 'ctxsw_s'), 0)} | "
          f"{fmt(med(floor, 'drift_ms'))} |")


def stack(work, stacks):
    launch = runs(f"{work}/launch.jsonl")
    counting = runs(f"{work}/stack.jsonl")
    sizes = {}
    with open(f"{work}/sizes") as f:
        for line in f:
            name, size = line.rsplit(" ", 1)
            sizes[os.path.basename(name)] = int(size)
    first = lambda lab: med([r for r in launch if r["label"] == lab], "first_ms")
    rss = lambda lab: mb(med([r for r in counting if r["label"] == lab], "hwm_kb"))
    ff, fr, fs = first("floor"), rss("floor"), sizes.get("floor")
    print(f"The floor and what centra is built on, median of {len(counting) // (len(stacks) + 2)} run(s) · {machine()}{load(work)}")
    print()
    print("| program | first frame (ms) | × floor | peak RSS (MB) | × floor | binary (MB) |")
    print("|---|---:|---:|---:|---:|---:|")
    names = {"all": "floor + all centra links", "": "floor"}
    for s in [""] + stacks + ["centra"]:
        lab = "centra" if s == "centra" else ("floor+" + s if s else "floor")
        name = "centra" if s == "centra" else names.get(s, "floor + " + s)
        f, r, z = first(lab), rss(lab), sizes.get(lab)
        print(f"| {name} | {fmt(f)} | {fx(ratio(f, ff))} | {fmt(r)} | {fx(ratio(r, fr))} | "
              f"{fmt(z / 1e6 if z else None)} |")
    print()
    bound(work, rss("floor"), rss("floor+all"))
    print()
    memory(work, [("floor", "stack.floor"), ("floor + all", "stack.floor+all"), ("centra", "stack.centra")])
    print()
    memory(work, [("floor + all", "stack.floor+all"), ("centra", "stack.centra")])


def own_code_kb(work):
    """The code of centra's own packages (cmd/centra and the module's), from go tool nm."""
    total = 0
    try:
        with open(f"{work}/centra.nm") as f:
            for line in f:
                parts = line.split(None, 3)
                if len(parts) == 4 and parts[2] in ("T", "t") and (
                        parts[3].startswith("github.com/centra-app/centra") or parts[3].startswith("main.")):
                    total += int(parts[1])
    except (OSError, ValueError):
        return None
    return total / 1024


def bound(work, floor_mb, links_mb):
    """The least centra's peak RSS can be: what it links, plus its own code
    and the live heap it holds beyond what the floor with those libraries
    holds."""
    try:
        with open(f"{work}/faultaround.json") as f:
            per_byte = json.load(f)["per_byte_kb"]
    except (OSError, ValueError, KeyError):
        per_byte = None
    own = own_code_kb(work)
    live = lambda name: med(reports(work, name), "go_live_kb")
    centra_live, links_live = live("stack.centra"), live("stack.floor+all")
    print(f"One byte read of a mapped binary made {fmt(per_byte, 0)} KB of it resident (bench/faultaround: "
          "the kernel maps the pages around a faulting one too), so a program's code is resident nearly "
          "whole once it has run here and there, used or not.")
    if own is None or links_mb is None or not floor_mb:
        return
    low = links_mb + own / 1024
    print(f"centra's own packages are {fmt(own / 1024, 2)} MB of code (go tool nm). The least its peak RSS "
          f"can be is then the floor with all it links ({fmt(links_mb)} MB) plus that code: {fmt(low)} MB, "
          f"{fx(low / floor_mb)} the floor, before any of its own tables, data or heap.")
    if centra_live is not None and links_live is not None:
        heap = max(centra_live - links_live, 0) / 1024
        print(f"Add the live heap centra holds beyond that floor's as the set ends ({fmt(heap, 2)} MB, "
              f"/gc/heap/live after a collection): {fmt(low + heap)} MB, {fx((low + heap) / floor_mb)} the floor.")


def mb(kb):
    return kb / 1024 if kb is not None else None


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("table", "fps", "stack"):
        print(__doc__, file=sys.stderr)
        return 2
    if sys.argv[1] == "table":
        table(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "?")
    elif sys.argv[1] == "stack":
        stack(sys.argv[2], sys.argv[3:])
    else:
        fps(sys.argv[2], sys.argv[3:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
