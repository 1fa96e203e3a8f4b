// Command faultaround shows how much of a file the kernel maps into a
// process when the process reads one byte of it: bench/run stack prints it
// beside the peak RSS, because it decides how much of a binary is resident.
// Reading a byte of a mapped file maps not only its page but the pages
// around it that the page cache holds (Linux's fault-around, 64 KB by
// default), so a program whose code and tables are read here and there
// ends up with nearly all of them resident, used or not.
//
//	faultaround FILE
//
// It maps FILE read-only, reads one byte in each of several spots far
// apart, and counts the resident pages of the mapping in /proc/self/pagemap.
// Linux only.
package main

import (
	"encoding/binary"
	"fmt"
	"os"
	"runtime"
	"syscall"
	"unsafe"
)

// spots is how many single bytes are read, each 1 MB from the last.
const spots = 4

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: faultaround FILE")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "faultaround:", err)
		os.Exit(1)
	}
}

func run(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	if st.Size() < (spots+1)<<20 {
		return fmt.Errorf("%s is too small: %d bytes (needs %d MB)", path, st.Size(), spots+1)
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(st.Size()), syscall.PROT_READ, syscall.MAP_PRIVATE)
	if err != nil {
		return err
	}
	defer syscall.Munmap(data)
	// Each spot lies in the middle of a 64 KB-aligned stretch, so the count
	// does not depend on where a page boundary falls.
	// The bytes are summed and kept alive so the compiler keeps the reads.
	var sum byte
	for i := 1; i <= spots; i++ {
		sum += data[i<<20+32<<10]
	}
	runtime.KeepAlive(sum)
	pm, err := os.Open("/proc/self/pagemap")
	if err != nil {
		return err
	}
	defer pm.Close()
	base := uintptr(unsafe.Pointer(&data[0]))
	page := os.Getpagesize()
	entry := make([]byte, 8)
	resident := 0
	for off := 0; off < len(data); off += page {
		if _, err := pm.ReadAt(entry, int64((base+uintptr(off))/uintptr(page)*8)); err != nil {
			return err
		}
		if binary.LittleEndian.Uint64(entry)&(1<<63) != 0 { // bit 63: page present
			resident++
		}
	}
	fmt.Printf("{\"spots\": %d, \"resident_kb\": %d, \"per_byte_kb\": %d}\n",
		spots, resident*page/1024, resident*page/1024/spots)
	return nil
}
