// This file implements defer, panic and recover (the run-time half; the
// compiler half is compiler/wasm/defer.ts and panics.ts, whose header
// describes the unwinding).
//
// State (one set per goroutine; with a single goroutine it lives in the
// package variable dstate, whose field offsets the compiler knows):
//   - head: the defer records of every active frame, newest first (a frame
//     whose range-over-func loop bodies defer calls starts with a marker
//     record, fn 0, below which its records are linked). A record
//     is also a closure object: word 0 is the table index of a compiler-made
//     thunk that performs the deferred call with the operands saved in the
//     record, so rundefers calls it as a func(). A frame remembers the head
//     at its entry and runs records until the head is back to that value.
//   - arm: the identity (table index of its func value) of the function the
//     next deferred call calls directly, set only while a panic runs the
//     deferred calls. A function containing recover() compares it with its
//     own identity in its prologue and clears it; recover() is effective
//     only when they matched ("called directly by a deferred function").
//   - unwinding: the stack is being unwound by a panic or Goexit; compiled
//     code tests it after every call that may panic and, when set, runs the
//     frame's deferred calls and returns to its caller.
//   - panics: the panics in progress, newest first, for recover and for
//     printing ("panic: first [recovered]\n\tpanic: second").
// Runtime functions never test the flag: a runtime function that starts a
// panic returns at once, and its compiled caller sees the flag.

package runtime

import "unsafe"

type _defer struct {
	fn   uintptr // table index of the thunk (closure word 0)
	link *_defer
	arm  uintptr // identity of the function the thunk calls, 0 if none may recover
	// the deferred call's operands follow
}

type _panic struct {
	arg        any
	link       *_panic
	msg        string // runtime errors: the message
	rterr      bool   // arg is made from msg when recovered
	sig        bool   // nil dereference: Go adds a [signal SIGSEGV ...] line
	recovered  bool
	aborted    bool // a newer panic started while its deferred call ran
	repanicked bool
	goexit     bool
	trace      []traceRecord // the stack where the panic started (api_stack.go), when it is kept
}

// deferState: offsets 0 (head) and 4 (arm) are fixed (compiler/wasm/defer.ts). The unwinding flag
// itself is a wasm global (intrinsics unwinding/setUnwinding: compiled code tests it after calls);
// unwound keeps a parked goroutine's flag (sched.go).
type deferState struct {
	head    *_defer
	arm     uintptr
	unwound bool
	panics  *_panic
	trace   uintptr // a parked goroutine's innermost trace record (api_stack.go)
}

var dstate deferState

func startPanic(p *_panic) {
	p.trace = snapshotTrace()
	p.link = dstate.panics
	dstate.panics = p
	setUnwinding(true)
}

// gopanic is panic(v).
func gopanic(v any) {
	p := &_panic{arg: v}
	old := dstate.panics
	if old != nil && old.recovered && !old.rterr && sameWords(old.arg, v) {
		p.repanicked = true
	}
	startPanic(p)
}

// sameWords reports whether two interface values have identical words (a re-panic of a recovered value).
func sameWords(a any, b any) bool {
	x := (*eface)(unsafe.Pointer(&a))
	y := (*eface)(unsafe.Pointer(&b))
	return x.typ == y.typ && x.data == y.data
}

// gopanicrt starts a run-time error panic with message msg.
func gopanicrt(msg string, sig bool) {
	startPanic(&_panic{msg: msg, rterr: true, sig: sig})
}

// Goexit runs all deferred calls of the goroutine, then ends it.
func Goexit() {
	startPanic(&_panic{goexit: true})
}

// deferrangefunc pushes the marker record of a frame whose range-over-func loop bodies defer
// calls, and returns it as the frame's token: compiled code links that frame's records just
// below it (compiler/wasm/defer.ts), so they stay below the records of the frames it calls.
// The marker's arm holds the frame's armed flag (for `defer recover()` in a loop body).
func deferrangefunc(armed bool) *_defer {
	m := &_defer{link: dstate.head}
	if armed {
		m.arm = 1
	}
	dstate.head = m
	return m
}

