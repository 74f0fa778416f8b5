// This file implements goroutines: the g record, the run queue, parking and
// readying, `go` (newproc), the scheduler loop and the deadlock report.
//
// Stack switching is Binaryen's Asyncify (docs/goroutines.md). The compiler
// enables it only when the program reaches a `go` statement; then `_start`
// calls schedmain with a func() that runs the package inits and main.main,
// and goroutine 1 is just the first g. Switching away from a goroutine
// (coroSuspend) unwinds the whole wasm call stack into a scratch buffer
// down to coroEntry's caller, the scheduler loop (coroSchedule, which
// Asyncify does not instrument); the scheduler then copies the saved
// frames into the goroutine's own buffer. Resuming copies them back
// (start_rewind) and calls coroEntry again, which re-enters every frame
// down to coroSuspend.
//
// The shadow stack (__sp, frames of non-escaping locals) is one region
// shared by all goroutines: each runs with its frames below stackBase, and
// when it is switched out the bytes it uses, [sp, stackBase), are copied to
// g.stk and copied back to the same addresses when it resumes, so pointers
// into its frames stay valid. No other goroutine can hold such a pointer
// (the SSA escape analysis keeps anything shared on the heap) except the
// runtime's channel waiters, which point at the parked goroutine's receive
// or send slot: stackPtr translates those to the saved copy.
//
// Without a `go` statement (asyncifyOn() is false) there is only goroutine
// 1 and nothing to switch to: a blocking operation waits in place for a
// timer (parkAlone) or is the deadlock it is in Go.
//
// The defer/panic state dstate is per goroutine: the scheduler saves it in
// g.ds and restores it around every run.

package runtime

import "unsafe"

const (
	gRunnable = 1
	gRunning  = 2
	gWaiting  = 3
	gDead     = 4
)

type g struct {
	id         int64
	fn         func()
	status     uint8
	started    bool
	waitreason string
	schedlink  *g
	// saved execution state (while not running)
	sp     uintptr        // shadow stack pointer when switched out
	stk    unsafe.Pointer // copy of [sp, stackBase)
	stkcap uintptr
	abuf   unsafe.Pointer // the Asyncify frames
	acap   uintptr
	aused  uintptr
	ds     deferState
	// waiting on channels
	param      *sudog // the sudog whose operation completed the wait (select)
	selectDone bool   // a select case of this goroutine has been chosen
	resuming   bool   // being rewound: coroSuspend ends the rewinding
	coro       *coro  // the coroutine this goroutine runs (coro.go)
	alllink    *g     // allgs: every g ever made stays reachable (for the collector)
}

var g1 = g{id: 1, status: gRunning, started: true}

// g0 stands for the scheduler while it runs timers (it owns no goroutine stack).
var g0 = g{id: 0}

// curg is the running goroutine.
var curg = &g1

var runqHead *g
var runqTail *g
var gfree *g // dead goroutines for reuse (their buffers too)
var allgs *g // every g made by newg (linked by alllink)
var goidgen int64 = 1
var ngoroutines = 1
var mainGoexited bool

// stackBase is the shadow stack pointer below which goroutines run.
var stackBase uintptr

// asyncData is Asyncify's data record: {current, end} of the frame buffer.
var asyncData [2]uintptr

const scratchSize = 16 << 20

// scratch receives the frames of a goroutine being switched out.
var scratch unsafe.Pointer

// switching is set while the running goroutine unwinds to the scheduler.
var switching bool

func runqput(gp *g) {
	gp.schedlink = nil
	if runqTail == nil {
		runqHead = gp
	} else {
		runqTail.schedlink = gp
	}
	runqTail = gp
}

func runqget() *g {
	gp := runqHead
	if gp != nil {
		runqHead = gp.schedlink
		if runqHead == nil {
			runqTail = nil
		}
		gp.schedlink = nil
	}
	return gp
}

// goready makes a waiting goroutine runnable.
func goready(gp *g) {
	gp.status = gRunnable
	if asyncifyOn() && gp != &g0 {
		runqput(gp)
	}
}

// gopark blocks the running goroutine until goready; reason is its state as
// Go's traceback shows it ("chan receive", "select", "sleep", ...).
func gopark(reason string) {
	gp := curg
	gp.status = gWaiting
	gp.waitreason = reason
	if !asyncifyOn() {
		parkAlone(gp)
		return
	}
	coroSuspend()
}

// parkAlone waits for the only goroutine to be readied by a timer.
func parkAlone(gp *g) {
	for gp.status == gWaiting {
		if !sleepUntilTimer() {
			deadlock(gp.waitreason)
			return
		}
	}
	gp.status = gRunning
}

// Gosched yields the processor to the other runnable goroutines.
func Gosched() {
	if !asyncifyOn() {
		checkTimers()
		runFinalizersNow()
		return
	}
	gp := curg
	gp.status = gRunnable
	gp.waitreason = "runnable"
	runqput(gp)
	coroSuspend()
}

// NumGoroutine reports the number of goroutines that exist.
func NumGoroutine() int {
	return ngoroutines
}

// newproc starts a goroutine running fn (a `go` statement's thunk).
func newproc(fn func()) {
	goready(newg(fn))
}

