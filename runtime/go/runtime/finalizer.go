// This file implements finalizers: runtime.SetFinalizer's table, how the
// collector treats finalizable objects, and running the finalizers.
//
// A record keeps the object's address hidden (complemented, so the
// conservative scan never takes it for a pointer) and the finalizer func
// value in the open (the finalizer stays alive). As in Go, the collector
// first marks everything reachable from finalizable objects but not the
// objects themselves; an object still unmarked after that is unreachable:
// it is marked after all (it lives until its finalizer has run) and its
// record moves to the ready queue. So in a chain of finalizable objects
// only the first is finalized in one cycle.
//
// Finalizers run in a goroutine of their own when the program has
// goroutines (started by the scheduler loop, sched.go); without goroutines
// they run when the program calls runtime.GC or Gosched. The finalizer's
// func type says (in its extra record: the compiler emits extra records when
// SetFinalizer is reachable) whether it takes the object's pointer or an
// interface; one with results (os.file's close) is called through the call
// trampoline the compiler emits for each func type converted to an
// interface at a SetFinalizer call (compiler/wasm/typeinfo.ts).

package runtime

import "unsafe"

type finrec struct {
	obj  uintptr // ^address of the object
	fn   unsafe.Pointer
	ftyp *_type
	otyp *_type
	next *finrec
	keep unsafe.Pointer // the object, once its finalizer is queued (alive until it has run)
	// a cleanup (AddCleanup): the call, and the Cleanup's id
	cleanup func()
	id      uint64
}

var fintab *finrec   // objects with a finalizer
var cleanups *finrec // objects with cleanups
var finq *finrec   // finalizers ready to run
var fingRunning bool

// SetFinalizer sets (or with a nil finalizer removes) obj's finalizer, with Go's checks.
func SetFinalizer(obj any, finalizer any) {
	e := (*eface)(unsafe.Pointer(&obj))
	if e.typ == nil {
		throw("runtime.SetFinalizer: first argument is nil")
		return
	}
	if e.typ.kind != kindPointer {
		throw("runtime.SetFinalizer: first argument is " + e.typ.name + ", not pointer")
		return
	}
	f := (*eface)(unsafe.Pointer(&finalizer))
	if f.typ != nil && f.typ.kind != kindFunc {
		throw("runtime.SetFinalizer: second argument is " + f.typ.name + ", not a function")
		return
	}
	p := uintptr(e.data)
	if !heapReady || p < arenaStart || p >= arenaUsed {
		return // a package variable, a zero-size object or nil: never collected
	}
	s := spanOf(p)
	if s == nil || s == &metaSpan || (p-s.base)/s.elemsize >= s.nbump {
		throw("runtime.SetFinalizer: pointer not in allocated block")
		return
	}
	if (p-s.base)%s.elemsize != 0 {
		throw("runtime.SetFinalizer: pointer not at beginning of allocated block")
		return
	}
	var prev *finrec
	for r := fintab; r != nil; r = r.next {
		if r.obj == ^p {
			if f.typ == nil {
				finunlink(&fintab, prev, r)
				return
			}
			throw("runtime.SetFinalizer: finalizer already set")
			return
		}
		prev = r
	}
	if f.typ == nil {
		return
	}
	if x := f.typ.extra; x != nil {
		nin := *(*uint32)(unsafe.Add(x, 16))
		variadic := *(*uint32)(unsafe.Add(x, 24))
		if variadic != 0 || nin != 1 {
			throw("runtime.SetFinalizer: cannot pass " + e.typ.name + " to finalizer " + f.typ.name)
			return
		}
		if finalizerResults(f.typ) > 0 && *(*uint32)(unsafe.Add(x, 28)) == 0 {
			throw("runtime.SetFinalizer: a finalizer with results (" + f.typ.name + ") is not yet supported by gowasm when it is not a func value converted at the call")
			return
		}
	}
	r := (*finrec)(alloc(unsafe.Sizeof(finrec{})))
	r.obj = ^p
	r.fn = f.data
	r.ftyp = f.typ
	r.otyp = e.typ
	r.next = fintab
	fintab = r
}

// markFinalizerReferents marks what finalizable objects point to (not the objects).
func markFinalizerReferents() {
	for r := fintab; r != nil; r = r.next {
		p := ^r.obj
		s := spanOf(p)
		if !s.noscan {
			markRange(p, p+s.elemsize)
		}
	}
}

// queueFinalizers moves the records of unreachable objects to the ready queue
// and marks those objects (they stay alive until their finalizer has run).
func queueFinalizers() {
	queueUnreachable(&fintab, true)
}

