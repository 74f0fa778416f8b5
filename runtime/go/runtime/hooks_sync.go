// This file implements the runtime side of packages sync, internal/sync,
// internal/poll's fd mutex and internal/synctest: semaphores, the notify
// lists of sync.Cond, spinning, pinning and the pool cleanup hook.
//
// A semaphore is a uint32 count: acquire takes one when the count is
// positive, else the goroutine waits (FIFO, on one list of all semaphore
// waiters: sudog.elem is the address) with the wait reason Go shows in a
// deadlock report; release adds one and wakes the first waiter on that
// address. A notify list hands out tickets (wait counter) and wakes them in
// order (notify counter); waiters are sudogs linked through the list's
// head/tail words. synctest bubbles are not supported: nothing is ever in a
// bubble, and synctest.Run is reported as not supported.

package runtime

import "unsafe"

var semaq waitq

// semacquire takes one unit of the semaphore at addr, waiting for it.
func semacquire(addr *uint32, reason string) {
	for *addr == 0 {
		if !asyncifyOn() {
			// goroutine 1 is alone: only a timer could wake it, and timers release no semaphore
			deadlock(reason)
			return
		}
		sg := acquireSudog()
		sg.g = curg
		sg.elem = unsafe.Pointer(addr)
		enqueue(&semaq, sg)
		gopark(reason)
		releaseSudog(sg)
	}
	*addr--
}

func semrelease(addr *uint32) {
	*addr++
	for sg := semaq.first; sg != nil; sg = sg.next {
		if sg.elem == unsafe.Pointer(addr) {
			unlink(&semaq, sg)
			goready(sg.g)
			return
		}
	}
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

// poll_runtime_Semacquire is the wait of internal/poll's fd mutex. It never
// has to wait: WASI calls are synchronous, so no goroutine switches out while
// it holds an fd lock. Not parking keeps every file operation (fmt.Println
// too) out of the functions Asyncify must instrument (docs/goroutines.md).
//
//go:linkname poll_runtime_Semacquire internal/poll.runtime_Semacquire
func poll_runtime_Semacquire(addr *uint32) {
	if *addr == 0 {
		throw("internal/poll: fd lock contended")
		return
	}
	*addr--
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
	if !asyncifyOn() {
		deadlock("sync.Cond.Wait") // goroutine 1 is alone: nothing can signal it
		return
	}
	sg := acquireSudog()
	sg.g = curg
	sg.ticket = t
	sg.prev = (*sudog)(l.tail)
	if l.tail == nil {
		l.head = unsafe.Pointer(sg)
	} else {
		(*sudog)(l.tail).next = sg
	}
	l.tail = unsafe.Pointer(sg)
	gopark("sync.Cond.Wait")
	releaseSudog(sg)
}

// notifyUnlink removes sg from l's waiters.
func notifyUnlink(l *notifyList, sg *sudog) {
	q := waitq{first: (*sudog)(l.head), last: (*sudog)(l.tail)}
	unlink(&q, sg)
	l.head = unsafe.Pointer(q.first)
	l.tail = unsafe.Pointer(q.last)
}

//go:linkname sync_runtime_notifyListNotifyAll sync.runtime_notifyListNotifyAll
func sync_runtime_notifyListNotifyAll(l *notifyList) {
	l.notify = l.wait
	for l.head != nil {
		sg := (*sudog)(l.head)
		notifyUnlink(l, sg)
		goready(sg.g)
	}
}

//go:linkname sync_runtime_notifyListNotifyOne sync.runtime_notifyListNotifyOne
func sync_runtime_notifyListNotifyOne(l *notifyList) {
	if l.wait == l.notify {
		return
	}
	t := l.notify
	l.notify++
	for sg := (*sudog)(l.head); sg != nil; sg = sg.next {
		if sg.ticket == t {
			notifyUnlink(l, sg)
			goready(sg.g)
			return
		}
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