// newg makes a goroutine that will run fn (not yet runnable).
func newg(fn func()) *g {
	gp := gfree
	if gp != nil {
		gfree = gp.schedlink
	} else {
		gp = (*g)(alloc(unsafe.Sizeof(g{})))
		gp.alllink = allgs
		allgs = gp
	}
	goidgen++
	gp.id = goidgen
	gp.fn = fn
	gp.started = false
	gp.ds = deferState{}
	gp.param = nil
	gp.selectDone = false
	gp.coro = nil
	ngoroutines++
	return gp
}

// goreadyFirst makes gp runnable ahead of the others (a coroutine switch).
func goreadyFirst(gp *g) {
	gp.status = gRunnable
	gp.schedlink = runqHead
	runqHead = gp
	if runqTail == nil {
		runqTail = gp
	}
}

// schedmain runs the program's goroutines, goroutine 1 being main (the
// package inits, then main.main); it returns when main returns.
func schedmain(main func()) {
	scratch = allocNoscan(scratchSize)
	g1.fn = main
	g1.started = false
	g1.status = gRunnable
	runqput(&g1)
	coroSchedule()
}

// coroSchedule is the scheduler loop. Asyncify must not instrument it: the
// unwinding of a goroutine that switches out stops here.
func coroSchedule() {
	stackBase = getsp()
	for {
		startFinalizers()
		gp := runqget()
		if gp == nil {
			curg = &g0
			if sleepUntilTimer() {
				continue
			}
			reportDeadlock()
			return
		}
		if timers.n > 0 {
			curg = &g0
			checkTimers()
		}
		curg = gp
		gp.status = gRunning
		dstate = gp.ds
		setUnwinding(gp.ds.unwound)
		setTraceTop(gp.ds.trace)
		if gp.started {
			memmove(unsafe.Pointer(gp.sp), gp.stk, stackBase-gp.sp)
			setsp(gp.sp)
			asyncData[0] = uintptr(gp.abuf) + gp.aused
			asyncData[1] = uintptr(gp.abuf) + gp.acap
			gp.resuming = true
			asyncStartRewind(unsafe.Pointer(&asyncData[0]))
		} else {
			gp.started = true
			setsp(stackBase)
		}
		coroEntry(gp)
		if switching {
			switching = false
			asyncStopUnwind()
			saveStack(gp)
			gp.ds = dstate
			gp.ds.unwound = unwinding()
			gp.ds.trace = traceTop()
			setsp(stackBase)
			continue
		}
		setsp(stackBase)
		if gp == &g1 {
			if !mainGoexited {
				return // main returned: the program ends
			}
		}
		gp.status = gDead
		gp.fn = nil
		gp.coro = nil
		ngoroutines--
		if gp != &g1 {
			gp.schedlink = gfree
			gfree = gp
		}
	}
}

// coroEntry runs a goroutine's function; when it ends with a panic, the
// program ends as Go's does; runtime.Goexit ends just the goroutine.
func coroEntry(gp *g) {
	gp.fn()
	if unwinding() {
		p := dstate.panics
		if p != nil && p.goexit {
			dstate = deferState{}
			setUnwinding(false)
			if gp == &g1 {
				mainGoexited = true
			}
			return
		}
		fatalpanic()
	}
}

// coroSuspend switches the running goroutine out. Asyncify must not
// instrument it: it starts the unwinding, and stops the rewinding when the
// goroutine is resumed (then it simply returns to its caller).
func coroSuspend() {
	gp := curg
	if gp.resuming {
		gp.resuming = false
		asyncStopRewind()
		return
	}
	gp.sp = getsp()
	switching = true
	asyncData[0] = uintptr(scratch)
	asyncData[1] = uintptr(scratch) + scratchSize
	asyncStartUnwind(unsafe.Pointer(&asyncData[0]))
}

// saveStack copies a switched-out goroutine's shadow stack and Asyncify frames into its buffers.
func saveStack(gp *g) {
	n := stackBase - gp.sp
	if n > gp.stkcap {
		gp.stkcap = grownCap(gp.stkcap, n)
		gp.stk = alloc(gp.stkcap)
	}
	memmove(gp.stk, unsafe.Pointer(gp.sp), n)
	used := asyncData[0] - uintptr(scratch)
	if used > gp.acap {
		gp.acap = grownCap(gp.acap, used)
		gp.abuf = allocNoscan(gp.acap) // the pointers live in the frames are also in gp.stk (gcroots.ts)
	}
	memmove(gp.abuf, scratch, used)
	gp.aused = used
}

// grownCap is the size of a goroutine's new save buffer: at least twice the
// old one, so that a goroutine whose stack keeps growing allocates O(depth)
// bytes over its life, not O(depth²).
func grownCap(old uintptr, need uintptr) uintptr {
	c := old * 2
	if c < need {
		c = need
	}
	return (c + 255) &^ 255
}

// stackPtr translates p, a pointer into the shadow stack frames of gp, to
// where those frames are kept while gp is switched out.
func stackPtr(gp *g, p unsafe.Pointer) unsafe.Pointer {
	if gp == curg || gp.stk == nil || gp.status == gRunning {
		return p
	}
	a := uintptr(p)
	if a >= gp.sp && a < stackBase {
		return unsafe.Pointer(uintptr(gp.stk) + (a - gp.sp))
	}
	return p
}

// reportDeadlock ends the program when no goroutine can run again.
func reportDeadlock() {
	if mainGoexited {
		printstring("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n")
		exit(2)
		return
	}
	deadlock(g1.waitreason)
}
