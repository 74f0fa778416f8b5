// This file implements the garbage collector: a stop-the-world, non-moving
// mark and sweep over the spans of alloc.go (design: docs/gc.md).
//
// Roots: the words of package variables and compile-time objects that the
// compiler's pointer map lists ([gcDataStart, gcDataEnd), map at gcDataMap),
// and, conservatively (every aligned 32-bit word taken for a possible
// pointer), the live shadow stack ([sp, stackTop)), where the compiler keeps
// every pointer value that is live across a call (compiler/wasm/gcroots.ts)
// besides the frames of addressed locals.
// Goroutines that are switched out keep their shadow stack in g.stk, a heap
// object reachable from allgs. A word marks the object it points into
// (interior pointers included) when it falls inside an allocated object of
// a span; objects are then scanned the same way unless they are noscan.
// Marking uses an explicit stack; when it overflows, marked objects are
// rescanned until nothing new is marked.
//
// The sweep frees every object left unmarked: it zeroes it and threads it on
// its span's free list; a span with no live object and a large object give
// their pages back (zeroed) to the page allocator, whose free runs are then
// rebuilt by one pass over the page table. The next collection starts when
// the heap has grown by GOGC percent (default 100) over what survived.

package runtime

import "unsafe"

// gcDataStart, gcDataEnd: the writable static memory (package variables,
// static closures and compile-time objects); gcDataMap: its pointer map, a
// bit per word that may hold a heap pointer; stackTop: the shadow stack's top.
func gcDataStart() uintptr
func gcDataEnd() uintptr
func gcDataMap() uintptr
func stackTop() uintptr
func ctz32(x uint32) uint32

const markStackCap = 16384

var inGC bool
var gcPercent int32 = 100
var numGC uint32
var numForcedGC uint32
var markStack uintptr
var markSP uintptr
var markOverflow bool
var lastGCLive uintptr

func gcAllowed() bool {
	return !inGC && gcPercent >= 0
}

// collect runs a full collection (forced: runtime.GC).
func collect(forced bool) {
	if inGC || !heapReady {
		return
	}
	inGC = true
	resetTiny()
	if markStack == 0 {
		markStack = metaAlloc(markStackCap * 4)
	}
	markStatic()
	markRange(getsp(), stackTop())
	markFinalizerReferents()
	drainMarks()
	queueFinalizers()
	drainMarks()
	queueCleanups()
	sweep()
	numGC++
	if forced {
		numForcedGC++
	}
	lastGCLive = heapLive
	if memProfileOn() {
		memProfPublish()
	}
	goal := heapLive + heapLive/100*uintptr(gcPercent)
	if goal < minHeapGoal {
		goal = minHeapGoal
	}
	nextGC = goal
	if gcStress > 0 {
		nextGC = 0
	}
	inGC = false
}

// markStatic marks what the words of static memory that the compiler's
// pointer map lists point to.
func markStatic() {
	start := gcDataStart()
	words := (gcDataEnd() - start) >> 2
	bm := gcDataMap()
	lo := arenaStart
	hi := arenaUsed
	for i := uintptr(0); i < words; i += 32 {
		w := *(*uint32)(unsafe.Pointer(bm + i>>3))
		for w != 0 {
			k := uintptr(ctz32(w))
			w &= w - 1
			p := *(*uintptr)(unsafe.Pointer(start + (i+k)*4))
			if p >= lo && p < hi {
				markPtr(p)
			}
		}
	}
}

// markRange marks what the aligned words of [start, end) point to.
func markRange(start uintptr, end uintptr) {
	lo := arenaStart
	hi := arenaUsed
	for a := (start + 3) &^ 3; a+4 <= end; a += 4 {
		p := *(*uintptr)(unsafe.Pointer(a))
		if p >= lo && p < hi {
			markPtr(p)
		}
	}
}

// markPtr marks the object p points into, if p is inside an allocated object.
func markPtr(p uintptr) {
	s := spanOf(p)
	if s == nil || s == &metaSpan {
		return
	}
	off := p - s.base
	idx := off / s.elemsize
	if idx >= s.nbump {
		return
	}
	w := &s.mark[idx>>5]
	bit := uint32(1) << (idx & 31)
	if *w&bit != 0 {
		return
	}
	*w |= bit
	if s.noscan {
		return
	}
	if markSP == markStackCap {
		markOverflow = true
		return
	}
	*(*uintptr)(unsafe.Pointer(markStack + markSP*4)) = s.base + idx*s.elemsize
	markSP++
}

