// This file implements the runtime's network poller for internal/poll (the
// runtime_poll* hooks), over WASI poll_oneoff. The only goroutine waits for a
// descriptor by blocking in one poll_oneoff call with an fd_read or fd_write
// subscription, plus a clock subscription when a deadline is set, as Go's
// wasip1 netpoll does with many goroutines. A descriptor's state is a
// pollDesc (the uintptr context internal/poll keeps): closing (evicted by
// Close) and the read and write deadlines (runtime nanotime; 0 none, < 0
// already expired).

package runtime

import "unsafe"

// The poll results internal/poll understands (fd_poll_runtime.go).
const (
	pollNoError        = 0
	pollErrClosing     = 1
	pollErrTimeout     = 2
	pollErrNotPollable = 3
)

type pollDesc struct {
	fd      uintptr
	closing bool
	rd      int64
	wd      int64
}

//go:linkname poll_runtime_pollServerInit internal/poll.runtime_pollServerInit
func poll_runtime_pollServerInit() {}

//go:linkname poll_runtime_isPollServerDescriptor internal/poll.runtime_isPollServerDescriptor
func poll_runtime_isPollServerDescriptor(fd uintptr) bool {
	return false
}

//go:linkname poll_runtime_pollOpen internal/poll.runtime_pollOpen
func poll_runtime_pollOpen(fd uintptr) (uintptr, int) {
	pd := &pollDesc{fd: fd}
	return uintptr(unsafe.Pointer(pd)), 0
}

//go:linkname poll_runtime_pollClose internal/poll.runtime_pollClose
func poll_runtime_pollClose(ctx uintptr) {}

//go:linkname poll_runtime_pollUnblock internal/poll.runtime_pollUnblock
func poll_runtime_pollUnblock(ctx uintptr) {
	(*pollDesc)(unsafe.Pointer(ctx)).closing = true
}

// deadline returns the deadline that applies to mode 'r' or 'w'.
func (pd *pollDesc) deadline(mode int) int64 {
	if mode == 'r' {
		return pd.rd
	}
	return pd.wd
}

// check returns pollErrClosing or pollErrTimeout when the descriptor cannot be waited for.
func (pd *pollDesc) check(mode int) int {
	if pd.closing {
		return pollErrClosing
	}
	d := pd.deadline(mode)
	if d < 0 || (d > 0 && d <= nanotime()) {
		return pollErrTimeout
	}
	return pollNoError
}

//go:linkname poll_runtime_pollReset internal/poll.runtime_pollReset
func poll_runtime_pollReset(ctx uintptr, mode int) int {
	return (*pollDesc)(unsafe.Pointer(ctx)).check(mode)
}

//go:linkname poll_runtime_pollSetDeadline internal/poll.runtime_pollSetDeadline
func poll_runtime_pollSetDeadline(ctx uintptr, d int64, mode int) {
	pd := (*pollDesc)(unsafe.Pointer(ctx))
	if mode == 'r' || mode == 'r'+'w' {
		pd.rd = d
	}
	if mode == 'w' || mode == 'r'+'w' {
		pd.wd = d
	}
}

//go:linkname poll_runtime_pollWaitCanceled internal/poll.runtime_pollWaitCanceled
func poll_runtime_pollWaitCanceled(ctx uintptr, mode int) {}

// Two subscriptions (48 bytes each: the descriptor, then a clock) and two events (32 bytes each).
var pollSubs [12]uint64
var pollEvents [8]uint64
var pollNevents [1]uint32

//go:linkname poll_runtime_pollWait internal/poll.runtime_pollWait
func poll_runtime_pollWait(ctx uintptr, mode int) int {
	pd := (*pollDesc)(unsafe.Pointer(ctx))
	if r := pd.check(mode); r != pollNoError {
		return r
	}
	for i := range pollSubs {
		pollSubs[i] = 0
	}
	pollSubs[0] = 1 // userdata: the descriptor
	if mode == 'r' {
		pollSubs[1] = 1 // eventtype fd_read
	} else {
		pollSubs[1] = 2 // eventtype fd_write
	}
	pollSubs[2] = uint64(uint32(pd.fd))
	n := uint32(1)
	if d := pd.deadline(mode); d > 0 {
		pollSubs[6] = 2              // userdata: the deadline
		pollSubs[7] = 0              // eventtype clock
		pollSubs[8] = clockMonotonic // clock id
		pollSubs[9] = uint64(d - nanotime())
		pollSubs[10] = 1000 // precision
		n = 2
	}
	pollNevents[0] = 0
	if poll_oneoff(unsafe.Pointer(&pollSubs[0]), unsafe.Pointer(&pollEvents[0]), n, unsafe.Pointer(&pollNevents[0])) != 0 {
		return pollNoError // let the I/O call report the error
	}
	for i := uint32(0); i < pollNevents[0]; i++ {
		if pollEvents[i*4] == 1 {
			return pollNoError
		}
	}
	return pollErrTimeout
}
