//go:build memprofile

package memreport

import (
	"os"
	"runtime"
	"runtime/pprof"
)

// HeapEnv, set (to anything) beside Env, asks for a heap profile too.
const HeapEnv = "CENTRA_MEMREPORT_HEAP"

// heapAsked reports whether a heap profile was asked for.
func heapAsked() bool { return os.Getenv(Env) != "" && os.Getenv(HeapEnv) != "" }

// StartHeapProfile makes the heap profile record every allocation when one
// was asked for (Go samples one in 512 KiB by default, too few for a
// program of centra's size). Call it first in main.
func StartHeapProfile() {
	if heapAsked() {
		runtime.MemProfileRate = 1
	}
}

// writeHeap writes the heap profile to path when one was asked for, after
// a collection, so that its in-use figures are what is live now.
func writeHeap(path string) {
	if !heapAsked() {
		return
	}
	runtime.GC()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return
	}
	defer f.Close()
	_ = pprof.Lookup("heap").WriteTo(f, 0)
}
