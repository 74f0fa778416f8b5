// This file implements the clocks and sleeping: runtime.nanotime (monotonic)
// and walltime over WASI clock_time_get, the hooks of package time (now,
// runtimeNow, runtimeNano) and of syscall (now), and sleep, which really
// sleeps: one WASI poll_oneoff with a relative monotonic clock subscription,
// used when no goroutine can run before the next timer (timers.go).

package runtime

import "unsafe"

//go:wasmimport wasi_snapshot_preview1 clock_time_get
func clock_time_get(clockID uint32, precision uint64, timeOut unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 poll_oneoff
func poll_oneoff(in unsafe.Pointer, out unsafe.Pointer, nsubscriptions uint32, nevents unsafe.Pointer) int32

const (
	clockRealtime  = 0
	clockMonotonic = 1
)

var clockBuf [1]uint64

// clock reads a WASI clock in nanoseconds (0 if the host refuses).
func clock(id uint32) int64 {
	clockBuf[0] = 0
	if clock_time_get(id, 1, unsafe.Pointer(&clockBuf[0])) != 0 {
		return 0
	}
	return int64(clockBuf[0])
}

// nanotime is the monotonic clock.
func nanotime() int64 {
	return clock(clockMonotonic)
}

// walltime is the wall clock as seconds and nanoseconds since the Unix epoch.
func walltime() (int64, int32) {
	t := clock(clockRealtime)
	return t / 1000000000, int32(t % 1000000000)
}

//go:linkname time_now time.now
func time_now() (int64, int32, int64) {
	sec, nsec := walltime()
	return sec, nsec, nanotime()
}

//go:linkname time_runtimeNow time.runtimeNow
func time_runtimeNow() (int64, int32, int64) {
	return time_now() // no synctest bubbles: the real clocks
}

//go:linkname time_runtimeNano time.runtimeNano
func time_runtimeNano() int64 {
	return nanotime()
}

//go:linkname time_runtimeIsBubbled time.runtimeIsBubbled
func time_runtimeIsBubbled() bool {
	return false
}

//go:linkname syscall_now syscall.now
func syscall_now() (int64, int32) {
	return walltime()
}

// A WASI subscription is 48 bytes: userdata u64 @0, tag u8 @8 (0 = clock),
// clock id u32 @16, timeout u64 @24, precision u64 @32, flags u16 @40.
// An event is 32 bytes: userdata u64 @0, error u16 @8, type u8 @10, ...
var pollSub [6]uint64
var pollEvent [4]uint64
var pollCount [1]uint32

// sleep blocks the program for ns nanoseconds (ns > 0).
func sleep(ns int64) {
	for i := range pollSub {
		pollSub[i] = 0
	}
	pollSub[1] = 0              // tag: clock
	pollSub[2] = clockMonotonic // clock id (low word), padding
	pollSub[3] = uint64(ns)     // relative timeout
	pollSub[4] = 1000           // precision
	pollSub[5] = 0              // flags: relative
	poll_oneoff(unsafe.Pointer(&pollSub[0]), unsafe.Pointer(&pollEvent[0]), 1, unsafe.Pointer(&pollCount[0]))
}
