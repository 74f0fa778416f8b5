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
		// As Go, a finalizer may be set on an object inside a tiny block (alloc.go).
		if et := e.typ.elem; et == nil || et.flags&flagPointers != 0 || et.size >= maxTinySize {
			throw("runtime.SetFinalizer: pointer not at beginning of allocated block")
			return
		}
	}
	if sl := finLookup(p); sl != nil {
		if f.typ == nil {
			// The record stays on fintab, without its finalizer, until the next collection.
			(*finrec)(unsafe.Pointer(*sl)).fn = nil
			*sl = finGone
			return
		}
		throw("runtime.SetFinalizer: finalizer already set")
		return
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
	finAdd(r)
	KeepAlive(obj) // a collection in the allocations above must not free it (p is a uintptr)
}

// markFinalizerReferents marks what finalizable objects point to (not the objects).
func markFinalizerReferents() {
	for r := fintab; r != nil; r = r.next {
		if r.fn == nil {
			continue // removed
		}
		p := ^r.obj
		if s := spanOf(p); !s.noscan {
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
// unmarked to the ready queue, and drops those SetFinalizer removed; keep
// marks the objects and holds each in its record. Objects are marked only once
// every record has been looked at: the parts of a tiny block (alloc.go) are
// unreachable together, and each can have its record.
func queueUnreachable(head **finrec, keep bool) {
	var prev, first *finrec
	for r := *head; r != nil; {
		next := r.next
		removed := r.fn == nil && r.cleanup == nil
		if !removed && isMarked(^r.obj) {
			prev = r
			r = next
			continue
		}
		finunlink(head, prev, r)
		if !removed {
			if head == &fintab {
				*finLookup(^r.obj) = finGone
			}
			r.next = finq
			finq = r
			if first == nil {
				first = r
			}
		}
		r = next
	}
	for r := finq; keep && first != nil; r = r.next {
		p := ^r.obj
		markPtr(p)
		r.keep = unsafe.Pointer(p)
		if r == first {
			break
		}
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

// finIndex finds the record of fintab for an object address in constant time
// (SetFinalizer must check for one; programs set hundreds of thousands): an
// open-addressing table with linear probing over finCap slots (a power of
// two), at most half of them used. A slot holds a record's address as a
// uintptr, 0 when empty, finGone when its record was removed; the table is
// noscan: the records live through fintab.
var finIndex unsafe.Pointer
var finCap uintptr
var finUsed uintptr // slots not empty

const finGone = 1

func finSlot(i uintptr) *uintptr {
	return (*uintptr)(unsafe.Add(finIndex, i*4))
}

// finHash is where the search for the object at p starts (before masking).
func finHash(p uintptr) uintptr {
	h := uint32(p) * 0x9e3779b1
	return uintptr(h ^ h>>15)
}

// finLookup returns the slot of the record of the object at p, or nil.
func finLookup(p uintptr) *uintptr {
	if finCap == 0 {
		return nil
	}
	for i := finHash(p); ; i++ {
		sl := finSlot(i & (finCap - 1))
		a := *sl
		if a == 0 {
			return nil
		}
		if a != finGone && (*finrec)(unsafe.Pointer(a)).obj == ^p {
			return sl
		}
	}
}

// finAdd puts r on fintab and in the index; once half the index's slots are
// used, the index is first rebuilt from fintab with room for four times its
// records.
func finAdd(r *finrec) {
	if (finUsed+1)*2 > finCap {
		live := uintptr(1)
		for q := fintab; q != nil; q = q.next {
			live++
		}
		n := uintptr(64)
		for n < live*4 {
			n *= 2
		}
		t := allocNoscan(n * 4) // may collect, taking records off fintab (not r: it is not on it yet)
		finIndex = t
		finCap = n
		finUsed = 0
		for q := fintab; q != nil; q = q.next {
			if q.fn != nil {
				finIndexPut(q)
			}
		}
	}
	r.next = fintab
	fintab = r
	finIndexPut(r)
}

func finIndexPut(r *finrec) {
	i := finHash(^r.obj)
	for *finSlot(i & (finCap - 1)) != 0 {
		i++
	}
	*finSlot(i & (finCap - 1)) = uintptr(unsafe.Pointer(r))
	finUsed++
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
