// This file implements the runtime side of packages sync, internal/sync,
// internal/poll's fd mutex and internal/synctest: semaphores, the notify
// lists of sync.Cond, spinning, pinning and the pool cleanup hook.
//
// There is one goroutine. A semaphore is a uint32 count: acquire takes one
// when the count is positive and would otherwise block forever, which is
// Go's deadlock report (fatal.go) with the wait reason Go shows; release adds
// one (no goroutine can be waiting). A notify list hands out tickets
// (wait counter) and wakes them in order (notify counter): a Wait on a
// ticket not yet notified blocks forever. synctest bubbles cannot exist
// without goroutines: nothing is ever in a bubble, and synctest.Run is
// reported as not supported.

package runtime

import "unsafe"

// semacquire takes one unit of the semaphore at addr or reports the deadlock.
func semacquire(addr *uint32, reason string) {
	if *addr > 0 {
		*addr--
		return
	}
	deadlock(reason)
}

func semrelease(addr *uint32) {
	*addr++
}

//go:linkname sync_runtime_Semacquire sync.runtime_Semacquire
func sync_runtime_Semacquire(addr *uint32) {
	semacquire(addr, "semacquire")
}

//go:linkname sync_runtime_SemacquireWaitGroup sync.runtime_SemacquireWaitGroup
func sync_runtime_SemacquireWaitGroup(addr *uint32, synctestDurable bool) {
	semacquire(addr, "sync.WaitGroup.Wait")
}

//go:linkname sync_runtime_SemacquireRWMutexR sync.runtime_SemacquireRWMutexR
func sync_runtime_SemacquireRWMutexR(addr *uint32, lifo bool, skipframes int) {
	semacquire(addr, "sync.RWMutex.RLock")
}

//go:linkname sync_runtime_SemacquireRWMutex sync.runtime_SemacquireRWMutex
func sync_runtime_SemacquireRWMutex(addr *uint32, lifo bool, skipframes int) {
	semacquire(addr, "sync.RWMutex.Lock")
}

//go:linkname sync_runtime_Semrelease sync.runtime_Semrelease
func sync_runtime_Semrelease(addr *uint32, handoff bool, skipframes int) {
	semrelease(addr)
}

//go:linkname internal_sync_runtime_SemacquireMutex internal/sync.runtime_SemacquireMutex
func internal_sync_runtime_SemacquireMutex(addr *uint32, lifo bool, skipframes int) {
	semacquire(addr, "sync.Mutex.Lock")
}

//go:linkname internal_sync_runtime_Semrelease internal/sync.runtime_Semrelease
func internal_sync_runtime_Semrelease(addr *uint32, handoff bool, skipframes int) {
	semrelease(addr)
}

//go:linkname poll_runtime_Semacquire internal/poll.runtime_Semacquire
func poll_runtime_Semacquire(addr *uint32) {
	semacquire(addr, "semacquire")
}

//go:linkname poll_runtime_Semrelease internal/poll.runtime_Semrelease
func poll_runtime_Semrelease(addr *uint32) {
	semrelease(addr)
}

// notifyList is sync.notifyList (sync/runtime.go checks the size at init).
type notifyList struct {
	wait   uint32 // next ticket to hand out
	notify uint32 // next ticket to wake
	lock   uintptr
	head   unsafe.Pointer
	tail   unsafe.Pointer
}

// ticketBefore reports whether ticket a comes before b (the counters wrap).
func ticketBefore(a uint32, b uint32) bool {
	return int32(a-b) < 0
}

//go:linkname sync_runtime_notifyListAdd sync.runtime_notifyListAdd
func sync_runtime_notifyListAdd(l *notifyList) uint32 {
	t := l.wait
	l.wait++
	return t
}

//go:linkname sync_runtime_notifyListWait sync.runtime_notifyListWait
func sync_runtime_notifyListWait(l *notifyList, t uint32) {
	if ticketBefore(t, l.notify) {
		return // notified between Add and Wait
	}
	deadlock("sync.Cond.Wait")
}

//go:linkname sync_runtime_notifyListNotifyAll sync.runtime_notifyListNotifyAll
func sync_runtime_notifyListNotifyAll(l *notifyList) {
	l.notify = l.wait
}

//go:linkname sync_runtime_notifyListNotifyOne sync.runtime_notifyListNotifyOne
func sync_runtime_notifyListNotifyOne(l *notifyList) {
	if l.wait != l.notify {
		l.notify++
	}
}

//go:linkname sync_runtime_notifyListCheck sync.runtime_notifyListCheck
func sync_runtime_notifyListCheck(size uintptr) {
	if size != unsafe.Sizeof(notifyList{}) {
		printstring("runtime: bad notifyList size - sync=")
		printuint(uint64(size))
		printstring(" runtime=")
		printuint(uint64(unsafe.Sizeof(notifyList{})))
		printnl()
		throw("bad notifyList size")
	}
}

//go:linkname internal_sync_runtime_canSpin internal/sync.runtime_canSpin
func internal_sync_runtime_canSpin(i int) bool {
	return false // one processor: spinning cannot help
}

//go:linkname internal_sync_runtime_doSpin internal/sync.runtime_doSpin
func internal_sync_runtime_doSpin() {}

//go:linkname internal_sync_runtime_nanotime internal/sync.runtime_nanotime
func internal_sync_runtime_nanotime() int64 {
	return nanotime()
}

// poolCleanup is sync's pool cleanup; Go calls it at the start of every GC.
// There is no garbage collector yet, so it is kept and never called.
var poolCleanup func()

//go:linkname sync_runtime_registerPoolCleanup sync.runtime_registerPoolCleanup
func sync_runtime_registerPoolCleanup(f func()) {
	poolCleanup = f
}

// pinned counts procPin calls not yet undone (P 0 is the only P).
var pinned int

//go:linkname sync_runtime_procPin sync.runtime_procPin
func sync_runtime_procPin() int {
	pinned++
	return 0
}

//go:linkname sync_runtime_procUnpin sync.runtime_procUnpin
func sync_runtime_procUnpin() {
	pinned--
}

//go:linkname sync_atomic_runtime_procPin sync/atomic.runtime_procPin
func sync_atomic_runtime_procPin() int {
	pinned++
	return 0
}

//go:linkname sync_atomic_runtime_procUnpin sync/atomic.runtime_procUnpin
func sync_atomic_runtime_procUnpin() {
	pinned--
}

//go:linkname synctest_Run internal/synctest.Run
func synctest_Run(f func()) {
	notSupported("testing/synctest")
}

//go:linkname synctest_Wait internal/synctest.Wait
func synctest_Wait() {
	panicplain("goroutine is not in a bubble")
}

//go:linkname synctest_IsInBubble internal/synctest.IsInBubble
func synctest_IsInBubble() bool {
	return false
}

//go:linkname synctest_associate internal/synctest.associate
func synctest_associate(p unsafe.Pointer) int {
	return 0 // Unbubbled
}

//go:linkname synctest_disassociate internal/synctest.disassociate
func synctest_disassociate(p unsafe.Pointer) {}

//go:linkname synctest_isAssociated internal/synctest.isAssociated
func synctest_isAssociated(p unsafe.Pointer) bool {
	return false
}

//go:linkname synctest_acquire internal/synctest.acquire
func synctest_acquire() any {
	return nil
}

//go:linkname synctest_release internal/synctest.release
func synctest_release(b any) {}

//go:linkname synctest_inBubble internal/synctest.inBubble
func synctest_inBubble(b any, f func()) {
	f()
}