// queueCleanups moves the cleanups of unreachable objects to the ready queue
// (after marking: unlike finalizers, cleanups do not keep their object alive).
func queueCleanups() {
	queueUnreachable(&cleanups, false)
}

// queueUnreachable moves the records of the list at *head whose object is
// unmarked to the ready queue; keep marks the object and holds it in the record.
func queueUnreachable(head **finrec, keep bool) {
	var prev *finrec
	for r := *head; r != nil; {
		next := r.next
		p := ^r.obj
		if isMarked(p) {
			prev = r
			r = next
			continue
		}
		if keep {
			markPtr(p)
			r.keep = unsafe.Pointer(p)
		}
		finunlink(head, prev, r)
		r.next = finq
		finq = r
		r = next
	}
}

// finunlink removes r, whose predecessor is prev (nil: r is the first), from the list at *head.
func finunlink(head **finrec, prev *finrec, r *finrec) {
	if prev == nil {
		*head = r.next
	} else {
		prev.next = r.next
	}
}

// addCleanup records a cleanup call for the object p points into.
func addCleanup(p uintptr, f func(), id uint64) {
	if !heapReady || p < arenaStart || p >= arenaUsed {
		return // not in the heap: never collected
	}
	r := (*finrec)(alloc(unsafe.Sizeof(finrec{})))
	r.obj = ^p
	r.cleanup = f
	r.id = id
	r.next = cleanups
	cleanups = r
}

func removeCleanup(id uint64) {
	var prev *finrec
	for r := cleanups; r != nil; r = r.next {
		if r.id == id {
			finunlink(&cleanups, prev, r)
			return
		}
		prev = r
	}
}


// startFinalizers starts the finalizer goroutine when finalizers are ready
// (the scheduler loop calls it).
func startFinalizers() {
	if finq != nil && !fingRunning {
		fingRunning = true
		newproc(runfinq)
	}
}

// runFinalizersNow runs the ready finalizers in a program without goroutines.
func runFinalizersNow() {
	if asyncifyOn() || fingRunning || finq == nil {
		return
	}
	fingRunning = true
	runfinq()
}

func runfinq() {
	for finq != nil {
		r := finq
		finq = r.next
		callFinalizer(r)
		if unwinding() {
			break // a panicking finalizer ends the program, as in Go
		}
	}
	fingRunning = false
}

// trampoline is the Go type of a call trampoline (compiler/wasm/reflectcall.ts).
type trampoline func(fn uint32, ctx, args, results unsafe.Pointer)

// finalizerResults is the number of results of finalizer type ft (0 when its
// descriptor has no extra record: then it is taken for a func(*T)).
func finalizerResults(ft *_type) uint32 {
	if ft.extra == nil {
		return 0
	}
	return *(*uint32)(unsafe.Add(ft.extra, 20))
}

func callFinalizer(r *finrec) {
	if r.cleanup != nil {
		r.cleanup()
		return
	}
	obj := ^r.obj
	x := r.ftyp.extra
	if finalizerResults(r.ftyp) == 0 {
		if x != nil && (*(**_type)(*(*unsafe.Pointer)(unsafe.Add(x, 32)))).kind == kindInterface {
			var f func(any)
			*(*unsafe.Pointer)(unsafe.Pointer(&f)) = r.fn
			var v any
			e := (*eface)(unsafe.Pointer(&v))
			e.typ = r.otyp
			e.data = unsafe.Pointer(obj)
			f(v)
			return
		}
		var f func(unsafe.Pointer)
		*(*unsafe.Pointer)(unsafe.Pointer(&f)) = r.fn
		f(unsafe.Pointer(obj))
		return
	}
	// results: only through the trampoline (the program calls reflect.Value.Call)
	nout := uintptr(*(*uint32)(unsafe.Add(x, 20)))
	types := *(*unsafe.Pointer)(unsafe.Add(x, 32))
	pt := *(**_type)(types)
	var img [2]uintptr
	if pt.kind == kindInterface {
		img[0] = uintptr(unsafe.Pointer(r.otyp))
		img[1] = obj
	} else {
		img[0] = obj
	}
	args := [1]unsafe.Pointer{unsafe.Pointer(&img[0])}
	results := alloc(nout * 4)
	for j := uintptr(0); j < nout; j++ {
		rt := *(**_type)(unsafe.Add(types, (1+j)*4))
		*(*unsafe.Pointer)(unsafe.Add(results, j*4)) = alloc(rt.size)
	}
	var t trampoline
	*(*uintptr)(unsafe.Pointer(&t)) = uintptr(*(*uint32)(unsafe.Add(x, 28)))
	t(*(*uint32)(r.fn), r.fn, unsafe.Pointer(&args[0]), results)
}
