// This file implements the exported memory statistics and profiling API
// (MemStats, ReadMemStats, the profile and trace entry points) and the
// hooks of runtime/debug. Statistics come from the allocator and the
// collector (alloc.go, gc.go). Memory profiles are memprof.go's; block, mutex
// and thread-creation profiles and execution traces are not recorded: those
// profile functions report no records, StartTrace returns an error.

package runtime

import "unsafe"

// MemStats records statistics about the memory allocator (fields as Go's).
type MemStats struct {
	Alloc        uint64
	TotalAlloc   uint64
	Sys          uint64
	Lookups      uint64
	Mallocs      uint64
	Frees        uint64
	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	HeapObjects  uint64
	StackInuse   uint64
	StackSys     uint64
	MSpanInuse   uint64
	MSpanSys     uint64
	MCacheInuse  uint64
	MCacheSys    uint64
	BuckHashSys  uint64
	GCSys        uint64
	OtherSys     uint64
	NextGC       uint64
	LastGC       uint64

	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool

	BySize [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats fills m from the allocator's and collector's counters
// (alloc.go, gc.go): the heap is the bytes in objects not freed by the last
// sweep plus those allocated since; Sys is all of linear memory.
func ReadMemStats(m *MemStats) {
	*m = MemStats{}
	sys := uint64(memorySize()) * 65536
	m.Alloc = uint64(heapLive)
	m.TotalAlloc = totalAlloc
	m.HeapAlloc = m.Alloc
	m.HeapInuse = m.Alloc
	m.Mallocs = nmalloc + tinyAllocs
	m.Frees = nfree + tinyAllocs
	m.HeapObjects = nmalloc - nfree
	m.Sys = sys
	m.HeapSys = sys - uint64(heapStart())
	if m.HeapSys > m.HeapInuse {
		m.HeapIdle = m.HeapSys - m.HeapInuse
	}
	m.StackInuse = uint64(heapStart()) // shadow stack and static data
	m.StackSys = m.StackInuse
	m.NextGC = uint64(nextGC)
	m.NumGC = numGC
	m.NumForcedGC = numForcedGC
	m.EnableGC = true
	for i := range m.BySize {
		if i < len(sizeClasses) {
			m.BySize[i].Size = sizeClasses[i]
		}
	}
}

// BlockProfileRecord: block and mutex profile entries (never produced).
type BlockProfileRecord struct {
	Count  int64
	Cycles int64
	StackRecord
}

func SetBlockProfileRate(rate int) {}

var mutexProfileFraction int

func SetMutexProfileFraction(rate int) int {
	old := mutexProfileFraction
	if rate >= 0 {
		mutexProfileFraction = rate
	}
	return old
}

func SetCPUProfileRate(hz int) {}

// CPUProfile panics as Go's does (removed API).
func CPUProfile() []byte {
	panicplain("CPUProfile no longer available")
	return nil
}

func BlockProfile(p []BlockProfileRecord) (n int, ok bool) { return 0, true }
func MutexProfile(p []BlockProfileRecord) (n int, ok bool) { return 0, true }
func ThreadCreateProfile(p []StackRecord) (n int, ok bool) { return 0, true }

// GoroutineProfile reports the one goroutine, with no stack.
func GoroutineProfile(p []StackRecord) (n int, ok bool) {
	if len(p) < 1 {
		return 1, false
	}
	p[0] = StackRecord{}
	return 1, true
}

// SetCgoTraceback is for cgo programs: there is no cgo on wasm.
func SetCgoTraceback(version int, traceback, context, symbolizer unsafe.Pointer) {}

// traceError is the error StartTrace returns.
type traceError struct{}

func (traceError) Error() string { return "runtime: execution tracing is not supported by gowasm" }

func StartTrace() error { return traceError{} }
func StopTrace()        {}
func ReadTrace() []byte { return nil }

// Hooks of runtime/debug.

var memoryLimit int64 = 1<<63 - 1
var maxStack int = 1000000000
var maxThreads int = 10000
var panicOnFault bool

//go:linkname debug_setGCPercent runtime/debug.setGCPercent
func debug_setGCPercent(in int32) int32 {
	out := gcPercent
	if in < 0 {
		in = -1
	}
	gcPercent = in
	return out
}

//go:linkname debug_setMemoryLimit runtime/debug.setMemoryLimit
func debug_setMemoryLimit(in int64) int64 {
	out := memoryLimit
	if in >= 0 {
		memoryLimit = in
	}
	return out
}

//go:linkname debug_setMaxStack runtime/debug.setMaxStack
func debug_setMaxStack(in int) int {
	out := maxStack
	maxStack = in
	return out
}

//go:linkname debug_setMaxThreads runtime/debug.setMaxThreads
func debug_setMaxThreads(in int) int {
	out := maxThreads
	maxThreads = in
	return out
}

//go:linkname debug_setPanicOnFault runtime/debug.setPanicOnFault
func debug_setPanicOnFault(new bool) bool {
	old := panicOnFault
	panicOnFault = new
	return old
}

//go:linkname debug_freeOSMemory runtime/debug.freeOSMemory
func debug_freeOSMemory() {}

// debug_readGCStats fills *pauses (a *[]time.Duration) with no pauses: Go
// stores the pause history, then the last GC time, total pause time and the
// GC count, which are all 0 here (runtime/debug sizes the slice).
//
//go:linkname debug_readGCStats runtime/debug.readGCStats
func debug_readGCStats(pauses *[]int64) {
	p := *pauses
	if cap(p) < 3 {
		p = make([]int64, 3)
	}
	p = p[:3]
	p[0] = 0
	p[1] = 0
	p[2] = 0
	*pauses = p
}

//go:linkname debug_SetTraceback runtime/debug.SetTraceback
func debug_SetTraceback(level string) {}

//go:linkname debug_WriteHeapDump runtime/debug.WriteHeapDump
func debug_WriteHeapDump(fd uintptr) {
	notSupported("runtime/debug.WriteHeapDump")
}

// debug_modinfo is the module information of the program: gowasm builds
// files or a directory without module information.
//
//go:linkname debug_modinfo runtime/debug.modinfo
func debug_modinfo() string {
	return ""
}

var crashFD uintptr = ^uintptr(0)

//go:linkname debug_setCrashFD runtime.setCrashFD
func debug_setCrashFD(fd uintptr) uintptr {
	old := crashFD
	crashFD = fd
	return old
}