// calldefer calls the thunk of record d.
func calldefer(d *_defer) {
	var f func()
	*(*unsafe.Pointer)(unsafe.Pointer(&f)) = unsafe.Pointer(d)
	f()
}

// rundefers runs the deferred calls of a frame (the records above saved).
func rundefers(saved *_defer) {
	for dstate.head != saved && dstate.head != nil {
		d := dstate.head
		dstate.head = d.link
		if d.fn == 0 {
			continue // a frame marker (deferrangefunc)
		}
		p := dstate.panics
		panicking := unwinding()
		if panicking && !p.goexit {
			dstate.arm = d.arm
		} else {
			dstate.arm = 0
		}
		setUnwinding(false)
		if panicking && !p.goexit {
			// the deferred call runs from runtime.gopanic, as Go's tracebacks show it
			// below it, the stack where the panic started (its frames have returned since)
			saved := traceTop()
			rec := traceRecord{saved, 0}
			if h := pcTab(); h != nil {
				rec.pc = uintptr(h.panicPC)
				if len(p.trace) > 0 {
					rec.prev = uintptr(unsafe.Pointer(&p.trace[0]))
				}
				setTraceTop(uintptr(unsafe.Pointer(&rec)))
			}
			calldefer(d)
			setTraceTop(saved)
		} else {
			calldefer(d)
		}
		dstate.arm = 0
		if unwinding() {
			// the deferred call panicked: the panic it ran for is superseded
			if panicking && dstate.panics != p {
				p.aborted = true
			}
			continue
		}
		if panicking {
			if p.recovered {
				dstate.panics = p.link
				for dstate.panics != nil && dstate.panics.aborted {
					dstate.panics = dstate.panics.link
				}
			} else {
				setUnwinding(true)
			}
		}
	}
}

// gorecover is recover(); armed tells whether the caller was called directly by a deferred call run by a panic.
func gorecover(armed bool) any {
	p := dstate.panics
	if !armed || p == nil || p.recovered || p.goexit || p.aborted {
		return nil
	}
	p.recovered = true
	if p.rterr {
		p.arg = runtimeErrorValue(p.msg)
		p.rterr = false
	}
	return p.arg
}

// fatalpanic ends the program after a panic or Goexit reached the top of the goroutine.
func fatalpanic() {
	p := dstate.panics
	if p != nil && p.goexit {
		if asyncifyOn() {
			return // other goroutines may still run (sched.go, coroEntry)
		}
		printstring("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n")
		exit(2)
	}
	// the panic values' Error/String methods run while printing: they must not see the
	// unwinding flag (compiled code would return zeros at their first call that may panic)
	setUnwinding(false)
	printpanics(p)
	printgoroutine(curg.id, "running")
	exit(2)
}

func printpanics(p *_panic) {
	if p == nil {
		return
	}
	if p.link != nil {
		printpanics(p.link)
		if p.repanicked && p.link.recovered {
			return // printed as "[recovered, repanicked]" by the previous one
		}
		if !p.link.goexit {
			printstring("\t")
		}
	}
	if p.goexit {
		return
	}
	printstring("panic: ")
	if p.rterr {
		printpanicstr(p.msg)
	} else {
		printpanicval(p.arg)
	}
	if p.recovered {
		if dstate.panics != p && isRepanic(p) {
			printstring(" [recovered, repanicked]")
		} else {
			printstring(" [recovered]")
		}
	}
	printstring("\n")
	if p.sig {
		printstring("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n")
	}
}

// isRepanic reports whether the panic after p (newer) re-panicked p's value.
func isRepanic(p *_panic) bool {
	for q := dstate.panics; q != nil; q = q.link {
		if q.link == p {
			return q.repanicked
		}
	}
	return false
}

// reflectArm passes the arm of a deferred call on (package reflect, makefunc.go): an armed MakeFunc
// stub (a func value made by reflect, called directly by a deferred call during a panic) hands it
// to the function that reflect then calls, so that recover() in it recovers, as in Go. fn is that
// function's identity (the table index its func value or method entry carries).
func reflectArm(fn uint32) {
	dstate.arm = uintptr(fn)
}