func drainMarks() {
	for {
		for markSP > 0 {
			markSP--
			p := *(*uintptr)(unsafe.Pointer(markStack + markSP*4))
			markRange(p, p+spanOf(p).elemsize)
		}
		if !markOverflow {
			return
		}
		markOverflow = false
		rescanMarked()
	}
}

// rescanMarked scans every marked object again (after the mark stack overflowed).
func rescanMarked() {
	for p := arenaStart; p < arenaUsed; {
		s := spanOf(p)
		if s == nil || s == &metaSpan || s.base != p {
			p += 1 << pageShift
			continue
		}
		if !s.noscan {
			for i := uintptr(0); i < s.nbump; i++ {
				if s.mark[i>>5]&(uint32(1)<<(i&31)) != 0 {
					o := s.base + i*s.elemsize
					markRange(o, o+s.elemsize)
				}
			}
		}
		p += s.npages << pageShift
	}
}

// isMarked reports whether the object at p (allocated) survived marking.
func isMarked(p uintptr) bool {
	s := spanOf(p)
	idx := (p - s.base) / s.elemsize
	return s.mark[idx>>5]&(uint32(1)<<(idx&31)) != 0
}

// clearMem zeroes n bytes at p (8-aligned).
func clearMem(p uintptr, n uintptr) {
	if n <= 64 {
		for i := uintptr(0); i < n; i += 8 {
			*(*uint64)(unsafe.Pointer(p + i)) = 0
		}
		return
	}
	memclr(unsafe.Pointer(p), n)
}

func sweep() {
	for r := freeRuns; r != 0; {
		next := *(*uintptr)(unsafe.Pointer(r + 4))
		*(*uintptr)(unsafe.Pointer(r)) = 0
		*(*uintptr)(unsafe.Pointer(r + 4)) = 0
		r = next
	}
	freeRuns = 0
	for i := range curSpan {
		curSpan[i] = nil
		partial[i] = nil
	}
	var live uintptr
	for p := arenaStart; p < arenaUsed; {
		s := spanOf(p)
		if s == nil || s == &metaSpan || s.base != p {
			p += 1 << pageShift
			continue
		}
		p += s.npages << pageShift
		live += sweepSpan(s)
	}
	heapLive = live
	rebuildFreeRuns()
}

// sweepSpan frees the unmarked objects of s and returns the bytes that stay live.
func sweepSpan(s *mspan) uintptr {
	if memProfileOn() && s.prof != nil {
		sweepProfiled(s)
	}
	var marked uintptr
	nw := (s.nbump + 31) >> 5
	for i := uintptr(0); i < nw; i++ {
		w := s.mark[i]
		for w != 0 {
			w &= w - 1
			marked++
		}
	}
	if marked == 0 {
		nfree += uint64(s.nlive)
		if s.class == 0 {
			clearMem(s.base, s.elemsize)
		} else {
			clearMem(s.base, s.nbump*s.elemsize)
		}
		setSpan(s.base, s.npages, nil)
		s.next = spanPool
		spanPool = s
		return 0
	}
	if s.class != 0 && marked < s.nbump {
		var list uintptr
		for i := s.nbump; i > 0; i-- {
			k := i - 1
			if s.mark[k>>5]&(uint32(1)<<(k&31)) == 0 {
				o := s.base + k*s.elemsize
				clearMem(o, s.elemsize)
				*(*uintptr)(unsafe.Pointer(o)) = list
				list = o
			}
		}
		s.freelist = list
	} else {
		s.freelist = 0
	}
	if s.nlive > marked {
		nfree += uint64(s.nlive - marked)
	}
	s.nlive = marked
	for i := uintptr(0); i < nw; i++ {
		s.mark[i] = 0
	}
	if s.class != 0 && (s.freelist != 0 || s.nbump < s.nelems) {
		sc := s.class * 2
		if s.noscan {
			sc++
		}
		s.next = partial[sc]
		partial[sc] = s
		s.listed = true
	}
	return marked * s.elemsize
}

// rebuildFreeRuns links the runs of free pages below arenaUsed (a run that
// reaches arenaUsed is given back to the fresh memory instead).
func rebuildFreeRuns() {
	var last uintptr
	p := arenaStart
	for p < arenaUsed {
		if spanOf(p) != nil {
			p += 1 << pageShift
			continue
		}
		start := p
		for p < arenaUsed && spanOf(p) == nil {
			p += 1 << pageShift
		}
		if p == arenaUsed {
			arenaUsed = start
			break
		}
		*(*uintptr)(unsafe.Pointer(start)) = (p - start) >> pageShift
		if last == 0 {
			freeRuns = start
		} else {
			*(*uintptr)(unsafe.Pointer(last + 4)) = start
		}
		last = start
	}
}
