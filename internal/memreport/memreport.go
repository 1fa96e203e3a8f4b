// Package memreport says where a process's memory went, for bench/run: the
// resident size of the binary's code, read-only data and data, of shared
// libraries and of anonymous memory (from /proc/self/smaps), the Go
// runtime's own accounts (runtime/metrics), and the peak (VmHWM).
//
// It is read only when asked: WriteIfAsked writes the report at the end of
// a run when the environment variable CENTRA_MEMREPORT names a file. No
// sampling, no goroutine, nothing at start-up. Linux only; elsewhere the
// /proc parts are left out.
//
// A binary built with the tag memprofile (go build -tags memprofile) also
// writes a pprof heap profile beside the report when CENTRA_MEMREPORT_HEAP
// is set too: the report's name plus ".heap.pprof", read with `go tool
// pprof -sample_index=alloc_space` for everything allocated over the run,
// or inuse_space for what is live at the end. StartHeapProfile, called
// first thing in main, makes it record every allocation. Without the tag
// the profile's code (runtime/pprof, 330 KB of binary) is not built in.
package memreport

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
)

// Env is the variable that asks for a report and names its file.
const Env = "CENTRA_MEMREPORT"

// Report is a process's memory in KiB.
type Report struct {
	PeakKB int64 `json:"peak_kb"` // VmHWM: the most ever resident
	RSSKB  int64 `json:"rss_kb"`  // VmRSS now

	// Resident parts of the mappings, from smaps.
	ExeTextKB   int64 `json:"exe_text_kb"`   // the binary's code
	ExeRodataKB int64 `json:"exe_rodata_kb"` // its read-only data: pclntab, type data, tables
	ExeDataKB   int64 `json:"exe_data_kb"`   // its initialised data
	ExeBssKB    int64 `json:"exe_bss_kb"`    // its zeroed data (bss), mapped anonymous after it
	LibsKB      int64 `json:"libs_kb"`       // shared libraries (libc, the loader)
	AnonKB      int64 `json:"anon_kb"`       // other anonymous memory: Go's heap and any other allocator's
	StackKB     int64 `json:"stack_kb"`      // the main thread's stack
	OtherKB     int64 `json:"other_kb"`      // any other file mapping

	// The Go runtime's accounts (runtime/metrics).
	GoHeapKB      int64 `json:"go_heap_kb"`      // heap: live objects, and free space kept (not yet returned)
	GoObjectsKB   int64 `json:"go_objects_kb"`   // of which live objects (and garbage not yet swept)
	GoStacksKB    int64 `json:"go_stacks_kb"`    // goroutine and OS thread stacks
	GoRuntimeKB   int64 `json:"go_runtime_kb"`   // the runtime's metadata and other (mapped, not all resident)
	GoAllocatedKB int64 `json:"go_allocated_kb"` // all heap allocations over the run
	GoLiveKB      int64 `json:"go_live_kb"`      // live heap objects, after a collection the report runs last
	// Anonymous memory outside the bss, Go's heap and its stacks: the
	// runtime's metadata, threads' stacks and SQLite's allocator (its page
	// cache and schema), which Go does not see.
	OtherAnonKB int64 `json:"other_anon_kb"`
}

// WriteIfAsked writes the report to the file CENTRA_MEMREPORT names, if it
// names one; errors go unreported (this is a measurement aid).
func WriteIfAsked() {
	path := os.Getenv(Env)
	if path == "" {
		return
	}
	b, err := json.Marshal(Read())
	if err != nil {
		return
	}
	_ = os.WriteFile(path, append(b, '\n'), 0o600)
	writeHeap(path + ".heap.pprof")
}

// Read takes the report now.
func Read() Report {
	var r Report
	r.PeakKB, r.RSSKB = status()
	smaps(&r)
	goMetrics(&r)
	if r.AnonKB > 0 {
		r.OtherAnonKB = max(r.AnonKB-r.GoHeapKB-r.GoStacksKB, 0)
	}
	return r
}

func status() (peak, rss int64) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, 0
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		k, v, _ := strings.Cut(s.Text(), ":")
		switch k {
		case "VmHWM":
			peak = kb(v)
		case "VmRSS":
			rss = kb(v)
		}
	}
	return peak, rss
}

func kb(v string) int64 {
	n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
	return n
}

// smaps adds up the resident size of each kind of mapping.
func smaps(r *Report) {
	exe, _ := os.Executable()
	exe, _ = filepath.EvalSymlinks(exe)
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return
	}
	defer f.Close()
	var into *int64
	var exeEnd string // where the binary's last mapping ends: the bss starts there
	s := bufio.NewScanner(f)
	for s.Scan() {
		fields := strings.Fields(s.Text())
		if len(fields) >= 5 && strings.Contains(fields[0], "-") && len(fields[1]) == 4 {
			path := ""
			if len(fields) >= 6 {
				path = fields[5]
			}
			start, end, _ := strings.Cut(fields[0], "-")
			switch {
			case path == exe:
				exeEnd = end
				into = kind(r, fields[1], path, exe)
			case path == "" && start == exeEnd:
				into = &r.ExeBssKB
			default:
				into = kind(r, fields[1], path, exe)
			}
			continue
		}
		if len(fields) >= 2 && fields[0] == "Rss:" && into != nil {
			*into += kb(fields[1])
		}
	}
}

func kind(r *Report, perms, path, exe string) *int64 {
	switch {
	case path == exe && strings.Contains(perms, "x"):
		return &r.ExeTextKB
	case path == exe && strings.Contains(perms, "w"):
		return &r.ExeDataKB
	case path == exe:
		return &r.ExeRodataKB
	case path == "" || path == "[heap]" || strings.HasPrefix(path, "[anon"):
		return &r.AnonKB
	case path == "[stack]":
		return &r.StackKB
	case strings.Contains(path, ".so"):
		return &r.LibsKB
	}
	return &r.OtherKB
}

// live collects the garbage and says how much of the heap is still live:
// what the program holds, garbage aside. It runs after every other figure
// is read, so that the collection changes none of them.
func live() int64 {
	runtime.GC()
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(s[0].Value.Uint64() / 1024)
}

func goMetrics(r *Report) {
	names := []string{
		"/memory/classes/heap/objects:bytes", "/memory/classes/heap/unused:bytes", "/memory/classes/heap/free:bytes",
		"/memory/classes/heap/stacks:bytes", "/memory/classes/os-stacks:bytes",
		"/memory/classes/metadata/mspan/inuse:bytes", "/memory/classes/metadata/mcache/inuse:bytes",
		"/memory/classes/metadata/other:bytes", "/memory/classes/other:bytes", "/memory/classes/profiling/buckets:bytes",
		"/gc/heap/allocs:bytes",
	}
	samples := make([]metrics.Sample, len(names))
	for i, n := range names {
		samples[i].Name = n
	}
	metrics.Read(samples)
	v := func(i int) int64 {
		if samples[i].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return int64(samples[i].Value.Uint64() / 1024)
	}
	r.GoObjectsKB = v(0)
	r.GoHeapKB = v(0) + v(1) + v(2)
	r.GoStacksKB = v(3) + v(4)
	r.GoRuntimeKB = v(5) + v(6) + v(7) + v(8) + v(9)
	r.GoAllocatedKB = v(10)
	r.GoLiveKB = live()
}
